package steps

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

// openDocEditor opens the example programme and builds step 5's editor on it.
func openDocEditor(t *testing.T) (*testWindow, *docEditor) {
	t.Helper()
	m, _ := newTestWindow(t)
	openDemo(t, m)
	quietSession(m)
	step, ok := m.editor.tpl.Step("document")
	if !ok {
		t.Fatal("template has no document step")
	}
	e := newDocEditor(NewContext(m.editor, step))
	manualPreviews(e)
	m.win.SetContent(e.content)
	m.win.Resize(fyne.NewSize(1200, 800))
	return m, e
}

// quietSession replaces the open programme's session with one that saves
// only when the test flushes it. The usual session saves from a timer and
// reports through fyne.Do, which the test driver runs on the timer's
// goroutine, where it could race with the test's own widget work.
func quietSession(m *testWindow) {
	m.editor.session = programme.NewSession(m.store, m.editor.session.Programme(), time.Hour, nil)
}

// sectionOf returns the stored section of a template element.
func sectionOf(t *testing.T, p *programme.Programme, elementID string) *programme.Section {
	t.Helper()
	s := p.Document.ElementSection(elementID)
	if s == nil {
		t.Fatalf("no section for %s", elementID)
	}
	return s
}

func TestDocumentDraftIsStored(t *testing.T) {
	m, e := openDocEditor(t)
	id := sectionOf(t, m.editor.session.Programme(), "document.el.responsibilities").ID
	e.selectSection(id)
	if e.form.id != id || !strings.Contains(e.form.draft.Entry.Text, "sivistys- ja hyvinvointitoimialalle") {
		t.Fatalf("form did not load the section: %q", e.form.id)
	}
	e.form.draft.Entry.SetText("Uusi luonnos kolmella sanalla")
	test.Type(e.form.draft.Entry, "!")
	if got := sectionOf(t, stored(t, m), "document.el.responsibilities").Draft; got != "!Uusi luonnos kolmella sanalla" {
		t.Errorf("stored draft = %q", got)
	}
	want := "Tässä osiossa 4 sanaa · koko asiakirjassa " + wordsText(m.editor.session.Programme().Document.Words())
	if got := e.form.words.Text; got != want {
		t.Errorf("words = %q, want %q", got, want)
	}
	// The preview follows after the pause, once for the last keystroke.
	if strings.Contains(richText(e.form.preview), "Uusi luonnos") {
		t.Error("preview rendered before the pause")
	}
	if n := runPreviews(e); n != 1 {
		t.Errorf("%d previews rendered, want only the last one", n)
	}
	if got := richText(e.form.preview); !strings.Contains(got, "!Uusi luonnos kolmella sanalla") || !strings.Contains(got, "Vastuutahot") {
		t.Errorf("preview = %q", got)
	}
}

// scheduled is a preview render waiting in manual mode.
type scheduled struct {
	fn        func()
	cancelled bool
}

// pending are the preview renders scheduled by each form in manual mode.
var pending = map[*sectionForm][]*scheduled{}

// manualPreviews makes the editor's previews wait for runPreviews instead
// of a timer, so they never run on another goroutine during a test.
func manualPreviews(e *docEditor) {
	e.form.schedule = func(_ time.Duration, fn func()) func() {
		s := &scheduled{fn: fn}
		pending[e.form] = append(pending[e.form], s)
		return func() { s.cancelled = true }
	}
}

// runPreviews runs the renders still scheduled and returns how many there were.
func runPreviews(e *docEditor) int {
	n := 0
	for _, s := range pending[e.form] {
		if !s.cancelled {
			s.fn()
			n++
		}
	}
	pending[e.form] = nil
	return n
}

