package steps

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// prefPreview is the preference whether step 5 shows the preview beside
// the draft.
const prefPreview = "document.preview"

// Word-wrapping a multi-line Entry costs time on every keystroke in
// proportion to the text's length: a keystroke in a 3,000-word wrapped
// Entry takes a fifth of a second or more (widgets.BenchmarkWrappedEntry-
// Keystroke). A draft longer than piecedWords when the section opens is
// therefore edited wrapped in paragraph-sized pieces (widgets.DraftEditor),
// each re-wrapped alone; shorter drafts in one wrapped Entry. Either way
// the text stays wrapped.
const piecedWords = 500

// Long tells whether any of texts is long enough to be edited in pieces;
// every page that edits a draft or its translation asks it, so they all
// split at the same length.
func Long(texts ...string) bool {
	for _, s := range texts {
		if programme.WordCount(s) > piecedWords {
			return true
		}
	}
	return false
}

// The preview follows typing after a pause. Rendering a long draft takes
// about 100 ms at 3,000 words, so long drafts wait a little longer.
const (
	previewDelay     = 300 * time.Millisecond
	previewDelayLong = 800 * time.Millisecond
	previewLongWords = 1000
)

// sectionForm edits the selected section: title, whether it applies, the
// tables it includes, and its draft beside a rendered preview. One form is
// reused for every section, so switching sections costs one SetText.
type sectionForm struct {
	e  *docEditor
	id string
	// loading is set while the form is filled from the programme, so the
	// widgets' change handlers do not write back what they were given.
	loading bool

	title         *widget.Entry
	about         *widget.Label
	notApplicable *widget.Check
	reason        *widget.Entry
	reasonBox     *fyne.Container
	tables        *widget.Button
	// draft edits the section's text, in pieces when it is long.
	draft         *widgets.DraftEditor
	draftPane     *fyne.Container
	preview       *widget.RichText
	previewScroll *container.Scroll
	// center shows the draft pane alone or beside the preview.
	center *fyne.Container
	split  *container.Split
	// tr is the translation beside the draft; trSplit shows the two.
	tr        *translationPane
	trSplit   *container.Split
	previewOn bool
	focused   bool
	// unfocused is the window's content while the focus mode shows.
	unfocused  fyne.CanvasObject
	focusTitle *widget.Label
	words      *widget.Label
	body       *fyne.Container
	empty      *widget.Label
	content    *fyne.Container

	// schedule runs fn on the UI goroutine after d and returns a function
	// that cancels it; tests replace it to run previews when they choose.
	schedule func(d time.Duration, fn func()) (cancel func())
	cancel   func()
	// gen counts preview requests; a timer that fires after a newer request
	// or after the section changed renders nothing.
	gen int
}

