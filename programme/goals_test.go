package programme_test

import (
	"errors"
	"reflect"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// goalTitles lists the goals' titles in order.
func goalTitles(p *programme.Programme) []string {
	var out []string
	for _, g := range p.Goals {
		out = append(out, g.Title)
	}
	return out
}

func measureTitles(g *programme.Goal) []string {
	var out []string
	for _, m := range g.Measures {
		out = append(out, m.Title)
	}
	return out
}

func threeGoals() *programme.Programme {
	p := programme.New(checklist.Default(), []string{"Akaa"}, "Ohjelma", 2026, 2029)
	for _, t := range []string{"A", "B", "C"} {
		p.AddGoal(programme.Goal{Title: t})
	}
	return p
}

func TestMoveGoal(t *testing.T) {
	tests := []struct {
		name  string
		index int
		delta int
		moved bool
		want  []string
	}{
		{"first down", 0, 1, true, []string{"B", "A", "C"}},
		{"last up", 2, -1, true, []string{"A", "C", "B"}},
		{"first up is ignored", 0, -1, false, []string{"A", "B", "C"}},
		{"last down is ignored", 2, 1, false, []string{"A", "B", "C"}},
		{"two places down", 0, 2, true, []string{"B", "C", "A"}},
		{"two places up", 2, -2, true, []string{"C", "A", "B"}},
		{"too far", 1, 5, false, []string{"A", "B", "C"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := threeGoals()
			if got := p.MoveGoal(p.Goals[tt.index].ID, tt.delta); got != tt.moved {
				t.Errorf("MoveGoal = %v, want %v", got, tt.moved)
			}
			if got := goalTitles(p); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("order %v, want %v", got, tt.want)
			}
		})
	}
	p := threeGoals()
	if p.MoveGoal("nope", 1) {
		t.Error("moving an unknown goal reported a move")
	}
}

func TestAddAndDeleteGoal(t *testing.T) {
	p := threeGoals()
	ids := map[string]bool{}
	for _, g := range p.Goals {
		if g.ID == "" || ids[g.ID] {
			t.Fatalf("goal %q got empty or repeated ID %q", g.Title, g.ID)
		}
		ids[g.ID] = true
	}
	b := p.Goals[1].ID
	ind := p.Monitoring.AddIndicator(programme.Indicator{Name: "x", GoalIDs: []string{p.Goals[0].ID, b}})
	indID := ind.ID
	if !p.DeleteGoal(b) {
		t.Fatal("DeleteGoal did not find the goal")
	}
	if p.DeleteGoal(b) {
		t.Error("second DeleteGoal reported a deletion")
	}
	if got := goalTitles(p); !reflect.DeepEqual(got, []string{"A", "C"}) {
		t.Errorf("goals %v after delete", got)
	}
	if got := p.Monitoring.Indicator(indID).GoalIDs; !reflect.DeepEqual(got, []string{p.Goals[0].ID}) {
		t.Errorf("indicator still links %v", got)
	}
	if p.Goal(b) != nil {
		t.Error("deleted goal still found")
	}
}

