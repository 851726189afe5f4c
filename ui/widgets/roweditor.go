package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// RowSource is the list of rows a RowEditor edits, by index. The editor
// knows nothing of what the rows are: it asks the source to count, label,
// add, delete and move them, and to build a row's detail form.
type RowSource interface {
	// Len is the number of rows.
	Len() int
	// Label gives row i's two lines in the list; an empty detail shows
	// none, an empty title "(nimetön)".
	Label(i int) (title, detail string)
	// Add adds a row and returns its index.
	Add() (int, error)
	// Delete removes row i.
	Delete(i int) error
	// Move moves row i to place j.
	Move(i, j int) error
	// Form builds the detail form of row i. The form must find its row
	// by something that stays with the row (an ID), not by i: the editor
	// keeps a form while its row moves.
	Form(i int) fyne.CanvasObject
}

// RowKeys is what a RowSource whose rows can change outside the editor
// (sorted, added by another button) adds: a key that stays with each row.
// With it the editor follows its open row to where it went and keeps its
// form; without it the editor assumes rows change only through it.
type RowKeys interface {
	Key(i int) string
}

// RowGate is what a RowSource that cannot always take a new row adds (the
// measures of a goal that is gone): the add button is enabled only while
// CanAdd is true.
type RowGate interface {
	CanAdd() bool
}

// RowRules is what a RowSource whose rows cannot all be deleted or moved
// adds (the template's own rows among the user's): the delete and move
// buttons are enabled only where it allows.
type RowRules interface {
	CanDelete(i int) bool
	// CanMove tells whether row i may move to place j (a neighbour).
	CanMove(i, j int) bool
}

// RowMarks is what a RowSource that marks its rows in the list adds: an
// icon before each title (answered or not; nil for none), and the detail
// line's importance (a required row still empty warns).
type RowMarks interface {
	Icon(i int) fyne.Resource
	DetailImportance(i int) widget.Importance
}

// RowAsker is what a RowSource whose new row needs something from the user
// first (a title) adds: the add button calls AskAdd instead of Add. AskAdd
// asks, adds the row through the source and calls done with its index, or
// does nothing when the user cancels. after is the open row, -1 for none,
// for a source that inserts after it.
type RowAsker interface {
	AskAdd(after int, done func(i int))
}

// RowConfirm is what a RowSource that words its delete confirmation itself
// adds (what is lost with the row): the dialog's title and message for
// row i, or "" for the editor's own words.
type RowConfirm interface {
	DeleteText(i int) (title, message string)
}

// RowListMinHeight is the least height of a row editor's list: about six
// rows. The list scrolls by itself beyond them; the page scrolls past it
// when it is at its end (Page).
const RowListMinHeight = 300

// RowEditor edits a list of rows: the list on the left with buttons to add,
// delete (after confirmation) and move rows, and the open row's form on
// the right. A form is built when a row is opened and kept until another
// row is: a form rebuilt under the user detaches the pop-up widget they
// are tapping, which crashes Fyne 2.7.1 (fyne-io/fyne#5965, see Attached).
type RowEditor struct {
	// OnChange, if set, runs after every add, delete and move.
	OnChange func()
	// OnError, if set, is told of an add, delete or move the source
	// refused; the list is redrawn from the source either way.
	OnError func(error)
	// Content is what to put on the page.
	Content fyne.CanvasObject

	src   RowSource
	keys  RowKeys
	gate  RowGate
	rules RowRules
	marks RowMarks
	asker RowAsker
	win   fyne.Window
	// wrap makes titles wrap onto more lines instead of being cut, each
	// row as tall as its title needs (WrapTitles); heights remembers the
	// height set for each row.
	wrap    bool
	heights map[widget.ListItemID]float32

	list     *widget.List
	selected int    // the open row, -1 for none
	key      string // its key, with RowKeys
	detail   *fyne.Container
	empty    *widget.Label
	head     *fyne.Container
	split    *container.Split

	addBtn, deleteBtn, upBtn, downBtn *widget.Button
}

