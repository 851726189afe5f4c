package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

// menuItemWith returns the main menu's item with shortcut sc.
func menuItemWith(t *testing.T, m *MainWindow, sc fyne.Shortcut) *fyne.MenuItem {
	t.Helper()
	for _, menu := range m.win.MainMenu().Items {
		for _, it := range menu.Items {
			if it.Shortcut == sc {
				return it
			}
		}
	}
	t.Fatalf("no menu item with shortcut %s", sc.ShortcutName())
	return nil
}

// checkerFindingRows returns the panel's finding rows in order.
func checkerFindingRows(c *checkerPanel) []checkerRow {
	var out []checkerRow
	for _, r := range c.rows {
		if r.kind == checkerFindingRow {
			out = append(out, r)
		}
	}
	return out
}

// TestCheckerPanelListsTheFindings: the Programme menu's item (Ctrl+T)
// shows every finding of the checker, grouped by step in the template's
// order and by severity within a step, each row drawn with its sentence
// and its source; the filter hides a severity.
func TestCheckerPanelListsTheFindings(t *testing.T) {
	m, _ := newTestWindow(t)
	p := openDemo(t, m)
	m.win.Resize(fyne.NewSize(1100, 760))
	menuItemWith(t, m, checkerShortcut).Action()
	c := m.editor.checker
	if c == nil || m.editor.current != -1 || m.editor.stepPage != nil {
		t.Fatal("the menu item did not show the checker panel")
	}
	want := p.Check(m.editor.tpl)
	rows := checkerFindingRows(c)
	if len(rows) != len(want) || len(want) == 0 {
		t.Fatalf("panel lists %d findings, the checker has %d", len(rows), len(want))
	}
	if got := c.counts.Text; got != i18n.CountsText(programme.CountFindings(want)) {
		t.Errorf("counts line %q", got)
	}

	stepOrder := map[string]int{}
	for i, s := range m.editor.tpl.Steps {
		stepOrder[s.ID] = i
	}
	sevOrder := map[programme.Severity]int{}
	for i, s := range programme.Severities {
		sevOrder[s] = i
	}
	lastStep, lastSev := -2, -1
	for i, r := range c.rows {
		switch r.kind {
		case checkerStepRow:
			if r.step <= lastStep {
				t.Errorf("row %d: step %d after step %d", i, r.step, lastStep)
			}
			lastStep, lastSev = r.step, -1
		case checkerSeverityRow:
			if r.step != lastStep || sevOrder[r.severity] <= lastSev {
				t.Errorf("row %d: severity %s out of order", i, r.severity)
			}
			lastSev = sevOrder[r.severity]
		default:
			if r.step != lastStep || sevOrder[r.finding.Severity] != lastSev || stepOrder[r.finding.Step] != r.step {
				t.Errorf("row %d: finding %s (%s, %s) under the wrong heading", i, r.finding.Code, r.finding.Step, r.finding.Severity)
			}
		}
	}

	// Each finding row shows its sentence, its severity and its source.
	o := c.createRow()
	for i, r := range c.rows {
		if r.kind != checkerFindingRow {
			continue
		}
		c.updateRow(i, o)
		tl, sl := rowTexts(o.(*fyne.Container))
		text, source := tl.Text, sl.Text
		if text != i18n.FindingText(r.finding) || strings.HasPrefix(text, "missing.") || strings.HasPrefix(text, "check.") {
			t.Errorf("row %d text %q", i, text)
		}
		if r.finding.Source == nil || !strings.Contains(source, r.finding.Source.URL) {
			t.Errorf("row %d source %q", i, source)
		}
	}

	c.filters[programme.SeverityHint].SetChecked(false)
	for _, r := range checkerFindingRows(c) {
		if r.severity == programme.SeverityHint {
			t.Fatal("hints still listed with the hint filter off")
		}
	}
	if n := len(checkerFindingRows(c)); n != len(want)-programme.CountFindings(want).Hints {
		t.Errorf("%d rows with hints hidden", n)
	}
}

