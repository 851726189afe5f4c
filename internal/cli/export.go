package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/export"
	"fi.kotoutus/kotoutus/internal/atomicfile"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

// cmdExport writes a programme's document in one of the registered formats:
// kotoutus export --programme ID [--format pdf|md|…] --out FILE|FOLDER|-
// [--lang fi|sv|en] [--fallback-main] [--strict]. Before writing it lists on
// stderr what is still missing (the overview's findings); --strict refuses
// to write while anything is. --lang is the document language, by default
// the programme's main language; a final document in a further language
// is refused while texts lack their translation, unless --fallback-main
// lets the main text stand in for them (listed on stderr).
func cmdExport(c *cli, args []string) error {
	fl := newProgrammeFlags("export")
	format := fl.String("format", "", "")
	out := fl.String("out", "", "")
	strict := fl.Bool("strict", false, "")
	docLang := fl.String("lang", "", "")
	fallback := fl.Bool("fallback-main", false, "")
	id, err := fl.parse(args)
	if err != nil {
		return err
	}
	if *docLang != "" && !supported(*docLang) {
		return usageError{i18n.L("cli.badLang", map[string]any{"Lang": *docLang, "Allowed": strings.Join(i18n.Languages, ", ")})}
	}
	if *out == "" {
		return usageError{i18n.L("cliexport.needOut")}
	}
	dir := isDir(*out)
	f, err := exportFormat(*format, *out, dir)
	if err != nil {
		return err
	}
	if !f.Text && *out == "-" {
		return usageError{i18n.L("cliexport.binaryToStdout", map[string]any{"Format": strings.ToUpper(f.ID)})}
	}

	s, p, tpl, err := c.loadProgramme(id)
	if err != nil {
		return err
	}
	s.Close() // the export needs no lock on the database
	path := *out
	if dir {
		path = filepath.Join(*out, export.FileName(p, "", f.Ext))
	}
	if missing := p.Check(tpl); len(missing) > 0 {
		writePreflight(c.stderr, tpl, missing, *strict)
		// --strict refuses errors and warnings; hints (a long section, an
		// old term) are advice and do not stop a scripted export.
		blocking := 0
		for _, f := range missing {
			if f.Severity != programme.SeverityHint {
				blocking++
			}
		}
		if *strict && blocking > 0 {
			return i18n.Message{Text: i18n.L("cliexport.strictRefused", map[string]any{"Count": blocking})}
		}
	}
	opt := export.Options{Language: *docLang, Creator: "Kotoutus " + Version, Fallback: *fallback}
	if err := export.CheckTranslations(p, opt); err != nil {
		var me *export.MissingTranslationsError
		if errors.As(err, &me) {
			writeTexts(c.stderr, tpl, me.Missing)
			return i18n.Message{Text: i18n.L("cliexport.translationsMissing."+me.Language, map[string]any{"Count": len(me.Missing)})}
		}
		return err
	}
	if fell := export.FallenBack(p, opt); len(fell) > 0 {
		lang := opt.DocLanguage(p)
		key := "cliexport.translationsMarked."
		if p.Adoption.Stage() != programme.DocDraft {
			key = "cliexport.translationsFellBack."
		}
		fmt.Fprintln(c.stderr, "kotoutus export: "+i18n.L(key+lang, map[string]any{"Count": len(fell)}))
		writeTexts(c.stderr, tpl, fell)
	}

	return c.writeDocument(path, f, func(w io.Writer) (export.Report, error) {
		return f.Write(w, p, tpl, opt, nil)
	})
}

// writeTexts lists translatable texts, one a line: the step, the row's name
// and the field, so that the user finds each in the app.
func writeTexts(w io.Writer, tpl *checklist.Template, refs []programme.TextRef) {
	for _, r := range refs {
		where := i18n.L("merge.programme")
		if st, ok := tpl.Step(r.Step); ok {
			where = fmt.Sprintf("%d %s", st.Number, st.Title.In(i18n.Language()))
		}
		label := r.Label
		if label == "" {
			label = r.Main
		}
		fmt.Fprintf(w, "  - %s: %s (%s)\n", where, oneLineCut(label, 60), fieldLabel(r.Field))
	}
}

