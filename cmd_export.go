package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"fyne.io/fyne/v2/lang"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/export"
)

// exportMessage is a failure of the export command that already is one
// sentence for the user.
type exportMessage struct {
	msg string
	err error
}

func (e exportMessage) Error() string { return e.msg }
func (e exportMessage) Unwrap() error { return e.err }

// cmdExport writes a programme's document as PDF or Markdown:
// kotoutus export --programme ID --format pdf|md --out FILE.
func cmdExport(c *cli, args []string) error {
	fl := flag.NewFlagSet("export", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	id := fl.String("programme", "", "")
	format := fl.String("format", "", "")
	out := fl.String("out", "", "")
	if err := fl.Parse(args); err != nil {
		return usageError{lang.L("cli.badFlags", map[string]any{"Err": err.Error()})}
	}
	if fl.NArg() > 0 {
		return usageError{lang.L("cliexport.extraArgs", map[string]any{"Args": strings.Join(fl.Args(), " ")})}
	}
	if *id == "" {
		return usageError{lang.L("cliexport.needProgramme")}
	}
	if *out == "" {
		return usageError{lang.L("cliexport.needOut")}
	}
	f, err := exportFormat(*format, *out)
	if err != nil {
		return err
	}
	if f == "pdf" && *out == "-" {
		return usageError{lang.L("cliexport.pdfToStdout")}
	}

	s, err := c.openStore()
	if err != nil {
		return err
	}
	p, err := s.Load(*id)
	s.Close()
	if err != nil {
		return err
	}
	tpl, err := p.Template()
	if err != nil {
		tpl = checklist.Default()
	}
	opt := export.Options{Language: checklist.DefaultLanguage, Creator: "Kotoutus " + version}

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
	if err := writeFileAtomic(*out, buf.Bytes()); err != nil {
		return err
	}
	if len(rep.MissingGlyphs) > 0 {
		fmt.Fprintln(c.stderr, lang.L("cliexport.missingGlyphs", map[string]any{"Runes": runeList(rep.MissingGlyphs)}))
	}
	if f == "pdf" {
		fmt.Fprintln(c.stdout, lang.L("cliexport.writtenPDF", map[string]any{"Path": *out, "Pages": rep.Pages}))
	} else {
		fmt.Fprintln(c.stdout, lang.L("cliexport.writtenMD", map[string]any{"Path": *out}))
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
		return "", usageError{lang.L("cli.badFormat", map[string]any{"Format": format, "Allowed": "pdf, md"})}
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
	return "", usageError{lang.L("cliexport.formatFromName", map[string]any{"Name": filepath.Base(out)})}
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it into place, so that a failed export never leaves half a file and an
// earlier file survives until the new one is complete.
func writeFileAtomic(path string, data []byte) error {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return exportMessage{msg: lang.L("cliexport.isDir", map[string]any{"Path": path})}
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return writeError(path, err)
	}
	name := tmp.Name()
	fail := func(err error) error {
		tmp.Close()
		os.Remove(name)
		return writeError(path, err)
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return writeError(path, err)
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return writeError(path, err)
	}
	return nil
}

// writeError says in one sentence why path could not be written.
func writeError(path string, err error) error {
	var key string
	switch {
	case errors.Is(err, fs.ErrNotExist):
		key = "cliexport.noFolder"
	case errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS):
		key = "cliexport.noPermission"
	default:
		return exportMessage{msg: lang.L("cliexport.writeFailed", map[string]any{"Path": path, "Err": rootCause(err)}), err: err}
	}
	return exportMessage{msg: lang.L(key, map[string]any{"Path": path}), err: err}
}

// rootCause returns the innermost error's text, without the Go wrappers'
// file names that the sentence already gives.
func rootCause(err error) string {
	for {
		u := errors.Unwrap(err)
		if u == nil {
			return err.Error()
		}
		err = u
	}
}

// runeList writes runes for a message: the character and its code point.
func runeList(rs []rune) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = fmt.Sprintf("%c U+%04X", r, r)
	}
	return strings.Join(parts, ", ")
}
