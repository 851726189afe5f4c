package programme_test

import (
	"testing"
	"time"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func TestOverview(t *testing.T) {
	tpl := checklist.Default()
	p := rich()
	p.Updated = t0
	p.EditItem("responsibility.commitment").Done = true
	p.EditStep("cooperation").Status = programme.StatusDone
	p.Responsibility.Milestones = []programme.Milestone{
		{ID: "a", Date: "2026-01-20", Body: "Kunnanhallitus"},              // passed, not done: overdue
		{ID: "b", Date: "2026-02", Body: "Lautakunta", Done: true},         // done
		{ID: "c", Date: "2026-06-15", Body: "Valtuusto"},                   // later
		{ID: "d", Date: "2026-04", Body: "Sivistyslautakunta"},             // next
		{ID: "e", Body: "Yhteistyöryhmä", Decision: "Hyväksyy luonnoksen"}, // undated
	}
	_, _ = p.AddComment("step:goals", "A", "x", t0)
	_, _ = p.AddComment("section:s1", "A", "y", t0)
	_, _ = p.AddComment("programme", "A", "z", t0)
	today := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)

	o := p.Overview(tpl, today)
	if o.ID != "p1" || o.Title != p.Title || !o.Updated.Equal(t0) || o.StartYear != 2026 {
		t.Errorf("header %+v", o)
	}
	if len(o.Steps) != len(tpl.Steps) {
		t.Fatalf("%d steps, want %d", len(o.Steps), len(tpl.Steps))
	}
	byID := map[string]programme.StepOverview{}
	total, findings := 0, 0
	for i, s := range o.Steps {
		if s.ID != tpl.Steps[i].ID || s.Number != tpl.Steps[i].Number {
			t.Errorf("step %d is %s/%d", i, s.ID, s.Number)
		}
		byID[s.ID] = s
		total += s.Total
		findings += len(s.Findings)
		if want := len(p.CheckStep(tpl, s.ID)); len(s.Findings) != want {
			t.Errorf("%s: %d findings, want %d", s.ID, len(s.Findings), want)
		}
	}
	resp, _ := tpl.Step("responsibility")
	if r := byID["responsibility"]; r.Done != 2 || r.Total != len(resp.Items) || r.Status != programme.StatusInProgress || r.StatusSet {
		t.Errorf("responsibility %+v", r)
	}
	if c := byID["cooperation"]; c.Status != programme.StatusDone || !c.StatusSet {
		t.Errorf("cooperation %+v", c)
	}
	if o.Total != total || o.Done != 2 || o.Findings != findings {
		t.Errorf("totals %d/%d findings %d", o.Done, o.Total, o.Findings)
	}
	// k1 (goal:g1) from the fixture and step:goals are in goals.
	if byID["goals"].OpenComments != 2 || byID["document"].OpenComments != 1 || o.OpenComments != 4 || o.GeneralComments != 1 {
		t.Errorf("comments goals %d document %d all %d general %d", byID["goals"].OpenComments, byID["document"].OpenComments, o.OpenComments, o.GeneralComments)
	}
	if o.NextMilestone == nil || o.NextMilestone.ID != "d" {
		t.Errorf("next milestone %+v", o.NextMilestone)
	}
	if len(o.Overdue) != 1 || o.Overdue[0].ID != "a" {
		t.Errorf("overdue %+v", o.Overdue)
	}
	if o.ReviewPending != 0 {
		t.Errorf("review pending %d in an ordinary programme", o.ReviewPending)
	}

	n := programme.Renew(p, tpl, "Uusi", 2030, 2033, t0)
	on := n.Overview(tpl, today)
	if on.ReviewPending != len(n.ReviewPending(tpl, "")) || on.ReviewPending == 0 {
		t.Errorf("review pending %d", on.ReviewPending)
	}
	if on.NextMilestone != nil {
		t.Errorf("renewed programme has an undated decision path, yet next is %+v", on.NextMilestone)
	}
}