// oneLineCut returns s on one line, cut to n runes with an ellipsis.
func oneLineCut(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// writeDocument writes an export or a report with write: to stdout for
// "-" once it is whole, else straight into the atomic temporary file of
// path (0600), so that a large PDF is not held in memory once more; then
// it reports missing glyphs on stderr and what was written on stdout.
// write's own error is returned as it is.
func (c *cli) writeDocument(path string, f export.Format, write func(io.Writer) (export.Report, error)) error {
	if path == "-" {
		var buf bytes.Buffer
		if _, err := write(&buf); err != nil {
			return err
		}
		_, err := c.stdout.Write(buf.Bytes())
		return err
	}
	var rep export.Report
	var werr error
	err := atomicfile.Write(path, 0o600, func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 256<<10)
		if rep, werr = write(bw); werr != nil {
			return werr
		}
		return bw.Flush()
	})
	if werr != nil {
		return werr
	}
	if err != nil {
		return err
	}
	if len(rep.MissingGlyphs) > 0 {
		fmt.Fprintln(c.stderr, i18n.L("cliexport.missingGlyphs", map[string]any{"Runes": runeList(rep.MissingGlyphs)}))
	}
	switch {
	case f.ID == "md":
		fmt.Fprintln(c.stdout, i18n.L("cliexport.writtenMD", map[string]any{"Path": path}))
	case rep.Pages > 0:
		fmt.Fprintln(c.stdout, i18n.L("cliexport.writtenPages", map[string]any{"Path": path, "Pages": rep.Pages, "Format": strings.ToUpper(f.ID)}))
	default:
		fmt.Fprintln(c.stdout, i18n.L("cliexport.written", map[string]any{"Path": path, "Format": strings.ToUpper(f.ID)}))
	}
	return nil
}

// writePreflight lists what is still missing, step by step, as the
// overview does; the first line names the command like its errors.
func writePreflight(w io.Writer, tpl *checklist.Template, missing []programme.Finding, strict bool) {
	key := "cliexport.preflight"
	if strict {
		key = "cliexport.preflightStrict"
	}
	fmt.Fprintln(w, "kotoutus export: "+i18n.L(key, map[string]any{"Count": len(missing)}))
	for _, f := range missing {
		step := f.Step
		if st, ok := tpl.Step(f.Step); ok {
			step = fmt.Sprintf("%d %s", st.Number, st.Title.In(i18n.Language()))
		}
		fmt.Fprintf(w, "  - %s: %s\n", step, i18n.FindingText(f))
	}
}

// exportFormat returns the registered format named by the --format flag,
// or the one the file name's extension says when the flag is not given.
// Standard output is Markdown unless told otherwise; a folder needs the flag.
func exportFormat(format, out string, dir bool) (export.Format, error) {
	if format != "" {
		f, ok := export.LookupFormat(format)
		if !ok {
			return f, usageError{i18n.L("cli.badFormat", map[string]any{"Format": format, "Allowed": strings.Join(export.FormatIDs(), ", ")})}
		}
		return f, nil
	}
	if out == "-" {
		f, _ := export.LookupFormat("md")
		return f, nil
	}
	if f, ok := export.FormatOfFile(out); ok && !dir {
		return f, nil
	}
	return export.Format{}, usageError{i18n.L("cliexport.formatFromName", map[string]any{"Name": filepath.Base(out), "Allowed": strings.Join(export.FormatIDs(), ", ")})}
}

// isDir tells whether path is an existing folder.
func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// runeList writes runes for a message: the character and its code point.
func runeList(rs []rune) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = fmt.Sprintf("%c U+%04X", r, r)
	}
	return strings.Join(parts, ", ")
}

// supported tells whether l is one of the app's languages.
func supported(l string) bool {
	for _, s := range i18n.Languages {
		if s == l {
			return true
		}
	}
	return false
}
