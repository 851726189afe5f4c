package programme

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// Goal is one goal of step 4 with the measures that pursue it.
type Goal struct {
	ID          string `json:"id"`
	Title       string `json:"title,omitempty"`
	Description string `json:"description,omitempty"`
	// Theme is an option ID of the template's theme catalogue, or empty
	// when CustomTheme names the theme.
	Theme       string `json:"theme,omitempty"`
	CustomTheme string `json:"customTheme,omitempty"`
	// Strategies are option IDs of the template's strategy catalogue.
	Strategies []string `json:"strategies,omitempty"`
	// Rationale says why the goal matters in this municipality.
	Rationale string    `json:"rationale,omitempty"`
	Measures  []Measure `json:"measures,omitempty"`
	// Tr holds the row's texts in the further document languages
	// (translation.go).
	Tr Translations `json:"tr,omitempty"`
}

// MeasureStatus is the state of a measure.
type MeasureStatus string

// The states of a measure.
const (
	MeasurePlanned MeasureStatus = "planned"
	MeasureOngoing MeasureStatus = "ongoing"
	MeasureDone    MeasureStatus = "done"
	MeasureDelayed MeasureStatus = "delayed"
	MeasureDropped MeasureStatus = "dropped"
)

// MeasureStatuses lists the states in display order.
var MeasureStatuses = []MeasureStatus{MeasurePlanned, MeasureOngoing, MeasureDone, MeasureDelayed, MeasureDropped}

// Measure is something done to reach a goal.
type Measure struct {
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	// Responsible is the one party answerable for the measure.
	Responsible string        `json:"responsible,omitempty"`
	Partners    string        `json:"partners,omitempty"`
	Start       Date          `json:"start,omitempty"`
	End         Date          `json:"end,omitempty"`
	Resources   string        `json:"resources,omitempty"`
	Status      MeasureStatus `json:"status,omitempty"`
	// Tr holds the row's texts in the further document languages
	// (translation.go).
	Tr Translations `json:"tr,omitempty"`
}

// ErrEndBeforeStart is returned for a schedule that ends before it starts.
var ErrEndBeforeStart = errors.New("end is before start")

// ErrNoSuchRow is returned when a goal, measure or other row named by ID is
// not in the programme (for example deleted meanwhile in another view).
var ErrNoSuchRow = errors.New("no such row")

// HasTheme tells whether the goal has a theme from the catalogue or its own.
func (g Goal) HasTheme() bool {
	return g.Theme != "" || strings.TrimSpace(g.CustomTheme) != ""
}

// ThemeLabel names the goal's theme in language l: the catalogue's label, or
// the custom theme. An unknown catalogue ID (from a newer template) is shown
// as is rather than hidden.
func (g Goal) ThemeLabel(tpl *checklist.Template, l string) string {
	if g.Theme == "" {
		return strings.TrimSpace(g.CustomTheme)
	}
	if o, ok := tpl.Catalogues.Themes.Option(g.Theme); ok {
		return o.Label.In(l)
	}
	return g.Theme
}

// HasStrategy tells whether the goal links to strategy option id.
func (g Goal) HasStrategy(id string) bool { return slices.Contains(g.Strategies, id) }

// SetStrategy links or unlinks the goal to strategy option id, keeping the
// links in the catalogue's order so that exports list them consistently.
func (g *Goal) SetStrategy(tpl *checklist.Template, id string, on bool) {
	has := g.HasStrategy(id)
	switch {
	case on && !has:
		g.Strategies = append(g.Strategies, id)
	case !on && has:
		g.Strategies = slices.DeleteFunc(g.Strategies, func(s string) bool { return s == id })
	}
	order := map[string]int{}
	for i, o := range tpl.Catalogues.Strategies.Options {
		order[o.ID] = i
	}
	slices.SortStableFunc(g.Strategies, func(a, b string) int {
		oa, okA := order[a]
		ob, okB := order[b]
		switch {
		case okA && okB:
			return oa - ob
		case okA:
			return -1
		case okB:
			return 1
		}
		return 0
	})
}

// Measure returns the goal's measure with the given ID, or nil.
func (g *Goal) Measure(id string) *Measure {
	if i := g.measureIndex(id); i >= 0 {
		return &g.Measures[i]
	}
	return nil
}

func (g *Goal) measureIndex(id string) int {
	return slices.IndexFunc(g.Measures, func(m Measure) bool { return m.ID == id })
}

// AddMeasure appends m to the goal, giving it an ID and the planned state
// if it has none, and returns the stored measure.
func (g *Goal) AddMeasure(m Measure) *Measure {
	if m.ID == "" {
		m.ID = NewID()
	}
	if m.Status == "" {
		m.Status = MeasurePlanned
	}
	g.Measures = append(g.Measures, m)
	return &g.Measures[len(g.Measures)-1]
}

