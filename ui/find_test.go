package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
)

// findMenuItem returns the main menu's item with the find shortcut.
func findMenuItem(t *testing.T, m *MainWindow) *fyne.MenuItem {
	t.Helper()
	for _, menu := range m.win.MainMenu().Items {
		for _, it := range menu.Items {
			if it.Shortcut == findShortcut {
				return it
			}
		}
	}
	t.Fatal("no menu item has Ctrl+F")
	return nil
}

// openFind opens the find panel through its menu item, as Ctrl+F does.
func openFind(t *testing.T, m *MainWindow) *findPanel {
	t.Helper()
	findMenuItem(t, m).Action()
	if m.find == nil || m.win.Canvas().Overlays().Top() == nil {
		t.Fatal("Ctrl+F opened no panel")
	}
	if m.win.Canvas().Focused() != m.find.entry {
		t.Error("the query does not have the focus")
	}
	return m.find
}

// shownRows renders the panel's list and returns the texts of the rows on
// screen, place and snippet.
func shownRows(f *findPanel) []string {
	var out []string
	for i := range f.hits {
		o := f.createRow()
		f.updateRow(i, o)
		box := o.(*fyne.Container).Objects[1].(*fyne.Container)
		out = append(out, box.Objects[0].(*widget.Label).Text+" | "+box.Objects[1].(*widget.RichText).String())
	}
	return out
}

// TestFindListsHitsWithTheirPlace: typing a query lists the hits with the
// step, row and field they are in; Escape closes the panel.
func TestFindListsHitsWithTheirPlace(t *testing.T) {
	m, _ := newTestWindow(t)
	p := openDemo(t, m)
	f := openFind(t, m)
	if !strings.Contains(f.status.Text, "Enter") {
		t.Errorf("empty query shows %q", f.status.Text)
	}
	m0 := p.Goals[0].Measures[0]
	test.Type(f.entry, strings.ToUpper(m0.Title))
	if len(f.hits) == 0 || f.list.Length() != len(f.hits) {
		t.Fatalf("%d hits, list of %d", len(f.hits), f.list.Length())
	}
	rows := shownRows(f)
	want := "Vaihe 4" // the goals step
	found := false
	for i, h := range f.hits {
		if h.Ref == "measure:"+m0.ID && h.Field == "title" {
			found = true
			if !strings.HasPrefix(rows[i], want) || !strings.Contains(rows[i], m0.Title) || !strings.Contains(rows[i], "Toimenpide") {
				t.Errorf("row %q", rows[i])
			}
		}
	}
	if !found {
		t.Errorf("no hit on the measure's title among %v", rows)
	}
	if !strings.Contains(f.status.Text, "osum") {
		t.Errorf("status %q", f.status.Text)
	}

	test.Type(f.entry, "qqqzzz")
	if len(f.hits) != 0 || f.status.Text != "Ei osumia." {
		t.Errorf("%d hits, status %q", len(f.hits), f.status.Text)
	}

	f.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if m.win.Canvas().Overlays().Top() != nil {
		t.Error("Escape left the panel open")
	}
}

// TestFindOpensTheRow: Enter opens the chosen hit's step with its row
// handed to the editor, the path findings take; a click does the same; a
// comment opens its row and its thread.
func TestFindOpensTheRow(t *testing.T) {
	m, _ := newTestWindow(t)
	p := openDemo(t, m)
	v := m.editor
	member := p.Cooperation.Members[len(p.Cooperation.Members)-1]

	f := openFind(t, m)
	test.Type(f.entry, member.Name)
	at := -1
	for i, h := range f.hits {
		if h.Ref == "member:"+member.ID {
			at = i
			break
		}
	}
	if at < 0 {
		t.Fatalf("member %q not found", member.Name)
	}
	for range at {
		f.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	}
	if f.selected != at {
		t.Fatalf("arrows chose hit %d, want %d", f.selected, at)
	}
	f.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	coop := stepIndex(v, programme.StepCooperation)
	sp := v.stepPage
	if v.current != coop || sp == nil || sp.views.selected() != len(sp.views.views)-1 {
		t.Fatalf("Enter showed step %d", v.current)
	}
	if m.win.Canvas().Overlays().Top() != nil {
		t.Error("the panel stayed open over the row")
	}

	// The row handed to the step's editor: a click on a hit of the
	// goals step, whose editor is captured.
	goals := stepIndex(v, programme.StepGoals)
	v.selectStep(goals)
	var handed programme.Finding
	v.stepPage.ctx.SetOpenFinding(func(fd programme.Finding) { handed = fd })
	mm := p.Goals[1].Measures[0]
	f = openFind(t, m)
	test.Type(f.entry, mm.Title)
	for i, h := range f.hits {
		if h.Ref == "measure:"+mm.ID {
			f.list.Select(i)
			break
		}
	}
	if handed.Ref != "measure:"+mm.ID || handed.Step != programme.StepGoals || v.current != goals {
		t.Errorf("click handed %+v on step %d", handed, v.current)
	}

	// A comment: its row's step, and the thread over it.
	var c programme.Comment
	for _, x := range p.Comments {
		if x.ParentID == "" && strings.HasPrefix(x.About, "measure:") && len(strings.Fields(x.Text)) > 3 {
			c = x
			break
		}
	}
	if c.ID == "" {
		t.Fatal("the demo has no comment on a measure")
	}
	f = openFind(t, m)
	test.Type(f.entry, strings.Join(strings.Fields(c.Text)[:4], " "))
	at = -1
	for i, h := range f.hits {
		if h.Kind == "comment" && h.RowID == c.ID {
			at = i
		}
	}
	if at < 0 {
		t.Fatalf("comment %q not found", c.Text)
	}
	if row := shownRows(f)[at]; !strings.Contains(row, "Kommentti") {
		t.Errorf("comment row %q", row)
	}
	f.list.Select(at)
	if v.current != goals || m.win.Canvas().Overlays().Top() == nil {
		t.Errorf("comment opened step %d, overlay %v", v.current, m.win.Canvas().Overlays().Top())
	}
}

// TestFindOnTheListDoesNothing: without an open programme Ctrl+F opens no
// panel.
func TestFindOnTheListDoesNothing(t *testing.T) {
	m, _ := newTestWindow(t)
	findMenuItem(t, m).Action()
	if m.find != nil || m.win.Canvas().Overlays().Top() != nil {
		t.Error("a find panel opened over the programme list")
	}
}

// TestFindOpensASection: step 5's editor takes the jump to a section, which
// it did not before the find panel (the overview's findings only opened the
// step).
func TestFindOpensASection(t *testing.T) {
	m, _ := newTestWindow(t)
	p := openDemo(t, m)
	v := m.editor
	var s programme.Section
	for _, x := range p.Document.Sections {
		if len(strings.Fields(x.Draft)) > 5 {
			s = x
			break
		}
	}
	f := openFind(t, m)
	test.Type(f.entry, strings.Join(strings.Fields(s.Draft)[:3], " "))
	for i, h := range f.hits {
		if h.Ref == "section:"+s.ID {
			f.list.Select(i)
			break
		}
	}
	doc := stepIndex(v, programme.StepDocument)
	if v.current != doc || v.stepPage == nil {
		t.Fatalf("the draft's hit opened step %d", v.current)
	}
	if !v.stepPage.ctx.OpenFinding(programme.Finding{Step: programme.StepDocument, Ref: "section:" + s.ID}) {
		t.Error("step 5's editor does not take a jump to a section")
	}
}
