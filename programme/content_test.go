package programme_test

import (
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func TestContentMakesAStepInProgress(t *testing.T) {
	tpl := checklist.Default()
	cases := []struct {
		step string
		fill func(p *programme.Programme)
	}{
		{"responsibility", func(p *programme.Programme) { p.Responsibility.Organisation = "Sivistyslautakunta" }},
		{"cooperation", func(p *programme.Programme) {
			p.Cooperation.Members = append(p.Cooperation.Members, programme.Member{ID: "m1", Name: "Aino"})
		}},
		{"situation", func(p *programme.Programme) { p.Situation.Answers["situation.q.count"] = "Noin 900." }},
		{"goals", func(p *programme.Programme) { p.Goals = append(p.Goals, programme.Goal{ID: "g1"}) }},
		{"document", func(p *programme.Programme) { p.Document.Sections[0].Draft = "Johdanto." }},
		{"monitoring", func(p *programme.Programme) { p.Monitoring.Plan.Who = "Kotoutumisen ohjausryhmä" }},
		{"communication", func(p *programme.Programme) {
			p.Communication.Rows = append(p.Communication.Rows, programme.CommRow{ID: "c1"})
		}},
	}
	for _, c := range cases {
		t.Run(c.step, func(t *testing.T) {
			p := programme.New(tpl, []string{"Akaa"}, "Ohjelma", 2026, 2029)
			step, _ := tpl.Step(c.step)
			if got := p.SuggestedStatus(step); got != programme.StatusNotStarted {
				t.Fatalf("empty step suggested %q", got)
			}
			c.fill(p)
			if got := p.SuggestedStatus(step); got != programme.StatusInProgress {
				t.Errorf("step with content suggested %q, want in progress", got)
			}
		})
	}
}