// NewRowEditor returns an editor of src's rows on win (where the delete
// confirmation opens and the focus goes). addLabel names the add button;
// empty is shown while there are no rows.
func NewRowEditor(win fyne.Window, src RowSource, addLabel, empty string) *RowEditor {
	e := &RowEditor{src: src, win: win, selected: -1}
	e.keys, _ = src.(RowKeys)
	e.gate, _ = src.(RowGate)
	e.rules, _ = src.(RowRules)
	e.marks, _ = src.(RowMarks)
	e.asker, _ = src.(RowAsker)
	e.list = widget.NewList(src.Len, e.createItem, e.updateItem)
	e.list.OnSelected = e.show
	e.addBtn = widget.NewButtonWithIcon(addLabel, theme.ContentAddIcon(), e.add)
	e.addBtn.Importance = widget.HighImportance
	e.deleteBtn = widget.NewButtonWithIcon("", theme.DeleteIcon(), e.confirmDelete)
	e.upBtn = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { e.move(-1) })
	e.downBtn = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { e.move(1) })
	e.empty = widget.NewLabel(empty)
	e.empty.Wrapping = fyne.TextWrapWord
	e.empty.Importance = widget.LowImportance
	e.detail = container.NewStack()

	e.head = container.NewVBox(container.NewHBox(e.addBtn, ToolSpacer(), e.upBtn, e.downBtn, e.deleteBtn))
	left := container.NewBorder(e.head, nil, nil, nil, WithMinHeight(container.NewStack(e.list, container.NewPadded(e.empty)), RowListMinHeight))
	e.split = container.NewHSplit(left, container.NewPadded(e.detail))
	e.split.Offset = 0.38
	e.Content = e.split
	e.Refresh()
	return e
}

// ToolSpacer keeps the move and delete buttons of a list's tool row apart
// from its add button.
func ToolSpacer() fyne.CanvasObject {
	return widget.NewLabel(" ")
}

// SetListHeader puts o below the tool row, above the list (a count of
// the rows answered).
func (e *RowEditor) SetListHeader(o fyne.CanvasObject) {
	e.head.Objects = append(e.head.Objects[:1], o)
	e.head.Refresh()
}

// SetListShare sets the share of the width the list takes (0.38 unless
// set): a pane that needs room for long text gives the list less.
func (e *RowEditor) SetListShare(offset float64) { e.split.SetOffset(offset) }

// WrapTitles makes the rows' titles wrap instead of being cut, each row as
// tall as its title: for titles that are read whole (a template element's
// long name). Call it before the list is shown.
func (e *RowEditor) WrapTitles() { e.wrap = true }

// A list row is a border box: its title and detail in a column, with the
// source's mark (RowMarks) on the left.
func (e *RowEditor) createItem() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	if e.wrap {
		title.Wrapping = fyne.TextWrapWord
	} else {
		title.Truncation = fyne.TextTruncateEllipsis
	}
	detail := widget.NewLabel("")
	detail.Truncation = fyne.TextTruncateEllipsis
	detail.SizeName = theme.SizeNameCaptionText
	icon := widget.NewIcon(nil)
	icon.Hide() // until the source marks the row
	return container.NewBorder(nil, nil, icon, nil, container.NewVBox(title, detail))
}

func (e *RowEditor) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= e.src.Len() {
		return
	}
	row := o.(*fyne.Container)
	box := row.Objects[0].(*fyne.Container)
	title, detail := e.label(i)
	box.Objects[0].(*widget.Label).SetText(title)
	d := box.Objects[1].(*widget.Label)
	if e.marks != nil {
		icon := row.Objects[1].(*widget.Icon)
		if r := e.marks.Icon(i); r != nil {
			icon.SetResource(r)
			icon.Show()
		} else {
			icon.Hide()
		}
		d.Importance = e.marks.DetailImportance(i)
	}
	if detail != "" {
		d.SetText(detail)
		d.Show()
	} else {
		d.Hide()
	}
	if e.wrap {
		e.fitRow(i, title, row)
	}
}

