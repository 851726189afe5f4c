package ui

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/export"
	"fi.kotoutus/kotoutus/programme"
)

// exportJobFor makes a job for the open demo programme.
func exportJobFor(t *testing.T, m *MainWindow, format, path string) *exportJob {
	t.Helper()
	return newExportJob(m.editor.session.Programme(), m.editor.tpl, format, path, "test")
}

// tempFiles lists what besides keep lies in dir, to find leftovers.
func tempFiles(t *testing.T, dir string, keep ...string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if !strings.Contains(strings.Join(keep, "\x00"), name) {
			out = append(out, name)
		}
	}
	return out
}

func TestExportJobWritesBothFormats(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	dir := t.TempDir()
	cases := []struct {
		format, file string
		check        func(data []byte) bool
	}{
		{formatPDF, "ohjelma.pdf", func(d []byte) bool { return bytes.HasPrefix(d, []byte("%PDF-")) && bytes.Contains(d, []byte("%%EOF")) }},
		{formatMD, "ohjelma.md", func(d []byte) bool {
			return bytes.Contains(d, []byte("Esimerkkikunta")) && bytes.Contains(d, []byte("Kieltä tukeva työkokeilu"))
		}},
	}
	for _, c := range cases {
		t.Run(c.format, func(t *testing.T) {
			path := filepath.Join(dir, c.file)
			var calls, lastDone, lastTotal int
			rep, err := exportJobFor(t, m, c.format, path).run(func(done, total int) { calls++; lastDone, lastTotal = done, total })
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(path)
			if err != nil || !c.check(data) {
				t.Fatalf("file %s (%d bytes) is not a %s export: %v", c.file, len(data), c.format, err)
			}
			if calls == 0 || lastDone != lastTotal {
				t.Errorf("progress: %d calls, last %d/%d", calls, lastDone, lastTotal)
			}
			if c.format == formatPDF && rep.Pages < 3 {
				t.Errorf("PDF of the demo has %d pages", rep.Pages)
			}
			if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
				t.Errorf("mode %v", st.Mode().Perm())
			}
		})
	}
	if left := tempFiles(t, dir, "ohjelma.pdf", "ohjelma.md"); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestExportJobIsAtomic(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	dir := t.TempDir()
	path := filepath.Join(dir, "ohjelma.md")
	if err := os.WriteFile(path, []byte("vanha versio"), 0o644); err != nil {
		t.Fatal(err)
	}
	j := exportJobFor(t, m, formatMD, path)
	boom := errors.New("kesken")
	j.render = func(w io.Writer, _ func(int, int)) (export.Report, error) {
		_, _ = io.WriteString(w, strings.Repeat("puolikas ", 10000))
		return export.Report{}, boom
	}
	if _, err := j.run(nil); !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "vanha versio" {
		t.Errorf("a failed export touched the earlier file: %.40q", data)
	}
	if left := tempFiles(t, dir, "ohjelma.md"); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	// A complete export replaces the file whole.
	if _, err := exportJobFor(t, m, formatMD, path).run(nil); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(path); bytes.Contains(data, []byte("vanha versio")) || len(data) < 1000 {
		t.Errorf("file not replaced: %.40q", data)
	}
}

func TestExportErrorsAreExplained(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	dir := t.TempDir()
	cases := []struct {
		name, path, want string
	}{
		{"missing folder", filepath.Join(dir, "ei-ole", "ohjelma.pdf"), "Kansiota " + filepath.Join(dir, "ei-ole") + " ei löydy"},
		{"folder as file", dir, "on kansio, ei tiedosto"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := exportJobFor(t, m, formatPDF, c.path).run(nil)
			if err == nil {
				t.Fatal("no error")
			}
			if msg := Describe(err); !strings.Contains(msg, c.want) {
				t.Errorf("message %q lacks %q", msg, c.want)
			}
		})
	}
	if msg := Describe(&os.PathError{Op: "write", Path: "/media/tikku/a.pdf", Err: errors.New("laite irrotettu")}); !strings.Contains(msg, "laite irrotettu") || !strings.Contains(msg, "/media/tikku/a.pdf") {
		t.Errorf("other errors keep their cause: %q", msg)
	}
}

func TestExportSuccessText(t *testing.T) {
	SetupLanguage("fi")
	got := exportSuccessText(formatPDF, "/tmp/a.pdf", export.Report{Pages: 14, MissingGlyphs: []rune{'😀', 'ꙮ'}})
	for _, want := range []string{"14 sivua", "/tmp/a.pdf", "U+1F600", "ꙮ (U+A66E)"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q lacks %q", got, want)
		}
	}
	if got := exportSuccessText(formatMD, "/tmp/a.md", export.Report{}); strings.Contains(got, "sivua") || strings.Contains(got, "fontista") {
		t.Errorf("markdown text = %q", got)
	}
}

func TestDefaultExportName(t *testing.T) {
	SetupLanguage("fi")
	p := &programme.Programme{Municipalities: []string{"Esimerkkikunta"}, Title: "Kotouttamisohjelma 2026/2029: luonnos"}
	if got := defaultExportName(p, formatPDF); got != "esimerkkikunta-kotouttamisohjelma-2026-2029-luonnos.pdf" {
		t.Errorf("name = %q", got)
	}
	if got := defaultExportName(&programme.Programme{}, formatMD); got != "kotouttamisohjelma.md" {
		t.Errorf("empty name = %q", got)
	}
}

