package steps

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// findingsMaxHeight bounds the opened findings above the sections: beyond
// it they scroll, so that the window never grows taller than the screen.
const findingsMaxHeight = 200

// documentEditor builds step 5's content tab: the document's sections with
// a Markdown editor, a live preview and word counts.
func documentEditor(c *Context) fyne.CanvasObject {
	return newDocEditor(c).content
}

// docEditor is the drafting view: the list of sections on the left with
// buttons to add, move and delete them, what is missing above and the
// checklist's reminder below them, the selected section's form on the
// right, and the document's tools above both.
//
// It does not use rowEditor: the draft editor must fill the height of the
// pane (rowEditor puts the form in a scroll), and the template's elements
// cannot be deleted, only extra sections can.
type docEditor struct {
	ctx      *Context
	selected string // section ID
	// rowHeights remembers the height set for each row of the list.
	rowHeights map[widget.ListItemID]float32

	list                              *widget.List
	addBtn, upBtn, downBtn, deleteBtn *widget.Button
	importBtn, exportBtn              *widget.Button
	previewBtn, focusBtn              *widget.Button
	settingsBtn                       *widget.Button
	// settings is the document settings dialog's form while it is open.
	settings *docSettings
	findings *findingsPanel
	form     *sectionForm
	content  fyne.CanvasObject
}

func newDocEditor(c *Context) *docEditor {
	e := &docEditor{ctx: c}
	e.form = newSectionForm(e)

	e.list = widget.NewList(e.length, e.createItem, e.updateItem)
	e.list.OnSelected = e.onSelected
	e.addBtn = widget.NewButtonWithIcon(lang.L("document.add"), theme.ContentAddIcon(), e.showAdd)
	e.upBtn = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { e.move(-1) })
	e.downBtn = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { e.move(1) })
	e.deleteBtn = widget.NewButtonWithIcon("", theme.DeleteIcon(), e.confirmDelete)
	tools := container.NewHBox(e.addBtn, widgets.ToolSpacer(), e.upBtn, e.downBtn, e.deleteBtn)

	reminder := widget.NewLabel(lang.L("document.reminder"))
	reminder.Wrapping = fyne.TextWrapWord
	e.importBtn = widget.NewButtonWithIcon(lang.L("document.importButton"), theme.FolderOpenIcon(), e.showImport)
	e.exportBtn = widget.NewButtonWithIcon(lang.L("export.button"), theme.DocumentSaveIcon(), e.showExport)
	e.previewBtn = widget.NewButtonWithIcon(lang.L("document.previewToggle"), theme.VisibilityIcon(), e.form.togglePreview)
	e.focusBtn = widget.NewButtonWithIcon(lang.L("document.focus"), theme.ViewFullScreenIcon(), e.form.ToggleFocus)
	e.settingsBtn = widget.NewButtonWithIcon(lang.L("docsettings.button"), theme.SettingsIcon(), e.showSettings)
	reminder.SizeName = theme.SizeNameCaptionText
	c.focus = e.form
	c.translation = func() string {
		if !e.form.tr.on() {
			return ""
		}
		return e.form.id + ":" + e.form.tr.lang
	}

	e.findings = newFindingsPanel(e.ctx.findings, nil, e.onFinding)
	// The overview, the find panel, the checker and the Käännökset page
	// open a section the same way.
	c.openFinding = e.onFinding

	// The draft gets the page's height: the document's tools share one
	// row (wrapping to two on a narrow window rather than cutting "Vie…"
	// off), and what is missing and the checklist's reminder sit in the
	// sections' column, which they are about, the findings scrolling
	// within a bounded height when opened.
	findings := widgets.NewCapped(container.NewVScroll(e.findings.content), findingsMaxHeight)
	left := container.NewBorder(container.NewVBox(findings, tools), reminder, nil, nil, e.list)
	split := container.NewHSplit(left, e.form.content)
	split.Offset = 0.26
	bar := widgets.NewFlow(e.settingsBtn, e.importBtn, e.exportBtn, e.previewBtn, e.focusBtn)
	e.content = container.NewBorder(container.NewPadded(bar), nil, nil, nil, split)

	e.refresh()
	if d := e.doc(); len(d.Sections) > 0 {
		e.selectSection(d.Sections[0].ID)
		// Selecting scrolls the list, which has no size yet and would
		// otherwise hide the first row above the top.
		e.list.ScrollToTop()
	}
	return e
}

// doc returns the document for reading.
func (e *docEditor) doc() *programme.Document { return &e.ctx.programme().Document }

// onFinding opens the section a finding points at ("section:<id>").
func (e *docEditor) onFinding(f programme.Finding) {
	if id, ok := strings.CutPrefix(f.Ref, "section:"); ok {
		e.selectSection(id)
	}
	// A finding about a translation (the checker's, or a row of the
	// Käännökset page) opens the translation beside the draft.
	if l, ok := f.Args["Language"].(string); ok && e.ctx.programme().HasDocLanguage(l) && l != e.ctx.programme().Main() {
		e.form.tr.SetLanguage(l)
	}
}

func (e *docEditor) length() int { return len(e.doc().Sections) }

func (e *docEditor) createItem() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	detail := widget.NewLabel("")
	detail.Truncation = fyne.TextTruncateEllipsis
	detail.SizeName = theme.SizeNameCaptionText
	return container.NewVBox(title, detail)
}