func newSectionForm(e *docEditor) *sectionForm {
	f := &sectionForm{e: e, schedule: afterOnUI}
	f.title = widget.NewEntry()
	f.title.OnChanged = f.onTitleChanged
	f.about = widget.NewLabel("")
	f.about.Wrapping = fyne.TextWrapWord
	// Truncated, not grown: a long element description (the summary's)
	// would otherwise make the window taller than a 1024x600 screen.
	f.about.Truncation = fyne.TextTruncateEllipsis
	f.about.TextStyle = fyne.TextStyle{Italic: true}

	f.notApplicable = widget.NewCheck(lang.L("document.notApplicable"), f.onNotApplicableChanged)
	f.reason = widget.NewMultiLineEntry()
	f.reason.Wrapping = fyne.TextWrapWord
	f.reason.SetMinRowsVisible(3)
	f.reason.SetPlaceHolder(lang.L("document.reasonPlaceholder"))
	f.reason.OnChanged = f.onReasonChanged
	f.reasonBox = container.NewVBox(widget.NewLabel(lang.L("document.reason")), f.reason)

	f.tables = widget.NewButtonWithIcon("", theme.GridIcon(), f.showTablesMenu)

	f.draft = widgets.NewDraftEditor()
	f.draft.SetPlaceHolder(lang.L("document.draftPlaceholder"))
	f.draft.OnChanged = f.onDraftChanged
	f.preview = widget.NewRichText()
	f.preview.Wrapping = fyne.TextWrapWord
	f.previewScroll = container.NewVScroll(f.preview)

	// The length shares the draft's heading row: a row of its own below
	// the draft would take the draft's height.
	f.words = widget.NewLabel("")
	f.words.Truncation = fyne.TextTruncateEllipsis
	f.words.SizeName = theme.SizeNameCaptionText
	f.words.Alignment = fyne.TextAlignTrailing
	draftHead := f.draftHead()
	previewHead := paneHead(lang.L("document.preview"))
	f.draftPane = container.NewBorder(draftHead, nil, nil, nil, f.draft.Object())
	f.split = container.NewHSplit(f.draftPane, container.NewBorder(previewHead, nil, nil, nil, f.previewScroll))
	f.split.Offset = 0.6
	f.center = container.NewStack()
	f.previewOn = fyne.CurrentApp().Preferences().BoolWithFallback(prefPreview, true)
	f.tr = newTranslationPane(f)
	f.trSplit = container.NewHSplit(f.draftPane, f.tr.content)
	f.trSplit.Offset = 0.5
	f.layoutCenter()

	// The title keeps most of its row: beside the guidance pane at 1024 px
	// the check box in the same row squeezed it to a few letters. The check
	// box sits by the description, which gives way.
	head := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel(lang.L("document.title")), f.tables, f.title),
		container.NewBorder(nil, nil, nil, container.NewHBox(f.tr.chooseBox, f.notApplicable), f.about),
		f.reasonBox)
	f.body = container.NewBorder(head, nil, nil, nil, f.center)
	f.empty = widget.NewLabel(lang.L("document.noSelection"))
	f.empty.Wrapping = fyne.TextWrapWord
	f.empty.Importance = widget.LowImportance
	f.content = container.NewStack(container.NewPadded(f.body), container.NewPadded(f.empty))
	f.load("")
	return f
}

// section returns the open section for reading, or nil.
func (f *sectionForm) section() *programme.Section {
	if f.id == "" {
		return nil
	}
	return f.e.doc().Section(f.id)
}

// load fills the form with the section's state; "" empties it.
func (f *sectionForm) load(id string) {
	f.id = id
	f.gen++
	s := f.section()
	if s == nil {
		f.id = ""
		f.body.Hide()
		f.empty.Show()
		return
	}
	f.loading = true
	defer func() { f.loading = false }()

	tpl := f.e.ctx.template()
	f.title.SetText(s.Title)
	if s.IsExtra() {
		f.title.SetPlaceHolder(lang.L("document.titlePlaceholder"))
		f.about.SetText(lang.L("document.aboutExtra"))
		f.notApplicable.Hide()
	} else {
		f.title.SetPlaceHolder(s.Heading(tpl, i18n.Language()))
		about := ""
		if el, ok := tpl.Item(s.ElementID); ok {
			about = el.Text.In(i18n.Language())
		}
		f.about.SetText(lang.L("document.aboutElement", map[string]any{"Text": about}))
		f.notApplicable.Show()
	}
	f.notApplicable.SetChecked(s.NotApplicable)
	f.reason.SetText(s.Reason)
	f.showReason(s.NotApplicable)
	f.updateTablesButton()

	f.draft.SetText(s.Draft, Long(s.Draft))
	f.updateWords()
	f.renderPreview()
	f.previewScroll.ScrollToTop()
	f.tr.load()
	f.empty.Hide()
	f.body.Show()
}

func (f *sectionForm) showReason(on bool) {
	if on == f.reasonBox.Visible() {
		return
	}
	if on {
		f.reasonBox.Show()
	} else {
		f.reasonBox.Hide()
	}
	f.body.Refresh() // the form's top part changed height
}

// edit changes the open section and updates what shows its state.
func (f *sectionForm) edit(fn func(d *programme.Document, id string)) {
	if f.loading || f.id == "" {
		return
	}
	id := f.id
	f.e.ctx.edit(func(p *programme.Programme) { fn(&p.Document, id) })
	f.e.sectionChanged(id)
}