func TestExportDialogRemembersFormat(t *testing.T) {
	m, _ := newTestWindow(t)
	d := newExportDialog(m, programme.Demo(checklist.Default()))
	if d.format() != formatPDF {
		t.Errorf("default format %q", d.format())
	}
	m.app.Preferences().SetString(prefExportFormat, formatMD)
	if d := newExportDialog(m, programme.Demo(checklist.Default())); d.format() != formatMD {
		t.Errorf("remembered format %q", d.format())
	}
	m.app.Preferences().SetString(prefExportFormat, "wordperfect")
	if d := newExportDialog(m, programme.Demo(checklist.Default())); d.format() != formatPDF {
		t.Errorf("unknown remembered format gave %q", d.format())
	}
}

func TestRunExportReportsWhereTheFileIs(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	path := filepath.Join(t.TempDir(), "ohjelma.pdf")
	done := make(chan error, 1)
	m.runExport(exportJobFor(t, m, formatPDF, path), func(_ export.Report, err error) { done <- err })
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("export did not finish")
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
	top := m.win.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(exportLabels(top), path) {
		t.Errorf("the result does not say where the file is: %q", exportLabels(top))
	}

	// A failing export removes the empty file the save dialog created.
	bad := filepath.Join(t.TempDir(), "tyhja.pdf")
	if err := os.WriteFile(bad, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	j := exportJobFor(t, m, formatPDF, bad)
	j.render = func(io.Writer, func(int, int)) (export.Report, error) { return export.Report{}, errors.New("rikki") }
	m.runExport(j, func(_ export.Report, err error) { done <- err })
	if err := <-done; err == nil {
		t.Fatal("no error")
	}
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Error("the empty file was left behind")
	}
	if !strings.Contains(exportLabels(m.win.Canvas().Overlays().Top()), "rikki") {
		t.Error("the failure is not shown")
	}
}

func TestExportWithoutProgrammeExplains(t *testing.T) {
	m, _ := newTestWindow(t)
	m.showExport()
	if !strings.Contains(exportLabels(m.win.Canvas().Overlays().Top()), "Avaa ensin ohjelma") {
		t.Error("no explanation without an open programme")
	}
}

func TestExportMenuItemHasShortcut(t *testing.T) {
	m, _ := newTestWindow(t)
	found := false
	for _, menu := range m.win.MainMenu().Items {
		for _, it := range menu.Items {
			if it.Label == "Vie ohjelma-asiakirja…" && it.Shortcut == exportShortcut {
				found = true
			}
		}
	}
	if !found {
		t.Error("File menu has no export item with Ctrl+E")
	}
}

// exportLabels collects the texts of the labels under o.
func exportLabels(o fyne.CanvasObject) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			b.WriteString(w.Text + "\n")
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(w).Objects() {
				walk(c)
			}
		}
	}
	if o != nil {
		walk(o)
	}
	return b.String()
}

// TestExportDialogChoosesTheDocumentLanguage: the dialog offers the
// programme's document languages, starting at its main language; a
// further language shows how far it is translated and offers the
// fallback, which a final document needs while translations are missing.
func TestExportDialogChoosesTheDocumentLanguage(t *testing.T) {
	m, _ := newTestWindow(t)
	p := programme.Demo(checklist.Default())
	d := newExportDialog(m, p)
	if got := d.docLanguage(); got != "fi" || len(d.language.Options) != 1 {
		t.Errorf("Finnish-only programme: language %q of %v", got, d.language.Options)
	}
	if err := p.AddDocLanguage("sv"); err != nil {
		t.Fatal(err)
	}
	d = newExportDialog(m, p)
	if got := d.docLanguage(); got != "fi" || len(d.language.Options) != 2 || d.fallback.Visible() || d.trStatus.Visible() {
		t.Errorf("bilingual programme: language %q of %v, fallback shown %v", got, d.language.Options, d.fallback.Visible())
	}
	d.language.SetSelected(lang.L("language.name.sv"))
	if got := d.docLanguage(); got != "sv" || !d.fallback.Visible() || !strings.Contains(d.trStatus.Text, "käännöstä puuttuu") {
		t.Errorf("Swedish: language %q, fallback shown %v, status %q", got, d.fallback.Visible(), d.trStatus.Text)
	}
	// A draft exports with its gaps marked; a proposal is refused until
	// the fallback is chosen.
	if msg := translationsRefused(p, d.options()); msg != "" {
		t.Errorf("a draft was refused: %q", msg)
	}
	if err := p.SetAdoption(programme.Adoption{Status: programme.DocProposal, Body: "Kunnanvaltuusto"}); err != nil {
		t.Fatal(err)
	}
	if p.Adoption.Stage() == programme.DocDraft {
		t.Fatal("the programme is still a draft")
	}
	if msg := translationsRefused(p, d.options()); !strings.Contains(msg, "puuttuu käännös (ruotsi)") {
		t.Errorf("a proposal with missing translations: %q", msg)
	}
	d.fallback.SetChecked(true)
	if opt := d.options(); !opt.Fallback || translationsRefused(p, opt) != "" {
		t.Errorf("with the fallback: %+v refused %q", opt, translationsRefused(p, opt))
	}
}
