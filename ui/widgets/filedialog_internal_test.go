package widgets

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n"
)

func touch(t *testing.T, path string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestListFolder(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b.pdf", "A.PDF", "c.md", ".hidden.pdf", "Sub/x.txt", "alpha/y.txt", ".git/z"} {
		touch(t, filepath.Join(dir, f))
	}
	tests := []struct {
		name string
		exts []string
		want []fileEntry
	}{
		{"pdf only", []string{".pdf"}, []fileEntry{{"alpha", true}, {"Sub", true}, {"A.PDF", false}, {"b.pdf", false}}},
		{"two kinds", []string{".md", ".pdf"}, []fileEntry{{"alpha", true}, {"Sub", true}, {"A.PDF", false}, {"b.pdf", false}, {"c.md", false}}},
		{"everything", nil, []fileEntry{{"alpha", true}, {"Sub", true}, {"A.PDF", false}, {"b.pdf", false}, {"c.md", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := listFolder(dir, tt.exts)
			if err != nil || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("listFolder = %v, %v; want %v", got, err, tt.want)
			}
		})
	}
	if _, err := listFolder(filepath.Join(dir, "missing"), nil); err == nil {
		t.Error("a missing folder was listed")
	}
}

func TestSaveAsksBeforeReplacing(t *testing.T) {
	i18n.Setup("fi")
	a := test.NewTempApp(t)
	w := a.NewWindow("")
	dir := t.TempDir()
	touch(t, filepath.Join(dir, "ohjelma.pdf"))
	var chosen []string
	d := newFileDialog(w, FileOptions{Title: "t", Confirm: "c", Extensions: []string{".pdf"}, Folder: dir}, true,
		func(p string) { chosen = append(chosen, p) })
	var asked string
	var replace func()
	d.askOverwrite = func(name string, yes func()) { asked, replace = name, yes }

	d.name.SetText("ohjelma") // the extension is added
	d.accept()
	if asked != "ohjelma.pdf" || len(chosen) != 0 {
		t.Fatalf("asked %q, chosen %v: an existing file must be asked about first", asked, chosen)
	}
	replace()
	if want := filepath.Join(dir, "ohjelma.pdf"); len(chosen) != 1 || chosen[0] != want {
		t.Fatalf("chosen %v, want %s", chosen, want)
	}

	asked, chosen = "", nil
	d.name.SetText("uusi.pdf")
	d.accept()
	if asked != "" || len(chosen) != 1 || chosen[0] != filepath.Join(dir, "uusi.pdf") {
		t.Errorf("new file: asked %q, chosen %v", asked, chosen)
	}
	if _, err := os.Stat(filepath.Join(dir, "uusi.pdf")); err == nil {
		t.Error("the dialog created the file; the caller writes it")
	}

	chosen = nil
	for _, bad := range []string{"", "  ", "ala/kansio.pdf", ".."} {
		d.name.SetText(bad)
		d.accept()
		if len(chosen) != 0 || d.status.Text == "" || d.status.Hidden {
			t.Errorf("name %q: chosen %v, status %q", bad, chosen, d.status.Text)
		}
	}
}

func TestOpenNeedsAFile(t *testing.T) {
	i18n.Setup("fi")
	a := test.NewTempApp(t)
	w := a.NewWindow("")
	dir := t.TempDir()
	touch(t, filepath.Join(dir, "kansio", "sisalla.kotoutus"))
	touch(t, filepath.Join(dir, "tiedosto.kotoutus"))
	var chosen string
	d := newFileDialog(w, FileOptions{Extensions: []string{".kotoutus"}, Folder: dir}, false, func(p string) { chosen = p })
	d.accept()
	if chosen != "" || !strings.Contains(d.status.Text, "Valitse tiedosto") {
		t.Fatalf("nothing chosen: chose %q, status %q", chosen, d.status.Text)
	}
	d.onSelected(0) // the folder comes first and is entered
	if d.dir != filepath.Join(dir, "kansio") || len(d.entries) != 1 {
		t.Fatalf("in %s with %v", d.dir, d.entries)
	}
	d.cd(dir)
	d.onSelected(1)
	d.accept()
	if chosen != filepath.Join(dir, "tiedosto.kotoutus") {
		t.Errorf("chose %q", chosen)
	}
	d.cd(filepath.Join(dir, "missing"))
	if d.dir != dir || d.status.Text == "" || strings.Contains(d.status.Text, "no such file") {
		t.Errorf("a missing folder: in %s, status %q (a sentence, not a Go error)", d.dir, d.status.Text)
	}
}

// texts collects the visible texts of a canvas's overlays.
func texts(o fyne.CanvasObject, out *[]string) {
	switch w := o.(type) {
	case *widget.Label:
		*out = append(*out, w.Text)
	case *widget.Button:
		*out = append(*out, w.Text)
	case *widget.Entry:
		*out = append(*out, w.PlaceHolder)
	case *widget.List:
		if w.Length != nil && w.CreateItem != nil && w.UpdateItem != nil {
			for i := range w.Length() {
				item := w.CreateItem()
				w.UpdateItem(i, item)
				texts(item, out)
			}
		}
	}
	if c, ok := o.(*fyne.Container); ok {
		for _, ch := range c.Objects {
			texts(ch, out)
		}
	}
	if wd, ok := o.(fyne.Widget); ok {
		for _, ch := range test.WidgetRenderer(wd).Objects() {
			texts(ch, out)
		}
	}
}

// TestSpeaksFinnish shows the save dialog in Finnish and checks that none
// of Fyne's hard-coded English (Home, Computer, the favourites,
// Overwrite?) appears.
func TestSpeaksFinnish(t *testing.T) {
	i18n.Setup("fi")
	a := test.NewTempApp(t)
	w := a.NewWindow("")
	w.Resize(fyne.NewSize(1000, 700))
	t.Setenv("HOME", t.TempDir())
	home, _ := os.UserHomeDir()
	for _, d := range []string{"Documents", "Downloads", "Desktop"} {
		touch(t, filepath.Join(home, d, "x.pdf"))
	}
	ShowSaveFile(w, FileOptions{Title: "Tallenna", Confirm: "Tallenna", Extensions: []string{".pdf"}}, func(string) {})
	var got []string
	for _, o := range w.Canvas().Overlays().List() {
		texts(o, &got)
	}
	all := strings.Join(got, "|")
	for _, want := range []string{"Kotikansio", "Asiakirjat", "Lataukset", "Työpöytä", "Tietokone", "Yläkansio", "Uusi kansio", "Peruuta", "Kirjoita tiedoston nimi"} {
		if !strings.Contains(all, want) {
			t.Errorf("dialog lacks %q: %s", want, all)
		}
	}
	for _, english := range []string{"Home", "Computer", "Overwrite", "Cancel", "Favourites", "New Folder"} {
		if strings.Contains(all, english) {
			t.Errorf("dialog shows English %q: %s", english, all)
		}
	}
}