// DeleteMeasure removes the measure with the given ID and tells whether it
// was there.
func (g *Goal) DeleteMeasure(id string) bool {
	i := g.measureIndex(id)
	if i < 0 {
		return false
	}
	g.Measures = slices.Delete(g.Measures, i, i+1)
	return true
}

// MoveMeasure moves the measure delta places (−1 up, +1 down) within the
// goal and tells whether it moved.
func (g *Goal) MoveMeasure(id string, delta int) bool {
	return shiftRow(g.Measures, g.measureIndex(id), delta)
}

// Goal returns the goal with the given ID, or nil.
func (p *Programme) Goal(id string) *Goal {
	if i := p.goalIndex(id); i >= 0 {
		return &p.Goals[i]
	}
	return nil
}

func (p *Programme) goalIndex(id string) int {
	return slices.IndexFunc(p.Goals, func(g Goal) bool { return g.ID == id })
}

// AddGoal appends g, giving it an ID if it has none, and returns the stored
// goal. The pointer is valid until the next change to the goal list.
func (p *Programme) AddGoal(g Goal) *Goal {
	if g.ID == "" {
		g.ID = NewID()
	}
	p.Goals = append(p.Goals, g)
	return &p.Goals[len(p.Goals)-1]
}

// DeleteGoal removes the goal with its measures, and unlinks it from the
// indicators that followed it so that no indicator points at a lost goal.
func (p *Programme) DeleteGoal(id string) bool {
	i := p.goalIndex(id)
	if i < 0 {
		return false
	}
	p.Goals = slices.Delete(p.Goals, i, i+1)
	for j := range p.Monitoring.Indicators {
		ind := &p.Monitoring.Indicators[j]
		ind.GoalIDs = slices.DeleteFunc(ind.GoalIDs, func(g string) bool { return g == id })
	}
	return true
}

// MoveGoal moves the goal delta places (−1 up, +1 down) and tells whether
// it moved.
func (p *Programme) MoveGoal(id string, delta int) bool {
	return shiftRow(p.Goals, p.goalIndex(id), delta)
}

// FindMeasure returns the measure with the given ID and the goal it is
// under, or nils.
func (p *Programme) FindMeasure(id string) (*Goal, *Measure) {
	for i := range p.Goals {
		if m := p.Goals[i].Measure(id); m != nil {
			return &p.Goals[i], m
		}
	}
	return nil, nil
}

// DeleteMeasure removes the measure with the given ID from whichever goal
// it is under and tells whether it was there.
func (p *Programme) DeleteMeasure(id string) bool {
	g, _ := p.FindMeasure(id)
	return g != nil && g.DeleteMeasure(id)
}

// MoveMeasure moves the measure with the given ID delta places within its
// goal and tells whether it moved.
func (p *Programme) MoveMeasure(id string, delta int) bool {
	g, _ := p.FindMeasure(id)
	return g != nil && g.MoveMeasure(id, delta)
}

// MoveMeasureTo moves a measure to the end of another goal's measures. It
// keeps the measure's ID, so comments on it follow it.
func (p *Programme) MoveMeasureTo(measureID, goalID string) error {
	from, m := p.FindMeasure(measureID)
	if m == nil {
		return fmt.Errorf("move measure %s: %w", measureID, ErrNoSuchRow)
	}
	to := p.Goal(goalID)
	if to == nil {
		return fmt.Errorf("move measure to goal %s: %w", goalID, ErrNoSuchRow)
	}
	if from.ID == to.ID {
		return nil
	}
	moved := *m
	from.DeleteMeasure(measureID)
	to.Measures = append(to.Measures, moved)
	return nil
}

// ParseSchedule reads a measure's start and end as typed ("3/2026",
// "2.3.2026", "2026"; either may be empty) and checks that the end does not
// come before the start. On error nothing is returned to store, so the
// caller keeps the text the user typed.
func ParseSchedule(start, end string) (Date, Date, error) {
	s, err := ParseDate(start)
	if err != nil {
		return "", "", fmt.Errorf("start: %w", err)
	}
	e, err := ParseDate(end)
	if err != nil {
		return "", "", fmt.Errorf("end: %w", err)
	}
	if err := checkSchedule(s, e); err != nil {
		return "", "", err
	}
	return s, e, nil
}

// checkSchedule compares the periods the dates cover: a measure running
// 2026 may end 3/2026, since 3/2026 lies within 2026, but one starting
// 5/2026 may not end 2.4.2026.
func checkSchedule(start, end Date) error {
	if start.IsZero() || end.IsZero() {
		return nil
	}
	if end.End().Before(start.Start()) {
		return fmt.Errorf("%s–%s: %w", start.Finnish(), end.Finnish(), ErrEndBeforeStart)
	}
	return nil
}

// Validate checks what a stored measure must satisfy.
func (m Measure) Validate() error { return checkSchedule(m.Start, m.End) }

// StatusKnown tells whether s is one of MeasureStatuses (an empty status is
// read as planned).
func StatusKnown(s MeasureStatus) bool { return s == "" || slices.Contains(MeasureStatuses, s) }
