package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// itemRow is one checklist item: a tick, its text (wrapped, and tappable
// like the tick), and a note.
type itemRow struct {
	sp      *stepPage
	item    checklist.Item
	check   *widget.Check
	text    *tapLabel
	note    *widget.Entry
	content fyne.CanvasObject
}

func newItemRow(sp *stepPage, it checklist.Item) *itemRow {
	r := &itemRow{sp: sp, item: it}
	st := sp.v.session.Programme().Item(it.ID)
	r.check = widget.NewCheck("", nil)
	r.check.SetChecked(st.Done)
	r.check.OnChanged = r.onTicked
	text := it.Text.In(Language())
	if t := it.Title.In(Language()); t != "" {
		text = t + ": " + text
	}
	r.text = newTapLabel(text, func() { r.check.SetChecked(!r.check.Checked) })
	r.note = widget.NewEntry()
	r.note.SetPlaceHolder(lang.L("item.notePlaceholder"))
	r.note.SetText(st.Note)
	r.note.OnChanged = r.onNoteChanged
	body := container.NewVBox(r.text)
	if it.IsDerived() {
		// A derived item says so where it is read, with its source.
		body.Add(widgets.HelpText(it.Derived.In(Language())))
	}
	body.Add(r.note)
	r.content = container.NewBorder(nil, nil, container.NewVBox(r.check), nil, body)
	return r
}

func (r *itemRow) onTicked(done bool) {
	r.sp.v.edit(func(p *programme.Programme) { p.EditItem(r.item.ID).Done = done })
	r.sp.updateSuggestion()
}

func (r *itemRow) onNoteChanged(text string) {
	r.sp.v.edit(func(p *programme.Programme) { p.EditItem(r.item.ID).Note = text })
}

// tapLabel is a wrapped label that reacts to a tap, so a long checklist text
// can be ticked by clicking the text as well as the box.
type tapLabel struct {
	widget.Label
	onTap func()
}

func newTapLabel(text string, onTap func()) *tapLabel {
	l := &tapLabel{onTap: onTap}
	l.Text = text
	l.Wrapping = fyne.TextWrapWord
	l.ExtendBaseWidget(l)
	return l
}

// Tapped implements fyne.Tappable.
func (l *tapLabel) Tapped(*fyne.PointEvent) {
	if l.onTap != nil {
		l.onTap()
	}
}