func (e *docEditor) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	d := e.doc()
	if i >= len(d.Sections) {
		return
	}
	s := &d.Sections[i]
	box := o.(*fyne.Container)
	title := e.heading(s)
	box.Objects[0].(*widget.Label).SetText(title)
	detail := box.Objects[1].(*widget.Label)
	text, importance := sectionSummary(s)
	detail.Importance = importance
	detail.SetText(text)
	e.fitRow(i, title, box)
}

// fitRow gives a row the height its wrapped title needs, so long element
// titles show whole instead of cut short.
func (e *docEditor) fitRow(i widget.ListItemID, title string, box *fyne.Container) {
	width := e.list.Size().Width - 4*theme.Padding()
	if width <= 0 {
		return
	}
	h := widgets.LabelHeight(title, width, theme.TextSize(), fyne.TextStyle{Bold: true}) + theme.Padding() + box.Objects[1].MinSize().Height
	if e.rowHeights == nil {
		e.rowHeights = map[widget.ListItemID]float32{}
	}
	if old, ok := e.rowHeights[i]; !ok || old != h {
		e.rowHeights[i] = h
		e.list.SetItemHeight(i, h)
	}
}

// heading is the section's title for the list, never empty.
func (e *docEditor) heading(s *programme.Section) string {
	if h := s.Heading(e.ctx.template(), i18n.Language()); h != "" {
		return h
	}
	return lang.L("document.untitled")
}

// sectionSummary is the list's second line: the length of the draft and the
// tables the section includes, or why it has no text.
func sectionSummary(s *programme.Section) (string, widget.Importance) {
	if s.NotApplicable {
		return lang.L("document.rowNotApplicable"), widget.MediumImportance
	}
	words := s.Words()
	var parts []string
	if words > 0 {
		parts = append(parts, wordsText(words))
	}
	for _, b := range s.Includes {
		parts = append(parts, blockLabel(b))
	}
	if len(parts) == 0 {
		if s.IsExtra() {
			return lang.L("document.rowEmpty"), widget.MediumImportance
		}
		return lang.L("document.rowEmpty"), widget.WarningImportance
	}
	return strings.Join(parts, " · "), widget.MediumImportance
}

// blockLabel names a block in the interface.
func blockLabel(b programme.Block) string { return lang.L("document.block." + string(b)) }

// wordsText writes "1 234 sanaa" with the right plural.
func wordsText(n int) string { return i18n.WordsText(n) }

func (e *docEditor) onSelected(i widget.ListItemID) {
	d := e.doc()
	if i < len(d.Sections) {
		e.show(d.Sections[i].ID)
	}
}

// selectSection selects a section in the list and opens it.
func (e *docEditor) selectSection(id string) {
	if i := e.doc().Index(id); i >= 0 {
		e.list.Select(i)
		e.show(id)
	}
}

// show opens a section's form unless it is open already.
func (e *docEditor) show(id string) {
	if e.selected == id && e.form.id == id {
		return
	}
	e.selected = id
	e.form.load(id)
	e.updateButtons()
}

// refresh redraws everything derived from the sections after a change.
func (e *docEditor) refresh() {
	e.list.Refresh()
	e.form.updateWords()
	e.updateButtons()
	e.findings.refresh()
}

// sectionChanged updates what shows one section's state after its form
// changed it: its line in the list, the total and the findings.
func (e *docEditor) sectionChanged(id string) {
	if i := e.doc().Index(id); i >= 0 {
		e.list.RefreshItem(i)
	}
	e.form.updateWords()
	e.findings.refresh()
}

func (e *docEditor) updateButtons() {
	d := e.doc()
	i := d.Index(e.selected)
	widgets.SetEnabled(e.upBtn, i > 0)
	widgets.SetEnabled(e.downBtn, i >= 0 && i < len(d.Sections)-1)
	widgets.SetEnabled(e.deleteBtn, i >= 0 && d.Sections[i].IsExtra())
}

// addSection inserts an extra section after the selected one (at the end
// when none is selected) and opens it.
func (e *docEditor) addSection(title string) string {
	at := -1
	if i := e.doc().Index(e.selected); i >= 0 {
		at = i + 1
	}
	var id string
	e.ctx.edit(func(p *programme.Programme) { id = p.Document.AddSection(title, at) })
	e.refresh()
	e.selectSection(id)
	return id
}

// move shifts the selected section by delta places.
func (e *docEditor) move(delta int) {
	id := e.selected
	moved := false
	e.ctx.edit(func(p *programme.Programme) { moved = p.Document.MoveSection(id, delta) })
	if !moved {
		return
	}
	e.refresh()
	e.list.Select(e.doc().Index(id))
}

// deleteSection removes an extra section and opens its neighbour.
func (e *docEditor) deleteSection(id string) {
	i := e.doc().Index(id)
	var err error
	e.ctx.edit(func(p *programme.Programme) { err = p.Document.DeleteSection(id) })
	if err != nil {
		fyne.LogError("delete section", err)
		return
	}
	e.list.UnselectAll()
	e.selected = ""
	e.refresh()
	if d := e.doc(); len(d.Sections) > 0 {
		e.selectSection(d.Sections[min(i, len(d.Sections)-1)].ID)
	} else {
		e.form.load("")
	}
}

// showImport is the step's "Tuo Markdown…"; the import belongs to the host.
func (e *docEditor) showImport() {
	if d := e.ctx.documents(); d != nil {
		d.ShowImport()
	}
}

// showExport is the step's "Vie…"; the export belongs to the host.
func (e *docEditor) showExport() {
	if d := e.ctx.documents(); d != nil {
		d.ShowExport()
	}
}