// TestCheckerJumpOpensTheStepAndRow: a finding's row opens its step's
// content with the finding handed to the editor, which selects the row
// (TestFindingJumpOpensTheRow); a step heading opens the step; a checklist
// item's finding opens the checklist view.
func TestCheckerJumpOpensTheStepAndRow(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	v := m.editor
	v.showChecker()
	c := v.checker
	goals := 3
	at := -1
	for i, r := range c.rows {
		if r.kind == checkerFindingRow && r.finding.Code == "goals.noResponsible" {
			at = i
		}
	}
	if at < 0 {
		t.Fatal("the demo's measure without a responsible party is not listed")
	}
	var handed programme.Finding
	c.jump = func(step int, f programme.Finding) {
		handed = f
		v.openFinding(step, f)
	}
	c.open(at)
	sp := v.stepPage
	if v.current != goals || sp == nil || sp.views.selected() != len(sp.views.views)-1 {
		t.Fatalf("jump showed step %d", v.current)
	}
	if !strings.HasPrefix(handed.Ref, "measure:") || !handed.Equal(c.rows[at].finding) {
		t.Errorf("the editor was handed %+v", handed)
	}

	v.showChecker()
	c = v.checker
	for i, r := range c.rows {
		if r.kind == checkerStepRow && r.step == 6 {
			c.list.Select(i)
			break
		}
	}
	if v.current != 6 {
		t.Errorf("the step heading opened step %d, want 7's index 6", v.current)
	}

	// A finding about the programme as a whole (its title uses the old
	// term) sits under "Koko ohjelma", whose button opens the overview.
	tpl, err := checklist.Get(checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	old := programme.New(tpl, []string{"Akaa"}, "Kotouttamisohjelma 2026–2029", 2026, 2029)
	if err := m.store.Save(old); err != nil {
		t.Fatal(err)
	}
	m.openProgramme(old.ID)
	m.editor.showChecker()
	c = m.editor.checker
	if len(c.rows) < 3 || c.rows[0].kind != checkerStepRow || c.rows[0].step != -1 {
		t.Fatalf("first rows %+v, want the whole programme's", c.rows[:min(3, len(c.rows))])
	}
	o := c.createRow()
	c.updateRow(0, o)
	if b := o.(*fyne.Container).Objects[2].(*fyne.Container).Objects[0].(*widget.Button); b.Text != "Avaa yleiskatsaus" {
		t.Errorf("whole programme's button %q", b.Text)
	}
	c.open(2)
	if m.editor.dash == nil || m.editor.current != -1 {
		t.Error("the whole programme's finding did not open the overview")
	}

	// On the 2025 template, the county finding points at a checklist item.
	p := programme.New(tpl, []string{"Akaa"}, "Suunnitelma", 2026, 2029)
	if err := m.store.Save(p); err != nil {
		t.Fatal(err)
	}
	m.openProgramme(p.ID)
	v = m.editor
	v.showChecker()
	c = v.checker
	for i, r := range c.rows {
		if r.kind == checkerFindingRow && r.finding.Code == "planning.noWellbeingCounty" {
			c.open(i)
		}
	}
	if v.current != 1 || v.stepPage == nil || v.stepPage.views.selected() != 0 {
		t.Errorf("county finding opened step %d", v.current)
	}
}

// TestCheckerOnTheDashboard: the overview's counts line is the checker's
// and a link to its panel.
func TestCheckerOnTheDashboard(t *testing.T) {
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	d := m.editor.dash
	counts := programme.CountFindings(m.editor.session.Programme().Check(m.editor.tpl))
	if d.check == nil || !strings.Contains(d.check.Text, i18n.CountsText(counts)) || counts.Errors == 0 {
		t.Fatalf("dashboard counts line %v, want %s", d.check, i18n.CountsText(counts))
	}
	if d.check.Importance != widget.DangerImportance {
		t.Error("errors do not show in the danger colour")
	}
	test.Tap(d.check)
	if m.editor.checker == nil || m.editor.dash != nil {
		t.Error("the counts line did not open the checker panel")
	}
}
