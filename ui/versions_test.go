package ui

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
)

func TestTakeNamedSnapshotThenRestoreIt(t *testing.T) {
	m, store := newTestWindow(t)
	p := openDemo(t, m)
	vv := newVersionsView(m.editor)
	if !vv.take.Disabled() {
		t.Error("take is enabled without a name")
	}
	// An edit not yet saved must be in the snapshot: taking one flushes.
	m.editor.edit(func(p *programme.Programme) { p.Goals[0].Title = "Työllisyys paranee selvästi" })
	test.Type(vv.name, "Lähetetty lautakunnalle 3.2.")
	test.Tap(vv.take)

	snaps, err := store.Snapshots(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(snaps) != 1 || snaps[0].Name != "Lähetetty lautakunnalle 3.2." || snaps[0].Reason != programme.ReasonManual {
		t.Fatalf("snapshots %+v", snaps)
	}
	if len(vv.snaps) != 1 || vv.selected != 0 || vv.name.Text != "" {
		t.Errorf("list shows %d, selected %d, name %q", len(vv.snaps), vv.selected, vv.name.Text)
	}
	inSnap, err := store.LoadSnapshot(p.ID, snaps[0].Key)
	if err != nil {
		t.Fatal(err)
	}
	if inSnap.Goals[0].Title != "Työllisyys paranee selvästi" {
		t.Errorf("snapshot missed the unsaved edit: %q", inSnap.Goals[0].Title)
	}

	m.editor.edit(func(p *programme.Programme) {
		p.Goals[0].Title = "Myöhempi muutos"
		p.Goals = p.Goals[:1]
	})
	if !vv.restoreSnapshot(snaps[0].Key) {
		t.Fatal("restore failed")
	}
	got := stored(t, m)
	if got.Goals[0].Title != "Työllisyys paranee selvästi" || len(got.Goals) != len(inSnap.Goals) {
		t.Errorf("after restore: %d goals, first %q", len(got.Goals), got.Goals[0].Title)
	}
	if len(programme.Compare(inSnap, got)) != 0 {
		t.Errorf("restored state differs from the snapshot: %v", programme.Compare(inSnap, got))
	}
	if m.editor.session.Programme().Goals[0].Title != "Työllisyys paranee selvästi" {
		t.Error("the window still shows the replaced state")
	}
	snaps, _ = store.Snapshots(p.ID)
	if len(snaps) != 2 || snaps[0].Reason != programme.ReasonBeforeRestore {
		t.Fatalf("no snapshot of the replaced state: %+v", snaps)
	}
	before, _ := store.LoadSnapshot(p.ID, snaps[0].Key)
	if before.Goals[0].Title != "Myöhempi muutos" || len(before.Goals) != 1 {
		t.Errorf("the replaced state was not kept: %d goals, %q", len(before.Goals), before.Goals[0].Title)
	}
}

func TestCompareShowsWhatChanged(t *testing.T) {
	m, store := newTestWindow(t)
	p := openDemo(t, m)
	if _, err := m.editor.takeSnapshot("Ennen muutoksia", programme.ReasonManual); err != nil {
		t.Fatal(err)
	}
	sec := p.Document.Sections[1].ID
	var oldDraft string
	m.editor.edit(func(p *programme.Programme) {
		p.Goals[1].Title = "Lapset ja nuoret menestyvät koulussa"
		p.AddGoal(programme.Goal{Title: "Uusi tavoite"})
		s := p.Document.Section(sec)
		oldDraft = s.Draft
		s.Draft = "Uusi ensimmäinen kappale.\n\n" + s.Draft
	})
	snaps, _ := store.Snapshots(p.ID)
	c := newCompareView(m.editor, snaps, snaps[0].Key, "")

	find := func(kind programme.ChangeKind, ref, field string) (int, bool) {
		for i, ch := range c.browser.changes {
			if ch.Kind == kind && ch.Ref == ref && ch.Field == field {
				return i, true
			}
		}
		return -1, false
	}
	cur := m.editor.session.Programme()
	if _, ok := find(programme.ChangeModified, "goal:"+cur.Goals[1].ID, "title"); !ok {
		t.Error("renamed goal not listed")
	}
	if _, ok := find(programme.ChangeAdded, "goal:"+cur.Goals[len(cur.Goals)-1].ID, ""); !ok {
		t.Error("added goal not listed")
	}
	i, ok := find(programme.ChangeModified, "section:"+sec, "draft")
	if !ok {
		t.Fatal("changed draft not listed")
	}
	if !strings.Contains(c.summary.Text, "Lisätty 1") {
		t.Errorf("summary %q", c.summary.Text)
	}

	c.browser.list.Select(i)
	var added, kept []string
	for _, seg := range c.browser.detail.Segments {
		ts, ok := seg.(*widget.TextSegment)
		if !ok {
			continue
		}
		switch {
		case strings.HasPrefix(ts.Text, "+ ") && strings.TrimSpace(ts.Text) != "+":
			added = append(added, ts.Text)
		case strings.HasPrefix(ts.Text, "   "):
			kept = append(kept, ts.Text)
		}
	}
	if len(added) != 1 || added[0] != "+ Uusi ensimmäinen kappale." {
		t.Errorf("added lines %q", added)
	}
	if len(kept) == 0 || len(kept) > 2*diffContext+1 || !strings.Contains(oldDraft, strings.TrimSpace(kept[len(kept)-1])) {
		t.Errorf("context lines %q", kept)
	}

	// Comparing a version with itself says so instead of listing nothing.
	c.newer.SetSelectedIndex(c.older.SelectedIndex())
	if len(c.browser.changes) != 0 || c.summary.Text != "Valitse kaksi eri versiota." {
		t.Errorf("same version: %d changes, %q", len(c.browser.changes), c.summary.Text)
	}
}

func TestSnapshotViewIsReadOnlyAndShowsTheText(t *testing.T) {
	m, _ := newTestWindow(t)
	p := openDemo(t, m)
	info := programme.SnapshotInfo{Name: "Valtuuston hyväksymä", Reason: programme.ReasonManual, Taken: fixedNow}
	sv := newSnapshotView(m.editor.tpl, info, p)
	if !strings.Contains(sv.counts.Text, "Tavoitteita "+strconv.Itoa(len(p.Goals))) {
		t.Errorf("counts %q", sv.counts.Text)
	}
	for _, s := range m.editor.tpl.Steps {
		if !strings.Contains(sv.steps.Text, s.Title.In("fi")) {
			t.Errorf("steps lack %s", s.ID)
		}
	}
	var text strings.Builder
	for _, seg := range sv.text.Segments {
		text.WriteString(seg.Textual())
	}
	if !strings.Contains(text.String(), p.Document.Sections[0].Heading(m.editor.tpl, "fi")) {
		t.Error("document text lacks the first heading")
	}
	if hasEntry(sv.content) {
		t.Error("the read-only view has an entry")
	}
}

// hasEntry tells whether any entry is under o.
func hasEntry(o fyne.CanvasObject) bool {
	switch w := o.(type) {
	case *widget.Entry:
		return true
	case *fyne.Container:
		for _, c := range w.Objects {
			if hasEntry(c) {
				return true
			}
		}
		return false
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			if hasEntry(c) {
				return true
			}
		}
	}
	return false
}

