package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
)

// Word-wrapping a multi-line Entry costs time on every keystroke in
// proportion to the text's length (measured in document_bench_test.go: about
// 15 ms per keystroke at 1,000 words and 45 ms at 3,000 words with wrapping,
// 2 ms and 6 ms without). Short drafts are edited wrapped; a draft longer
// than wrapOffWords is edited unwrapped while the preview beside it shows
// the text wrapped. The gap between the two limits keeps the editor from
// flipping back and forth around one length.
const (
	wrapOffWords = 1200
	wrapOnWords  = 900
)

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
	draft         *widget.Entry
	preview       *widget.RichText
	previewScroll *container.Scroll
	words         *widget.Label
	wrapNote      *widget.Label
	body          *fyne.Container
	empty         *widget.Label
	content       *fyne.Container

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
	f.about.TextStyle = fyne.TextStyle{Italic: true}

	f.notApplicable = widget.NewCheck(lang.L("document.notApplicable"), f.onNotApplicableChanged)
	f.reason = widget.NewMultiLineEntry()
	f.reason.Wrapping = fyne.TextWrapWord
	f.reason.SetMinRowsVisible(3)
	f.reason.SetPlaceHolder(lang.L("document.reasonPlaceholder"))
	f.reason.OnChanged = f.onReasonChanged
	f.reasonBox = container.NewVBox(widget.NewLabel(lang.L("document.reason")), f.reason)

	f.tables = widget.NewButtonWithIcon("", theme.GridIcon(), f.showTablesMenu)

	f.draft = widget.NewMultiLineEntry()
	f.draft.Wrapping = fyne.TextWrapWord
	f.draft.SetPlaceHolder(lang.L("document.draftPlaceholder"))
	f.draft.OnChanged = f.onDraftChanged
	f.preview = widget.NewRichText()
	f.preview.Wrapping = fyne.TextWrapWord
	f.previewScroll = container.NewVScroll(f.preview)

	draftHead := widget.NewLabelWithStyle(lang.L("document.draft"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	previewHead := widget.NewLabelWithStyle(lang.L("document.preview"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	split := container.NewHSplit(
		container.NewBorder(draftHead, nil, nil, nil, f.draft),
		container.NewBorder(previewHead, nil, nil, nil, f.previewScroll))
	split.Offset = 0.5

	f.words = widget.NewLabel("")
	f.words.Truncation = fyne.TextTruncateEllipsis
	f.wrapNote = widget.NewLabel(lang.L("document.wrapOff"))
	f.wrapNote.TextStyle = fyne.TextStyle{Italic: true}
	f.wrapNote.Wrapping = fyne.TextWrapWord
	f.wrapNote.Hide()
	status := container.NewVBox(f.wrapNote, f.words)

	head := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel(lang.L("document.title")), f.notApplicable, f.title),
		container.NewBorder(nil, nil, nil, f.tables, f.about),
		f.reasonBox)
	f.body = container.NewBorder(head, status, nil, nil, split)
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
		f.title.SetPlaceHolder(s.Heading(tpl, Language()))
		about := ""
		if el, ok := tpl.Item(s.ElementID); ok {
			about = el.Text.In(Language())
		}
		f.about.SetText(lang.L("document.aboutElement", map[string]any{"Text": about}))
		f.notApplicable.Show()
	}
	f.notApplicable.SetChecked(s.NotApplicable)
	f.reason.SetText(s.Reason)
	f.showReason(s.NotApplicable)
	f.updateTablesButton()

	f.setWrap(chooseWrap(programme.WordCount(s.Draft), true))
	f.draft.SetText(s.Draft)
	f.draft.CursorRow, f.draft.CursorColumn = 0, 0
	f.updateWords()
	f.renderPreview()
	f.previewScroll.ScrollToTop()
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
	f.edit(func(d *programme.Document, id string) {
		if s := d.Section(id); s != nil {
			s.Draft = text
		}
	})
	words := programme.WordCount(text)
	f.setWrap(chooseWrap(words, f.draft.Wrapping == fyne.TextWrapWord))
	f.schedulePreview()
}

// updateWords shows the draft's and the document's length and returns the
// draft's.
func (f *sectionForm) updateWords() int {
	n := programme.WordCount(f.draft.Text)
	total := wordsText(f.e.doc().Words())
	if s := f.section(); s != nil && s.NotApplicable {
		f.words.SetText(lang.L("document.wordsLeftOut", map[string]any{"Total": total}))
	} else {
		f.words.SetText(lang.L("document.words2", map[string]any{"Section": wordsText(n), "Total": total}))
	}
	return n
}

// chooseWrap tells whether a draft of the given length is edited wrapped,
// given whether it is now.
func chooseWrap(words int, wrapped bool) bool {
	if wrapped {
		return words <= wrapOffWords
	}
	return words < wrapOnWords
}

func (f *sectionForm) setWrap(on bool) {
	want := fyne.TextWrapOff
	if on {
		want = fyne.TextWrapWord
	}
	if f.draft.Wrapping == want {
		return
	}
	f.draft.Wrapping = want
	f.draft.Refresh()
	if on {
		f.wrapNote.Hide()
	} else {
		f.wrapNote.Show()
	}
}

// schedulePreview renders the preview once typing pauses. The timer runs
// on its own goroutine and hands the work back through fyne.Do; a newer
// request cancels the older one.
func (f *sectionForm) schedulePreview() {
	f.gen++
	gen := f.gen
	delay := previewDelay
	if programme.WordCount(f.draft.Text) > previewLongWords {
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