// fitRow gives row i the height its wrapped title needs.
func (e *RowEditor) fitRow(i widget.ListItemID, title string, row *fyne.Container) {
	width := e.list.Size().Width - 4*theme.Padding()
	if icon := row.Objects[1]; icon.Visible() {
		width -= icon.MinSize().Width + theme.Padding()
	}
	if width <= 0 {
		return
	}
	box := row.Objects[0].(*fyne.Container)
	h := LabelHeight(title, width, theme.TextSize(), fyne.TextStyle{Bold: true})
	if d := box.Objects[1]; d.Visible() {
		h += theme.Padding() + d.MinSize().Height
	}
	if e.heights == nil {
		e.heights = map[widget.ListItemID]float32{}
	}
	if old, ok := e.heights[i]; !ok || old != h {
		e.heights[i] = h
		e.list.SetItemHeight(i, h)
	}
}

// label is the source's label of row i, with a name for an untitled row.
func (e *RowEditor) label(i int) (string, string) {
	title, detail := e.src.Label(i)
	if title == "" {
		title = lang.L("rows.untitled")
	}
	return title, detail
}

func (e *RowEditor) keyOf(i int) string {
	if e.keys == nil {
		return ""
	}
	return e.keys.Key(i)
}

// indexOf is the index of the row with the given key, -1 if it is gone.
func (e *RowEditor) indexOf(key string) int {
	for i := range e.src.Len() {
		if e.keys.Key(i) == key {
			return i
		}
	}
	return -1
}

// Refresh redraws the list and the buttons from the source after a change
// made outside the editor. The open form stays while its row exists; with
// RowKeys the selection follows the row to its new place.
func (e *RowEditor) Refresh() {
	e.list.Refresh()
	n := e.src.Len()
	if n == 0 {
		e.empty.Show()
	} else {
		e.empty.Hide()
	}
	if e.selected >= 0 {
		i := e.selected
		if e.keys != nil {
			i = e.indexOf(e.key)
		}
		switch {
		case i < 0 || i >= n:
			e.close()
		case i != e.selected:
			e.selected = i
			e.list.Select(i) // the same row: show keeps its form
		}
	}
	i := e.selected
	SetEnabled(e.deleteBtn, e.canDelete(i))
	SetEnabled(e.upBtn, e.canMove(i, i-1))
	SetEnabled(e.downBtn, e.canMove(i, i+1))
	SetEnabled(e.addBtn, e.gate == nil || e.gate.CanAdd())
}

// canDelete and canMove are what the buttons allow: an existing row, and
// the source's RowRules.
func (e *RowEditor) canDelete(i int) bool {
	return i >= 0 && i < e.src.Len() && (e.rules == nil || e.rules.CanDelete(i))
}

func (e *RowEditor) canMove(i, j int) bool {
	n := e.src.Len()
	return i >= 0 && i < n && j >= 0 && j < n && (e.rules == nil || e.rules.CanMove(i, j))
}

// close empties the detail pane.
func (e *RowEditor) close() {
	e.selected, e.key = -1, ""
	e.detail.Objects = nil
	e.detail.Refresh()
	e.list.UnselectAll()
}

// show opens row i's form, unless it is open already.
func (e *RowEditor) show(i int) {
	if i < 0 || i >= e.src.Len() {
		return
	}
	key := e.keyOf(i)
	if i == e.selected && key == e.key && len(e.detail.Objects) > 0 {
		return
	}
	e.selected, e.key = i, key
	e.detail.Objects = []fyne.CanvasObject{e.src.Form(i)}
	e.detail.Refresh()
	e.Refresh()
}

// Select puts the cursor on row i and opens it.
func (e *RowEditor) Select(i int) {
	if i < 0 || i >= e.src.Len() {
		return
	}
	e.list.Select(i)
	e.show(i)
}

// Selected is the index of the open row, -1 for none.
func (e *RowEditor) Selected() int { return e.selected }

// OpenFirst opens the first row, so a step with content shows a filled
// form rather than an empty pane.
func (e *RowEditor) OpenFirst() {
	if e.src.Len() > 0 {
		e.Select(0)
		// Selecting scrolls the list before it has a size, which would
		// leave the first row just above the view.
		e.list.ScrollToTop()
	}
}

// Reload closes the open row and redraws everything from the source, e.g.
// after the rows became another parent's (the measures of another goal).
func (e *RowEditor) Reload() {
	e.close()
	e.Refresh()
}

// RefreshRow redraws row i's line in the list, after its form changed it.
func (e *RowEditor) RefreshRow(i int) { e.list.RefreshItem(i) }

