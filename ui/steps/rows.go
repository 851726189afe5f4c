package steps

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// rowSpec describes a list of rows inside the programme (members, goals,
// measures, indicators …) for a rowEditor.
type rowSpec[T any] struct {
	// Rows returns the slice the editor works on, inside p. It may return
	// nil when the slice does not exist (e.g. the measures of a goal that
	// was deleted); the editor then shows nothing.
	Rows func(p *programme.Programme) *[]T
	// ID returns a row's stable ID.
	ID func(r *T) string
	// Title and Detail give the list's two lines; Detail may be nil.
	Title  func(r *T) string
	Detail func(r *T) string
	// New returns a new row with a fresh ID.
	New func() T
	// Form builds the detail form of the selected row.
	Form func(f *rowForm[T]) fyne.CanvasObject
	// Empty is shown when there are no rows; AddLabel names the add button.
	Empty, AddLabel string
	// OnChange, if set, runs after every change (e.g. to refresh findings).
	OnChange func()
	// Delete and Move are the domain's own operations on the rows
	// (programme's Delete*/Move* methods), which keep the invariants that
	// plain slicing would break, such as indicators' links to a deleted
	// goal. Every editor has both: the editor never slices rows itself.
	Delete func(p *programme.Programme, id string) bool
	Move   func(p *programme.Programme, id string, delta int) bool
}

// rowEditor edits a list of rows: the list on the left with buttons to add,
// delete (after confirmation) and move rows, and the selected row's form on
// the right. Rows are found by ID on every edit, so moving rows never makes
// an open form write to the wrong row.
type rowEditor[T any] struct {
	ctx      *Context
	spec     rowSpec[T]
	list     *widget.List
	selected string
	detail   *fyne.Container
	empty    *widget.Label
	content  fyne.CanvasObject

	addBtn, deleteBtn, upBtn, downBtn *widget.Button
}

func newRowEditor[T any](ctx *Context, spec rowSpec[T]) *rowEditor[T] {
	if spec.Delete == nil || spec.Move == nil {
		panic("steps: a row editor needs the domain's Delete and Move")
	}
	e := &rowEditor[T]{ctx: ctx, spec: spec}
	e.list = widget.NewList(e.length, e.createItem, e.updateItem)
	e.list.OnSelected = func(i widget.ListItemID) {
		rows := e.rows()
		if i < len(rows) {
			e.show(spec.ID(&rows[i]))
		}
	}
	e.addBtn = widget.NewButtonWithIcon(spec.AddLabel, theme.ContentAddIcon(), e.add)
	e.addBtn.Importance = widget.HighImportance
	e.deleteBtn = widget.NewButtonWithIcon("", theme.DeleteIcon(), e.confirmDelete)
	e.upBtn = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { e.move(-1) })
	e.downBtn = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { e.move(1) })
	e.empty = widget.NewLabel(spec.Empty)
	e.empty.Wrapping = fyne.TextWrapWord
	e.empty.Importance = widget.LowImportance
	e.detail = container.NewStack()

	tools := container.NewHBox(e.addBtn, layoutSpacer(), e.upBtn, e.downBtn, e.deleteBtn)
	left := container.NewBorder(tools, nil, nil, nil, withMinHeight(container.NewStack(e.list, container.NewPadded(e.empty)), rowListMinHeight))
	split := container.NewHSplit(left, container.NewPadded(e.detail))
	split.Offset = 0.38
	e.content = split
	e.refresh()
	return e
}

// layoutSpacer keeps the move and delete buttons apart from the add button.
func layoutSpacer() fyne.CanvasObject {
	return widget.NewLabel(" ")
}

// rows returns the current rows for reading.
func (e *rowEditor[T]) rows() []T {
	if r := e.spec.Rows(e.ctx.programme()); r != nil {
		return *r
	}
	return nil
}

func (e *rowEditor[T]) index(id string) int {
	rows := e.rows()
	for i := range rows {
		if e.spec.ID(&rows[i]) == id {
			return i
		}
	}
	return -1
}

func (e *rowEditor[T]) length() int { return len(e.rows()) }

func (e *rowEditor[T]) createItem() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	detail := widget.NewLabel("")
	detail.Truncation = fyne.TextTruncateEllipsis
	detail.SizeName = theme.SizeNameCaptionText
	return container.NewVBox(title, detail)
}

func (e *rowEditor[T]) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	rows := e.rows()
	if i >= len(rows) {
		return
	}
	box := o.(*fyne.Container)
	title := e.spec.Title(&rows[i])
	if title == "" {
		title = lang.L("rows.untitled")
	}
	box.Objects[0].(*widget.Label).SetText(title)
	detail := box.Objects[1].(*widget.Label)
	if e.spec.Detail != nil {
		detail.SetText(e.spec.Detail(&rows[i]))
		detail.Show()
	} else {
		detail.Hide()
	}
}

