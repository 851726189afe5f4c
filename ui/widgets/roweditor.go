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

	src  RowSource
	keys RowKeys
	gate RowGate
	win  fyne.Window

	list     *widget.List
	selected int    // the open row, -1 for none
	key      string // its key, with RowKeys
	detail   *fyne.Container
	empty    *widget.Label

	addBtn, deleteBtn, upBtn, downBtn *widget.Button
}

// NewRowEditor returns an editor of src's rows on win (where the delete
// confirmation opens and the focus goes). addLabel names the add button;
// empty is shown while there are no rows.
func NewRowEditor(win fyne.Window, src RowSource, addLabel, empty string) *RowEditor {
	e := &RowEditor{src: src, win: win, selected: -1}
	e.keys, _ = src.(RowKeys)
	e.gate, _ = src.(RowGate)
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

	tools := container.NewHBox(e.addBtn, ToolSpacer(), e.upBtn, e.downBtn, e.deleteBtn)
	left := container.NewBorder(tools, nil, nil, nil, WithMinHeight(container.NewStack(e.list, container.NewPadded(e.empty)), RowListMinHeight))
	split := container.NewHSplit(left, container.NewPadded(e.detail))
	split.Offset = 0.38
	e.Content = split
	e.Refresh()
	return e
}

// ToolSpacer keeps the move and delete buttons of a list's tool row apart
// from its add button.
func ToolSpacer() fyne.CanvasObject {
	return widget.NewLabel(" ")
}

func (e *RowEditor) createItem() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	detail := widget.NewLabel("")
	detail.Truncation = fyne.TextTruncateEllipsis
	detail.SizeName = theme.SizeNameCaptionText
	return container.NewVBox(title, detail)
}

func (e *RowEditor) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= e.src.Len() {
		return
	}
	box := o.(*fyne.Container)
	title, detail := e.label(i)
	box.Objects[0].(*widget.Label).SetText(title)
	d := box.Objects[1].(*widget.Label)
	if detail != "" {
		d.SetText(detail)
		d.Show()
	} else {
		d.Hide()
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
	SetEnabled(e.deleteBtn, i >= 0)
	SetEnabled(e.upBtn, i > 0)
	SetEnabled(e.downBtn, i >= 0 && i < n-1)
	SetEnabled(e.addBtn, e.gate == nil || e.gate.CanAdd())
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

// add adds a row, opens it and puts the focus in its first field, so
// typing right after Add goes into the new row.
func (e *RowEditor) add() {
	if e.gate != nil && !e.gate.CanAdd() {
		return
	}
	i, err := e.src.Add()
	if err != nil {
		e.failed(err)
		return
	}
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
	if i < 0 {
		return
	}
	name, _ := e.label(i)
	key := e.key
	Confirm(e.win, lang.L("rows.deleteTitle"), lang.L("rows.delete"),
		lang.L("rows.deleteConfirm", map[string]any{"Name": name}), func() {
			if e.keys != nil {
				i = e.indexOf(key) // the row the user was asked about
			}
			e.Remove(i)
		})
}

// Remove deletes row i without asking (what the confirmation does) and
// opens its neighbour.
func (e *RowEditor) Remove(i int) {
	if i < 0 || i >= e.src.Len() {
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
	if i < 0 || j < 0 || j >= e.src.Len() {
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

// AddButton, DeleteButton, UpButton and DownButton return the tool row's
// buttons, and Detail the pane holding the open form, for tests and
// screen checks.
func (e *RowEditor) AddButton() *widget.Button    { return e.addBtn }
func (e *RowEditor) DeleteButton() *widget.Button { return e.deleteBtn }
func (e *RowEditor) UpButton() *widget.Button     { return e.upBtn }
func (e *RowEditor) DownButton() *widget.Button   { return e.downBtn }
func (e *RowEditor) Detail() *fyne.Container      { return e.detail }

// EmptyShown reports whether the no-rows text is shown.
func (e *RowEditor) EmptyShown() bool { return e.empty.Visible() }
