package ui

import (
	"image/color"
	"reflect"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// mergeDialog shows a prepared merge of a file into a programme: each
// conflict with both values side by side, to be decided one by one or all
// at once, and the changes the merge makes. Nothing is written until the
// user confirms; the store then snapshots the programme before writing.
type mergeDialog struct {
	m     *MainWindow
	tpl   *checklist.Template
	id    string
	merge *programme.Merge

	conflicts *widget.List
	selected  int
	place     *widget.Label
	field     *widget.Label
	kind      *widget.Label
	base      *widget.Label
	ours      *mergeSide
	theirs    *mergeSide
	allOurs   *widget.Button
	allTheirs *widget.Button
	progress  *widget.Label
	apply     *widget.Button
	changes   *changeBrowser
	tabs      *container.AppTabs
	content   fyne.CanvasObject
	dlg       dialog.Dialog
}

// mergeSide is one side's value of the selected conflict with the button
// that chooses it.
type mergeSide struct {
	side   programme.Side
	value  *widget.Label
	choose *widget.Button
	frame  *canvas.Rectangle
	mark   *widget.Label
	box    fyne.CanvasObject
}

func newMergeDialog(m *MainWindow, tpl *checklist.Template, id string, mg *programme.Merge) *mergeDialog {
	d := &mergeDialog{m: m, tpl: tpl, id: id, merge: mg, selected: -1}
	intro := widget.NewLabel(lang.L("exchange.mergeIntro", map[string]any{"Title": mg.Ours().Title}))
	intro.Wrapping = fyne.TextWrapWord

	d.conflicts = widget.NewList(func() int { return len(d.merge.Conflicts) }, d.createRow, d.updateRow)
	d.conflicts.OnSelected = func(i widget.ListItemID) { d.selected = i; d.showConflict() }
	d.place = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	d.place.Wrapping = fyne.TextWrapWord
	d.place.SizeName = theme.SizeNameSubHeadingText
	d.field = widget.NewLabel("")
	d.field.Wrapping = fyne.TextWrapWord
	d.kind = widget.NewLabel("")
	d.kind.Wrapping = fyne.TextWrapWord
	d.base = widget.NewLabel("")
	d.base.Wrapping = fyne.TextWrapWord
	d.base.TextStyle = fyne.TextStyle{Italic: true}
	d.ours = d.newSide(programme.Ours, lang.L("exchange.oursHeading"), lang.L("exchange.keepOurs"))
	d.theirs = d.newSide(programme.Theirs, lang.L("exchange.theirsHeading"), lang.L("exchange.takeTheirs"))
	detail := container.NewBorder(
		container.NewVBox(d.place, d.field, d.kind),
		d.base, nil, nil,
		container.NewGridWithColumns(2, d.ours.box, d.theirs.box),
	)
	split := container.NewHSplit(d.conflicts, container.NewPadded(detail))
	split.Offset = 0.34

	d.changes = newChangeBrowser(tpl)
	d.tabs = container.NewAppTabs()
	if len(mg.Conflicts) > 0 {
		d.tabs.Append(container.NewTabItemWithIcon("", theme.WarningIcon(), split))
	} else {
		none := widget.NewLabel(lang.L("exchange.noConflicts"))
		none.Wrapping = fyne.TextWrapWord
		d.tabs.Append(container.NewTabItemWithIcon("", theme.ConfirmIcon(), container.NewPadded(none)))
	}
	d.tabs.Append(container.NewTabItemWithIcon("", theme.ListIcon(), d.changes.content))
	d.tabs.OnSelected = func(*container.TabItem) { d.refreshChanges() }

	d.allOurs = widget.NewButton(lang.L("exchange.allOurs"), func() { d.resolveAll(programme.Ours) })
	d.allTheirs = widget.NewButton(lang.L("exchange.allTheirs"), func() { d.resolveAll(programme.Theirs) })
	d.progress = widget.NewLabel("")
	d.apply = widget.NewButtonWithIcon(lang.L("exchange.apply"), theme.ConfirmIcon(), func() { d.onApply() })
	d.apply.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(lang.L("action.cancel"), theme.CancelIcon(), d.hide)
	bottom := container.NewHBox(d.allOurs, d.allTheirs, d.progress, layout.NewSpacer(), cancel, d.apply)
	if len(mg.Conflicts) == 0 {
		d.allOurs.Hide()
		d.allTheirs.Hide()
	}
	d.content = container.NewBorder(intro, container.NewVBox(widget.NewSeparator(), bottom), nil, nil, d.tabs)
	d.update()
	if len(mg.Conflicts) > 0 {
		d.conflicts.Select(0)
	} else {
		d.refreshChanges()
	}
	return d
}

func (d *mergeDialog) newSide(side programme.Side, heading, choose string) *mergeSide {
	s := &mergeSide{side: side}
	s.value = widget.NewLabel("")
	s.value.Wrapping = fyne.TextWrapWord
	s.choose = widget.NewButtonWithIcon(choose, theme.ConfirmIcon(), func() { d.resolve(side) })
	s.mark = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	s.mark.Importance = widget.HighImportance
	s.frame = canvas.NewRectangle(color.Transparent)
	s.frame.CornerRadius = theme.InputRadiusSize()
	s.frame.StrokeWidth = 1
	s.frame.StrokeColor = theme.Color(theme.ColorNameSeparator)
	head := widget.NewLabelWithStyle(heading, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.box = container.NewStack(s.frame, container.NewPadded(container.NewBorder(
		container.NewBorder(nil, nil, nil, s.mark, head),
		container.NewHBox(s.choose), nil, nil,
		container.NewVScroll(s.value),
	)))
	return s
}

func (d *mergeDialog) createRow() fyne.CanvasObject {
	icon := widget.NewIcon(theme.WarningIcon())
	place := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	place.Truncation = fyne.TextTruncateEllipsis
	detail := widget.NewLabel("")
	detail.Truncation = fyne.TextTruncateEllipsis
	detail.SizeName = theme.SizeNameCaptionText
	return container.NewBorder(nil, nil, icon, nil, container.NewVBox(place, detail))
}

func (d *mergeDialog) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	c := d.merge.Conflicts[i]
	row := o.(*fyne.Container)
	texts := row.Objects[0].(*fyne.Container)
	icon := row.Objects[1].(*widget.Icon)
	texts.Objects[0].(*widget.Label).SetText(d.placeOf(c))
	what := fieldLabel(c.Field, c.Step, c.Ref)
	if what == "" {
		what = conflictKindText(c.Kind)
	}
	if side, ok := d.merge.Choice(c.Path); ok {
		icon.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
		what += " · " + sideChosenText(side)
	} else {
		icon.SetResource(theme.NewWarningThemedResource(theme.WarningIcon()))
		what += " · " + lang.L("exchange.undecided")
	}
	texts.Objects[1].(*widget.Label).SetText(what)
}

func (d *mergeDialog) placeOf(c programme.Conflict) string {
	return changePlace(d.tpl, d.merge.Theirs(), d.merge.Ours(), c.Ref, c.Step, false)
}

func conflictKindText(k programme.ConflictKind) string {
	switch k {
	case programme.ConflictDeletedOurs:
		return lang.L("exchange.deletedOurs")
	case programme.ConflictDeletedTheirs:
		return lang.L("exchange.deletedTheirs")
	}
	return lang.L("exchange.editedBoth")
}

func sideChosenText(s programme.Side) string {
	if s == programme.Theirs {
		return lang.L("exchange.chosenTheirs")
	}
	return lang.L("exchange.chosenOurs")
}

// showConflict fills the detail with the selected conflict.
func (d *mergeDialog) showConflict() {
	if d.selected < 0 || d.selected >= len(d.merge.Conflicts) {
		return
	}
	c := d.merge.Conflicts[d.selected]
	d.place.SetText(d.placeOf(c))
	d.field.SetText(fieldLabel(c.Field, c.Step, c.Ref))
	if d.field.Text == "" {
		d.field.Hide()
	} else {
		d.field.Show()
	}
	d.kind.SetText(conflictKindText(c.Kind))
	d.ours.value.SetText(conflictValue(c.Ours, c.Kind == programme.ConflictDeletedOurs, lang.L("exchange.deletedHere")))
	d.theirs.value.SetText(conflictValue(c.Theirs, c.Kind == programme.ConflictDeletedTheirs, lang.L("exchange.deletedThere")))
	// The common version helps to see who changed what; it is left out
	// when it had nothing there.
	if base := conflictValue(c.Base, false, ""); c.Base != nil && base != lang.L("versions.emptyValue") {
		d.base.SetText(lang.L("exchange.baseValue", map[string]any{"Value": shortText(base, 200)}))
		d.base.Show()
	} else {
		d.base.Hide()
	}
	d.markChoice()
}

// conflictValue writes one side's value; a deleted row says so, and a row
// lists its filled fields, so the user sees what would be kept.
func conflictValue(v any, deleted bool, deletedText string) string {
	if deleted || v == nil {
		if deletedText != "" {
			return deletedText
		}
	}
	if text := rowText(v); text != "" {
		return text
	}
	return diffValue(v, lang.L("versions.yes"), lang.L("versions.no"))
}

// rowText lists a row's filled fields, "Nimi: …" a line each; "" for a
// value that is not a row.
func rowText(v any) string {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() || rv.Kind() != reflect.Struct {
		return ""
	}
	switch v.(type) {
	case programme.Date, programme.Value:
		return ""
	}
	yes, no := lang.L("versions.yes"), lang.L("versions.no")
	var lines []string
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		name, _, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ",")
		if name == "" || name == "-" || name == "id" || !rt.Field(i).IsExported() {
			continue
		}
		text := strings.TrimSpace(programme.ValueText(Language(), rv.Field(i).Interface(), yes, no))
		if text == "" || text == "{}" || text == "null" {
			continue
		}
		lines = append(lines, fieldName(name)+": "+text)
	}
	return strings.Join(lines, "\n")
}