func TestDocumentNotApplicable(t *testing.T) {
	m, e := openDocEditor(t)
	id := sectionOf(t, m.editor.session.Programme(), "document.el.outside-workforce").ID
	e.selectSection(id)
	if e.form.reasonBox.Visible() {
		t.Error("reason shows for an applicable section")
	}
	test.Tap(e.form.notApplicable)
	if !e.form.reasonBox.Visible() {
		t.Error("reason hidden after marking not applicable")
	}
	if !strings.HasPrefix(e.form.words.Text, "Osio ei koske tätä ohjelmaa") {
		t.Errorf("status line = %q", e.form.words.Text)
	}
	if m.win.Canvas().Focused() != e.form.reason {
		t.Error("the reason entry did not get the focus")
	}
	e.form.reason.SetText("Kuvattu hyvinvointisuunnitelmassa.")
	s := sectionOf(t, stored(t, m), "document.el.outside-workforce")
	if !s.NotApplicable || s.Reason != "Kuvattu hyvinvointisuunnitelmassa." || s.Draft == "" {
		t.Errorf("stored %+v", *s)
	}
	if text, _ := sectionSummary(s); text != "Ei koske tätä ohjelmaa" {
		t.Errorf("list line = %q", text)
	}
	test.Tap(e.form.notApplicable)
	if s := sectionOf(t, stored(t, m), "document.el.outside-workforce"); s.NotApplicable || s.Reason == "" {
		t.Errorf("unmarking should keep the reason: %+v", *s)
	}

	// Extra sections cannot be left out, only deleted.
	e.selectSection(m.editor.session.Programme().Document.Sections[1].ID) // the demo's introduction
	if e.form.notApplicable.Visible() {
		t.Error("the not-applicable check shows for an extra section")
	}
}

func TestDocumentIncludes(t *testing.T) {
	m, e := openDocEditor(t)
	id := sectionOf(t, m.editor.session.Programme(), "document.el.special").ID
	e.selectSection(id)
	if e.form.tables.Text != "Liitä taulukko" {
		t.Errorf("button = %q", e.form.tables.Text)
	}
	choose := func(b programme.Block) {
		for _, it := range e.form.tablesMenu().Items {
			if it.Label == blockLabel(b) {
				it.Action()
			}
		}
	}
	choose(programme.BlockIndicators)
	choose(programme.BlockGoals)
	choose(programme.BlockFigures)
	choose(programme.BlockFigures)
	got := sectionOf(t, stored(t, m), "document.el.special").Includes
	if want := []programme.Block{programme.BlockGoals, programme.BlockIndicators}; !slices.Equal(got, want) {
		t.Errorf("includes = %v, want %v", got, want)
	}
	if e.form.tables.Text != "Taulukot (2)" {
		t.Errorf("button = %q", e.form.tables.Text)
	}
	if line, _ := sectionSummary(sectionOf(t, m.editor.session.Programme(), "document.el.special")); !strings.HasSuffix(line, "Tavoitteet ja toimenpiteet · Mittarit") {
		t.Errorf("list line = %q", line)
	}
	// The menu shows the state.
	menu := e.form.tablesMenu()
	var ticked []string
	for _, it := range menu.Items {
		if it.Checked {
			ticked = append(ticked, it.Label)
		}
	}
	if len(menu.Items) != len(programme.Blocks) || !slices.Equal(ticked, []string{"Tavoitteet ja toimenpiteet", "Mittarit"}) {
		t.Errorf("menu ticks %v of %d items", ticked, len(menu.Items))
	}
	n := len(m.win.Canvas().Overlays().List())
	test.Tap(e.form.tables)
	if len(m.win.Canvas().Overlays().List()) != n+1 {
		t.Error("tapping the button showed no menu")
	}
	// The preview shows what the section includes once it renders.
	runPreviews(e)
	if text := richText(e.form.preview); !strings.Contains(text, "Kieltä tukeva työkokeilu kunnan yksiköissä") || strings.Contains(text, "|") {
		t.Errorf("preview should show the goals table as a list: %q", text)
	}
}

func TestDocumentAddMoveDeleteSection(t *testing.T) {
	m, e := openDocEditor(t)
	p := m.editor.session.Programme()
	last := p.Document.Sections[len(p.Document.Sections)-1].ID
	e.selectSection(last)

	f := newAddSectionForm(e)
	if f.submit() != "" {
		t.Error("a section without a title was added")
	}
	if f.title.Validate() == nil {
		t.Error("empty title passed validation")
	}
	f.title.SetText("  Liitteet ")
	id := f.submit()
	d := stored(t, m).Document
	if n := len(d.Sections); n != 14 || d.Sections[13].ID != id || d.Sections[13].Title != "Liitteet" {
		t.Fatalf("added section not last (of %d): %+v", n, d.Sections[n-1])
	}
	if e.selected != id || e.form.id != id {
		t.Error("new section not opened")
	}
	if e.deleteBtn.Disabled() || !e.downBtn.Disabled() || e.upBtn.Disabled() {
		t.Error("buttons of the last, extra section are wrong")
	}

	test.Tap(e.upBtn)
	test.Tap(e.upBtn)
	d = stored(t, m).Document
	if d.Index(id) != 11 || d.Index(last) != 13 {
		t.Errorf("after two moves up: at %d, old last at %d", d.Index(id), d.Index(last))
	}
	if e.list.Length() != 14 {
		t.Errorf("list shows %d rows", e.list.Length())
	}

	e.selectSection(last)
	if !e.deleteBtn.Disabled() {
		t.Error("a template element can be deleted")
	}
	e.selectSection(id)
	e.deleteSection(id)
	d = stored(t, m).Document
	if d.Index(id) >= 0 || len(d.Sections) != 13 {
		t.Errorf("not deleted: %d sections", len(d.Sections))
	}
	if e.selected == "" || e.selected == id {
		t.Error("no neighbour opened after deleting")
	}
}

