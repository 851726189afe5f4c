package programme_test

import (
	"reflect"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// completeGoals fills step 4 as a finished step: themed goals that say why
// and what change, linked to the municipal strategy and to VALKO, each
// with a measure that has all its fields, and a situation picture with
// strengths and challenges.
func completeGoals(p *programme.Programme) {
	for i, theme := range []string{"employment", "education"} {
		g := p.AddGoal(programme.Goal{
			Title: "Tavoite", Theme: theme, Description: "Työllisyys paranee.", Rationale: "Työttömyys on korkea.",
			Strategies: []string{"municipal-strategy"},
		})
		if i == 0 {
			g.Strategies = append(g.Strategies, "valko-work")
		}
		g.AddMeasure(programme.Measure{Title: "Kielikurssi", Responsible: "Sivistystoimi", Partners: "Kansalaisopisto"})
	}
	p.Situation.Strengths = []string{"Aktiiviset järjestöt"}
	p.Situation.Challenges = []string{"Asuntopula"}
}

func TestProgressFromContent(t *testing.T) {
	old := checklist.Default()
	planning, err := checklist.Get(checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		tpl       *checklist.Template
		step      string
		fill      func(p *programme.Programme)
		want      programme.Progress
		suggested []string
	}{
		{"empty goals", old, programme.StepGoals, func(*programme.Programme) {}, programme.Progress{Total: 7}, nil},
		{
			"complete goals", old, programme.StepGoals, completeGoals,
			programme.Progress{Suggested: 6, Total: 7},
			[]string{"goals.themes", "goals.q.opportunities", "goals.q.themes", "goals.q.change", "goals.strategy", "goals.means"},
		},
		{
			"complete goals, 2025: national goals shown too", planning, programme.StepGoals, completeGoals,
			programme.Progress{Suggested: 7, Total: 9},
			[]string{"goals.themes", "goals.q.opportunities", "goals.q.themes", "goals.q.change", "goals.national", "goals.strategy", "goals.means"},
		},
		{
			"a tick is not suggested again", old, programme.StepGoals, func(p *programme.Programme) {
				completeGoals(p)
				p.EditItem("goals.themes").Done = true
				p.EditItem("goals.together").Done = true
			},
			programme.Progress{Done: 2, Suggested: 5, Total: 7},
			[]string{"goals.q.opportunities", "goals.q.themes", "goals.q.change", "goals.strategy", "goals.means"},
		},
		{
			"a goal without measures", old, programme.StepGoals, func(p *programme.Programme) {
				completeGoals(p)
				p.AddGoal(programme.Goal{Title: "Uusi", Theme: "wellbeing", Description: "x", Rationale: "y"})
			},
			programme.Progress{Suggested: 5, Total: 7},
			[]string{"goals.themes", "goals.q.opportunities", "goals.q.themes", "goals.q.change", "goals.strategy"},
		},
		{
			"monitoring: catalogue entries do not count", old, programme.StepMonitoring, func(p *programme.Programme) {
				p.EditItem("monitoring.ind.employment").Done = true
			}, programme.Progress{Total: 5}, nil,
		},
		{
			"monitoring: a plan and sourced indicators", old, programme.StepMonitoring, func(p *programme.Programme) {
				g := p.AddGoal(programme.Goal{Title: "Työllisyys"})
				p.Monitoring.AddIndicator(programme.Indicator{
					Name: "Työllisyysaste", GoalIDs: []string{g.ID}, Source: "Tilastokeskus",
					Baseline: programme.Point{Value: programme.TextValue("50"), Year: 2025},
					Target:   programme.Point{Value: programme.TextValue("60"), Year: 2029},
				})
				p.Monitoring.Plan = programme.Plan{Who: "Ryhmä", ReportsTo: "Valtuusto", UpdateWhen: "Kesken kauden"}
			},
			programme.Progress{Suggested: 5, Total: 5},
			[]string{"monitoring.concrete", "monitoring.indicators", "monitoring.known-source", "monitoring.reporting", "monitoring.update"},
		},
		{
			"monitoring: an indicator without a source", old, programme.StepMonitoring, func(p *programme.Programme) {
				p.Monitoring.AddIndicator(programme.Indicator{Name: "Työllisyysaste"})
			}, programme.Progress{Total: 5}, nil,
		},
		{
			"cooperation: members by sector", old, programme.StepCooperation, func(p *programme.Programme) {
				for _, s := range []string{"municipal-education", "kela", "ngo", "immigrant-association"} {
					p.Cooperation.AddMember(programme.Member{Name: s, Sector: s})
				}
			},
			programme.Progress{Suggested: 4, Total: 5},
			[]string{"cooperation.municipal", "cooperation.authorities", "cooperation.local", "cooperation.residents"},
		},
		{
			"situation: answered questions", old, programme.StepSituation, func(p *programme.Programme) {
				p.Situation.SetAnswer("situation.q.count", "Noin 900.")
				p.Situation.SetAnswer("situation.q.needs", " ")
			}, programme.Progress{Suggested: 1, Total: 15}, []string{"situation.q.count"},
		},
		{
			"communication: audiences reached", old, programme.StepCommunication, func(p *programme.Programme) {
				p.Communication.AddRow(programme.CommRow{Audience: programme.AudienceTargetGroup})
			}, programme.Progress{Suggested: 1, Total: 7}, []string{"communication.target-group"},
		},
		{"document: a fresh document shows nothing done", old, programme.StepDocument, func(*programme.Programme) {}, programme.Progress{Total: 12}, nil},
		{
			"document: a written section and a filled summary", old, programme.StepDocument, func(p *programme.Programme) {
				completeGoals(p)
				for i := range p.Document.Sections {
					if p.Document.Sections[i].ElementID == "document.el.strategy" {
						p.Document.Sections[i].Draft = "Ohjelma toteuttaa kuntastrategiaa."
					}
				}
			}, programme.Progress{Suggested: 2, Total: 12}, []string{"document.el.summary", "document.el.strategy"},
		},
		{
			"responsibility: authority and ELY named", old, programme.StepResponsibility, func(p *programme.Programme) {
				p.Responsibility.Organisation = "Kunta"
				p.Responsibility.Lead.Name = "Maija"
				p.Responsibility.ELY.Name = "Pekka"
			}, programme.Progress{Suggested: 2, Total: 5}, []string{"responsibility.authority", "responsibility.ely"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := programme.New(tt.tpl, []string{"Kuopio"}, "", 2026, 2029)
			tt.fill(p)
			s, ok := tt.tpl.Step(tt.step)
			if !ok {
				t.Fatalf("no step %s", tt.step)
			}
			if got := p.Progress(s); got != tt.want {
				t.Errorf("Progress = %+v, want %+v", got, tt.want)
			}
			if got := p.SuggestedTicks(tt.tpl, s); !reflect.DeepEqual(got, tt.suggested) {
				t.Errorf("SuggestedTicks = %v, want %v", got, tt.suggested)
			}
			for _, id := range tt.suggested {
				if p.Item(id).Done {
					t.Errorf("%s was ticked for the user", id)
				}
			}
		})
	}
}

// TestStatusFromContent checks that content alone makes a step in
// progress, and that done takes the user's ticks: every item met with
// suggestions not yet accepted is still in progress.
func TestStatusFromContent(t *testing.T) {
	tpl := checklist.Default()
	s, _ := tpl.Step(programme.StepGoals)
	p := programme.New(tpl, []string{"Kuopio"}, "", 2026, 2029)
	completeGoals(p)
	p.EditItem("goals.together").Done = true
	if pr := p.Progress(s); pr.Met() != pr.Total {
		t.Fatalf("not all met: %+v", pr)
	}
	if got := p.SuggestedStatus(s); got != programme.StatusInProgress {
		t.Errorf("all met, six suggested: status %q", got)
	}
	for _, id := range p.SuggestedTicks(tpl, s) {
		p.EditItem(id).Done = true
	}
	if got := p.SuggestedStatus(s); got != programme.StatusDone {
		t.Errorf("all ticked: status %q", got)
	}
}
