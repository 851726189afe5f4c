package programme_test

import (
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func TestNoWellbeingCounty(t *testing.T) {
	planning, err := checklist.Get(checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		tpl  *checklist.Template
		edit func(p *programme.Programme)
		want bool
	}{
		{"no county on the 2025 template", planning, func(*programme.Programme) {}, true},
		{"a county member", planning, func(p *programme.Programme) {
			p.Cooperation.Members = append(p.Cooperation.Members, programme.Member{ID: "m1", Name: "Hanna", Sector: "wellbeing-county"})
		}, false},
		{"the item ticked", planning, func(p *programme.Programme) {
			p.EditItem("cooperation.wellbeing-county").Done = true
		}, false},
		{"old template", checklist.Default(), func(*programme.Programme) {}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := programme.New(c.tpl, []string{"Järvilahti"}, "", 2026, 2029)
			c.edit(p)
			got := false
			for _, f := range p.Check(c.tpl) {
				if f.Rule == "planning.noWellbeingCounty" {
					got = true
					if f.Severity != programme.SeverityError || f.Step != programme.StepCooperation || f.Source == nil || f.Source.URL == "" {
						t.Errorf("finding %+v: want an error on step 2 with its source", f)
					}
				}
			}
			if got != c.want {
				t.Errorf("finding present = %v, want %v", got, c.want)
			}
		})
	}
}
