package programme_test

import (
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// TestRegistryCoversTemplates checks that every template's steps are the
// registry's, in the same order, each with content, findings and rows.
func TestRegistryCoversTemplates(t *testing.T) {
	for _, id := range checklist.IDs() {
		t.Run(id, func(t *testing.T) {
			tpl, err := checklist.Get(id)
			if err != nil {
				t.Fatal(err)
			}
			defs := programme.StepDefs()
			if len(defs) != len(tpl.Steps) {
				t.Fatalf("registry has %d steps, template %d", len(defs), len(tpl.Steps))
			}
			for i, s := range tpl.Steps {
				d := defs[i]
				if d.ID != s.ID {
					t.Errorf("step %d: registry %q, template %q", i+1, d.ID, s.ID)
				}
				if d.HasContent == nil || d.Missing == nil || d.Refs == nil || len(d.Rows) == 0 {
					t.Errorf("step %s: incomplete registry row", d.ID)
				}
			}
		})
	}
}

// TestRowRefsNamed checks every row the registry lists for the demo: it
// names its step, has a name and a label key, and a deleted row reads as
// gone.
func TestRowRefsNamed(t *testing.T) {
	tpl := checklist.Default()
	p := programme.Demo(tpl)
	for _, d := range programme.StepDefs() {
		t.Run(d.ID, func(t *testing.T) {
			refs := p.RowRefs(d.ID)
			if len(refs) == 0 {
				t.Fatal("the demo lists no rows")
			}
			for _, ref := range refs {
				if got := p.StepOf(tpl, ref); got != d.ID {
					t.Errorf("StepOf(%s) = %q", ref, got)
				}
				name, key, ok := p.RowName(tpl, checklist.DefaultLanguage, ref)
				if !ok || strings.TrimSpace(name) == "" || !strings.HasPrefix(key, "comments.about") {
					t.Errorf("RowName(%s) = %q, %q, %v", ref, name, key, ok)
				}
			}
			kind, _, _ := strings.Cut(refs[0], ":")
			if _, _, ok := p.RowName(tpl, checklist.DefaultLanguage, kind+":gone"); ok {
				t.Errorf("a missing %s is named", kind)
			}
		})
	}
}

// TestRowKindsOrder checks the order of a step's rows: a goal, then its
// measures, then the next goal.
func TestRowKindsOrder(t *testing.T) {
	p := programme.New(checklist.Default(), []string{"Kuopio"}, "", 2026, 2029)
	g1 := p.AddGoal(programme.Goal{ID: "g1"})
	g1.AddMeasure(programme.Measure{ID: "m1"})
	p.AddGoal(programme.Goal{ID: "g2"})
	got := strings.Join(p.RowRefs(programme.StepGoals), " ")
	if want := "goal:g1 measure:m1 goal:g2"; got != want {
		t.Errorf("RowRefs = %q, want %q", got, want)
	}
	if p.RowRefs("nosuchstep") != nil {
		t.Error("an unknown step has rows")
	}
}

// TestCompareNamesRowsByRegistry checks that the compare walk names each
// list's rows by the registry's kinds and puts them in their step: a
// change in every kind of row, in the checklist and in an answer.
func TestCompareNamesRowsByRegistry(t *testing.T) {
	tpl := checklist.Default()
	a := programme.New(tpl, []string{"Kuopio"}, "", 2026, 2029)
	b := programme.New(tpl, []string{"Kuopio"}, "", 2026, 2029)
	b.Responsibility.AddExpert(programme.Contact{ID: "e1", Name: "Asiantuntija"})
	b.Communication.AddRow(programme.CommRow{ID: "r1", Message: "Tiedote"})
	b.Cooperation.AddHearing(programme.Hearing{ID: "h1", Title: "Asukasilta"})
	b.Situation.SetAnswer("situation.q.count", "900")
	b.EditItem("goals.themes").Done = true
	b.EditStep(programme.StepMonitoring).Note = "Muistio"
	want := map[string]string{
		"contact:e1":             programme.StepResponsibility,
		"comm:r1":                programme.StepCommunication,
		"hearing:h1":             programme.StepCooperation,
		"item:situation.q.count": programme.StepSituation,
		"item:goals.themes":      programme.StepGoals,
		"step:monitoring":        programme.StepMonitoring,
	}
	got := map[string]string{}
	for _, c := range programme.Compare(a, b) {
		got[c.Ref] = c.Step
	}
	for ref, step := range want {
		if s, ok := got[ref]; !ok || s != step {
			t.Errorf("%s: step %q (present %v), want %q; changes %v", ref, s, ok, step, got)
		}
	}
}