func TestDocumentRenameSection(t *testing.T) {
	m, e := openDocEditor(t)
	intro := m.editor.session.Programme().Document.Sections[0].ID
	e.selectSection(intro)
	e.form.title.SetText("Aluksi")
	if got := stored(t, m).Document.Section(intro).Title; got != "Aluksi" {
		t.Errorf("title = %q", got)
	}
	if row := listRowTitle(t, e, 0); row != "Aluksi" {
		t.Errorf("list row = %q", row)
	}
	// An element's own title can be cleared back to the template's.
	el := sectionOf(t, m.editor.session.Programme(), "document.el.monitoring").ID
	e.selectSection(el)
	if e.form.title.PlaceHolder != "Seuranta ja päivittäminen" {
		t.Errorf("element placeholder = %q", e.form.title.PlaceHolder)
	}
}

// listRowTitle renders row i of the section list and returns its title.
func listRowTitle(t *testing.T, e *docEditor, i int) string {
	t.Helper()
	o := e.createItem()
	e.updateItem(i, o)
	return o.(*fyne.Container).Objects[0].(*widget.Label).Text
}

func TestDocumentLongDraftEditsWrappedInPieces(t *testing.T) {
	m, e := openDocEditor(t)
	p := m.editor.session.Programme()
	id := sectionOf(t, p, "document.el.services").ID
	long := longDraft(3000)
	m.editor.edit(func(p *programme.Programme) { p.Document.Section(id).Draft = long })
	e.selectSection(p.Document.Sections[0].ID)
	if e.form.draft.IsPieced() || e.form.draft.Entry.Wrapping != fyne.TextWrapWord {
		t.Fatal("a short draft should be one wrapped entry")
	}
	e.selectSection(id)
	if !e.form.draft.IsPieced() {
		t.Fatal("a 3,000-word draft should be edited in pieces")
	}
	pieces := e.form.draft.Pieced.Pieces()
	if len(pieces) < 10 {
		t.Fatalf("3,000 words in %d pieces", len(pieces))
	}
	for _, pc := range pieces {
		if pc.Wrapping != fyne.TextWrapWord {
			t.Fatal("a piece of a long draft is not wrapped")
		}
	}
	pieces[2].CursorRow, pieces[2].CursorColumn = 0, 0
	pieces[2].TypedRune('Z')
	got := sectionOf(t, m.editor.session.Programme(), "document.el.services").Draft
	if len(got) != len(long)+1 || !strings.Contains(got, "\n\nZ") || programme.WordCount(got) != 3000 {
		t.Errorf("typing in a piece stored %d bytes, want the whole draft with one letter more", len(got))
	}
	if e.form.draft.Text() != got {
		t.Error("the editor's text and the stored draft differ")
	}
}

func TestDocumentEmptyProgramme(t *testing.T) {
	m, _ := newTestWindow(t)
	p := programme.New(checklist.Default(), []string{"Tyhjäkunta"}, "Ohjelma", 2026, 2029)
	if err := m.store.Save(p); err != nil {
		t.Fatal(err)
	}
	m.openProgramme(p.ID)
	step, _ := m.editor.tpl.Step("document")
	e := newDocEditor(NewContext(m.editor, step))
	manualPreviews(e)
	if e.list.Length() != 12 || e.form.id == "" {
		t.Fatalf("%d rows, open %q", e.list.Length(), e.form.id)
	}
	if e.form.words.Text != "Tässä osiossa 0 sanaa · koko asiakirjassa 0 sanaa" {
		t.Errorf("words = %q", e.form.words.Text)
	}
	o := e.createItem()
	e.updateItem(1, o) // the strategy element; the summary shows its default content
	detail := o.(*fyne.Container).Objects[1].(*widget.Label)
	if detail.Text != "Ei vielä tekstiä" || detail.Importance != widget.WarningImportance {
		t.Errorf("empty element row = %q (%v)", detail.Text, detail.Importance)
	}
}

