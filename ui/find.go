package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// findShortcut is Ctrl+F. It sits on a menu item, since a shortcut of the
// canvas never fires while a text field has the focus.
var findShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}

func (m *MainWindow) findMenuItem() *fyne.MenuItem {
	return shortcutItem(lang.L("find.menu"), findShortcut, m.showFind)
}

// showFind opens the find panel over the open programme; on the programme
// list it does nothing. A panel already open gets the focus again.
func (m *MainWindow) showFind() {
	if m.editor == nil {
		return
	}
	if f := m.find; f != nil && f.dialog != nil && f.v == m.editor && m.win.Canvas().Overlays().Top() != nil {
		m.win.Canvas().Focus(f.entry)
		return
	}
	m.find = newFindPanel(m.editor)
	m.find.show()
}

// findPanel finds text across the open programme (programme.Find): a
// query, the hits with their place, and the jump to a hit's row, which is
// the path the checker's findings take (programmeView.openFinding).
type findPanel struct {
	v      *programmeView
	entry  *findEntry
	status *widget.Label
	list   *widget.List
	hits   []programme.Hit
	// selected is the hit Enter opens, -1 for none.
	selected int
	content  fyne.CanvasObject
	dialog   dialog.Dialog
}

func newFindPanel(v *programmeView) *findPanel {
	f := &findPanel{v: v, selected: -1}
	f.entry = newFindEntry()
	f.entry.SetPlaceHolder(lang.L("find.placeholder"))
	f.entry.OnChanged = func(string) { f.search() }
	f.entry.OnSubmitted = func(string) { f.openSelected() }
	f.entry.move = f.moveSelection
	f.entry.escape = f.close
	f.status = widget.NewLabel(lang.L("find.hint"))
	f.status.Wrapping = fyne.TextWrapWord
	f.status.SizeName = theme.SizeNameCaptionText
	// A list: a common word hits hundreds of fields of a large programme,
	// and only the rows on screen get widgets.
	f.list = widget.NewList(func() int { return len(f.hits) }, f.createRow, f.updateRow)
	f.list.OnSelected = func(i widget.ListItemID) {
		f.selected = i
		f.open(i)
	}
	top := container.NewVBox(f.entry, f.status)
	f.content = container.NewBorder(top, nil, nil, nil, f.list)
	return f
}

// show opens the panel as a dialog with the focus in the query.
func (f *findPanel) show() {
	w := f.v.m.win
	f.dialog = dialog.NewCustom(lang.L("find.title"), lang.L("action.close"), f.content, w)
	size := w.Canvas().Size()
	f.dialog.Resize(fyne.NewSize(min(760, size.Width-40), min(620, size.Height-40)))
	f.dialog.Show()
	w.Canvas().Focus(f.entry)
}

// close hides the panel.
func (f *findPanel) close() {
	if f.dialog != nil {
		f.dialog.Hide()
	}
}

// search runs the query on the programme as it is now and lists the hits.
// programme.Find takes a few milliseconds on the large generated programme
// (BenchmarkFindLarge), so it runs on each keystroke.
func (f *findPanel) search() {
	q := f.entry.Text
	var more bool
	f.hits, more = f.v.session.Programme().Find(q, 0)
	f.selected = -1
	if len(f.hits) > 0 {
		f.selected = 0
	}
	f.list.UnselectAll()
	f.list.Refresh()
	f.list.ScrollToTop()
	switch {
	case strings.TrimSpace(q) == "":
		f.status.SetText(lang.L("find.hint"))
	case len(f.hits) == 0:
		f.status.SetText(lang.L("find.none"))
	case more:
		f.status.SetText(lang.L("find.more", map[string]any{"Count": len(f.hits)}))
	default:
		f.status.SetText(lang.N("find.count", len(f.hits), map[string]any{"Count": len(f.hits)}))
	}
}

// createRow is a hit's row: its place above the text around the match.
func (f *findPanel) createRow() fyne.CanvasObject {
	place := widget.NewLabel("")
	place.TextStyle = fyne.TextStyle{Bold: true}
	place.Truncation = fyne.TextTruncateEllipsis
	place.SizeName = theme.SizeNameCaptionText
	text := widget.NewRichText()
	text.Truncation = fyne.TextTruncateEllipsis
	mark := canvas.NewRectangle(theme.Color(theme.ColorNameSelection))
	mark.CornerRadius = theme.InputRadiusSize()
	mark.Hide()
	return container.NewStack(mark, container.NewVBox(place, text))
}

