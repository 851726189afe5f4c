package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// changeBrowser lists the changes between two versions of a programme on
// the left and shows the selected one on the right: its old and new value,
// or for a text of several lines, the lines removed and added. The compare
// view and the merge dialog both use it.
type changeBrowser struct {
	tpl          *checklist.Template
	older, newer *programme.Programme
	changes      []programme.Change
	list         *widget.List
	detail       *widget.RichText
	content      fyne.CanvasObject
}

func newChangeBrowser(tpl *checklist.Template) *changeBrowser {
	b := &changeBrowser{tpl: tpl}
	b.list = widget.NewList(func() int { return len(b.changes) }, b.createRow, b.updateRow)
	b.list.OnSelected = func(id widget.ListItemID) { b.showDetail(id) }
	b.detail = widget.NewRichText()
	b.detail.Wrapping = fyne.TextWrapWord
	split := container.NewHSplit(b.list, container.NewVScroll(container.NewPadded(b.detail)))
	split.Offset = 0.45
	b.content = split
	return b
}

// set shows the changes from older to newer, selecting the first.
func (b *changeBrowser) set(older, newer *programme.Programme, changes []programme.Change) {
	b.older, b.newer, b.changes = older, newer, changes
	b.list.UnselectAll()
	b.list.Refresh()
	b.detail.Segments = nil
	b.detail.Refresh()
	if len(changes) > 0 {
		b.list.Select(0)
	}
}

// place names where a change is for people: the row it is in, else its
// step, else the programme's own details.
func (b *changeBrowser) place(ch programme.Change) string {
	return changePlace(b.tpl, b.older, b.newer, ch.Ref, ch.Step, ch.Kind == programme.ChangeRemoved)
}

func (b *changeBrowser) createRow() fyne.CanvasObject {
	kind := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	place := widget.NewLabel("")
	place.Truncation = fyne.TextTruncateEllipsis
	field := widget.NewLabel("")
	field.Truncation = fyne.TextTruncateEllipsis
	field.SizeName = theme.SizeNameCaptionText
	return container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(130, kind.MinSize().Height), kind), nil,
		container.NewVBox(place, field))
}

func (b *changeBrowser) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	ch := b.changes[id]
	row := o.(*fyne.Container)
	texts := row.Objects[0].(*fyne.Container)
	kind := row.Objects[1].(*fyne.Container).Objects[0].(*widget.Label)
	kind.SetText(changeKindLabel(ch.Kind))
	kind.Importance = changeImportance(ch.Kind)
	kind.Refresh()
	texts.Objects[0].(*widget.Label).SetText(b.place(ch))
	texts.Objects[1].(*widget.Label).SetText(fieldLabel(ch.Field, ch.Step, ch.Ref))
}

// showDetail fills the right pane with one change.
func (b *changeBrowser) showDetail(id widget.ListItemID) {
	if id < 0 || id >= len(b.changes) {
		return
	}
	ch := b.changes[id]
	yes, no := lang.L("versions.yes"), lang.L("versions.no")
	var segs []widget.RichTextSegment
	segs = append(segs, diffHeading(b.place(ch)))
	if f := fieldLabel(ch.Field, ch.Step, ch.Ref); f != "" {
		segs = append(segs, diffText(f, true))
	}
	switch {
	case ch.Kind == programme.ChangeAdded:
		segs = append(segs, diffLabelled(lang.L("versions.addedRow"), diffValue(ch.New, yes, no))...)
	case ch.Kind == programme.ChangeRemoved:
		segs = append(segs, diffLabelled(lang.L("versions.removedRow"), diffValue(ch.Old, yes, no))...)
	case ch.Kind == programme.ChangeMoved:
		segs = append(segs, diffText(lang.L("versions.movedRows"), false))
	case len(ch.Lines) > 0:
		segs = append(segs, diffText(lang.L("versions.lineDiffHelp"), false))
		segs = append(segs, lineDiffSegments(ch.Lines)...)
	default:
		segs = append(segs, diffLabelled(lang.L("versions.before"), diffValue(ch.Old, yes, no))...)
		segs = append(segs, diffLabelled(lang.L("versions.after"), diffValue(ch.New, yes, no))...)
	}
	b.detail.Segments = segs
	b.detail.Refresh()
}
