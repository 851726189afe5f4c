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
	// Add, if set, stores a new row through the domain (AddQuestion)
	// rather than by appending it to Rows.
	Add func(p *programme.Programme, row T)
	// Ask, if set, replaces New and Add: it asks the user for what a new
	// row needs (a section's title), adds it through the domain after the
	// open row (afterID, "" for none) and calls added with its ID, or does
	// nothing when the user cancels.
	Ask func(afterID string, added func(id string))
	// CanDelete, if set, tells which rows may be deleted (an extra section,
	// not a template element's); the others keep the delete button off.
	CanDelete func(r *T) bool
	// Icon, if set, marks each row in the list; Warn, if set, tells which
	// rows' detail line warns (a required section still empty).
	Icon func(r *T) fyne.Resource
	Warn func(r *T) bool
	// DeleteText, if set, words the delete confirmation (what is lost).
	DeleteText func(r *T) (title, message string)
	// Lead, if set, are rows shown before the slice's.
	Lead *leadRows
}

// leadRows are rows before a rowSpec's that belong to the template, not to
// the programme (the checklist's own questions before the municipality's):
// they are opened like the others but never deleted or moved, and the
// programme's rows never move among them.
type leadRows struct {
	IDs   []string
	Label func(id string) (title, detail string)
	Icon  func(id string) fyne.Resource
	Form  func(id string) fyne.CanvasObject
}

// count is how many lead rows there are.
func (l *leadRows) count() int {
	if l == nil {
		return 0
	}
	return len(l.IDs)
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
	var src widgets.RowSource = e
	if spec.Ask != nil {
		src = askingRows[T]{e}
	}
	e.w = widgets.NewRowEditor(ctx.window(), src, spec.AddLabel, spec.Empty)
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
	if id == "" {
		return -1
	}
	for i := range e.Len() {
		if e.idAt(i) == id {
			return i
		}
	}
	return -1
}

// idAt is the ID of row i, "" if there is none.
func (e *rowEditor[T]) idAt(i int) string {
	if i >= 0 && i < e.spec.Lead.count() {
		return e.spec.Lead.IDs[i]
	}
	if r := e.rowAt(i); r != nil {
		return e.spec.ID(r)
	}
	return ""
}

// rowAt is list row i in the programme, nil for a lead row or none.
func (e *rowEditor[T]) rowAt(i int) *T {
	i -= e.spec.Lead.count()
	if rows := e.rows(); i >= 0 && i < len(rows) {
		return &rows[i]
	}
	return nil
}

// isLead tells whether list row i is a lead row.
func (e *rowEditor[T]) isLead(i int) bool { return i >= 0 && i < e.spec.Lead.count() }

// Len, Label, Add, Delete, Move, Form, Key, CanAdd, CanDelete, CanMove,
// Icon, DetailImportance and DeleteText make the editor the widget's
// source (widgets.RowSource, RowKeys, RowGate, RowRules, RowMarks,
// RowConfirm).
func (e *rowEditor[T]) Len() int { return e.spec.Lead.count() + len(e.rows()) }

func (e *rowEditor[T]) Label(i int) (title, detail string) {
	if e.isLead(i) {
		return e.spec.Lead.Label(e.spec.Lead.IDs[i])
	}
	r := e.rowAt(i)
	if r == nil {
		return "", ""
	}
	if e.spec.Detail != nil {
		detail = e.spec.Detail(r)
	}
	return e.spec.Title(r), detail
}

func (e *rowEditor[T]) Add() (int, error) {
	row := e.spec.New()
	id := e.spec.ID(&row)
	e.ctx.edit(func(p *programme.Programme) {
		switch rows := e.spec.Rows(p); {
		case rows == nil:
		case e.spec.Add != nil:
			e.spec.Add(p, row)
		default:
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
	if id != "" && e.CanDelete(i) {
		e.ctx.edit(func(p *programme.Programme) { done = e.spec.Delete(p, id) })
	}
	if !done {
		return errRowGone
	}
	return nil
}

func (e *rowEditor[T]) Move(i, j int) error {
	id, done := e.idAt(i), false
	if id != "" && e.CanMove(i, j) {
		e.ctx.edit(func(p *programme.Programme) { done = e.spec.Move(p, id, j-i) })
	}
	if !done {
		return errRowGone
	}
	return nil
}

func (e *rowEditor[T]) Form(i int) fyne.CanvasObject {
	if e.isLead(i) {
		return e.spec.Lead.Form(e.spec.Lead.IDs[i])
	}
	return e.spec.Form(&rowForm[T]{e: e, id: e.idAt(i)})
}

func (e *rowEditor[T]) Key(i int) string { return e.idAt(i) }

func (e *rowEditor[T]) CanAdd() bool { return e.spec.Rows(e.ctx.programme()) != nil }

func (e *rowEditor[T]) CanDelete(i int) bool {
	r := e.rowAt(i)
	return r != nil && (e.spec.CanDelete == nil || e.spec.CanDelete(r))
}

func (e *rowEditor[T]) CanMove(i, j int) bool { return e.rowAt(i) != nil && e.rowAt(j) != nil }

func (e *rowEditor[T]) Icon(i int) fyne.Resource {
	if e.isLead(i) {
		if e.spec.Lead.Icon != nil {
			return e.spec.Lead.Icon(e.spec.Lead.IDs[i])
		}
		return nil
	}
	if r := e.rowAt(i); r != nil && e.spec.Icon != nil {
		return e.spec.Icon(r)
	}
	return nil
}

func (e *rowEditor[T]) DetailImportance(i int) widget.Importance {
	if r := e.rowAt(i); r != nil && e.spec.Warn != nil && e.spec.Warn(r) {
		return widget.WarningImportance
	}
	return widget.MediumImportance
}

func (e *rowEditor[T]) DeleteText(i int) (title, message string) {
	if r := e.rowAt(i); r != nil && e.spec.DeleteText != nil {
		return e.spec.DeleteText(r)
	}
	return "", ""
}

// askingRows is a rowEditor whose spec asks before adding (spec.Ask): the
// widget sees it as a RowAsker.
type askingRows[T any] struct{ *rowEditor[T] }

func (a askingRows[T]) AskAdd(after int, done func(i int)) {
	a.spec.Ask(a.idAt(after), func(id string) {
		if i := a.index(id); i >= 0 {
			done(i)
		}
	})
}

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
