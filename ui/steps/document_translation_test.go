package steps

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// openBilingualDocEditor opens the example programme with Swedish as a
// further document language and builds step 5's editor on it.
func openBilingualDocEditor(t *testing.T) (*testWindow, *docEditor) {
	t.Helper()
	m, _ := newTestWindow(t)
	p := programme.Demo(checklist.Default())
	if err := p.AddDocLanguage("sv"); err != nil {
		t.Fatal(err)
	}
	open(t, m, p)
	quietSession(m)
	step, _ := m.editor.tpl.Step("document")
	e := newDocEditor(NewContext(m.editor, step))
	manualPreviews(e)
	m.win.SetContent(e.content)
	m.win.Resize(fyne.NewSize(1366, 768))
	return m, e
}

// TestSectionTranslationSideBySide: with a further language the section
// offers its translation beside the draft; typing it stores it through the
// domain, the state follows the main text (missing, up to date, out of
// date after the draft changes) and "Merkitse ajantasaiseksi" settles it.
func TestSectionTranslationSideBySide(t *testing.T) {
	m, e := openBilingualDocEditor(t)
	f := e.form
	if !f.tr.chooseBox.Visible() || len(f.tr.choose.Options) != 2 || f.tr.choose.Options[1] != "Käännös: ruotsi" {
		t.Fatalf("translation choice %v visible %v", f.tr.choose.Options, f.tr.choose.Visible())
	}
	if w, need := f.tr.chooseBox.MinSize().Width, fyne.MeasureText(f.tr.choose.Options[1], theme.TextSize(), fyne.TextStyle{}).Width+theme.IconInlineSize(); w < need {
		t.Errorf("the language choice is %v wide, its longest option needs %v", w, need)
	}
	id := sectionOf(t, m.editor.session.Programme(), "document.el.responsibilities").ID
	e.selectSection(id)
	if f.tr.on() || f.center.Objects[0] == f.trSplit {
		t.Fatal("the translation shows before it was chosen")
	}
	f.tr.choose.SetSelectedIndex(1)
	if !f.tr.on() || f.center.Objects[0] != f.trSplit || f.trSplit.Leading != f.draftPane {
		t.Fatal("choosing Swedish did not put the translation beside the draft")
	}
	if f.tr.state.Text != "Käännös puuttuu." {
		t.Errorf("state of an untranslated section %q", f.tr.state.Text)
	}
	if f.tr.draft.Entry.Wrapping != fyne.TextWrapWord {
		t.Error("the translation does not wrap as the draft does")
	}
	test.Type(f.tr.draft.Entry, "Ansvarsfördelningen")
	got := sectionOf(t, stored(t, m), "document.el.responsibilities")
	if tr, ok := got.Tr.Get("sv", "draft"); !ok || tr.Text != "Ansvarsfördelningen" || tr.Basis != programme.TextBasis(got.Draft) {
		t.Errorf("stored translation %+v (ok %v)", tr, ok)
	}
	if f.tr.state.Text != "Ajan tasalla." || f.tr.current.Visible() {
		t.Errorf("after translating: state %q, mark button shown %v", f.tr.state.Text, f.tr.current.Visible())
	}
	test.Type(f.draft.Entry, "Muutos. ")
	if !strings.HasPrefix(f.tr.state.Text, "Vanhentunut") || !f.tr.current.Visible() {
		t.Errorf("after the draft changed: state %q, mark button shown %v", f.tr.state.Text, f.tr.current.Visible())
	}
	test.Tap(f.tr.current)
	if f.tr.state.Text != "Ajan tasalla." {
		t.Errorf("after marking up to date: %q", f.tr.state.Text)
	}
	got = sectionOf(t, stored(t, m), "document.el.responsibilities")
	if tr, _ := got.Tr.Get("sv", "draft"); tr.Basis != programme.TextBasis(got.Draft) {
		t.Error("marking up to date did not reach the store")
	}
	// Another section shows its own (missing) translation.
	other := sectionOf(t, m.editor.session.Programme(), "document.el.services").ID
	e.selectSection(other)
	if f.tr.draft.Entry.Text != "" || f.tr.state.Text != "Käännös puuttuu." {
		t.Errorf("another section: translation %q, state %q", f.tr.draft.Entry.Text, f.tr.state.Text)
	}
	f.tr.choose.SetSelectedIndex(0)
	if f.tr.on() || f.center.Objects[0] == f.trSplit {
		t.Error("turning the translation off kept it beside the draft")
	}
}

// TestSectionTranslationLongDraftInPieces: a long draft's translation is
// edited in pieces, wrapped, as the draft is.
func TestSectionTranslationLongDraftInPieces(t *testing.T) {
	m, e := openBilingualDocEditor(t)
	id := sectionOf(t, m.editor.session.Programme(), "document.el.responsibilities").ID
	long := strings.Repeat(strings.Repeat("sana ", 80)+"\n\n", 10)
	m.editor.session.Edit(func(p *programme.Programme) { p.Document.Section(id).Draft = long })
	e.selectSection(id)
	e.form.tr.SetLanguage("sv")
	if !e.form.tr.draft.IsPieced() {
		t.Fatal("a long draft's translation is not edited in pieces")
	}
	test.Type(e.form.tr.draft.Pieced.Pieces()[0], "ord ")
	if tr, _ := sectionOf(t, stored(t, m), "document.el.responsibilities").Tr.Get("sv", "draft"); tr.Text != "ord " {
		t.Errorf("stored translation %q", tr.Text)
	}
}

// TestDocumentLanguagesSetting: the document settings add and remove a
// further language and change the main one, through the domain.
func TestDocumentLanguagesSetting(t *testing.T) {
	m, e := openDocEditor(t)
	if e.form.tr.chooseBox.Visible() {
		t.Error("a Finnish-only programme offers a translation")
	}
	s := newDocSettings(e.ctx)
	s.langs.further["sv"].SetChecked(true)
	if msg := s.apply(); msg != "" {
		t.Fatal(msg)
	}
	if got := stored(t, m).DocumentLanguages(); strings.Join(got, ",") != "fi,sv" {
		t.Errorf("languages after adding Swedish: %v", got)
	}
	s = newDocSettings(e.ctx)
	if !s.langs.further["sv"].Checked || s.langs.further["fi"].Visible() {
		t.Error("the settings do not show the stored languages")
	}
	s.langs.further["sv"].SetChecked(false)
	s.langs.further["en"].SetChecked(true)
	if msg := s.apply(); msg != "" {
		t.Fatal(msg)
	}
	if got := stored(t, m).DocumentLanguages(); strings.Join(got, ",") != "fi,en" {
		t.Errorf("languages after swapping Swedish for English: %v", got)
	}
}