func TestWordsText(t *testing.T) {
	i18n.Setup("fi")
	for n, want := range map[int]string{0: "0 sanaa", 1: "1 sana", 2: "2 sanaa", 999: "999 sanaa", 1234: "1\u00a0234 sanaa", 1234567: "1\u00a0234\u00a0567 sanaa"} {
		if got := wordsText(n); got != want {
			t.Errorf("wordsText(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestPreviewRewritesTables(t *testing.T) {
	i18n.Setup("fi")
	md := "Teksti ennen.\n\n| Toimenpide | Vastuutaho | Tila |\n|---|---|---|\n| Kielikahvila \\| kirjasto | Kirjasto | käynnissä |\n| Opas |  | valmis |\n\nTeksti jälkeen."
	got := segmentsText(previewSegments(md))
	for _, want := range []string{"Teksti ennen.", "Kielikahvila | kirjasto", "Vastuutaho: Kirjasto", "Tila: käynnissä", "Opas", "Tila: valmis", "Teksti jälkeen."} {
		if !strings.Contains(got, want) {
			t.Errorf("preview lacks %q in %q", want, got)
		}
	}
	if strings.Contains(got, "---") || strings.Contains(got, "Vastuutaho: \n") {
		t.Errorf("table markup or empty cells leaked: %q", got)
	}

	// Hard line breaks outside lists keep the lines apart.
	flow := segmentsText(previewSegments("**Teema:** Työllisyys\\\n**Kytkös:** Kuntastrategia  \nviimeinen\n\n- a\\\n  b\n"))
	if !strings.Contains(flow, "Teema: Työllisyys\n") || !strings.Contains(flow, "Kytkös: Kuntastrategia\n") || !strings.Contains(flow, "\nviimeinen\n") {
		t.Errorf("lines run together: %q", flow)
	}
}

// richText returns the text of a RichText's segments.
func richText(r *widget.RichText) string { return segmentsText(r.Segments) }

func segmentsText(segs []widget.RichTextSegment) string {
	var b strings.Builder
	for _, s := range segs {
		switch t := s.(type) {
		case *widget.TextSegment:
			b.WriteString(t.Text)
		case *widget.ListSegment:
			b.WriteString(segmentsText(t.Items))
		case *widget.ParagraphSegment:
			b.WriteString(segmentsText(t.Texts))
		}
		if !s.Inline() {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// inTree tells whether o is drawn under root.
func inTree(root, o fyne.CanvasObject) bool {
	if root == o {
		return true
	}
	switch w := root.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			if inTree(c, o) {
				return true
			}
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			if inTree(c, o) {
				return true
			}
		}
	}
	return false
}

func TestFocusModeGivesTheDraftTheWindow(t *testing.T) {
	m, e := openDocEditor(t)
	form := e.form
	if e.ctx.Focus() != form {
		t.Fatal("step 5 did not offer its section form as the focus mode")
	}
	if form.id == "" {
		t.Fatal("no section open")
	}
	c := m.win.Canvas()
	page := c.Content()
	form.ToggleFocus()
	if !form.Focused() || c.Content() == page {
		t.Fatal("ToggleFocus did not start the focus mode")
	}
	if !inTree(c.Content(), form.draft.Entry) {
		t.Fatal("the focus view does not hold the draft")
	}
	test.Type(form.draft.Entry, "Z")
	if got := form.section().Draft; len(got) == 0 || got[0] != 'Z' {
		t.Errorf("typing in the focus view stored %.10q", got)
	}
	form.ToggleFocus()
	if form.Focused() || c.Content() != page || !inTree(page, form.draft.Entry) {
		t.Error("leaving the focus mode did not bring the draft back to the page")
	}
	// The preview toggles and the choice is kept.
	on := form.previewOn
	form.togglePreview()
	if form.previewOn == on || m.app.Preferences().Bool(prefPreview) == on {
		t.Error("the preview toggle did not switch or was not kept")
	}
}
