package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// versionsView lists the snapshots of the open programme, named ones and
// those taken automatically, and lets the user take a named one, view,
// compare, export or restore one.
type versionsView struct {
	v        *programmeView
	snaps    []programme.SnapshotInfo
	selected int

	name     *widgets.Entry
	take     *widget.Button
	list     *widget.List
	empty    *widget.Label
	showBtn  *widget.Button
	compare  *widget.Button
	export   *widget.Button
	restore  *widget.Button
	content  fyne.CanvasObject
	onReload func()
}

func newVersionsView(v *programmeView) *versionsView {
	vv := &versionsView{v: v, selected: -1}
	vv.name = widgets.NewEntry()
	vv.name.SetPlaceHolder(lang.L("versions.namePlaceholder"))
	vv.name.OnChanged = func(s string) { vv.updateButtons() }
	vv.name.OnSubmitted = func(string) { vv.onTake() }
	vv.take = widget.NewButtonWithIcon(lang.L("versions.take"), theme.DocumentSaveIcon(), vv.onTake)
	vv.take.Importance = widget.HighImportance

	vv.list = widget.NewList(func() int { return len(vv.snaps) }, vv.createRow, vv.updateRow)
	vv.list.OnSelected = func(id widget.ListItemID) { vv.selected = id; vv.updateButtons() }
	vv.list.OnUnselected = func(widget.ListItemID) { vv.selected = -1; vv.updateButtons() }
	vv.empty = widget.NewLabel(lang.L("versions.empty"))
	vv.empty.Wrapping = fyne.TextWrapWord
	vv.empty.TextStyle = fyne.TextStyle{Italic: true}

	vv.showBtn = widget.NewButtonWithIcon(lang.L("versions.view"), theme.VisibilityIcon(), vv.onShow)
	vv.compare = widget.NewButtonWithIcon(lang.L("versions.compare"), theme.ListIcon(), vv.onCompare)
	vv.export = widget.NewButtonWithIcon(lang.L("versions.export"), theme.DownloadIcon(), vv.onExport)
	vv.restore = widget.NewButtonWithIcon(lang.L("versions.restore"), theme.HistoryIcon(), vv.onRestore)
	vv.restore.Importance = widget.DangerImportance

	intro := widget.NewLabel(lang.L("versions.intro"))
	intro.Wrapping = fyne.TextWrapWord
	takeRow := container.NewBorder(nil, nil, widget.NewLabel(lang.L("versions.name")), vv.take, vv.name)
	top := container.NewVBox(intro, takeRow, widget.NewSeparator())
	actions := container.NewHBox(vv.showBtn, vv.compare, vv.export, layout.NewSpacer(), vv.restore)
	vv.content = container.NewBorder(top, actions, nil, nil, container.NewStack(vv.empty, vv.list))
	vv.reload()
	return vv
}

// reload rereads the snapshots from the store.
func (vv *versionsView) reload() {
	snaps, err := vv.v.m.store.Snapshots(vv.v.session.Programme().ID)
	if err != nil {
		vv.v.m.showError(err)
		snaps = nil
	}
	vv.snaps = snaps
	vv.selected = -1
	vv.list.UnselectAll()
	vv.list.Refresh()
	if len(snaps) == 0 {
		vv.empty.Show()
		vv.list.Hide()
	} else {
		vv.empty.Hide()
		vv.list.Show()
	}
	vv.updateButtons()
	if vv.onReload != nil {
		vv.onReload()
	}
}

func (vv *versionsView) updateButtons() {
	if strings.TrimSpace(vv.name.Text) == "" {
		vv.take.Disable()
	} else {
		vv.take.Enable()
	}
	for _, b := range []*widget.Button{vv.showBtn, vv.compare, vv.export, vv.restore} {
		if vv.selected >= 0 && vv.selected < len(vv.snaps) {
			b.Enable()
		} else {
			b.Disable()
		}
	}
}

func (vv *versionsView) createRow() fyne.CanvasObject {
	name := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	detail := widget.NewLabel("")
	detail.Truncation = fyne.TextTruncateEllipsis
	icon := widget.NewIcon(theme.HistoryIcon())
	return container.NewBorder(nil, nil, icon, nil, container.NewVBox(name, detail))
}

func (vv *versionsView) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	s := vv.snaps[id]
	row := o.(*fyne.Container)
	texts := row.Objects[0].(*fyne.Container)
	icon := row.Objects[1].(*widget.Icon)
	texts.Objects[0].(*widget.Label).SetText(snapshotName(s))
	texts.Objects[1].(*widget.Label).SetText(snapshotDetail(s))
	if s.Reason == programme.ReasonManual {
		icon.SetResource(theme.DocumentSaveIcon())
	} else {
		icon.SetResource(theme.HistoryIcon())
	}
}

