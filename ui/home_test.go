package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func TestEmptyStateOffersCreateAndExample(t *testing.T) {
	m, _ := newTestWindow(t)
	if !m.home.empty.Visible() || m.home.listArea.Visible() {
		t.Fatal("first start does not show the empty state")
	}
	m.home.openExample()
	if m.editor == nil || m.editor.session.Programme().Municipality() != programme.DemoMunicipality {
		t.Fatal("example programme did not open")
	}
	m.showHome()
	if m.home.empty.Visible() || len(m.home.items) != 1 {
		t.Errorf("list after example: empty visible=%v, %d items", m.home.empty.Visible(), len(m.home.items))
	}
}

func TestCreateProgrammeReachesStore(t *testing.T) {
	_, store := newTestWindow(t)
	var created *programme.Programme
	f := newCreateForm(func(p *programme.Programme) error {
		created = p
		return store.Save(p)
	})
	test.Type(f.municipality, "Ähtäri")
	f.others.SetText("Alavus, Soini")
	f.start.SetText("2026")
	f.end.SetText("2025")
	if f.submit() {
		t.Fatal("accepted an end year before the start year")
	}
	if f.message.Text == "" || f.municipality.Text != "Ähtäri" {
		t.Errorf("bad input: message %q, municipality kept %q", f.message.Text, f.municipality.Text)
	}
	f.end.SetText("2029")
	if !f.submit() {
		t.Fatalf("valid form refused: %s", f.message.Text)
	}
	got, err := store.Load(created.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Municipality() != "Ähtäri, Alavus, Soini" || !got.Joint() || got.StartYear != 2026 || got.EndYear != 2029 || got.Title != "Kotoutumisen edistämisen suunnitelma" {
		t.Errorf("stored %+v", got.Summary())
	}
	// A period starting in 2026 gets the 2025 planning template by default.
	tpl, _ := checklist.Get(checklist.PlanningID)
	if got.TemplateID != checklist.PlanningID || got.TemplateRevision != tpl.Revision {
		t.Errorf("new programme in 2026 has template %s rev %d, want %s", got.TemplateID, got.TemplateRevision, checklist.PlanningID)
	}
	if want := len(tpl.ItemsOf(checklist.KindElement)); len(got.Document.Sections) != want {
		t.Errorf("new programme has %d document sections, want the template's %d elements", len(got.Document.Sections), want)
	}
}

// TestCreateFormTemplateFollowsPeriod checks that the template follows the
// start year until the user picks one, that the title follows the template
// until it is edited, and that the old template stays available.
func TestCreateFormTemplateFollowsPeriod(t *testing.T) {
	newTestWindow(t)
	f := newCreateForm(func(*programme.Programme) error { return nil })
	f.municipality.SetText("Ii")
	f.start.SetText("2024")
	if f.selectedTemplate() != checklist.DefaultID || f.title.Text != "Kotouttamisohjelma" {
		t.Errorf("2024: template %s, title %q", f.selectedTemplate(), f.title.Text)
	}
	f.start.SetText("2026")
	if f.selectedTemplate() != checklist.PlanningID || f.title.Text != "Kotoutumisen edistämisen suunnitelma" {
		t.Errorf("2026: template %s, title %q", f.selectedTemplate(), f.title.Text)
	}
	// The user picks the old template for a 2026 period and edits the title.
	f.template.SetSelectedIndex(indexOf(f.templates, checklist.DefaultID))
	f.title.SetText("Iin kotouttamisohjelma")
	f.start.SetText("2027")
	f.template.SetSelectedIndex(indexOf(f.templates, checklist.DefaultID))
	p, err := f.validate()
	if err != nil {
		t.Fatal(err)
	}
	if p.TemplateID != checklist.DefaultID || p.Title != "Iin kotouttamisohjelma" {
		t.Errorf("chosen template or edited title not kept: %s %q", p.TemplateID, p.Title)
	}
}

func TestTickAndNoteReachStoreAndSidebar(t *testing.T) {
	m, _ := newTestWindow(t)
	f := newCreateForm(func(p *programme.Programme) error { return m.store.Save(p) })
	f.municipality.SetText("Akaa")
	if !f.submit() {
		t.Fatal(f.message.Text)
	}
	list, _ := m.store.List()
	m.openProgramme(list[0].ID)
	v := m.editor
	sp := newStepPage(v, v.tpl.Steps[1]) // cooperation
	sp.showChecklist()
	row := sp.items[0]
	test.Tap(row.check)
	test.Type(row.note, "Ryhmä koolla 3.2.")
	test.Type(sp.note, "Kutsut lähetetty")

	p := stored(t, m)
	if !p.Item(row.item.ID).Done || p.Item(row.item.ID).Note != "Ryhmä koolla 3.2." {
		t.Errorf("item state not stored: %+v", p.Item(row.item.ID))
	}
	if p.Step("cooperation").Note != "Kutsut lähetetty" {
		t.Errorf("step note not stored: %q", p.Step("cooperation").Note)
	}
	if got := p.SuggestedStatus(v.tpl.Steps[1]); got != programme.StatusInProgress {
		t.Errorf("suggested status %q, want in progress", got)
	}
	// The sidebar row of step 2 shows the new count.
	if txt, want := sidebarDetail(v, 1), fmt.Sprintf("Kesken · 1 / %d kohtaa", len(v.tpl.Steps[1].Items)); txt != want {
		t.Errorf("sidebar shows %q", txt)
	}
}

func TestTappingTextTicks(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	sp := newStepPage(m.editor, m.editor.tpl.Steps[6])
	sp.showChecklist()
	row := sp.items[0]
	before := row.check.Checked
	test.Tap(row.text)
	if row.check.Checked == before {
		t.Error("tapping the item's text did not toggle its tick")
	}
}

func TestStatusCanBeSetByHand(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	sp := newStepPage(m.editor, m.editor.tpl.Steps[2])
	sp.showChecklist()
	suggestion := lang.L("step.suggestion", map[string]any{"Status": StatusLabel(programme.StatusInProgress)})
	if strings.Contains(sp.suggest.Text, suggestion) {
		t.Errorf("automatic state shows a suggestion: %q", sp.suggest.Text)
	}
	sp.status.SetSelectedIndex(indexOfStatus(programme.StatusDone))
	p := stored(t, m)
	if got := p.StepStatus(m.editor.tpl.Steps[2]); got != programme.StatusDone {
		t.Errorf("status %q after setting done", got)
	}
	if !strings.Contains(sp.suggest.Text, suggestion) {
		t.Errorf("no suggestion beside a status set by hand that the checklist does not support: %q", sp.suggest.Text)
	}
}

func TestKeyboardEscapeAndEnter(t *testing.T) {
	m, store := newTestWindow(t)
	p := programme.Demo(checklist.Default())
	if err := store.Save(p); err != nil {
		t.Fatal(err)
	}
	m.home.refresh()
	c := m.win.Canvas()
	m.home.list.Select(0)
	m.home.deleteSelected() // shows the confirmation
	if c.Overlays().Top() == nil {
		t.Fatal("no confirmation dialog shown")
	}
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Overlays().Top() != nil {
		t.Error("Escape did not close the dialog")
	}
	if list, _ := store.List(); len(list) != 1 {
		t.Error("Escape deleted the programme")
	}
	m.home.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // the list has focus after a click
	if m.editor == nil || m.editor.session.Programme().ID != p.ID {
		t.Error("Enter did not open the selected programme")
	}
}

func TestDeleteGoesToTrashAndCanBeUndone(t *testing.T) {
	m, store := newTestWindow(t)
	p := programme.Demo(checklist.Default())
	if err := store.Save(p); err != nil {
		t.Fatal(err)
	}
	m.home.refresh()
	if m.home.trashBtn.Visible() {
		t.Error("trash button shown with an empty trash")
	}
	m.home.list.Select(0)
	m.home.deleteSelected()
	confirmTop(t, m)
	if list, _ := store.List(); len(list) != 0 {
		t.Fatalf("programme still listed after delete: %v", list)
	}
	if !m.home.trashBtn.Visible() {
		t.Error("trash button hidden after a deletion")
	}
	tv := newTrashView(m.home)
	if len(tv.items) != 1 || tv.items[0].ID != p.ID {
		t.Fatalf("trash holds %+v", tv.items)
	}
	tv.list.Select(0)
	tv.restoreSelected()
	got, err := store.Load(p.ID)
	if err != nil {
		t.Fatalf("restored programme: %v", err)
	}
	if len(got.Goals) != len(p.Goals) || got.Municipality() != p.Municipality() {
		t.Error("restored programme differs from the deleted one")
	}
	if len(m.home.items) != 1 {
		t.Error("list not refreshed after restore")
	}
	// Delete again and purge for good.
	m.home.list.Select(0)
	m.home.deleteSelected()
	confirmTop(t, m)
	tv.reload()
	tv.purgeID(p.ID)
	if items, _ := store.TrashedProgrammes(); len(items) != 0 {
		t.Errorf("trash after purge: %v", items)
	}
}

// confirmTop taps the confirming button of the topmost dialog.
func confirmTop(t *testing.T, m *MainWindow) {
	t.Helper()
	top := m.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog to confirm")
	}
	var buttons []*widget.Button
	walkButtons(top, func(b *widget.Button) { buttons = append(buttons, b) })
	for _, b := range buttons {
		if b.Importance == widget.HighImportance {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no confirming button among %d", len(buttons))
}

func walkButtons(o fyne.CanvasObject, fn func(*widget.Button)) {
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			walkButtons(c, fn)
		}
	case *widget.Button:
		fn(w)
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			walkButtons(c, fn)
		}
	}
}