// markChoice shows which side is chosen for the selected conflict.
func (d *mergeDialog) markChoice() {
	if d.selected < 0 || d.selected >= len(d.merge.Conflicts) {
		return
	}
	side, ok := d.merge.Choice(d.merge.Conflicts[d.selected].Path)
	for _, s := range []*mergeSide{d.ours, d.theirs} {
		chosen := ok && side == s.side
		if chosen {
			s.frame.StrokeColor = theme.Color(theme.ColorNamePrimary)
			s.frame.StrokeWidth = 3
			s.frame.FillColor = widgets.WithAlpha(theme.Color(theme.ColorNamePrimary), 0x14)
			s.mark.SetText(lang.L("exchange.chosen"))
			s.choose.Importance = widget.HighImportance
		} else {
			s.frame.StrokeColor = theme.Color(theme.ColorNameSeparator)
			s.frame.StrokeWidth = 1
			s.frame.FillColor = color.Transparent
			s.mark.SetText("")
			s.choose.Importance = widget.MediumImportance
		}
		s.frame.Refresh()
		s.choose.Refresh()
	}
}

// resolve decides the selected conflict and moves on to the next open one.
func (d *mergeDialog) resolve(side programme.Side) {
	if d.selected < 0 || d.selected >= len(d.merge.Conflicts) {
		return
	}
	if err := d.merge.Resolve(d.merge.Conflicts[d.selected].Path, side); err != nil {
		d.m.showError(err)
		return
	}
	d.conflicts.RefreshItem(d.selected)
	d.markChoice()
	d.update()
	for i, c := range d.merge.Conflicts {
		if _, ok := d.merge.Choice(c.Path); !ok {
			d.conflicts.Select(i)
			return
		}
	}
}