// SetEmptyText changes what is shown while there are no rows.
func (e *RowEditor) SetEmptyText(s string) { e.empty.SetText(s) }

func (e *RowEditor) changed() {
	e.Refresh()
	if e.OnChange != nil {
		e.OnChange()
	}
}

func (e *RowEditor) failed(err error) {
	e.Refresh()
	if e.OnError != nil {
		e.OnError(err)
	}
}

// add adds a row (asking first with RowAsker), opens it and puts the focus
// in its first field, so typing right after Add goes into the new row.
func (e *RowEditor) add() {
	if e.gate != nil && !e.gate.CanAdd() {
		return
	}
	if e.asker != nil {
		e.asker.AskAdd(e.selected, e.added)
		return
	}
	i, err := e.src.Add()
	if err != nil {
		e.failed(err)
		return
	}
	e.added(i)
}

// added opens row i, just added, with the focus in its first field.
func (e *RowEditor) added(i int) {
	e.changed()
	e.Select(i)
	if f := firstEntry(e.detail); f != nil && e.win != nil {
		e.win.Canvas().Focus(f)
	}
}

// firstEntry finds the first enabled text entry in a form, depth first.
func firstEntry(o fyne.CanvasObject) *widget.Entry {
	switch w := o.(type) {
	case *widget.Entry:
		if !w.Disabled() {
			return w
		}
	case *fyne.Container:
		for _, c := range w.Objects {
			if f := firstEntry(c); f != nil {
				return f
			}
		}
	case *widget.Form:
		for _, it := range w.Items {
			if f := firstEntry(it.Widget); f != nil {
				return f
			}
		}
	case *container.Scroll:
		return firstEntry(w.Content)
	case *container.AppTabs:
		if sel := w.Selected(); sel != nil {
			return firstEntry(sel.Content)
		}
	}
	return nil
}

// confirmDelete asks before deleting the open row, naming it.
func (e *RowEditor) confirmDelete() {
	i := e.selected
	if !e.canDelete(i) {
		return
	}
	name, _ := e.label(i)
	title := lang.L("rows.deleteTitle")
	message := lang.L("rows.deleteConfirm", map[string]any{"Name": name})
	if c, ok := e.src.(RowConfirm); ok {
		if t, m := c.DeleteText(i); t != "" {
			title, message = t, m
		}
	}
	key := e.key
	Confirm(e.win, title, lang.L("rows.delete"), message, func() {
		if e.keys != nil {
			i = e.indexOf(key) // the row the user was asked about
		}
		e.Remove(i)
	})
}

// Remove deletes row i without asking (what the confirmation does) and
// opens its neighbour. A row the source's RowRules keep is not deleted.
func (e *RowEditor) Remove(i int) {
	if !e.canDelete(i) {
		return
	}
	if err := e.src.Delete(i); err != nil {
		e.failed(err)
		return
	}
	switch {
	case i == e.selected:
		e.close()
	case e.keys == nil && i < e.selected:
		e.selected--
	}
	e.changed()
	if n := e.src.Len(); n > 0 {
		e.Select(min(i, n-1))
	}
}

// move shifts the open row by delta places; its form stays open.
func (e *RowEditor) move(delta int) {
	i := e.selected
	j := i + delta
	if !e.canMove(i, j) {
		return
	}
	if err := e.src.Move(i, j); err != nil {
		e.failed(err)
		return
	}
	if e.keys == nil {
		e.selected = j // with keys Refresh finds it there
	}
	e.changed()
	e.list.Select(j)
}

// The tool row's buttons and the pane holding the open form are exposed
// for tests and screen checks.

// AddButton returns the tool row's add button.
func (e *RowEditor) AddButton() *widget.Button    { return e.addBtn }
func (e *RowEditor) DeleteButton() *widget.Button { return e.deleteBtn }
func (e *RowEditor) UpButton() *widget.Button     { return e.upBtn }
func (e *RowEditor) DownButton() *widget.Button   { return e.downBtn }
func (e *RowEditor) Detail() *fyne.Container      { return e.detail }

// EmptyShown reports whether the no-rows text is shown.
func (e *RowEditor) EmptyShown() bool { return e.empty.Visible() }
