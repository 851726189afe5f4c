package programme_test

import (
	"reflect"
	"sort"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// codes returns "code ref" strings of findings, sorted, with row IDs replaced
// by the names given in names so that tables can state expectations.
func codes(fs []programme.Finding, names map[string]string) []string {
	out := []string{}
	for _, f := range fs {
		s := f.Code
		if f.Ref != "" {
			ref := f.Ref
			if n, ok := names[ref]; ok {
				ref = n
			}
			s += " " + ref
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func TestMissingGoals(t *testing.T) {
	tpl := checklist.Default()
	full := programme.Goal{
		ID: "g", Title: "Työllisyys", Theme: "employment", Strategies: []string{"municipal-strategy"},
		Measures: []programme.Measure{{ID: "m", Title: "Työkokeilu", Responsible: "Työllisyyspalvelut", Start: "2026-03"}},
	}
	tests := []struct {
		name  string
		goals func() []programme.Goal
		want  []string
	}{
		{"no goals", func() []programme.Goal { return nil }, []string{"goals.none"}},
		{"complete goal", func() []programme.Goal { return []programme.Goal{full} }, []string{}},
		{"custom theme counts", func() []programme.Goal {
			g := full
			g.Theme, g.CustomTheme = "", "Asuminen"
			return []programme.Goal{g}
		}, []string{}},
		{
			"bare goal", func() []programme.Goal { return []programme.Goal{{ID: "g"}} },
			[]string{"goals.noMeasures goal:g", "goals.noStrategy goal:g", "goals.noTheme goal:g", "goals.noTitle goal:g"},
		},
		{"measure without responsible or schedule", func() []programme.Goal {
			g := full
			g.Measures = []programme.Measure{{ID: "m", Title: "x", Status: programme.MeasurePlanned}}
			return []programme.Goal{g}
		}, []string{"goals.noResponsible measure:m", "goals.noSchedule measure:m"}},
		{"done measure needs no schedule", func() []programme.Goal {
			g := full
			g.Measures = []programme.Measure{{ID: "m", Title: "x", Responsible: "r", Status: programme.MeasureDone}}
			return []programme.Goal{g}
		}, []string{}},
		{"stored end before start", func() []programme.Goal {
			g := full
			g.Measures = []programme.Measure{{ID: "m", Responsible: "r", Start: "2027", End: "2026-12"}}
			return []programme.Goal{g}
		}, []string{"goals.endBeforeStart measure:m"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := programme.New(tpl, []string{"Akaa"}, "Ohjelma", 2026, 2029)
			p.Goals = tt.goals()
			if got := codes(p.MissingIn(tpl, "goals"), nil); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findings %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMissingSubjectNamesUntitledRows(t *testing.T) {
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Akaa"}, "Ohjelma", 2026, 2029)
	p.AddGoal(programme.Goal{Title: "Eka", Theme: "employment", Strategies: []string{"equality-plan"}}).AddMeasure(programme.Measure{Responsible: "x", Start: "2026"})
	p.AddGoal(programme.Goal{Theme: "employment", Strategies: []string{"equality-plan"}})
	for _, f := range p.MissingIn(tpl, "goals") {
		if f.Code == "goals.noMeasures" && f.Subject != "#2" {
			t.Errorf("untitled second goal named %q, want #2", f.Subject)
		}
		if f.Step != "goals" {
			t.Errorf("finding of step %q", f.Step)
		}
	}
}