func TestMeasures(t *testing.T) {
	p := threeGoals()
	a, c := &p.Goals[0], &p.Goals[2]
	m1 := a.AddMeasure(programme.Measure{Title: "m1"}).ID
	a.AddMeasure(programme.Measure{Title: "m2"})
	m3 := a.AddMeasure(programme.Measure{Title: "m3", Status: programme.MeasureDone}).ID
	if s := a.Measure(m1).Status; s != programme.MeasurePlanned {
		t.Errorf("new measure status %q, want planned", s)
	}
	if s := a.Measure(m3).Status; s != programme.MeasureDone {
		t.Errorf("given status replaced by %q", s)
	}
	if !a.MoveMeasure(m3, -1) || !reflect.DeepEqual(measureTitles(a), []string{"m1", "m3", "m2"}) {
		t.Errorf("after move up: %v", measureTitles(a))
	}
	if a.MoveMeasure(m1, -1) {
		t.Error("moving the first measure up reported a move")
	}

	if err := p.MoveMeasureTo(m3, c.ID); err != nil {
		t.Fatal(err)
	}
	a, c = p.Goal(p.Goals[0].ID), p.Goal(p.Goals[2].ID)
	if !reflect.DeepEqual(measureTitles(a), []string{"m1", "m2"}) || !reflect.DeepEqual(measureTitles(c), []string{"m3"}) {
		t.Errorf("after moving to C: A %v, C %v", measureTitles(a), measureTitles(c))
	}
	if g, m := p.FindMeasure(m3); g == nil || g.ID != c.ID || m.Title != "m3" || m.Status != programme.MeasureDone {
		t.Errorf("FindMeasure after move = %v, %v", g, m)
	}
	if err := p.MoveMeasureTo(m3, c.ID); err != nil || len(c.Measures) != 1 {
		t.Errorf("moving to its own goal: err %v, %d measures", err, len(c.Measures))
	}
	if err := p.MoveMeasureTo("nope", c.ID); !errors.Is(err, programme.ErrNoSuchRow) {
		t.Errorf("unknown measure: %v", err)
	}
	if err := p.MoveMeasureTo(m1, "nope"); !errors.Is(err, programme.ErrNoSuchRow) {
		t.Errorf("unknown goal: %v", err)
	}
	if len(p.Goal(p.Goals[0].ID).Measures) != 2 {
		t.Error("a failed move lost the measure")
	}
	if !a.DeleteMeasure(m1) || a.DeleteMeasure(m1) || len(a.Measures) != 1 {
		t.Errorf("DeleteMeasure: %v", measureTitles(a))
	}
}

func TestParseSchedule(t *testing.T) {
	tests := []struct {
		start, end         string
		wantStart, wantEnd programme.Date
		err                error
	}{
		{"3/2026", "12/2027", "2026-03", "2027-12", nil},
		{"2.3.2026", "", "2026-03-02", "", nil},
		{"", "2029", "", "2029", nil},
		{"2026", "3/2026", "2026", "2026-03", nil},            // within the year
		{"15.3.2026", "3/2026", "2026-03-15", "2026-03", nil}, // within the month
		{"5/2026", "2.4.2026", "", "", programme.ErrEndBeforeStart},
		{"2027", "12/2026", "", "", programme.ErrEndBeforeStart},
		{"2.3.2026", "1.3.2026", "", "", programme.ErrEndBeforeStart},
		{"kevät 2026", "", "", "", programme.ErrBadDate},
		{"", "13/2026", "", "", programme.ErrBadDate},
	}
	for _, tt := range tests {
		t.Run(tt.start+"–"+tt.end, func(t *testing.T) {
			s, e, err := programme.ParseSchedule(tt.start, tt.end)
			if !errors.Is(err, tt.err) {
				t.Fatalf("err %v, want %v", err, tt.err)
			}
			if s != tt.wantStart || e != tt.wantEnd {
				t.Errorf("got %q–%q, want %q–%q", s, e, tt.wantStart, tt.wantEnd)
			}
		})
	}
}

func TestGoalThemeAndStrategies(t *testing.T) {
	tpl := checklist.Default()
	g := programme.Goal{}
	if g.HasTheme() {
		t.Error("empty goal has a theme")
	}
	g.Theme = "employment"
	if !g.HasTheme() || g.ThemeLabel(tpl, "fi") != "Työllisyys" {
		t.Errorf("catalogue theme label %q", g.ThemeLabel(tpl, "fi"))
	}
	g = programme.Goal{CustomTheme: " Asuminen "}
	if !g.HasTheme() || g.ThemeLabel(tpl, "fi") != "Asuminen" {
		t.Errorf("custom theme label %q", g.ThemeLabel(tpl, "fi"))
	}
	g.SetStrategy(tpl, "national-programme", true)
	g.SetStrategy(tpl, "municipal-strategy", true)
	g.SetStrategy(tpl, "municipal-strategy", true)
	if want := []string{"municipal-strategy", "national-programme"}; !reflect.DeepEqual(g.Strategies, want) {
		t.Errorf("strategies %v, want %v (catalogue order, no repeats)", g.Strategies, want)
	}
	g.SetStrategy(tpl, "municipal-strategy", false)
	if want := []string{"national-programme"}; !reflect.DeepEqual(g.Strategies, want) {
		t.Errorf("after unlink %v", g.Strategies)
	}
}
