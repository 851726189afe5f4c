package programme_test

import (
	"errors"
	"reflect"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func num(f float64) programme.Value { return programme.Value{Number: &f} }

func TestParseYear(t *testing.T) {
	tests := []struct {
		in   string
		want int
		err  error
	}{
		{"", 0, nil},
		{" 2026 ", 2026, nil},
		{"1899", 0, programme.ErrBadYear},
		{"26", 0, programme.ErrBadYear},
		{"vuosi", 0, programme.ErrBadYear},
		{"2026,5", 0, programme.ErrBadYear},
	}
	for _, tt := range tests {
		got, err := programme.ParseYear(tt.in)
		if got != tt.want || !errors.Is(err, tt.err) {
			t.Errorf("ParseYear(%q) = %d, %v; want %d, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestIndicatorValidate(t *testing.T) {
	tests := []struct {
		name string
		ind  programme.Indicator
		err  error
	}{
		{"empty", programme.Indicator{}, nil},
		{"good", programme.Indicator{Baseline: programme.Point{Value: num(58.4), Year: 2023}, Target: programme.Point{Value: num(65), Year: 2029}}, nil},
		{"same year", programme.Indicator{Baseline: programme.Point{Year: 2026}, Target: programme.Point{Year: 2026}}, nil},
		{"target before baseline", programme.Indicator{Baseline: programme.Point{Year: 2026}, Target: programme.Point{Year: 2025}}, programme.ErrTargetBeforeBaseline},
		{"baseline text", programme.Indicator{Baseline: programme.Point{Value: programme.Value{Text: "paljon"}}}, programme.ErrNotNumber},
		{"target bad year", programme.Indicator{Target: programme.Point{Year: 20}}, programme.ErrBadYear},
		{"measurement text", programme.Indicator{Measurements: []programme.Measurement{{Year: 2024, Value: programme.Value{Text: "?"}}}}, programme.ErrNotNumber},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.ind.Validate(); !errors.Is(err, tt.err) {
				t.Errorf("Validate = %v, want %v", err, tt.err)
			}
		})
	}
}

func TestMeasurements(t *testing.T) {
	var ind programme.Indicator
	for _, m := range []programme.Measurement{{Year: 2025, Value: num(3)}, {Year: 2023, Value: num(1)}, {Year: 2024, Value: num(2)}, {Year: 2025, Value: num(4), Note: "korjattu"}} {
		if err := ind.SetMeasurement(m); err != nil {
			t.Fatal(err)
		}
	}
	var years []int
	for _, m := range ind.Measurements {
		years = append(years, m.Year)
	}
	if !reflect.DeepEqual(years, []int{2023, 2024, 2025}) {
		t.Errorf("years %v, want sorted without repeats", years)
	}
	if last, ok := ind.Latest(); !ok || *last.Value.Number != 4 || last.Note != "korjattu" {
		t.Errorf("latest %+v", last)
	}
	if err := ind.SetMeasurement(programme.Measurement{Year: 2026, Value: programme.Value{Text: "paljon"}}); !errors.Is(err, programme.ErrNotNumber) {
		t.Errorf("text value: %v", err)
	}
	if err := ind.SetMeasurement(programme.Measurement{Value: num(1)}); !errors.Is(err, programme.ErrBadYear) {
		t.Errorf("no year: %v", err)
	}
	if len(ind.Measurements) != 3 {
		t.Error("a rejected measurement was stored")
	}
	if !ind.DeleteMeasurement(2024) || ind.DeleteMeasurement(2024) || len(ind.Measurements) != 2 {
		t.Error("DeleteMeasurement failed")
	}
}

func TestChooseIndicatorAndLinks(t *testing.T) {
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Akaa"}, "Ohjelma", 2026, 2029)
	ind, err := p.ChooseIndicator(tpl, "monitoring.ind.employment")
	if err != nil {
		t.Fatal(err)
	}
	if ind.CatalogueID != "monitoring.ind.employment" || ind.Name == "" || ind.Description == "" || ind.Unit != "%" || ind.Source == "" {
		t.Errorf("catalogue fields not copied: %+v", ind)
	}
	if p.Item("monitoring.ind.employment").Done {
		t.Error("choosing ticked the checklist item behind the checklist tab's back")
	}
	if p.Monitoring.Chosen("monitoring.ind.employment") != 1 || p.Monitoring.Chosen("monitoring.ind.ecec") != 0 {
		t.Error("Chosen counts wrong")
	}
	if _, err := p.ChooseIndicator(tpl, "monitoring.src.dvv"); !errors.Is(err, programme.ErrNoSuchRow) {
		t.Errorf("choosing a source as an indicator: %v", err)
	}
	g := p.AddGoal(programme.Goal{Title: "G"}).ID
	id := ind.ID
	in := p.Monitoring.Indicator(id)
	in.LinkGoal(g, true)
	in.LinkGoal(g, true)
	if !reflect.DeepEqual(in.GoalIDs, []string{g}) {
		t.Errorf("links %v", in.GoalIDs)
	}
	if got := p.IndicatorsOf(g); len(got) != 1 || got[0].ID != id {
		t.Errorf("IndicatorsOf %v", got)
	}
	in.LinkGoal(g, false)
	if len(in.GoalIDs) != 0 || len(p.IndicatorsOf(g)) != 0 {
		t.Error("unlink failed")
	}
	other := p.Monitoring.AddIndicator(programme.Indicator{Name: "oma"}).ID
	if !p.Monitoring.MoveIndicator(other, -1) || p.Monitoring.Indicators[0].ID != other {
		t.Error("MoveIndicator failed")
	}
	if !p.Monitoring.DeleteIndicator(id) || p.Monitoring.Indicator(id) != nil {
		t.Error("DeleteIndicator failed")
	}
}

func TestPlanIsEmpty(t *testing.T) {
	if !(programme.Plan{Who: "  "}).IsEmpty() {
		t.Error("blank plan not empty")
	}
	if (programme.Plan{UpdateWhen: "lain muuttuessa"}).IsEmpty() {
		t.Error("plan with text reported empty")
	}
}

func TestDropLostGoalLinks(t *testing.T) {
	p := programme.New(checklist.Default(), []string{"Akaa"}, "Ohjelma", 2026, 2029)
	keep := p.AddGoal(programme.Goal{Title: "G"}).ID
	p.Monitoring.AddIndicator(programme.Indicator{GoalIDs: []string{"gone", keep}})
	if !p.LostGoalLinks() {
		t.Fatal("lost link not noticed")
	}
	p.DropLostGoalLinks()
	if p.LostGoalLinks() || !reflect.DeepEqual(p.Monitoring.Indicators[0].GoalIDs, []string{keep}) {
		t.Errorf("links after dropping: %v", p.Monitoring.Indicators[0].GoalIDs)
	}
}
