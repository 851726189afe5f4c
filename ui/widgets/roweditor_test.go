package widgets_test

import (
	"errors"
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// fakeRow is a row of fakeRows: an ID that stays with it and a name.
type fakeRow struct{ id, name string }

// fakeRows is a RowSource over a plain slice, with keys, counting the
// forms it builds. Its forms find their row by ID, as the source contract
// asks.
type fakeRows struct {
	rows    []fakeRow
	next    int
	forms   int
	refuse  bool // whether Delete and Move fail
	lastErr error
	// entries and selects are the fields of the forms built, by row ID,
	// the latest last.
	entries map[string]*widget.Entry
	selects []*widgets.Select
}

func (f *fakeRows) Len() int                     { return len(f.rows) }
func (f *fakeRows) Label(i int) (string, string) { return f.rows[i].name, "" }
func (f *fakeRows) Key(i int) string             { return f.rows[i].id }

func (f *fakeRows) Add() (int, error) {
	f.next++
	f.rows = append(f.rows, fakeRow{id: fmt.Sprint("r", f.next)})
	return len(f.rows) - 1, nil
}

func (f *fakeRows) Delete(i int) error {
	if f.refuse {
		return errors.New("refused")
	}
	f.rows = append(f.rows[:i], f.rows[i+1:]...)
	return nil
}

func (f *fakeRows) Move(i, j int) error {
	if f.refuse {
		return errors.New("refused")
	}
	f.rows[i], f.rows[j] = f.rows[j], f.rows[i]
	return nil
}

func (f *fakeRows) find(id string) *fakeRow {
	for i := range f.rows {
		if f.rows[i].id == id {
			return &f.rows[i]
		}
	}
	return nil
}

func (f *fakeRows) Form(i int) fyne.CanvasObject {
	f.forms++
	id := f.rows[i].id
	name := widget.NewEntry()
	name.SetText(f.rows[i].name)
	name.OnChanged = func(s string) {
		if r := f.find(id); r != nil {
			r.name = s
		}
	}
	sel := widgets.NewSelect([]string{"Lautakunta", "Kunnanhallitus"}, nil)
	if f.entries == nil {
		f.entries = map[string]*widget.Entry{}
	}
	f.entries[id] = name
	f.selects = append(f.selects, sel)
	return widget.NewForm(widget.NewFormItem("Nimi", name), widget.NewFormItem("Toimielin", sel))
}

func (f *fakeRows) names() string {
	var out []string
	for _, r := range f.rows {
		out = append(out, r.name)
	}
	return fmt.Sprint(out)
}

// newFakeEditor shows an editor of src in a headless window.
func newFakeEditor(t *testing.T, src *fakeRows) (*widgets.RowEditor, fyne.Window) {
	t.Helper()
	i18n.Setup("fi")
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	e := widgets.NewRowEditor(w, src, "Lisää", "Ei rivejä.")
	e.OnError = func(err error) { src.lastErr = err }
	w.SetContent(e.Content)
	w.Resize(fyne.NewSize(900, 600))
	return e, w
}

// buttonIn finds the button with the given text drawn under o.
func buttonIn(o fyne.CanvasObject, text string) *widget.Button {
	set := map[fyne.CanvasObject]bool{}
	collect(o, set)
	for c := range set {
		if b, ok := c.(*widget.Button); ok && b.Text == text {
			return b
		}
	}
	return nil
}

func TestRowEditorAddReorderDeleteWithConfirmation(t *testing.T) {
	src := &fakeRows{}
	e, w := newFakeEditor(t, src)
	if !e.EmptyShown() || !e.DeleteButton().Disabled() {
		t.Error("an empty editor hides its empty text or offers to delete")
	}

	test.Tap(e.AddButton())
	if e.Selected() != 0 || w.Canvas().Focused() != src.entries["r1"] {
		t.Fatalf("after Add: row %d open, focus on %T; want the new row and its first field", e.Selected(), w.Canvas().Focused())
	}
	test.Type(src.entries["r1"], "Työllisyys")
	test.Tap(e.AddButton())
	test.Type(w.Canvas().Focused().(*widget.Entry), "Osallisuus")
	test.Tap(e.AddButton())
	test.Type(w.Canvas().Focused().(*widget.Entry), "Kieli")
	if got := src.names(); got != "[Työllisyys Osallisuus Kieli]" || e.EmptyShown() {
		t.Fatalf("rows after adding: %s", got)
	}
	if !e.DownButton().Disabled() || e.UpButton().Disabled() {
		t.Error("on the last row: down enabled or up disabled")
	}

	test.Tap(e.UpButton()) // Kieli moves above Osallisuus and stays open
	if got := src.names(); got != "[Työllisyys Kieli Osallisuus]" || e.Selected() != 1 {
		t.Fatalf("after moving up: %s, row %d open", got, e.Selected())
	}

	test.Tap(e.DeleteButton())
	overlay := w.Canvas().Overlays().Top()
	if overlay == nil {
		t.Fatal("delete did not ask first")
	}
	if got := src.names(); got != "[Työllisyys Kieli Osallisuus]" {
		t.Fatalf("deleted before the confirmation: %s", got)
	}
	yes := buttonIn(overlay, "Poista")
	if yes == nil {
		t.Fatal("the confirmation has no Poista button")
	}
	test.Tap(yes)
	if got := src.names(); got != "[Työllisyys Osallisuus]" {
		t.Fatalf("after confirming the delete: %s", got)
	}
	if e.Selected() != 1 || src.rows[1].id != "r2" {
		t.Errorf("after delete row %d is open, want its neighbour Osallisuus", e.Selected())
	}

	// Cancel leaves the rows as they were.
	test.Tap(e.DeleteButton())
	test.Tap(buttonIn(w.Canvas().Overlays().Top(), "Peruuta"))
	if got := src.names(); got != "[Työllisyys Osallisuus]" {
		t.Errorf("after cancelling the delete: %s", got)
	}
}

// TestRowEditorKeepsTheOpenForm checks that the form is built once per row
// opened: moving the row, redrawing after a change made elsewhere, sorting
// it to another place and opening it again all keep it.
func TestRowEditorKeepsTheOpenForm(t *testing.T) {
	src := &fakeRows{}
	e, _ := newFakeEditor(t, src)
	for range 3 {
		test.Tap(e.AddButton())
	}
	e.Select(1)
	built, form := src.forms, e.Detail().Objects[0]

	test.Tap(e.UpButton())
	test.Tap(e.DownButton())
	e.Refresh()
	e.Select(1)
	// Sorted elsewhere: r2 goes last; the editor follows it there.
	src.rows = []fakeRow{src.rows[0], src.rows[2], src.rows[1]}
	e.Refresh()
	if e.Selected() != 2 {
		t.Errorf("after the rows were reordered elsewhere row %d is open, want 2 (where r2 went)", e.Selected())
	}
	e.Select(2)
	if src.forms != built || e.Detail().Objects[0] != form {
		t.Errorf("%d forms built for one row kept open", src.forms-built+1)
	}

	e.Select(0)
	if src.forms != built+1 {
		t.Errorf("opening another row built %d forms, want 1", src.forms-built)
	}

	// A refused move or delete changes nothing and is reported.
	src.refuse = true
	test.Tap(e.DownButton())
	e.Remove(0)
	if len(src.rows) != 3 || src.lastErr == nil || e.Selected() != 0 {
		t.Errorf("refused edits: %d rows, error %v, row %d open", len(src.rows), src.lastErr, e.Selected())
	}

	// A row deleted elsewhere closes its form.
	src.refuse = false
	src.rows = src.rows[1:]
	e.Refresh()
	if e.Selected() != -1 || len(e.Detail().Objects) != 0 {
		t.Errorf("the open row was deleted elsewhere, yet row %d is open", e.Selected())
	}
}

// TestRowEditorDetachThenTap replays the crash of fyne-io/fyne#5965 in a
// row editor: open a row, let the user reach for its drop-down, open
// another row (which detaches the first form) and let the tap land. The
// guarded drop-down does nothing instead of crashing, and the open form's
// drop-down, kept through a move, still opens.
func TestRowEditorDetachThenTap(t *testing.T) {
	src := &fakeRows{}
	e, w := newFakeEditor(t, src)
	test.Tap(e.AddButton())
	test.Tap(e.AddButton())
	e.Select(0)
	stale := src.selects[len(src.selects)-1]
	old := e.Detail().Objects[0]
	e.Select(1) // the first row's form leaves the canvas
	current := src.selects[len(src.selects)-1]

	a := fyne.CurrentApp()
	detached := map[fyne.CanvasObject]bool{}
	collect(old, detached)
	fyne.SetCurrentApp(&glfwLikeApp{App: a, drv: &glfwLikeDriver{Driver: a.Driver(), detached: detached}})
	t.Cleanup(func() { fyne.SetCurrentApp(a) })
	if panics(func() { stale.Tapped(&fyne.PointEvent{}) }) {
		t.Fatal("tapping the detached form's drop-down panicked")
	}
	if n := len(w.Canvas().Overlays().List()); n != 0 {
		t.Fatalf("the detached drop-down opened %d pop-ups", n)
	}

	test.Tap(e.UpButton())
	if src.selects[len(src.selects)-1] != current {
		t.Fatal("moving the row rebuilt its form")
	}
	test.Tap(current)
	if n := len(w.Canvas().Overlays().List()); n != 1 {
		t.Errorf("the open form's drop-down opened %d pop-ups, want 1", n)
	}
}
