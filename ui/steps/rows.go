package steps

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
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

// rowEditor is a widgets.RowEditor on one kind of programme row: it is the
// editor's RowSource, finding rows by ID on every call, so moving rows
// never makes an open form write to the wrong row, and it makes every
// change through the programme (spec.Delete and spec.Move).
type rowEditor[T any] struct {
	ctx     *Context
	spec    rowSpec[T]
	w       *widgets.RowEditor
	content fyne.CanvasObject
}

// errRowGone is a delete or move of a row that is no longer there (the
// list was drawn before it went); the editor redraws from the programme.
var errRowGone = errors.New("steps: the row is no longer there")

func newRowEditor[T any](ctx *Context, spec rowSpec[T]) *rowEditor[T] {
	if spec.Delete == nil || spec.Move == nil {
		panic("steps: a row editor needs the domain's Delete and Move")
	}
	e := &rowEditor[T]{ctx: ctx, spec: spec}
	e.w = widgets.NewRowEditor(ctx.window(), e, spec.AddLabel, spec.Empty)
	e.w.OnChange = spec.OnChange
	e.content = e.w.Content
	return e
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

// idAt is the ID of row i, "" if there is none.
func (e *rowEditor[T]) idAt(i int) string {
	if rows := e.rows(); i >= 0 && i < len(rows) {
		return e.spec.ID(&rows[i])
	}
	return ""
}

// Len, Label, Add, Delete, Move, Form, Key and CanAdd make the editor the
// widget's source (widgets.RowSource, RowKeys, RowGate).
func (e *rowEditor[T]) Len() int { return len(e.rows()) }

func (e *rowEditor[T]) Label(i int) (title, detail string) {
	rows := e.rows()
	if i < 0 || i >= len(rows) {
		return "", ""
	}
	if e.spec.Detail != nil {
		detail = e.spec.Detail(&rows[i])
	}
	return e.spec.Title(&rows[i]), detail
}

func (e *rowEditor[T]) Add() (int, error) {
	row := e.spec.New()
	id := e.spec.ID(&row)
	e.ctx.edit(func(p *programme.Programme) {
		if rows := e.spec.Rows(p); rows != nil {
			*rows = append(*rows, row)
		}
	})
	if i := e.index(id); i >= 0 {
		return i, nil
	}
	return -1, errRowGone
}

func (e *rowEditor[T]) Delete(i int) error {
	id, done := e.idAt(i), false
	if id != "" {
		e.ctx.edit(func(p *programme.Programme) { done = e.spec.Delete(p, id) })
	}
	if !done {
		return errRowGone
	}
	return nil
}

func (e *rowEditor[T]) Move(i, j int) error {
	id, done := e.idAt(i), false
	if id != "" {
		e.ctx.edit(func(p *programme.Programme) { done = e.spec.Move(p, id, j-i) })
	}
	if !done {
		return errRowGone
	}
	return nil
}

func (e *rowEditor[T]) Form(i int) fyne.CanvasObject {
	return e.spec.Form(&rowForm[T]{e: e, id: e.idAt(i)})
}

func (e *rowEditor[T]) Key(i int) string { return e.idAt(i) }

func (e *rowEditor[T]) CanAdd() bool { return e.spec.Rows(e.ctx.programme()) != nil }

// refresh redraws the list and the buttons after a change made outside
// the editor.
func (e *rowEditor[T]) refresh() { e.w.Refresh() }

// changed is refresh after a change to the rows, with OnChange.
func (e *rowEditor[T]) changed() {
	e.w.Refresh()
	if e.spec.OnChange != nil {
		e.spec.OnChange()
	}
}

// selectRow selects the row with the given ID in the list and opens it.
func (e *rowEditor[T]) selectRow(id string) {
	if i := e.index(id); i >= 0 {
		e.w.Select(i)
	}
}

// selectedID is the ID of the open row, "" for none.
func (e *rowEditor[T]) selectedID() string { return e.idAt(e.w.Selected()) }

// Reload rebuilds the editor from the programme, e.g. after the parent row
// (the goal of a measures editor) changed.
func (e *rowEditor[T]) Reload() { e.w.Reload() }

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
		f.e.w.RefreshRow(i)
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
