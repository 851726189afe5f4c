package steps

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
)

// goalRows is a rowSpec over the programme's goals, as a step editor would
// write it, with a form of one entry and one validated entry.
func goalRows(title **widget.Entry, start **widget.Entry) rowSpec[programme.Goal] {
	return rowSpec[programme.Goal]{
		Rows:     func(p *programme.Programme) *[]programme.Goal { return &p.Goals },
		Delete:   (*programme.Programme).DeleteGoal,
		Move:     (*programme.Programme).MoveGoal,
		ID:       func(g *programme.Goal) string { return g.ID },
		Title:    func(g *programme.Goal) string { return g.Title },
		New:      func() programme.Goal { return programme.Goal{ID: programme.NewID()} },
		AddLabel: "add",
		Form: func(f *rowForm[programme.Goal]) fyne.CanvasObject {
			*title = f.Entry(func(g *programme.Goal) string { return g.Title }, func(g *programme.Goal, v string) { g.Title = v })
			*start = f.Parsed(func(g *programme.Goal) string { return g.CustomTheme },
				func(s string) error { _, err := programme.ParseDate(s); return err },
				func(g *programme.Goal, v string) { g.CustomTheme = v })
			return newForm(widget.NewFormItem("t", *title), widget.NewFormItem("s", *start))
		},
	}
}

func TestRowEditorAddEditMoveDelete(t *testing.T) {
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	ctx := NewContext(m.editor, m.editor.tpl.Steps[3])
	var title, start *widget.Entry
	e := newRowEditor(ctx, goalRows(&title, &start))
	m.win.SetContent(e.content)
	if !e.w.EmptyShown() {
		t.Error("empty text hidden with no rows")
	}

	test.Tap(e.w.AddButton())
	if focused := m.win.Canvas().Focused(); focused != title {
		t.Errorf("after Add the focus is on %T, want the new row's first field", focused)
	}
	test.Type(title, "Työllisyys")
	test.Tap(e.w.AddButton())
	test.Type(title, "Osallisuus")
	start.SetText("31.2.2026") // not a date: kept in the entry, not stored
	if start.Validate() == nil {
		t.Error("invalid date accepted by the validator")
	}
	p := stored(t, m)
	if len(p.Goals) != 2 || p.Goals[0].Title != "Työllisyys" || p.Goals[1].Title != "Osallisuus" {
		t.Fatalf("goals after adding: %+v", p.Goals)
	}
	if p.Goals[1].CustomTheme != "" || start.Text != "31.2.2026" {
		t.Errorf("bad date stored as %q; entry shows %q", p.Goals[1].CustomTheme, start.Text)
	}

	test.Tap(e.w.UpButton()) // the selected second goal moves first
	test.Type(title, "!")
	p = stored(t, m)
	if p.Goals[0].Title != "Osallisuus!" || p.Goals[1].Title != "Työllisyys" {
		t.Fatalf("after move and edit: %q, %q", p.Goals[0].Title, p.Goals[1].Title)
	}

	e.remove(p.Goals[0].ID)
	p = stored(t, m)
	if len(p.Goals) != 1 || p.Goals[0].Title != "Työllisyys" {
		t.Fatalf("after delete: %+v", p.Goals)
	}
	if e.selectedID() != p.Goals[0].ID {
		t.Error("deleting did not select the neighbouring row")
	}
	if !e.w.DownButton().Disabled() || !e.w.UpButton().Disabled() {
		t.Error("move buttons enabled with a single row")
	}
}

// TestRowEntryRefusesOverLimit pastes a text longer than a field may hold:
// the programme keeps the text it had, the entry shows it again, and the
// user is told why in a dialog.
func TestRowEntryRefusesOverLimit(t *testing.T) {
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	ctx := NewContext(m.editor, m.editor.tpl.Steps[3])
	var title, start *widget.Entry
	e := newRowEditor(ctx, goalRows(&title, &start))
	m.win.SetContent(e.content)
	test.Tap(e.w.AddButton())
	test.Type(title, "Työllisyys")

	title.SetText(strings.Repeat("pitkä ", programme.MaxFieldBytes/6+1))
	if got := stored(t, m).Goals[0].Title; got != "Työllisyys" {
		t.Errorf("stored title %.20q…, want the text before the paste", got)
	}
	if title.Text != "Työllisyys" {
		t.Errorf("entry shows %.20q…, want the stored text back", title.Text)
	}
	if len(m.win.Canvas().Overlays().List()) == 0 {
		t.Error("no dialog told the user why the paste was refused")
	}
}