func (f *findPanel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(f.hits) {
		return
	}
	h := f.hits[i]
	row := o.(*fyne.Container)
	if mark := row.Objects[0]; i == f.selected {
		mark.Show()
	} else {
		mark.Hide()
	}
	box := row.Objects[1].(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(f.place(h))
	text := box.Objects[1].(*widget.RichText)
	text.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: h.Snippet[:h.MatchStart], Style: widget.RichTextStyleInline},
		&widget.TextSegment{Text: h.Snippet[h.MatchStart:h.MatchEnd], Style: widget.RichTextStyleStrong},
		&widget.TextSegment{Text: h.Snippet[h.MatchEnd:], Style: widget.RichTextStyleInline},
	}
	text.Refresh()
}

// place names where a hit is: the step, the row and the field, as the
// comparison of versions names a change ("4. Tavoitteet › Toimenpide:
// Kieliopinnot › Nimi").
func (f *findPanel) place(h programme.Hit) string {
	v := f.v
	var parts []string
	switch {
	case h.Step != "":
		parts = append(parts, stepNameLabel(v.tpl, h.Step))
	case strings.HasPrefix(h.Path, "followup/"):
		parts = append(parts, lang.L("find.followup"))
	default:
		parts = append(parts, lang.L("versions.programmeDetails"))
	}
	ref := h.Ref
	if h.Kind == "expert" {
		ref = "contact:" + h.RowID // named as the registry's contacts
	}
	if h.Kind == "comment" {
		if s, ok := aboutLabelOK(v.Programme(), v.tpl, h.About); ok && h.About != "" {
			parts = append(parts, s)
		}
		parts = append(parts, lang.L("find.comment"))
	} else if ref != "" && h.Kind != "step" {
		if s, ok := aboutLabelOK(v.Programme(), v.tpl, ref); ok {
			parts = append(parts, s)
		}
	}
	if fl := fieldLabel(withoutPositions(h.Field), h.Step, ref); fl != "" && h.Kind != "comment" {
		parts = append(parts, fl)
	}
	return strings.Join(parts, " › ")
}

// withoutPositions drops the list positions from a field's path
// ("measurements.0.note"), which name nothing for people.
func withoutPositions(field string) string {
	parts := strings.Split(field, ".")
	out := parts[:0]
	for _, p := range parts {
		if _, err := strconv.Atoi(p); err != nil {
			out = append(out, p)
		}
	}
	return strings.Join(out, ".")
}

// moveSelection moves the hit Enter opens by delta rows (the arrow keys in
// the query).
func (f *findPanel) moveSelection(delta int) {
	if len(f.hits) == 0 {
		return
	}
	old := f.selected
	f.selected = max(0, min(len(f.hits)-1, f.selected+delta))
	f.list.ScrollTo(f.selected)
	if old >= 0 {
		f.list.RefreshItem(old)
	}
	f.list.RefreshItem(f.selected)
}

// openSelected opens the selected hit, the first one unless the arrows
// moved the selection.
func (f *findPanel) openSelected() {
	if f.selected >= 0 && f.selected < len(f.hits) {
		f.open(f.selected)
	}
}

// open closes the panel and shows hit i's row: its step's content with the
// row selected, by the path findings and comments take; a comment opens
// its row and the thread; a checklist note the step's checklist.
func (f *findPanel) open(i int) {
	if i < 0 || i >= len(f.hits) {
		return
	}
	h := f.hits[i]
	v := f.v
	f.close()
	step := stepIndex(v, h.Step)
	switch {
	case h.Kind == "comment":
		if step >= 0 {
			v.openFinding(step, programme.Finding{Step: h.Step, Ref: h.About})
		}
		v.showComments(h.Step, h.RowID, nil)
	case step >= 0 && (h.Kind == "step" || h.Kind == "item"):
		v.selectStep(step)
		if v.stepPage != nil {
			v.stepPage.showChecklist()
		}
	case step >= 0:
		v.openFinding(step, programme.Finding{Step: h.Step, Ref: h.Ref})
	case strings.HasPrefix(h.Path, "followup/"):
		v.showFollowup()
	default:
		v.showDashboard()
	}
}

// stepIndex returns the index of step id in v's template, or -1.
func stepIndex(v *programmeView, id string) int {
	for i, s := range v.tpl.Steps {
		if s.ID == id {
			return i
		}
	}
	return -1
}

// findEntry is the query: the arrow keys move through the hits while the
// cursor stays in the query, and the first Escape closes the panel (a
// plain entry would only give up the focus).
type findEntry struct {
	widgets.Entry
	move   func(delta int)
	escape func()
}

func newFindEntry() *findEntry {
	e := &findEntry{}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey implements fyne.Focusable.
func (e *findEntry) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyDown:
		e.move(1)
	case fyne.KeyUp:
		e.move(-1)
	case fyne.KeyEscape:
		e.escape()
	default:
		e.Entry.TypedKey(ev)
	}
}