func (f *sectionForm) onTitleChanged(text string) {
	if f.loading {
		return
	}
	f.edit(func(d *programme.Document, id string) { _ = d.RenameSection(id, text) })
	f.tr.load()
	f.schedulePreview()
}

func (f *sectionForm) onNotApplicableChanged(on bool) {
	if f.loading {
		return
	}
	f.showReason(on)
	reason := f.reason.Text
	f.edit(func(d *programme.Document, id string) { _ = d.SetNotApplicable(id, on, reason) })
	if on && reason == "" {
		f.e.ctx.window().Canvas().Focus(f.reason)
	}
	f.schedulePreview()
}

func (f *sectionForm) onReasonChanged(text string) {
	if f.loading {
		return
	}
	on := f.notApplicable.Checked
	f.edit(func(d *programme.Document, id string) { _ = d.SetNotApplicable(id, on, text) })
	f.schedulePreview()
}

// tablesMenu lists the tables a section can include, the included ones
// ticked; choosing one includes it or leaves it out.
func (f *sectionForm) tablesMenu() *fyne.Menu {
	s := f.section()
	items := make([]*fyne.MenuItem, len(programme.Blocks))
	for i, b := range programme.Blocks {
		items[i] = fyne.NewMenuItem(blockLabel(b), func() { f.toggleTable(b) })
		items[i].Checked = s != nil && s.Shows(b)
	}
	return fyne.NewMenu("", items...)
}

// showTablesMenu opens tablesMenu under its button.
func (f *sectionForm) showTablesMenu() {
	c := fyne.CurrentApp().Driver().CanvasForObject(f.tables)
	if c == nil || f.section() == nil {
		return
	}
	widget.ShowPopUpMenuAtRelativePosition(f.tablesMenu(), c, fyne.NewPos(0, f.tables.Size().Height), f.tables)
}

// toggleTable includes block b in the open section, or leaves it out.
func (f *sectionForm) toggleTable(b programme.Block) {
	s := f.section()
	if s == nil {
		return
	}
	var blocks []programme.Block
	for _, have := range programme.Blocks {
		if have == b {
			if !s.Shows(b) {
				blocks = append(blocks, b)
			}
		} else if s.Shows(have) {
			blocks = append(blocks, have)
		}
	}
	f.edit(func(d *programme.Document, id string) { _ = d.SetIncludes(id, blocks) })
	f.updateTablesButton()
	f.schedulePreview()
}

// updateTablesButton says how many tables the section includes.
func (f *sectionForm) updateTablesButton() {
	n := 0
	if s := f.section(); s != nil {
		n = len(s.Includes)
	}
	if n == 0 {
		f.tables.SetText(lang.L("document.tablesNone"))
	} else {
		f.tables.SetText(lang.L("document.tables", map[string]any{"Count": n}))
	}
}

func (f *sectionForm) onDraftChanged(text string) {
	if f.loading {
		return
	}
	if s := f.section(); s != nil {
		if err := programme.CheckDraftEdit(s.Draft, text); err != nil {
			// Refused: the editor goes back to the stored draft.
			f.loading = true
			f.draft.SetText(s.Draft, f.draft.IsPieced())
			f.loading = false
			showRefused(f.e.ctx.window(), err)
			return
		}
	}
	f.edit(func(d *programme.Document, id string) {
		if s := d.Section(id); s != nil {
			s.Draft = text
		}
	})
	f.tr.updateState()
	f.schedulePreview()
}

// updateWords shows the draft's and the document's length and returns the
// draft's.
func (f *sectionForm) updateWords() int {
	n := programme.WordCount(f.draft.Text())
	total := wordsText(f.e.doc().Words())
	if s := f.section(); s != nil && s.NotApplicable {
		f.words.SetText(lang.L("document.wordsLeftOut", map[string]any{"Total": total}))
	} else {
		f.words.SetText(lang.L("document.words2", map[string]any{"Section": wordsText(n), "Total": total}))
	}
	return n
}

