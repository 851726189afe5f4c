package programme_test

import (
	"reflect"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func TestMissingMonitoring(t *testing.T) {
	tpl := checklist.Default()
	plan := programme.Plan{Who: "Ryhmä", ReportsTo: "Valtuusto", Frequency: "Vuosittain", UpdateWhen: "Lain muuttuessa"}
	good := programme.Indicator{
		ID: "i", Name: "Työllisyysaste", GoalIDs: []string{"g"}, Source: "Tilastokeskus",
		Baseline: programme.Point{Value: num(58), Year: 2023}, Target: programme.Point{Value: num(65), Year: 2029},
	}
	tests := []struct {
		name  string
		goals []programme.Goal
		mon   programme.Monitoring
		want  []string
	}{
		{"nothing", nil, programme.Monitoring{}, []string{"monitoring.noPlan", "monitoring.none"}},
		{"complete", []programme.Goal{{ID: "g", Title: "G"}}, programme.Monitoring{Indicators: []programme.Indicator{good}, Plan: plan}, []string{}},
		{
			"goal without indicator",
			[]programme.Goal{{ID: "g", Title: "G"}, {ID: "h", Title: "H"}, {ID: "u"}},
			programme.Monitoring{Indicators: []programme.Indicator{good}, Plan: plan},
			[]string{"monitoring.goalNoIndicator goal:h"},
		},
		{
			"bare indicator",
			[]programme.Goal{{ID: "g", Title: "G"}},
			programme.Monitoring{Indicators: []programme.Indicator{{ID: "j", GoalIDs: []string{"deleted"}}}, Plan: plan},
			[]string{
				"monitoring.goalNoIndicator goal:g", "monitoring.noBaseline indicator:j", "monitoring.noGoal indicator:j",
				"monitoring.noSource indicator:j", "monitoring.noTarget indicator:j",
			},
		},
		{
			"target year before baseline",
			[]programme.Goal{{ID: "g", Title: "G"}},
			programme.Monitoring{Indicators: []programme.Indicator{func() programme.Indicator {
				i := good
				i.Target.Year = 2020
				return i
			}()}, Plan: plan},
			[]string{"monitoring.targetBeforeBaseline indicator:i"},
		},
		{
			"partial plan",
			[]programme.Goal{{ID: "g", Title: "G"}},
			programme.Monitoring{Indicators: []programme.Indicator{good}, Plan: programme.Plan{Who: "Ryhmä"}},
			[]string{"monitoring.planNoFrequency", "monitoring.planNoReportsTo", "monitoring.planNoUpdate"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := programme.New(tpl, []string{"Akaa"}, "Ohjelma", 2026, 2029)
			p.Goals, p.Monitoring = tt.goals, tt.mon
			if got := codes(p.MissingIn(tpl, "monitoring"), nil); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findings %v\nwant %v", got, tt.want)
			}
		})
	}
}
