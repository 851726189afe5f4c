package ui

import (
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// openBilingual stores the example programme with Swedish as a further
// document language and opens it.
func openBilingual(t *testing.T, m *MainWindow) *programme.Programme {
	t.Helper()
	p := programme.Demo(checklist.Default())
	if err := p.AddDocLanguage("sv"); err != nil {
		t.Fatal(err)
	}
	openStored(t, m, p)
	m.win.Resize(fyne.NewSize(1366, 768))
	return p
}

// TestTranslationsPage: the page lists every text still to translate with
// the counts; typing a translation stores it through the domain and the
// counts and the row's state follow; the filter narrows the list; a
// section's row opens step 5 with the translation beside the draft.
func TestTranslationsPage(t *testing.T) {
	m, _ := newTestWindow(t)
	p := openBilingual(t, m)
	if !m.editor.sidebar.trans.Visible() {
		t.Error("the sidebar has no Käännökset entry for a bilingual programme")
	}
	m.editor.showTranslations()
	tp := m.editor.translations
	total := len(p.TranslatableTexts())
	if len(tp.keys) != total || total == 0 {
		t.Fatalf("the page lists %d texts, want all %d (none translated yet)", len(tp.keys), total)
	}
	if want := "ruotsi: " + strconv.Itoa(total) + " käännöstä puuttuu, 0 vanhentunutta"; !strings.HasPrefix(tp.counts.Text, want) {
		t.Errorf("counts %q, want %q…", tp.counts.Text, want)
	}
	// The programme's title comes first; translate it.
	if k := tp.keys[0]; k.kind != "programme" || k.field != "title" {
		t.Fatalf("first row %+v", k)
	}
	tp.list.Select(0)
	if !tp.detail.Visible() || tp.main.Text != p.Title {
		t.Fatalf("the editor shows %q for the title %q", tp.main.Text, p.Title)
	}
	test.Type(tp.entry.Entry, "Integrationsprogram")
	got := stored(t, m)
	if tr, ok := got.Tr.Get("sv", "title"); !ok || tr.Text != "Integrationsprogram" {
		t.Errorf("stored title translation %+v", tr)
	}
	if !strings.HasPrefix(tp.counts.Text, "ruotsi: "+strconv.Itoa(total-1)+" käännöstä puuttuu") {
		t.Errorf("counts after translating one: %q", tp.counts.Text)
	}
	if tp.state.Text != "Ajan tasalla." || len(tp.keys) != total {
		t.Errorf("state %q, %d rows (the list must stay while typing)", tp.state.Text, len(tp.keys))
	}
	// Filtering to the missing ones drops the title.
	tp.chooseFilter.SetSelectedIndex(trFilterMissing)
	if len(tp.keys) != total-1 || tp.keys[0].kind == "programme" {
		t.Errorf("missing filter: %d rows, first %+v", len(tp.keys), tp.keys[0])
	}
	tp.chooseFilter.SetSelectedIndex(trFilterStale)
	if len(tp.keys) != 0 || !tp.empty.Visible() {
		t.Errorf("stale filter: %d rows", len(tp.keys))
	}
	// A section's row opens step 5 with the translation beside the draft.
	tp.chooseFilter.SetSelectedIndex(trFilterMissing)
	row := -1
	for i, k := range tp.keys {
		if k.kind == "section" && k.field == "draft" {
			row = i
			break
		}
	}
	if row < 0 {
		t.Fatal("no section draft among the missing translations")
	}
	id := tp.keys[row].id
	tp.list.Select(row)
	test.Tap(tp.jumpBtn)
	sp := m.editor.stepPage
	if sp == nil || sp.step.ID != programme.StepDocument {
		t.Fatal("the jump did not open step 5")
	}
	if got := sp.ctx.TranslationShown(); got != id+":sv" {
		t.Errorf("step 5 shows translation %q, want %q", got, id+":sv")
	}
}