// layoutCenter shows the draft alone, beside its preview, or beside its
// translation (which takes the preview's place while it is on).
func (f *sectionForm) layoutCenter() {
	if f.tr != nil && f.tr.on() {
		f.trSplit.Leading = f.draftPane
		f.center.Objects = []fyne.CanvasObject{f.trSplit}
		f.trSplit.Refresh()
	} else if f.previewOn {
		f.split.Leading = f.draftPane
		f.center.Objects = []fyne.CanvasObject{f.split}
		f.split.Refresh()
	} else {
		f.center.Objects = []fyne.CanvasObject{f.draftPane}
	}
	f.center.Refresh()
}

// togglePreview shows or hides the preview beside the draft; the choice is
// kept for the next time.
func (f *sectionForm) togglePreview() {
	f.previewOn = !f.previewOn
	fyne.CurrentApp().Preferences().SetBool(prefPreview, f.previewOn)
	if !f.focused {
		f.layoutCenter()
	}
	if f.previewOn {
		f.renderPreview()
	}
}

// Focused tells whether the focus mode is on (FocusMode).
func (f *sectionForm) Focused() bool { return f.focused }

// ToggleFocus gives the draft the whole window, or gives it back
// (FocusMode): the window's content is kept aside and put back as it was.
func (f *sectionForm) ToggleFocus() {
	if f.id == "" {
		return
	}
	win := f.e.ctx.window()
	if f.focused {
		f.focused = false
		f.draftPane.Objects = nil
		f.draftPane = container.NewBorder(f.draftHead(), nil, nil, nil, f.draft.Object())
		f.split.Leading = f.draftPane
		f.layoutCenter()
		win.SetContent(f.unfocused)
		f.unfocused = nil
		win.Canvas().Focus(f.draft.Focusable())
		return
	}
	f.focused = true
	f.unfocused = win.Content()
	f.focusTitle = widget.NewLabelWithStyle(f.e.heading(f.section()), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.focusTitle.Truncation = fyne.TextTruncateEllipsis
	exit := widget.NewButtonWithIcon(lang.L("document.focusExit"), theme.ViewRestoreIcon(), f.ToggleFocus)
	f.center.Objects = nil
	f.draftPane.Objects = nil // the editor moves to the focus view
	bar := container.NewBorder(nil, nil, nil, exit, f.focusTitle)
	win.SetContent(container.NewBorder(container.NewPadded(bar), container.NewPadded(f.words), nil, nil, container.NewPadded(f.draft.Object())))
	win.Canvas().Focus(f.draft.Focusable())
}

// draftHead is the heading above the draft, with the draft's length.
func (f *sectionForm) draftHead() fyne.CanvasObject {
	return container.NewBorder(nil, nil, paneHead(lang.L("document.draft")), nil, container.NewThemeOverride(f.words, widgets.Compact()))
}

// paneHead is the small heading above the draft and the preview: the
// draft's height is worth more than large type that only names the panes.
func paneHead(text string) fyne.CanvasObject {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameCaptionText
	return container.NewThemeOverride(l, widgets.Compact())
}

// schedulePreview renders the preview once typing pauses. The timer runs
// on its own goroutine and hands the work back through fyne.Do; a newer
// request cancels the older one.
func (f *sectionForm) schedulePreview() {
	f.gen++
	gen := f.gen
	delay := previewDelay
	if programme.WordCount(f.draft.Text()) > previewLongWords {
		delay = previewDelayLong
	}
	if f.cancel != nil {
		f.cancel()
	}
	f.cancel = f.schedule(delay, func() {
		if gen == f.gen {
			f.renderPreview()
		}
	})
}

// afterOnUI runs fn through fyne.Do once d has passed.
func afterOnUI(d time.Duration, fn func()) func() {
	t := time.AfterFunc(d, func() { fyne.Do(fn) })
	return func() { t.Stop() }
}

// renderPreview shows the section as the document will have it.
func (f *sectionForm) renderPreview() {
	if f.section() == nil {
		f.preview.Segments = nil
		f.preview.Refresh()
		return
	}
	md := previewMarkdown(f.e.ctx.programme(), f.e.ctx.template(), f.id)
	f.preview.Segments = previewSegments(md)
	f.preview.Refresh()
}
