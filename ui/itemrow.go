package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// itemRow is one checklist item: a tick, its text (wrapped, and tappable
// like the tick), the suggestion to tick it when the step's content shows
// it done, and a note.
type itemRow struct {
	sp    *stepPage
	item  checklist.Item
	check *widget.Check
	text  *widgets.TapLabel
	// suggested offers the tick the content proves (programme.Proven):
	// shown as a suggestion, set only when the user accepts it.
	suggested *fyne.Container
	accept    *widget.Button
	note      *widget.Entry
	content   fyne.CanvasObject
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
	r.text = widgets.NewTapLabel(text, func() { r.check.SetChecked(!r.check.Checked) })
	r.note = widget.NewEntry()
	r.note.SetPlaceHolder(lang.L("item.notePlaceholder"))
	r.note.SetText(st.Note)
	r.note.OnChanged = r.onNoteChanged
	r.accept = widget.NewButtonWithIcon(lang.L("progress.accept"), theme.ConfirmIcon(), r.onAccept)
	r.accept.Importance = widget.LowImportance
	// A wrapped text in an HBox would shrink to a letter's width: the
	// button takes its room on the right and the text the rest.
	r.suggested = container.NewBorder(nil, nil, nil, r.accept, widgets.HelpText(lang.L("progress.suggestedItem")))
	body := container.NewVBox(r.text, r.suggested)
	r.refreshSuggested()
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
	r.refreshSuggested()
	r.sp.updateSuggestion()
}

// onAccept ticks the item the content shows done.
func (r *itemRow) onAccept() { r.check.SetChecked(true) }

// refreshSuggested shows the suggestion while the content proves the item
// and it is not ticked.
func (r *itemRow) refreshSuggested() {
	on := !r.check.Checked && r.sp.v.session.Programme().Proven(r.sp.v.tpl, r.item.ID)
	if on == r.suggested.Visible() {
		return
	}
	if on {
		r.suggested.Show()
	} else {
		r.suggested.Hide()
	}
}

func (r *itemRow) onNoteChanged(text string) {
	r.sp.v.edit(func(p *programme.Programme) { p.EditItem(r.item.ID).Note = text })
}
