package widgets_test

import (
	"errors"
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
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

// ruledRows is fakeRows with pinned rows first (neither deleted nor moved,
// nor passed by a move), marks, its own delete wording and an add that
// asks first.
type ruledRows struct {
	*fakeRows
	pinned int
	// askedAfter is the open row AskAdd was given; cancel makes the
	// next ask add nothing.
	askedAfter int
	cancel     bool
}

func (r *ruledRows) CanDelete(i int) bool  { return i >= r.pinned }
func (r *ruledRows) CanMove(i, j int) bool { return i >= r.pinned && j >= r.pinned }

func (r *ruledRows) Icon(i int) fyne.Resource {
	if i < r.pinned {
		return theme.InfoIcon()
	}
	return nil
}

func (r *ruledRows) DetailImportance(int) widget.Importance { return widget.WarningImportance }

func (r *ruledRows) DeleteText(i int) (string, string) {
	return "Poistetaanko osio?", "Osio " + r.rows[i].name + " poistetaan tekstinsä kanssa."
}

func (r *ruledRows) AskAdd(after int, done func(int)) {
	r.askedAfter = after
	if r.cancel {
		return
	}
	i, _ := r.Add()
	done(i)
}

func TestRowEditorRulesMarksAndAsking(t *testing.T) {
	src := &ruledRows{fakeRows: &fakeRows{}, pinned: 2}
	for range 4 {
		src.Add()
	}
	src.rows[0].name, src.rows[1].name, src.rows[2].name, src.rows[3].name = "Tausta", "Tavoitteet", "Liite", "Sanasto"
	i18n.Setup("fi")
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	e := widgets.NewRowEditor(w, src, "Lisää", "Ei rivejä.")
	e.WrapTitles()
	count := widget.NewLabel("2 / 4")
	e.SetListHeader(count)
	w.SetContent(e.Content)
	w.Resize(fyne.NewSize(900, 600))
	e.OpenFirst()

	if !e.DeleteButton().Disabled() || !e.UpButton().Disabled() || !e.DownButton().Disabled() {
		t.Error("delete or move offered for a pinned row")
	}
	e.Remove(0)
	if len(src.rows) != 4 {
		t.Error("Remove deleted a pinned row")
	}
	e.Select(2)
	if !e.UpButton().Disabled() || e.DownButton().Disabled() || e.DeleteButton().Disabled() {
		t.Error("first free row: want up off (it would pass a pinned row), down and delete on")
	}
	test.Tap(e.UpButton())
	if got := src.names(); got != "[Tausta Tavoitteet Liite Sanasto]" {
		t.Errorf("a move past a pinned row happened: %s", got)
	}

	// The add asks first, after the open row; cancelling adds nothing.
	src.cancel = true
	test.Tap(e.AddButton())
	if src.askedAfter != 2 || len(src.rows) != 4 || e.Selected() != 2 {
		t.Errorf("cancelled add: asked after %d, %d rows, row %d open", src.askedAfter, len(src.rows), e.Selected())
	}
	src.cancel = false
	test.Tap(e.AddButton())
	if len(src.rows) != 5 || e.Selected() != 4 || w.Canvas().Focused() != src.entries["r5"] {
		t.Errorf("add after asking: %d rows, row %d open, focus on %T", len(src.rows), e.Selected(), w.Canvas().Focused())
	}

	// The source words the confirmation.
	e.Select(3)
	test.Tap(e.DeleteButton())
	dlg := w.Canvas().Overlays().Top()
	texts := map[string]bool{}
	drawnSet := map[fyne.CanvasObject]bool{}
	collect(dlg, drawnSet)
	for o := range drawnSet {
		if l, ok := o.(*widget.Label); ok {
			texts[l.Text] = true
		}
	}
	if !texts["Poistetaanko osio?"] || !texts["Osio Sanasto poistetaan tekstinsä kanssa."] {
		t.Errorf("the confirmation does not use the source's words: %v", texts)
	}
	test.Tap(buttonIn(dlg, "Poista"))
	if got := src.names(); got != "[Tausta Tavoitteet Liite ]" {
		t.Errorf("after confirming: %s", got)
	}

	// Marks: the pinned rows' icon shows, the others have none; the header
	// sits above the list.
	icons, header := 0, false
	all := map[fyne.CanvasObject]bool{}
	collect(e.Content, all)
	for o := range all {
		if ic, ok := o.(*widget.Icon); ok && ic.Visible() && ic.Resource != nil && ic.Resource.Name() == theme.InfoIcon().Name() {
			icons++
		}
		if o == count {
			header = true
		}
	}
	if icons != 2 || !header {
		t.Errorf("%d marked rows drawn (want the 2 pinned), header drawn %v", icons, header)
	}
}

// TestRowEditorWrapsTitles gives a long title the lines it needs: its row
// is taller than a short one's.
func TestRowEditorWrapsTitles(t *testing.T) {
	src := &fakeRows{}
	src.Add()
	src.Add()
	src.rows[0].name = "Lyhyt"
	src.rows[1].name = "Kotoutumista edistävien palvelujen järjestäminen ja yhteensovittaminen kunnan ja hyvinvointialueen kesken"
	i18n.Setup("fi")
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	e := widgets.NewRowEditor(w, src, "Lisää", "Ei rivejä.")
	e.WrapTitles()
	w.SetContent(e.Content)
	w.Resize(fyne.NewSize(700, 600))
	e.Refresh()
	heights := map[string]float32{}
	all := map[fyne.CanvasObject]bool{}
	collect(e.Content, all)
	for o := range all {
		if l, ok := o.(*widget.Label); ok && (l.Text == src.rows[0].name || l.Text == src.rows[1].name) {
			heights[l.Text] = l.Size().Height
		}
	}
	if short, long := heights[src.rows[0].name], heights[src.rows[1].name]; short == 0 || long < 2*short {
		t.Errorf("title heights: short %v, long %v; want the long one on several lines", short, long)
	}
}
