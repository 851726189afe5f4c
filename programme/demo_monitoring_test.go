package programme_test

import (
	"reflect"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// TestDemoStepContent checks that the example fills every structure of steps
// 3, 4 and 6 consistently, leaves a few gaps that show as findings, and
// survives the store unchanged.
func TestDemoStepContent(t *testing.T) {
	tpl := checklist.Default()
	p := programme.Demo(tpl)
	s := p.Situation
	if len(s.Answers) < 6 || len(s.Questions) == 0 || len(s.Figures) < 5 || len(s.Figures) > 8 ||
		len(s.OtherSources) == 0 || len(s.Strengths) == 0 || len(s.Challenges) == 0 || len(s.MissingServices) == 0 {
		t.Errorf("situation not filled: %d answers, %d questions, %d figures", len(s.Answers), len(s.Questions), len(s.Figures))
	}
	for _, f := range s.Figures {
		if err := f.Validate(); err != nil {
			t.Errorf("figure %q: %v", f.Label, err)
		}
	}
	if len(p.Goals) < 3 || len(p.Goals) > 4 {
		t.Errorf("%d goals", len(p.Goals))
	}
	measures := 0
	for _, g := range p.Goals {
		measures += len(g.Measures)
		for _, m := range g.Measures {
			if err := m.Validate(); err != nil || !programme.StatusKnown(m.Status) {
				t.Errorf("measure %q: %v, status %q", m.Title, err, m.Status)
			}
		}
	}
	if measures < 6 {
		t.Errorf("%d measures", measures)
	}
	inds := p.Monitoring.Indicators
	if len(inds) < 4 || len(inds) > 5 || p.Monitoring.Plan.IsEmpty() {
		t.Errorf("%d indicators, plan %+v", len(inds), p.Monitoring.Plan)
	}
	withMeasurements := 0
	for _, ind := range inds {
		if err := ind.Validate(); err != nil {
			t.Errorf("indicator %q: %v", ind.Name, err)
		}
		for _, g := range ind.GoalIDs {
			if p.Goal(g) == nil {
				t.Errorf("indicator %q links a missing goal", ind.Name)
			}
		}
		if len(ind.Measurements) > 0 {
			withMeasurements++
		}
	}
	if withMeasurements < 3 {
		t.Errorf("only %d indicators have measurements", withMeasurements)
	}
	for _, step := range []string{"situation", "goals", "monitoring"} {
		fs := p.MissingIn(tpl, step)
		if len(fs) == 0 || len(fs) > 8 {
			t.Errorf("step %s: %d findings; the demo should show a few gaps", step, len(fs))
		}
		for _, f := range fs {
			if strings.HasSuffix(f.Code, ".none") || f.Code == "monitoring.noPlan" || f.Code == "situation.noFigures" {
				t.Errorf("step %s: demo lacks a whole structure (%s)", step, f.Code)
			}
		}
	}

	st, _ := openStore(t)
	if err := st.Save(p); err != nil {
		t.Fatal(err)
	}
	got, err := st.Load(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Situation, p.Situation) || !reflect.DeepEqual(got.Goals, p.Goals) || !reflect.DeepEqual(got.Monitoring, p.Monitoring) {
		t.Error("steps 3, 4 and 6 differ after the store round trip")
	}
}

// TestContentRoundTrip stores every field of steps 3, 4 and 6, including
// text values, partial dates and empty-but-present values.
func TestContentRoundTrip(t *testing.T) {
	p := programme.New(checklist.Default(), []string{"Ähtäri"}, "Ohjelma", 2026, 2029)
	p.Situation.SetAnswer("situation.q.count", "**1 200** – ”arvio”\n\n- a\n- b")
	p.Situation.AddQuestion(programme.Question{Question: "Oma?", Answer: "Vastaus"})
	p.Situation.AddFigure(programme.Figure{Label: "Osuus", Value: programme.TextValue("7,6"), Unit: "%", Year: 2024, Area: "Ähtäri", Source: "TK"})
	p.Situation.AddFigure(programme.Figure{Label: "Kielet", Value: programme.TextValue("arabia, venäjä")})
	p.Situation.OtherSources = []string{"Kysely"}
	p.Situation.Strengths, p.Situation.Challenges, p.Situation.MissingServices = []string{"s"}, []string{"c"}, []string{"m"}
	g := p.AddGoal(programme.Goal{Title: "G", Description: "D", CustomTheme: "Asuminen", Strategies: []string{"welfare-plan"}, Rationale: "R"})
	g.AddMeasure(programme.Measure{Title: "M", Responsible: "R", Partners: "P", Start: "2026-03", End: "2026-12-31", Resources: "€", Status: programme.MeasureDropped})
	p.Monitoring.AddIndicator(programme.Indicator{
		CatalogueID: "monitoring.ind.neet", Name: "N", Description: "D", GoalIDs: []string{g.ID},
		Unit: "%", Baseline: programme.Point{Value: num(0), Year: 2024}, Target: programme.Point{Value: num(-1.5), Year: 2029},
		Source: "S", Frequency: "F", Reporter: "R", Measurements: []programme.Measurement{{Year: 2024, Value: num(0), Note: "n"}},
	})
	p.Monitoring.Plan = programme.Plan{Who: "W", ReportsTo: "T", Frequency: "F", UpdateWhen: "U"}

	st, _ := openStore(t)
	if err := st.Save(p); err != nil {
		t.Fatal(err)
	}
	got, err := st.Load(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, p) {
		t.Errorf("differs after round trip:\n got %+v %+v %+v\nwant %+v %+v %+v", got.Situation, got.Goals, got.Monitoring, p.Situation, p.Goals, p.Monitoring)
	}
	if *got.Monitoring.Indicators[0].Baseline.Value.Number != 0 {
		t.Error("a zero baseline was lost")
	}
}