func TestDoubleClickOpensProgramme(t *testing.T) {
	m, store := newTestWindow(t)
	p := programme.Demo(checklist.Default())
	if err := store.Save(p); err != nil {
		t.Fatal(err)
	}
	m.home.refresh()
	row := m.home.createRow()
	m.home.updateRow(0, row)
	test.Tap(row.(fyne.Tappable))
	if m.editor != nil || m.home.selected != 0 {
		t.Fatalf("one click: editor %v, selected %d; want the row selected only", m.editor != nil, m.home.selected)
	}
	test.DoubleTap(row.(fyne.DoubleTappable))
	if m.editor == nil || m.editor.session.Programme().ID != p.ID {
		t.Error("a double click did not open the programme")
	}
}

// TestOpenBilingualExample: the example menu offers the bilingual example,
// which opens with Swedish as a further language and the Käännökset entry.
func TestOpenBilingualExample(t *testing.T) {
	m, _ := newTestWindow(t)
	menu := m.home.exampleMenu()
	if len(menu.Items) != 2 {
		t.Fatalf("example menu %v", menu.Items)
	}
	menu.Items[1].Action()
	if m.editor == nil {
		t.Fatal("the bilingual example did not open")
	}
	p := m.editor.session.Programme()
	if got := p.DocumentLanguages(); len(got) != 2 || got[1] != "sv" || p.TranslationStatus("sv").Current() == 0 {
		t.Errorf("languages %v, %d translated", got, p.TranslationStatus("sv").Current())
	}
	if !m.editor.sidebar.trans.Visible() {
		t.Error("no Käännökset entry in the sidebar")
	}
}
