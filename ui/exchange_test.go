package ui

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// otherLaptop imports the exchange file data into a second database, lets
// edit change the programme there and returns the file that laptop sends
// back.
func otherLaptop(t *testing.T, data []byte, edit func(p *programme.Programme)) []byte {
	t.Helper()
	other, err := programme.Open(filepath.Join(t.TempDir(), "other.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	f, err := programme.ReadFile(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	p, err := other.ImportNew(f)
	if err != nil {
		t.Fatal(err)
	}
	edit(p)
	if err := other.Save(p); err != nil {
		t.Fatal(err)
	}
	var back bytes.Buffer
	if err := other.ExportFile(p.ID, &back, programme.WriteOptions{App: "test"}); err != nil {
		t.Fatal(err)
	}
	return back.Bytes()
}

func exportBytes(t *testing.T, m *MainWindow, id string) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "out"+programme.FileExtension)
	if err := m.saveFile(id, path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestMergeWithAConflictResolvedByHand is the "done when": two
// databases edited independently from the same file are merged in the app
// with a conflict resolved by hand.
func TestMergeWithAConflictResolvedByHand(t *testing.T) {
	m, store := newTestWindow(t)
	p := openDemo(t, m)
	sent := exportBytes(t, m, p.ID)

	back := otherLaptop(t, sent, func(p *programme.Programme) {
		p.Goals[0].Title = "Työllisyys paranee (tiedostosta)"
		p.Goals[1].Description = "Vain tiedostossa muutettu kuvaus."
		if _, err := p.AddComment("goal:"+p.Goals[1].ID, "Jari Nieminen", "Lisäsin kuvauksen.", fixedNow); err != nil {
			t.Fatal(err)
		}
	})
	m.editor.edit(func(p *programme.Programme) {
		p.Goals[0].Title = "Työllisyys paranee (täältä)"
		p.Goals[2].Title = "Vain täällä muutettu tavoite"
	})

	c := m.openExchangeData("aino.kotoutus", back)
	if c == nil {
		t.Fatal("the file was refused")
	}
	if !c.merging() || c.targets[c.target.SelectedIndex()].ID != p.ID {
		t.Fatal("a copy of an open programme is not offered for merging into it")
	}
	c.confirm()
	d := c.merge
	if d == nil {
		t.Fatal("no merge dialog")
	}
	if len(d.merge.Conflicts) != 1 || d.merge.Conflicts[0].Field != "title" || d.merge.Conflicts[0].Ref != "goal:"+p.Goals[0].ID {
		t.Fatalf("conflicts %+v", d.merge.Conflicts)
	}
	if !d.apply.Disabled() {
		t.Error("merge can be applied with the conflict undecided")
	}
	if d.ours.value.Text != "Työllisyys paranee (täältä)" || d.theirs.value.Text != "Työllisyys paranee (tiedostosta)" {
		t.Errorf("side by side: %q | %q", d.ours.value.Text, d.theirs.value.Text)
	}
	if n, _ := store.Snapshots(p.ID); len(n) != 0 {
		t.Fatal("something was written before the merge was confirmed")
	}

	test.Tap(d.theirs.choose)
	if d.merge.Unresolved() != 0 || d.apply.Disabled() {
		t.Fatal("choosing a side did not resolve the conflict")
	}
	if d.theirs.mark.Text == "" || d.ours.mark.Text != "" {
		t.Error("the chosen side is not marked")
	}
	test.Tap(d.apply)

	got := stored(t, m)
	if got.Goals[0].Title != "Työllisyys paranee (tiedostosta)" {
		t.Errorf("conflict: %q", got.Goals[0].Title)
	}
	if got.Goals[1].Description != "Vain tiedostossa muutettu kuvaus." || got.Goals[2].Title != "Vain täällä muutettu tavoite" {
		t.Errorf("disjoint edits lost: %q, %q", got.Goals[1].Description, got.Goals[2].Title)
	}
	found := false
	for _, cm := range got.Comments {
		found = found || cm.Text == "Lisäsin kuvauksen."
	}
	if !found || len(got.Comments) < len(p.Comments)+1 {
		t.Errorf("comments: %d, theirs kept %v", len(got.Comments), found)
	}
	snaps, _ := store.Snapshots(p.ID)
	if len(snaps) != 1 || snaps[0].Reason != programme.ReasonBeforeMerge {
		t.Fatalf("snapshots after merge %+v", snaps)
	}
	before, _ := store.LoadSnapshot(p.ID, snaps[0].Key)
	if before.Goals[0].Title != "Työllisyys paranee (täältä)" {
		t.Errorf("snapshot before merge holds %q", before.Goals[0].Title)
	}
	if m.editor.session.Programme().Goals[0].Title != "Työllisyys paranee (tiedostosta)" {
		t.Error("the window does not show the merged programme")
	}
}

func TestMergeAllFromOneSide(t *testing.T) {
	m, _ := newTestWindow(t)
	p := openDemo(t, m)
	back := otherLaptop(t, exportBytes(t, m, p.ID), func(p *programme.Programme) {
		p.Goals[0].Title, p.Goals[1].Title = "A tiedosto", "B tiedosto"
	})
	m.editor.edit(func(p *programme.Programme) { p.Goals[0].Title, p.Goals[1].Title = "A täältä", "B täältä" })
	c := m.openExchangeData("x.kotoutus", back)
	c.confirm()
	d := c.merge
	if len(d.merge.Conflicts) != 2 {
		t.Fatalf("%d conflicts", len(d.merge.Conflicts))
	}
	test.Tap(d.allOurs)
	if d.apply.Disabled() {
		t.Fatal("all decided, still disabled")
	}
	if !d.onApply() {
		t.Fatal("apply failed")
	}
	got := stored(t, m)
	if got.Goals[0].Title != "A täältä" || got.Goals[1].Title != "B täältä" {
		t.Errorf("titles %q, %q", got.Goals[0].Title, got.Goals[1].Title)
	}
}

func TestOpenFileAsNewProgramme(t *testing.T) {
	m, store := newTestWindow(t)
	other := programme.Demo(checklist.Default())
	other.Title = "Naapurikunnan ohjelma"
	var buf bytes.Buffer
	if err := programme.WriteFile(&buf, other, programme.WriteOptions{App: "test", Gzip: true}); err != nil {
		t.Fatal(err)
	}
	c := m.openExchangeData("naapuri.kotoutus", buf.Bytes())
	if c == nil {
		t.Fatal("a gzip file was refused")
	}
	if c.merging() {
		t.Error("a programme not in the database is offered for merging")
	}
	c.confirm()
	list, _ := store.List()
	if len(list) != 1 || list[0].Title != "Naapurikunnan ohjelma" {
		t.Fatalf("programmes after import %+v", list)
	}
	if m.editor == nil || m.editor.session.Programme().Title != "Naapurikunnan ohjelma" {
		t.Error("the imported programme did not open")
	}
}

// TestBadFilesChangeNothing opens files that are damaged, from a newer
// app or not programmes at all: each is refused with a message and the
// database file stays byte for byte the same.
func TestBadFilesChangeNothing(t *testing.T) {
	m, store := newTestWindow(t)
	p := openDemo(t, m)
	good := exportBytes(t, m, p.ID)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(good)
	zw.Close()
	if err := m.Flush(); err != nil {
		t.Fatal(err)
	}
	sum := func() [32]byte {
		data, err := os.ReadFile(store.Path())
		if err != nil {
			t.Fatal(err)
		}
		return sha256.Sum256(data)
	}
	before := sum()
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"truncated", good[:len(good)/2]},
		{"truncated gzip", gz.Bytes()[:gz.Len()/2]},
		{"newer version", bytes.Replace(good, []byte(`"version": 1`), []byte(`"version": 99`), 1)},
		{"another format", []byte(`{"format": "jotain muuta", "version": 1}`)},
		{"not json", []byte("Hei, tässä luonnos.")},
		{"empty", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if c := m.openExchangeData("x.kotoutus", tc.data); c != nil {
				t.Fatal("accepted")
			}
			if m.win.Canvas().Overlays().Top() == nil {
				t.Error("no message shown")
			}
			m.win.Canvas().Overlays().Top().Hide()
			if sum() != before {
				t.Error("the database changed")
			}
		})
	}
}

