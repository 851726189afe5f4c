package steps

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"fi.kotoutus/kotoutus/programme"
)

// TestEveryStepHasEditor checks that each step of the registry has a
// content editor and nothing else does.
func TestEveryStepHasEditor(t *testing.T) {
	for _, d := range programme.StepDefs() {
		if _, ok := Editor(d.ID); !ok {
			t.Errorf("step %s has no editor", d.ID)
		}
	}
	if len(editors) != len(programme.StepDefs()) {
		t.Errorf("%d editors for %d steps", len(editors), len(programme.StepDefs()))
	}
	if _, ok := Editor("nosuchstep"); ok {
		t.Error("an unknown step has an editor")
	}
}

// TestFindingsPanelShowsWholeChecker checks that a step's findings panel
// shows the checker's other rules as well as what is missing: a measure
// scheduled after the programme's period is the plan family's finding.
func TestFindingsPanelShowsWholeChecker(t *testing.T) {
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	v := newGoalsView(stepCtx(t, m, programme.StepGoals))
	test.NewWindow(v.content()).Resize(fyne.NewSize(1200, 800))
	m.editor.edit(func(p *programme.Programme) {
		g := p.AddGoal(programme.Goal{Title: "Työllisyys", Theme: "employment", Strategies: []string{"municipal-strategy"}})
		end, err := programme.ParseDate(fmt.Sprint(p.EndYear + 2))
		if err != nil {
			t.Fatal(err)
		}
		g.AddMeasure(programme.Measure{Title: "Kurssi", Responsible: "Sivistystoimi", End: end})
	})
	v.findings.refresh()
	got := v.findings.Findings()
	want := m.editor.session.Programme().CheckStep(m.editor.tpl, programme.StepGoals)
	if len(got) != len(want) || len(want) == 0 {
		t.Fatalf("panel shows %d findings, checker %d", len(got), len(want))
	}
	found := false
	for _, f := range got {
		if f.Code == "plan.measureOutsidePeriod" {
			found = true
		}
	}
	if !found {
		t.Errorf("no plan finding among %+v", got)
	}
}
