package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// TestInsertForAnotherPlan exports the demo as part of the welfare plan and
// reads the Markdown back: no title level or contents, every heading of the
// separate export one level lower, the core table first with every measure,
// and no appendix.
func TestInsertForAnotherPlan(t *testing.T) {
	tpl, err := checklist.Get(checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	p := programme.Demo(checklist.Default())
	p, err = programme.Convert(p, tpl)
	if err != nil {
		t.Fatal(err)
	}
	separate := parseOutline(t, exportMarkdown(t, p, tpl))
	p.Form = programme.PlanForm{Kind: programme.PlanPart, Host: "welfare-plan"}
	md := exportMarkdown(t, p, tpl)
	ins := parseOutline(t, md)
	tx, _ := loadTexts("fi")

	d, err := assemble(p, tpl, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if !d.insert || d.HeadingShift() != 1 {
		t.Fatalf("document not flagged as an insert: insert=%v shift=%d", d.insert, d.HeadingShift())
	}
	if ins.headings[0] != (heading2{2, p.Title}) {
		t.Errorf("insert starts with %+v, want the title at level 2", ins.headings[0])
	}
	if ins.headings[1] != (heading2{3, tx.get("insert.core")}) {
		t.Errorf("second heading %+v, want the core table's at level 3", ins.headings[1])
	}
	for _, h := range ins.headings {
		if h.level == 1 || h.text == tx.get("toc") || h.text == tx.get("appendix.process") {
			t.Errorf("insert has %+v", h)
		}
	}
	// The separate export's headings between the contents and the
	// appendix, each one level down, follow the core table in order.
	var want []heading2
	inBody := false
	for _, h := range separate.headings {
		switch {
		case h.text == tx.get("toc"):
			inBody = true
			continue
		case h.level == 2 && (h.text == tx.get("appendix.process") || h.text == tx.get("timeline.title")):
			// The insert has neither the appendix nor the timeline annex.
			inBody = false
		}
		if inBody {
			// The separate programme numbers its headings ("3.1 …"); the
			// insert is numbered by the plan it goes into.
			want = append(want, heading2{h.level + 1, stripNumber(h.text)})
		}
	}
	got := ins.headings[2:]
	if len(got) != len(want) {
		t.Fatalf("%d headings after the core table, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("heading %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	core := ins.tables[0]
	if strings.Join(core.header, "|") != "Tavoite|Toimenpide|Vastuutaho|Aikataulu|Mittarit" {
		t.Errorf("core table header %v", core.header)
	}
	rows := 0
	for _, g := range p.Goals {
		rows += max(len(g.Measures), 1)
		for _, m := range g.Measures {
			found := false
			for _, r := range core.rows {
				found = found || (r[1] == m.Title && strings.HasPrefix(r[2], m.Responsible))
			}
			if !found {
				t.Errorf("measure %q with its responsible party not in the core table", m.Title)
			}
		}
		if inds := p.IndicatorsOf(g.ID); len(inds) > 0 {
			found := false
			for _, r := range core.rows {
				found = found || strings.Contains(r[4], inds[0].Name)
			}
			if !found {
				t.Errorf("goal %q: indicator %q not in the core table", g.Title, inds[0].Name)
			}
		}
	}
	if len(core.rows) != rows {
		t.Errorf("core table has %d rows, want one per measure: %d", len(core.rows), rows)
	}
	if testing.Verbose() {
		t.Log(string(md[:min(len(md), 3000)]))
	}
	if !strings.Contains(string(md), "Hyvinvointisuunnitelma") || !strings.Contains(string(md), "681/2023") {
		t.Error("the insert does not say which plan it belongs to and which Act it follows")
	}
}

// stripNumber drops a heading number such as "3" or "3.1.2" and the space
// after it.
func stripNumber(s string) string {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
		i++
	}
	if i > 0 && i < len(s) && s[i] == ' ' {
		return s[i+1:]
	}
	return s
}

// TestInsertHeadingsDiffer: in the 2025 demo as an insert, the core
// table's heading is not the goals element's heading again (both once
// read "Tavoitteet, toimenpiteet, vastuutahot ja mittarit").
func TestInsertHeadingsDiffer(t *testing.T) {
	tpl, err := checklist.Get(checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	p, err := programme.DemoFor(tpl)
	if err != nil {
		t.Fatal(err)
	}
	p.Form = programme.PlanForm{Kind: programme.PlanPart, Host: "welfare-plan"}
	seen := map[heading2]bool{}
	for _, h := range parseOutline(t, exportMarkdown(t, p, tpl)).headings {
		if seen[h] && h.level <= 3 {
			t.Errorf("heading %+v twice", h)
		}
		seen[h] = true
	}
	if len(seen) < 10 {
		t.Errorf("only %d headings", len(seen))
	}
}

// TestPlanTemplateNamesThePlanPeriod: a document on the 2025 template (the
// insert for another plan and the separate plan, as PDF read back with
// pdftotext) names its period "Suunnitelmakausi" in Finnish and "Plan
// period" in English, as the template does, never "Ohjelmakausi"; the old
// template keeps "Ohjelmakausi".
func TestPlanTemplateNamesThePlanPeriod(t *testing.T) {
	tpl, err := checklist.Get(checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	p, err := programme.DemoFor(tpl)
	if err != nil {
		t.Fatal(err)
	}
	text := func(p *programme.Programme, tpl *checklist.Template, lang string) string {
		t.Helper()
		opt := testOptions()
		opt.Language = lang
		var buf bytes.Buffer
		if _, err := PDF(&buf, p, tpl, opt); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "out.pdf")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return runTool(t, "pdftotext", "-enc", "UTF-8", path, "-")
	}
	for _, form := range []programme.PlanForm{{}, {Kind: programme.PlanPart, Host: "welfare-plan"}} {
		p.Form = form
		fi := text(p, tpl, "fi")
		if !strings.Contains(fi, "Suunnitelmakausi") || strings.Contains(fi, "Ohjelmakausi") || strings.Contains(fi, "ohjelmakauden") {
			t.Errorf("form %q: the Finnish 2025 document does not name the plan period", form.Kind)
		}
		if en := text(p, tpl, "en"); !strings.Contains(en, "Plan period") || strings.Contains(en, "Programme period") {
			t.Errorf("form %q: the English 2025 document does not name the plan period", form.Kind)
		}
	}
	old, oldTpl := demo(t)
	if fi := text(old, oldTpl, "fi"); !strings.Contains(fi, "Ohjelmakausi") || strings.Contains(fi, "Suunnitelmakausi") {
		t.Error("the old template's programme lost its programme period")
	}
}