// refresh redraws the list and the buttons' states after a change.
func (e *rowEditor[T]) refresh() {
	e.list.Refresh()
	n := e.length()
	if n == 0 {
		e.empty.Show()
	} else {
		e.empty.Hide()
	}
	i := e.index(e.selected)
	if i < 0 && e.selected != "" {
		e.selected = ""
		e.detail.Objects = nil
		e.detail.Refresh()
	}
	widgets.SetEnabled(e.deleteBtn, i >= 0)
	widgets.SetEnabled(e.upBtn, i > 0)
	widgets.SetEnabled(e.downBtn, i >= 0 && i < n-1)
	widgets.SetEnabled(e.addBtn, e.spec.Rows(e.ctx.programme()) != nil)
}

// show opens the form of the row with the given ID.
func (e *rowEditor[T]) show(id string) {
	if e.selected == id && len(e.detail.Objects) > 0 {
		return
	}
	e.selected = id
	f := &rowForm[T]{e: e, id: id}
	e.detail.Objects = []fyne.CanvasObject{e.spec.Form(f)}
	e.detail.Refresh()
	e.refresh()
}

// selectRow selects the row with the given ID in the list and opens it.
func (e *rowEditor[T]) selectRow(id string) {
	if i := e.index(id); i >= 0 {
		e.list.Select(i)
		e.show(id)
	}
}

// Reload rebuilds the editor from the programme, e.g. after the parent row
// (the goal of a measures editor) changed.
func (e *rowEditor[T]) Reload() {
	e.selected = ""
	e.detail.Objects = nil
	e.detail.Refresh()
	e.list.UnselectAll()
	e.refresh()
}

func (e *rowEditor[T]) changed() {
	e.refresh()
	if e.spec.OnChange != nil {
		e.spec.OnChange()
	}
}

