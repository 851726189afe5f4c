package cli

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"fi.kotoutus/kotoutus/internal/i18n"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/export"
	"fi.kotoutus/kotoutus/internal/atomicfile"
)

// cmdExport writes a programme's document as PDF or Markdown:
// kotoutus export --programme ID --format pdf|md --out FILE.
func cmdExport(c *cli, args []string) error {
	fl := flag.NewFlagSet("export", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	id := fl.String("programme", "", "")
	format := fl.String("format", "", "")
	out := fl.String("out", "", "")
	if err := fl.Parse(args); err != nil {
		return usageError{i18n.L("cli.badFlags", map[string]any{"Err": err.Error()})}
	}
	if fl.NArg() > 0 {
		return usageError{i18n.L("cliexport.extraArgs", map[string]any{"Args": strings.Join(fl.Args(), " ")})}
	}
	if *id == "" {
		return usageError{i18n.L("cliexport.needProgramme")}
	}
	if *out == "" {
		return usageError{i18n.L("cliexport.needOut")}
	}
	f, err := exportFormat(*format, *out)
	if err != nil {
		return err
	}
	if f == "pdf" && *out == "-" {
		return usageError{i18n.L("cliexport.pdfToStdout")}
	}

	s, p, tpl, err := c.loadProgramme(*id)
	if err != nil {
		return err
	}
	s.Close() // the export needs no lock on the database
	opt := export.Options{Language: checklist.DefaultLanguage, Creator: "Kotoutus " + Version}

	var buf bytes.Buffer
	var rep export.Report
	if f == "pdf" {
		rep, err = export.PDF(&buf, p, tpl, opt)
	} else {
		err = export.Markdown(&buf, p, tpl, opt)
	}
	if err != nil {
		return err
	}
	if *out == "-" {
		_, err := c.stdout.Write(buf.Bytes())
		return err
	}
	if err := atomicfile.Write(*out, 0o644, func(w io.Writer) error { _, err := w.Write(buf.Bytes()); return err }); err != nil {
		return err
	}
	if len(rep.MissingGlyphs) > 0 {
		fmt.Fprintln(c.stderr, i18n.L("cliexport.missingGlyphs", map[string]any{"Runes": runeList(rep.MissingGlyphs)}))
	}
	if f == "pdf" {
		fmt.Fprintln(c.stdout, i18n.L("cliexport.writtenPDF", map[string]any{"Path": *out, "Pages": rep.Pages}))
	} else {
		fmt.Fprintln(c.stdout, i18n.L("cliexport.writtenMD", map[string]any{"Path": *out}))
	}
	return nil
}

// exportFormat returns "pdf" or "md" from the --format flag, or from the
// file name's extension when the flag is not given.
func exportFormat(format, out string) (string, error) {
	switch strings.ToLower(format) {
	case "pdf":
		return "pdf", nil
	case "md", "markdown":
		return "md", nil
	case "":
	default:
		return "", usageError{i18n.L("cli.badFormat", map[string]any{"Format": format, "Allowed": "pdf, md"})}
	}
	if out == "-" {
		return "md", nil
	}
	switch strings.ToLower(filepath.Ext(out)) {
	case ".pdf":
		return "pdf", nil
	case ".md", ".markdown":
		return "md", nil
	}
	return "", usageError{i18n.L("cliexport.formatFromName", map[string]any{"Name": filepath.Base(out)})}
}

// runeList writes runes for a message: the character and its code point.
func runeList(rs []rune) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = fmt.Sprintf("%c U+%04X", r, r)
	}
	return strings.Join(parts, ", ")
}