// resolveAll decides every conflict still open for one side; decisions
// already made stay.
func (d *mergeDialog) resolveAll(side programme.Side) {
	d.merge.ResolveAll(side)
	d.conflicts.Refresh()
	d.markChoice()
	d.update()
}

// update shows how many conflicts are decided and allows applying only when
// all are.
func (d *mergeDialog) update() {
	n := len(d.merge.Conflicts)
	open := d.merge.Unresolved()
	if n > 0 {
		d.progress.SetText(lang.L("exchange.progress", map[string]any{"Done": n - open, "Total": n}))
		d.tabs.Items[0].Text = lang.N("exchange.conflictsTab", n, map[string]any{"Count": n})
	} else {
		d.progress.SetText("")
		d.tabs.Items[0].Text = lang.L("exchange.conflictsTabNone")
	}
	d.refreshChanges()
	if open == 0 {
		d.apply.Enable()
	} else {
		d.apply.Disable()
	}
}

// refreshChanges lists what the merge, with the choices made so far, does
// to the programme here.
func (d *mergeDialog) refreshChanges() {
	preview := d.merge.Preview()
	changes := programme.Compare(d.merge.Ours(), preview)
	d.tabs.Items[len(d.tabs.Items)-1].Text = lang.N("exchange.changesTab", len(changes), map[string]any{"Count": len(changes)})
	d.tabs.Refresh()
	if d.tabs.SelectedIndex() == len(d.tabs.Items)-1 {
		d.changes.set(d.merge.Ours(), preview, changes)
	}
}

// onApply writes the merge. The store snapshots the programme first, in
// the same transaction; the programme is then shown as merged.
func (d *mergeDialog) onApply() bool {
	var (
		info programme.SnapshotInfo
		err  error
	)
	if sess := d.m.openSession(d.id); sess != nil {
		info, _, err = sess.ApplyMerge(d.merge)
	} else {
		info, _, err = d.m.store.ApplyMerge(d.id, d.merge)
	}
	if err != nil {
		d.m.showError(err)
		return false
	}
	d.m.closeDialogs()
	d.m.openProgramme(d.id)
	d.m.status.SetText(lang.L("exchange.merged", map[string]any{"When": formatTime(info.Taken)}))
	return true
}

func (d *mergeDialog) hide() {
	if d.dlg != nil {
		d.dlg.Hide()
	}
}

func (d *mergeDialog) show() {
	dlg := dialog.NewCustomWithoutButtons(lang.L("exchange.mergeTitle"), d.content, d.m.win)
	d.dlg = dlg
	size := d.m.win.Canvas().Size()
	dlg.Resize(fyne.NewSize(min(1150, size.Width-40), min(760, size.Height-40)))
	dlg.Show()
}