// snapshotName is the user's name for a snapshot, or for an automatic one
// why it was taken.
func snapshotName(s programme.SnapshotInfo) string {
	if n := strings.TrimSpace(s.Name); n != "" {
		return n
	}
	return reasonLabel(s.Reason)
}

// reasonLabel names why a snapshot was taken.
func reasonLabel(r programme.SnapshotReason) string {
	switch r {
	case programme.ReasonBeforeImport:
		return lang.L("versions.reasonImport")
	case programme.ReasonBeforeMerge:
		return lang.L("versions.reasonMerge")
	case programme.ReasonBeforeRestore:
		return lang.L("versions.reasonRestore")
	case programme.ReasonBeforeDelete:
		return lang.L("versions.reasonDelete")
	case programme.ReasonBeforeConvert:
		return lang.L("versions.reasonConvert")
	case programme.ReasonManual:
		return lang.L("versions.reasonManual")
	}
	return lang.L("versions.reasonOther")
}

// snapshotDetail is the second line of a snapshot's row: when, and whether
// the user or the app took it.
func snapshotDetail(s programme.SnapshotInfo) string {
	key := "versions.detailAuto"
	if s.Reason == programme.ReasonManual {
		key = "versions.detailManual"
	}
	return lang.L(key, map[string]any{"When": formatTime(s.Taken), "Saved": formatTime(s.Updated)})
}

func (vv *versionsView) current() (programme.SnapshotInfo, bool) {
	if vv.selected < 0 || vv.selected >= len(vv.snaps) {
		return programme.SnapshotInfo{}, false
	}
	return vv.snaps[vv.selected], true
}

// onTake keeps the programme as it is now under the typed name. Pending
// edits are written first, so the snapshot holds what the user sees.
func (vv *versionsView) onTake() {
	name := strings.TrimSpace(vv.name.Text)
	if name == "" {
		return
	}
	if _, err := vv.v.takeSnapshot(name, programme.ReasonManual); err != nil {
		vv.v.m.showError(err)
		return
	}
	vv.name.SetText("")
	vv.reload()
	vv.list.Select(0)
}

// takeSnapshot flushes the session and snapshots the stored programme.
func (v *programmeView) takeSnapshot(name string, reason programme.SnapshotReason) (programme.SnapshotInfo, error) {
	return v.session.TakeSnapshot(name, reason)
}

func (vv *versionsView) onShow() { vv.withSelected(showSnapshot) }

// withSelected loads the selected snapshot and hands it to fn; a failed
// load is shown to the user.
func (vv *versionsView) withSelected(fn func(v *programmeView, s programme.SnapshotInfo, p *programme.Programme)) {
	s, ok := vv.current()
	if !ok {
		return
	}
	p, err := vv.v.m.store.LoadSnapshot(vv.v.session.Programme().ID, s.Key)
	if err != nil {
		vv.v.m.showError(err)
		return
	}
	fn(vv.v, s, p)
}

func (vv *versionsView) onCompare() {
	s, ok := vv.current()
	if !ok {
		return
	}
	newCompareView(vv.v, vv.snaps, s.Key, "").show()
}

func (vv *versionsView) onExport() { vv.withSelected(exportSnapshot) }

// onRestore asks before making the selected snapshot the current state.
func (vv *versionsView) onRestore() {
	s, ok := vv.current()
	if !ok {
		return
	}
	widgets.Confirm(vv.v.m.win, lang.L("versions.restoreTitle"), lang.L("versions.restore"),
		lang.L("versions.restoreConfirm", map[string]any{"Name": snapshotName(s), "When": formatTime(s.Taken)}),
		func() { vv.restoreSnapshot(s.Key) })
}

// restoreSnapshot makes snapshot key the current state. The store keeps
// the state being replaced as a snapshot of its own first; the programme
// is then opened again so that every page shows the restored content.
func (vv *versionsView) restoreSnapshot(key string) bool {
	m := vv.v.m
	id := vv.v.session.Programme().ID
	before, _, err := vv.v.session.RestoreSnapshot(key)
	if err != nil {
		m.showError(err)
		return false
	}
	m.closeDialogs()
	m.openProgramme(id)
	m.status.SetText(lang.L("versions.restored", map[string]any{"When": formatTime(before.Taken)}))
	return true
}

// showVersions opens the versions of the open programme.
func (m *MainWindow) showVersions() {
	if m.editor == nil {
		dialog.ShowInformation(lang.L("versions.title"), lang.L("versions.openFirst"), m.win)
		return
	}
	vv := newVersionsView(m.editor)
	d := dialog.NewCustom(lang.L("versions.title"), lang.L("action.close"), vv.content, m.win)
	size := m.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(820, size.Width-40), min(620, size.Height-40)))
	d.Show()
	m.win.Canvas().Focus(vv.name)
}
