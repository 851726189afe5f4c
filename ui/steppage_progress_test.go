package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// stepByID returns the step page of step id in m's open programme, with
// its checklist shown.
func stepByID(t *testing.T, m *MainWindow, id string) *stepPage {
	t.Helper()
	for _, s := range m.editor.tpl.Steps {
		if s.ID == id {
			sp := newStepPage(m.editor, s)
			sp.showChecklist()
			return sp
		}
	}
	t.Fatalf("no step %s", id)
	return nil
}

// TestSuggestedTicks checks that a tick the content proves is offered, not
// set, and that one click accepts it: on the demo's step 4 the situation
// picture's strengths and challenges answer the question of opportunities.
func TestSuggestedTicks(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	sp := stepByID(t, m, programme.StepGoals)
	var row *itemRow
	for _, r := range sp.items {
		if r.item.ID == "goals.q.opportunities" {
			row = r
		}
	}
	if row == nil {
		t.Fatal("no row for goals.q.opportunities")
	}
	if row.check.Checked || !row.suggested.Visible() {
		t.Fatalf("checked %v, suggestion shown %v", row.check.Checked, row.suggested.Visible())
	}
	if !sp.suggestions.Visible() || sp.suggestions.Text != "1 ehdotus" {
		t.Errorf("header offers %q (shown %v)", sp.suggestions.Text, sp.suggestions.Visible())
	}
	p := m.editor.session.Programme()
	pr := p.Progress(sp.step)
	if pr.Suggested != 1 || pr.Met() < 2 {
		t.Errorf("progress %+v", pr)
	}
	if p.Item(row.item.ID).Done {
		t.Fatal("the suggestion was set for the user")
	}
	test.Tap(row.accept)
	if !row.check.Checked || row.suggested.Visible() || !stored(t, m).Item(row.item.ID).Done {
		t.Errorf("accepting did not tick: checked %v, suggestion %v", row.check.Checked, row.suggested.Visible())
	}
	if sp.suggestions.Visible() || sp.acceptAll.Visible() {
		t.Error("suggestions still offered after accepting the last one")
	}
}

// TestAcceptAllSuggested checks the checklist's one button that ticks every
// suggestion.
func TestAcceptAllSuggested(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	sp := stepByID(t, m, programme.StepSituation)
	want := m.editor.session.Programme().SuggestedTicks(m.editor.tpl, sp.step)
	if len(want) < 2 || !sp.acceptAll.Visible() {
		t.Fatalf("demo's step 3 suggests %v", want)
	}
	test.Tap(sp.acceptAll)
	p := stored(t, m)
	for _, id := range want {
		if !p.Item(id).Done {
			t.Errorf("%s not ticked", id)
		}
	}
	for _, r := range sp.items {
		if r.check.Checked != p.Item(r.item.ID).Done {
			t.Errorf("%s: box %v, stored %v", r.item.ID, r.check.Checked, p.Item(r.item.ID).Done)
		}
	}
}

// TestMonitoringCatalogueNotTicked checks that step 6's example indicators
// are picked into the indicators rather than ticked, and do not count.
func TestMonitoringCatalogueNotTicked(t *testing.T) {
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	sp := stepByID(t, m, programme.StepMonitoring)
	for _, r := range sp.items {
		if k := r.item.Kind; k == checklist.KindIndicator || k == checklist.KindIndicatorSource {
			t.Errorf("%s is a tick", r.item.ID)
		}
	}
	indicators := sp.step.ItemsOf(checklist.KindIndicator)
	if len(sp.catalogue) != len(indicators) || len(sp.items) != 5 {
		t.Fatalf("%d catalogue rows for %d indicators, %d ticks", len(sp.catalogue), len(indicators), len(sp.items))
	}
	if pr := m.editor.session.Programme().Progress(sp.step); pr.Total != 5 {
		t.Errorf("progress counts %d items", pr.Total)
	}
	c := sp.catalogue[2]
	test.Tap(c.pick)
	p := stored(t, m)
	if len(p.Monitoring.Indicators) != 1 || p.Monitoring.Indicators[0].CatalogueID != c.item.ID {
		t.Fatalf("indicators after pick: %+v", p.Monitoring.Indicators)
	}
	if c.inUse.Text != "Käytössä (1)" || sp.views.selected() != len(sp.views.views)-1 {
		t.Errorf("after pick: %q, view %d", c.inUse.Text, sp.views.selected())
	}
}
