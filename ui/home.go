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

// homeView is the programme list, with an empty state on first start.
type homeView struct {
	m        *MainWindow
	content  *fyne.Container
	list     *enterList
	empty    *fyne.Container
	listArea *fyne.Container
	items    []programme.Summary
	selected int

	openBtn, renameBtn, copyBtn, deleteBtn, trashBtn *widget.Button
}

func newHomeView(m *MainWindow) *homeView {
	h := &homeView{m: m, selected: -1}
	h.list = newEnterList(func() int { return len(h.items) }, h.createRow, h.updateRow, h.openSelected)
	h.list.OnSelected = func(id widget.ListItemID) { h.selected = id; h.updateButtons() }
	h.list.OnUnselected = func(widget.ListItemID) { h.selected = -1; h.updateButtons() }

	h.openBtn = widget.NewButtonWithIcon(lang.L("home.open"), theme.FolderOpenIcon(), h.openSelected)
	h.openBtn.Importance = widget.HighImportance
	h.renameBtn = widget.NewButtonWithIcon(lang.L("home.rename"), theme.DocumentCreateIcon(), h.renameSelected)
	h.copyBtn = widget.NewButtonWithIcon(lang.L("home.duplicate"), theme.ContentCopyIcon(), h.duplicateSelected)
	h.deleteBtn = widget.NewButtonWithIcon(lang.L("home.delete"), theme.DeleteIcon(), h.deleteSelected)
	h.deleteBtn.Importance = widget.DangerImportance

	newBtn := widget.NewButtonWithIcon(lang.L("home.new"), theme.ContentAddIcon(), h.showCreate)
	newBtn.Importance = widget.HighImportance
	exampleBtn := widget.NewButtonWithIcon(lang.L("home.example"), theme.FileIcon(), nil)
	exampleBtn.OnTapped = func() { h.showExampleMenu(exampleBtn) }
	h.trashBtn = widget.NewButtonWithIcon(lang.L("trash.open"), theme.ContentUndoIcon(), h.showTrash)

	intro := widget.NewLabel(lang.L("home.empty"))
	intro.Wrapping = fyne.TextWrapWord
	intro.Alignment = fyne.TextAlignCenter
	emptyNew := widget.NewButtonWithIcon(lang.L("home.new"), theme.ContentAddIcon(), h.showCreate)
	emptyNew.Importance = widget.HighImportance
	emptyExample := widget.NewButtonWithIcon(lang.L("home.example"), theme.FileIcon(), nil)
	emptyExample.OnTapped = func() { h.showExampleMenu(emptyExample) }
	welcome := widget.NewLabelWithStyle(lang.L("home.welcome"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	welcome.SizeName = theme.SizeNameSubHeadingText
	h.empty = container.NewCenter(container.NewVBox(
		welcome,
		container.NewGridWrap(fyne.NewSize(520, 80), intro),
		container.NewCenter(container.NewHBox(emptyNew, emptyExample)),
	))

	title := widget.NewLabelWithStyle(lang.L("home.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	header := container.NewBorder(nil, nil, title, container.NewHBox(exampleBtn, newBtn))
	actions := container.NewBorder(nil, nil, container.NewHBox(h.openBtn, h.renameBtn, h.copyBtn, h.deleteBtn), h.trashBtn)
	h.listArea = container.NewBorder(header, actions, nil, nil, h.list)
	h.content = container.NewStack(h.empty, container.NewPadded(h.listArea))
	h.updateButtons()
	return h
}

func (h *homeView) createRow() fyne.CanvasObject {
	name := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	detail := widget.NewLabel("")
	detail.Truncation = fyne.TextTruncateEllipsis
	return widgets.NewTapRow(container.NewVBox(name, detail))
}

func (h *homeView) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	row := o.(*widgets.TapRow)
	// A click selects the row; a double click opens its programme.
	row.OnTapped = func() { h.list.Select(id) }
	row.OnDoubleTapped = func() {
		h.list.Select(id)
		h.openSelected()
	}
	box := row.Content.(*fyne.Container)
	sum := h.items[id]
	box.Objects[0].(*widget.Label).SetText(sum.Municipality() + " – " + sum.Title)
	box.Objects[1].(*widget.Label).SetText(lang.L("home.rowDetail", map[string]any{
		"Start": sum.StartYear, "End": sum.EndYear, "Saved": formatTime(sum.Updated), "ID": sum.ID,
	}))
}

// refresh rereads the list from the store.
func (h *homeView) refresh() {
	items, err := h.m.store.List()
	if err != nil {
		h.m.showError(err)
		return
	}
	h.items = items
	h.selected = -1
	h.list.UnselectAll()
	h.list.Refresh()
	h.updateTrashButton()
	if len(items) == 0 {
		h.empty.Show()
		h.listArea.Hide()
	} else {
		h.empty.Hide()
		h.listArea.Show()
	}
	h.updateButtons()
}

func (h *homeView) updateButtons() {
	for _, b := range []*widget.Button{h.openBtn, h.renameBtn, h.copyBtn, h.deleteBtn} {
		if h.selected >= 0 && h.selected < len(h.items) {
			b.Enable()
		} else {
			b.Disable()
		}
	}
}

func (h *homeView) current() (programme.Summary, bool) {
	if h.selected < 0 || h.selected >= len(h.items) {
		return programme.Summary{}, false
	}
	return h.items[h.selected], true
}

func (h *homeView) openSelected() {
	if sum, ok := h.current(); ok {
		h.m.openProgramme(sum.ID)
	}
}

// exampleMenu offers the two examples: the Finnish one, and the
// bilingual one (Finnish with its Swedish translation) that shows a
// Swedish-speaking reader a filled programme and the translation tools.
func (h *homeView) exampleMenu() *fyne.Menu {
	return fyne.NewMenu("",
		fyne.NewMenuItem(lang.L("home.exampleFinnish"), h.openExample),
		fyne.NewMenuItem(lang.L("home.exampleBilingual"), h.openBilingualExample))
}

// showExampleMenu opens exampleMenu under the button b.
func (h *homeView) showExampleMenu(b *widget.Button) {
	c := fyne.CurrentApp().Driver().CanvasForObject(b)
	if c == nil {
		return
	}
	widget.ShowPopUpMenuAtRelativePosition(h.exampleMenu(), c, fyne.NewPos(0, b.Size().Height), b)
}

// openExample creates a fresh example programme and opens it.
func (h *homeView) openExample() { h.openNewExample(programme.Demo(checklist.Default()), nil) }

// openBilingualExample creates the bilingual example (main language
// Finnish, translated into Swedish) and opens it.
func (h *homeView) openBilingualExample() {
	h.openNewExample(programme.DemoBilingual(checklist.Default()))
}

// openNewExample stores p and opens it, or shows why it could not.
func (h *homeView) openNewExample(p *programme.Programme, err error) {
	if err != nil {
		h.m.showError(err)
		return
	}
	if err := h.m.store.Save(p); err != nil {
		h.m.showError(err)
		return
	}
	h.m.openProgramme(p.ID)
}

func (h *homeView) showCreate() {
	f := newCreateForm(func(p *programme.Programme) error {
		if err := h.m.store.Save(p); err != nil {
			return err
		}
		h.m.openProgramme(p.ID)
		return nil
	})
	f.show(h.m.win)
}

func (h *homeView) renameSelected() {
	sum, ok := h.current()
	if !ok {
		return
	}
	entry := widgets.NewEntry()
	entry.SetText(sum.Title)
	dialog.ShowForm(lang.L("home.renameTitle"), lang.L("action.save"), lang.L("action.cancel"),
		[]*widget.FormItem{widget.NewFormItem(lang.L("field.title"), entry)},
		func(ok bool) {
			if !ok || entry.Text == "" {
				return
			}
			if err := h.m.store.Rename(sum.ID, entry.Text); err != nil {
				h.m.showError(err)
			}
			h.refresh()
		}, h.m.win)
}

func (h *homeView) duplicateSelected() {
	sum, ok := h.current()
	if !ok {
		return
	}
	if _, err := h.m.store.Duplicate(sum.ID, lang.L("home.copyOf", map[string]any{"Title": sum.Title})); err != nil {
		h.m.showError(err)
	}
	h.refresh()
}

func (h *homeView) deleteSelected() {
	sum, ok := h.current()
	if !ok {
		return
	}
	widgets.Confirm(h.m.win, lang.L("home.deleteTitle"), lang.L("home.delete"),
		lang.L("home.deleteConfirm", map[string]any{"Name": sum.Municipality() + " – " + sum.Title}),
		func() {
			if _, err := h.m.store.Trash(sum.ID); err != nil {
				h.m.showError(err)
			}
			h.refresh()
		})
}

// enterList is a list that opens the selected row on Enter, since a focused
// list keeps key events from the window.
type enterList struct {
	widget.List
	onEnter func()
}

func newEnterList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject), onEnter func()) *enterList {
	l := &enterList{onEnter: onEnter}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey implements fyne.Focusable.
func (l *enterList) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		l.onEnter()
		return
	}
	l.List.TypedKey(ev)
}