// add appends a new row and opens it.
func (e *rowEditor[T]) add() {
	if e.spec.Rows(e.ctx.programme()) == nil {
		return
	}
	row := e.spec.New()
	id := e.spec.ID(&row)
	e.ctx.edit(func(p *programme.Programme) {
		rows := e.spec.Rows(p)
		*rows = append(*rows, row)
	})
	e.changed()
	e.selectRow(id)
	// Typing right after Add goes into the new row.
	if f := firstEntry(e.detail); f != nil {
		e.ctx.window().Canvas().Focus(f)
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

func (e *rowEditor[T]) confirmDelete() {
	i := e.index(e.selected)
	if i < 0 {
		return
	}
	rows := e.rows()
	name := e.spec.Title(&rows[i])
	if name == "" {
		name = lang.L("rows.untitled")
	}
	id := e.selected
	widgets.Confirm(e.ctx.window(), lang.L("rows.deleteTitle"), lang.L("rows.delete"),
		lang.L("rows.deleteConfirm", map[string]any{"Name": name}), func() { e.remove(id) })
}

// remove deletes the row with the given ID and selects its neighbour.
func (e *rowEditor[T]) remove(id string) {
	i := e.index(id)
	if i < 0 {
		return
	}
	e.ctx.edit(func(p *programme.Programme) { e.spec.Delete(p, id) })
	e.list.UnselectAll()
	e.changed()
	rows := e.rows()
	if len(rows) > 0 {
		e.selectRow(e.spec.ID(&rows[min(i, len(rows)-1)]))
	}
}

// move shifts the selected row by delta places.
func (e *rowEditor[T]) move(delta int) {
	i := e.index(e.selected)
	j := i + delta
	if i < 0 || j < 0 || j >= e.length() {
		return
	}
	id := e.selected
	e.ctx.edit(func(p *programme.Programme) { e.spec.Move(p, id, delta) })
	e.changed()
	e.list.Select(j)
}

// rowForm is the handle a detail form uses to read and change its row.
type rowForm[T any] struct {
	e  *rowEditor[T]
	id string
}

// Row returns the row for reading, or nil if it no longer exists.
func (f *rowForm[T]) Row() *T {
	rows := f.e.spec.Rows(f.e.ctx.programme())
	if rows == nil {
		return nil
	}
	for i := range *rows {
		if f.e.spec.ID(&(*rows)[i]) == f.id {
			return &(*rows)[i]
		}
	}
	return nil
}

// ID returns the row's ID.
func (f *rowForm[T]) ID() string { return f.id }

// Edit changes the row, saves, and updates its line in the list.
func (f *rowForm[T]) Edit(fn func(r *T)) {
	found := false
	f.e.ctx.edit(func(p *programme.Programme) {
		if rows := f.e.spec.Rows(p); rows != nil {
			for i := range *rows {
				if f.e.spec.ID(&(*rows)[i]) == f.id {
					fn(&(*rows)[i])
					found = true
					return
				}
			}
		}
	})
	if !found {
		return
	}
	if i := f.e.index(f.id); i >= 0 {
		f.e.list.RefreshItem(i)
	}
	if f.e.spec.OnChange != nil {
		f.e.spec.OnChange()
	}
}

// Entry returns a one-line entry bound to a text field of the row.
func (f *rowForm[T]) Entry(get func(r *T) string, set func(r *T, v string)) *widget.Entry {
	w := widget.NewEntry()
	if r := f.Row(); r != nil {
		w.SetText(get(r))
	}
	w.OnChanged = f.guarded(w.SetText, get, set)
	return w
}

// guarded is the OnChanged of a text field of the row: within
// MaxFieldBytes it is stored, beyond it refused (textGuard).
func (f *rowForm[T]) guarded(revert func(string), get func(r *T) string, set func(r *T, v string)) func(string) {
	g := &textGuard{
		win: f.e.ctx.window(), check: fieldCheck, revert: revert,
		stored: func() string {
			if r := f.Row(); r != nil {
				return get(r)
			}
			return ""
		},
		store: func(s string) { f.Edit(func(r *T) { set(r, s) }) },
	}
	return g.changed
}

// MultiLine returns a wrapped multi-line entry bound to a text field.
func (f *rowForm[T]) MultiLine(rows int, get func(r *T) string, set func(r *T, v string)) *widget.Entry {
	w := widget.NewMultiLineEntry()
	w.Wrapping = fyne.TextWrapWord
	w.SetMinRowsVisible(rows)
	if r := f.Row(); r != nil {
		w.SetText(get(r))
	}
	w.OnChanged = f.guarded(w.SetText, get, set)
	return w
}

// Parsed returns an entry whose text must parse before it is stored. Text
// that does not parse stays in the entry with parse's error shown beside
// it, and the stored value keeps its last good state.
func (f *rowForm[T]) Parsed(get func(r *T) string, parse func(s string) error, set func(r *T, v string)) *widget.Entry {
	w := widget.NewEntry()
	if r := f.Row(); r != nil {
		w.SetText(get(r))
	}
	w.Validator = parse
	w.OnChanged = func(s string) {
		if parse(s) == nil {
			f.Edit(func(r *T) { set(r, s) })
		}
	}
	return w
}

// Choice is one option of a Select.
type Choice struct {
	ID, Label string
}

// Select returns a drop-down bound to a field holding one of the choices'
// IDs.
func (f *rowForm[T]) Select(choices []Choice, get func(r *T) string, set func(r *T, id string)) *widgets.Select {
	labels := make([]string, len(choices))
	for i, c := range choices {
		labels[i] = c.Label
	}
	w := widgets.NewSelect(labels, nil)
	w.PlaceHolder = lang.L("rows.choose")
	if r := f.Row(); r != nil {
		cur := get(r)
		for i, c := range choices {
			if c.ID == cur {
				w.SetSelectedIndex(i)
			}
		}
	}
	w.OnChanged = func(string) {
		if i := w.SelectedIndex(); i >= 0 {
			f.Edit(func(r *T) { set(r, choices[i].ID) })
		}
	}
	return w
}

// Checks returns a group of checks bound to a field holding a set of the
// choices' IDs, kept in the choices' order.
func (f *rowForm[T]) Checks(choices []Choice, get func(r *T) []string, set func(r *T, ids []string)) *fyne.Container {
	box := container.NewVBox()
	checks := make([]*widget.Check, len(choices))
	on := map[string]bool{}
	if r := f.Row(); r != nil {
		for _, id := range get(r) {
			on[id] = true
		}
	}
	for i, c := range choices {
		// The labels wrap: a national goal or a goal's title is longer
		// than a 1024 px window has room for on one line.
		wc := widgets.NewWrappedCheck(c.Label, nil)
		checks[i] = wc.Check
		checks[i].SetChecked(on[c.ID])
		box.Add(wc)
	}
	for _, ch := range checks {
		ch.OnChanged = func(bool) {
			var ids []string
			for i, c := range choices {
				if checks[i].Checked {
					ids = append(ids, c.ID)
				}
			}
			f.Edit(func(r *T) { set(r, ids) })
		}
	}
	return box
}

// Check returns a check bound to a boolean field.
func (f *rowForm[T]) Check(label string, get func(r *T) bool, set func(r *T, v bool)) *widget.Check {
	w := widget.NewCheck(label, nil)
	if r := f.Row(); r != nil {
		w.SetChecked(get(r))
	}
	w.OnChanged = func(v bool) { f.Edit(func(r *T) { set(r, v) }) }
	return w
}