// TestEveryModelFieldHasAName checks that the compare and merge views can
// name every field of the model in Finnish.
func TestEveryModelFieldHasAName(t *testing.T) {
	fi := loadTranslations(t, "fi")
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(rt reflect.Type) {
		for rt.Kind() == reflect.Pointer || rt.Kind() == reflect.Slice || rt.Kind() == reflect.Map {
			rt = rt.Elem()
		}
		if rt.Kind() != reflect.Struct || seen[rt] || rt.PkgPath() != reflect.TypeOf(programme.Programme{}).PkgPath() {
			return
		}
		seen[rt] = true
		for i := 0; i < rt.NumField(); i++ {
			f := rt.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			if _, ok := fi[fieldKeyPrefix+name]; !ok {
				t.Errorf("field %s.%s: add %q to assets/lang/versions.fi.json", rt.Name(), f.Name, fieldKeyPrefix+name)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeOf(programme.Programme{}))
	if len(seen) < 10 {
		t.Fatalf("walked only %d types", len(seen))
	}
}

func TestFieldLabels(t *testing.T) {
	SetupLanguage("fi")
	for _, tc := range []struct{ field, step, ref, want string }{
		{"title", "goals", "goal:g1", "Nimi"},
		{"baseline.value", "monitoring", "indicator:i1", "Lähtötaso › Arvo"},
		{"responsibility.lead.title", "responsibility", "", "Vastuuhenkilö › Tehtävänimike"},
		{"title", "responsibility", "contact:c1", "Tehtävänimike"},
		{"", "goals", "goal:g1", ""},
		{"someNewField", "", "", "someNewField"},
	} {
		if got := fieldLabel(tc.field, tc.step, tc.ref); got != tc.want {
			t.Errorf("fieldLabel(%q, %q, %q) = %q, want %q", tc.field, tc.step, tc.ref, got, tc.want)
		}
	}
}

func TestExportASnapshotWritesThatVersion(t *testing.T) {
	m, store := newTestWindow(t)
	p := openDemo(t, m)
	info, err := m.editor.takeSnapshot("Valtuuston hyväksymä", programme.ReasonManual)
	if err != nil {
		t.Fatal(err)
	}
	m.editor.edit(func(p *programme.Programme) { p.Goals[0].Title = "Myöhemmin muutettu tavoite" })
	snap, err := store.LoadSnapshot(p.ID, info.Key)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), snapshotExportName(snap, info, formatMD))
	if _, err := newExportJob(snap, m.editor.tpl, formatMD, path, "test").run(nil); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), p.Goals[0].Title) || strings.Contains(string(data), "Myöhemmin muutettu tavoite") {
		t.Error("the export is not the snapshot's version")
	}
	if got := filepath.Base(path); got != "esimerkkikunta-kotouttamisohjelma-2026-2029-valtuuston-hyvaksyma.md" {
		t.Errorf("file name %q", got)
	}
}