func TestSavedFileReadsBackTheSameProgramme(t *testing.T) {
	m, _ := newTestWindow(t)
	p := openDemo(t, m)
	m.editor.edit(func(p *programme.Programme) { p.Title = "Tallennettu juuri ennen" })
	if err := m.editor.session.Flush(); err != nil {
		t.Fatal(err)
	}
	f, err := programme.ReadFile(bytes.NewReader(exportBytes(t, m, p.ID)))
	if err != nil {
		t.Fatal(err)
	}
	if diff := programme.Compare(stored(t, m), f.Programme); len(diff) != 0 {
		t.Errorf("file differs: %v", diff)
	}
	for _, tc := range []struct{ in, want string }{
		{"/tmp/a", "/tmp/a.kotoutus"},
		{"/tmp/a.kotoutus", "/tmp/a.kotoutus"},
		{"/tmp/a.KOTOUTUS", "/tmp/a.KOTOUTUS"},
	} {
		if got := ensureExtension(tc.in); got != tc.want {
			t.Errorf("ensureExtension(%q) = %q", tc.in, got)
		}
	}
	q := &programme.Programme{Municipalities: []string{"Esimerkkikunta"}, Title: "Ohjelma 2026/2029: luonnos?"}
	if got := exchangeFileName(q); got != "Esimerkkikunta Ohjelma 2026-2029- luonnos-.kotoutus" {
		t.Errorf("file name %q", got)
	}
}
