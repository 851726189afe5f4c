package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// trashView lists deleted programmes so that a deletion made in haste can be
// undone; it is a struct so that tests can drive it without the dialog.
type trashView struct {
	h        *homeView
	items    []programme.Trashed
	list     *widget.List
	selected int
	restore  *widget.Button
	purge    *widget.Button
	content  fyne.CanvasObject
}

func newTrashView(h *homeView) *trashView {
	tv := &trashView{h: h, selected: -1}
	tv.list = widget.NewList(func() int { return len(tv.items) }, h.createRow, tv.updateRow)
	tv.list.OnSelected = func(i widget.ListItemID) { tv.selected = i; tv.updateButtons() }
	tv.restore = widget.NewButton(lang.L("trash.restore"), tv.restoreSelected)
	tv.restore.Importance = widget.HighImportance
	tv.purge = widget.NewButton(lang.L("trash.purge"), tv.confirmPurge)
	tv.purge.Importance = widget.DangerImportance
	intro := widget.NewLabel(lang.L("trash.intro"))
	intro.Wrapping = fyne.TextWrapWord
	tv.content = container.NewBorder(intro, container.NewHBox(tv.restore, tv.purge), nil, nil, tv.list)
	tv.reload()
	return tv
}

func (tv *trashView) reload() {
	items, err := tv.h.m.store.TrashedProgrammes()
	if err != nil {
		tv.h.m.showError(err)
	}
	tv.items = items
	tv.selected = -1
	tv.list.UnselectAll()
	tv.list.Refresh()
	tv.updateButtons()
}

func (tv *trashView) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	box := o.(*fyne.Container)
	t := tv.items[i]
	box.Objects[0].(*widget.Label).SetText(t.Municipality() + " – " + t.Title)
	box.Objects[1].(*widget.Label).SetText(lang.L("trash.rowDetail", map[string]any{
		"Start": t.StartYear, "End": t.EndYear, "Deleted": formatTime(t.DeletedAt),
	}))
}

func (tv *trashView) updateButtons() {
	on := tv.selected >= 0 && tv.selected < len(tv.items)
	widgets.SetEnabled(tv.restore, on)
	widgets.SetEnabled(tv.purge, on)
}

func (tv *trashView) restoreSelected() {
	if tv.selected < 0 || tv.selected >= len(tv.items) {
		return
	}
	if _, err := tv.h.m.store.RestoreTrashed(tv.items[tv.selected].ID); err != nil {
		tv.h.m.showError(err)
	}
	tv.reload()
	tv.h.refresh()
}

func (tv *trashView) confirmPurge() {
	if tv.selected < 0 || tv.selected >= len(tv.items) {
		return
	}
	t := tv.items[tv.selected]
	widgets.Confirm(tv.h.m.win, lang.L("trash.purgeTitle"), lang.L("trash.purge"),
		lang.L("trash.purgeConfirm", map[string]any{"Name": t.Municipality() + " – " + t.Title}),
		func() { tv.purgeID(t.ID) })
}

func (tv *trashView) purgeID(id string) {
	if err := tv.h.m.store.PurgeTrashed(id); err != nil {
		tv.h.m.showError(err)
	}
	tv.reload()
	tv.h.updateTrashButton()
}

// showTrash opens the list of deleted programmes.
func (h *homeView) showTrash() {
	tv := newTrashView(h)
	d := dialog.NewCustom(lang.L("trash.title"), lang.L("action.close"), tv.content, h.m.win)
	d.Resize(fyne.NewSize(640, 440))
	d.Show()
}

// updateTrashButton shows the trash button only when something is in it.
func (h *homeView) updateTrashButton() {
	items, err := h.m.store.TrashedProgrammes()
	if err == nil && len(items) > 0 {
		h.trashBtn.Show()
	} else {
		h.trashBtn.Hide()
	}
}
