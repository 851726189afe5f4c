package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// showConvert offers to move the open programme from the old template to
// the 2025 planning template.
func (m *MainWindow) showConvert() {
	if m.editor == nil {
		dialog.ShowInformation(lang.L("convert.title"), lang.L("versions.openFirst"), m.win)
		return
	}
	p := m.editor.session.Programme()
	to, err := checklist.Get(checklist.PlanningID)
	if err != nil {
		m.showError(err)
		return
	}
	if p.TemplateID == to.ID {
		dialog.ShowInformation(lang.L("convert.title"), lang.L("convert.already", map[string]any{"Template": to.Name.In(Language())}), m.win)
		return
	}
	text := lang.L("convert.confirm", map[string]any{"Template": to.Name.In(Language()), "Act": to.Law.Act.In(Language())})
	if from, err := p.Template(); err == nil {
		if title, ok := programme.ConvertedTitle(p.Title, from, to); ok {
			// The old document's name goes with the old law.
			text += "\n\n" + lang.L("convert.retitle", map[string]any{"Old": p.Title, "New": title})
		}
	}
	widgets.Confirm(m.win, lang.L("convert.title"), lang.L("convert.action"), text, func() { m.convertOpen(to) })
}

// convertOpen converts the open programme (the store snapshots it first),
// opens it again on the new template and lists what found no place.
func (m *MainWindow) convertOpen(to *checklist.Template) bool {
	if err := m.editor.session.Flush(); err != nil {
		m.showError(err)
		return false
	}
	id := m.editor.session.Programme().ID
	p, err := m.store.Convert(id, to)
	if err != nil {
		m.showError(err)
		return false
	}
	m.openProgramme(id)
	m.status.SetText(lang.L("convert.status", map[string]any{"Count": len(p.Conversion.Unplaced)}))
	m.showUnplaced()
	return true
}

// showUnplaced lists what a conversion carried over without a place.
func (m *MainWindow) showUnplaced() {
	if m.editor == nil {
		dialog.ShowInformation(lang.L("convert.unplacedTitle"), lang.L("versions.openFirst"), m.win)
		return
	}
	v := newUnplacedView(m.editor.session.Programme())
	d := dialog.NewCustom(lang.L("convert.unplacedTitle"), lang.L("action.close"), v.content, m.win)
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
}

// unplacedView is the "carried over, needs a place" list.
type unplacedView struct {
	entries []programme.Unplaced
	head    *widget.Label
	list    *widget.List
	content fyne.CanvasObject
	heights map[widget.ListItemID]float32
}

func newUnplacedView(p *programme.Programme) *unplacedView {
	v := &unplacedView{}
	switch {
	case p.Conversion == nil:
		v.head = widgets.Wrapped(lang.L("convert.notConverted"))
	case len(p.Conversion.Unplaced) == 0:
		v.head = widgets.Wrapped(lang.L("convert.allPlaced"))
	default:
		v.entries = p.Conversion.Unplaced
		v.head = widgets.Wrapped(lang.L("convert.unplacedHelp", map[string]any{"Count": len(v.entries), "When": formatTime(p.Conversion.At)}))
	}
	v.list = widget.NewList(func() int { return len(v.entries) }, v.createItem, v.updateItem)
	v.content = container.NewBorder(v.head, nil, nil, nil, v.list)
	return v
}

func (v *unplacedView) createItem() fyne.CanvasObject {
	// The title and the reason (what to do with it) show whole; the
	// carried text is one line, its start, since it is read in the document.
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	detail := widget.NewLabel("")
	detail.Truncation = fyne.TextTruncateEllipsis
	reason := widget.NewLabel("")
	reason.Wrapping = fyne.TextWrapWord
	reason.SizeName = theme.SizeNameCaptionText
	return container.NewVBox(title, detail, reason)
}

func (v *unplacedView) updateItem(i widget.ListItemID, obj fyne.CanvasObject) {
	u := v.entries[i]
	box := obj.(*fyne.Container)
	title := lang.L("convert.kind."+string(u.Kind)) + ": " + u.Label
	if u.Where != "" {
		title += " (" + u.Where + ")"
	}
	box.Objects[0].(*widget.Label).SetText(title)
	text := u.Text
	if text == "" {
		text = lang.L("convert.noText")
	}
	box.Objects[1].(*widget.Label).SetText(text)
	box.Objects[2].(*widget.Label).SetText(u.Reason)
	v.fitRow(i, box)
}

// fitRow gives a row the height its wrapped title and reason need at the
// list's width.
func (v *unplacedView) fitRow(i widget.ListItemID, box *fyne.Container) {
	width := v.list.Size().Width - 4*theme.Padding()
	if width <= 0 {
		return
	}
	title, detail, reason := box.Objects[0].(*widget.Label), box.Objects[1].(*widget.Label), box.Objects[2].(*widget.Label)
	h := widgets.LabelHeight(title.Text, width, theme.TextSize(), title.TextStyle) + detail.MinSize().Height +
		widgets.LabelHeight(reason.Text, width, theme.CaptionTextSize(), reason.TextStyle) + 2*theme.Padding()
	if v.heights == nil {
		v.heights = map[widget.ListItemID]float32{}
	}
	if old, ok := v.heights[i]; !ok || old != h {
		v.heights[i] = h
		v.list.SetItemHeight(i, h)
	}
}
