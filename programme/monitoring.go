package programme

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// Monitoring is step 6: the chosen indicators and the monitoring plan.
type Monitoring struct {
	Indicators []Indicator `json:"indicators,omitempty"`
	Plan       Plan        `json:"plan"`
}

// Plan says who follows the programme, how it is reported and when it is
// updated before its period ends.
type Plan struct {
	Who        string `json:"who,omitempty"`
	ReportsTo  string `json:"reportsTo,omitempty"`
	Frequency  string `json:"frequency,omitempty"`
	UpdateWhen string `json:"updateWhen,omitempty"`
	// Tr holds the row's texts in the further document languages
	// (translation.go).
	Tr Translations `json:"tr,omitempty"`
}

// Indicator is an indicator the programme follows.
type Indicator struct {
	ID string `json:"id"`
	// CatalogueID is the checklist item the indicator was chosen from, or
	// empty for a custom indicator.
	CatalogueID string `json:"catalogueId,omitempty"`
	Name        string `json:"name,omitempty"`
	Description string `json:"description,omitempty"`
	// GoalIDs are the goals the indicator follows.
	GoalIDs      []string      `json:"goalIds,omitempty"`
	Unit         string        `json:"unit,omitempty"`
	Baseline     Point         `json:"baseline"`
	Target       Point         `json:"target"`
	Source       string        `json:"source,omitempty"`
	Frequency    string        `json:"frequency,omitempty"`
	Reporter     string        `json:"reporter,omitempty"`
	Measurements []Measurement `json:"measurements,omitempty"`
	// Tr holds the row's texts in the further document languages
	// (translation.go).
	Tr Translations `json:"tr,omitempty"`
}

// Point is a value in a given year, such as a baseline or a target.
type Point struct {
	Value Value `json:"value"`
	Year  int   `json:"year,omitempty"`
}

// Measurement is a recorded value of an indicator for one year.
type Measurement struct {
	Year  int    `json:"year"`
	Value Value  `json:"value"`
	Note  string `json:"note,omitempty"`
	// Source names where the value is from, e.g. the Statistics Finland
	// table a CSV import read it from.
	Source string `json:"source,omitempty"`
}

// ErrBadYear is returned for a year that is not a plausible calendar year.
var ErrBadYear = errors.New("not a year")

// ErrTargetBeforeBaseline is returned when an indicator's target year comes
// before its baseline year.
var ErrTargetBeforeBaseline = errors.New("target year is before baseline year")

// ErrDuplicateYear is returned when a measurement for a year is recorded
// twice.
var ErrDuplicateYear = errors.New("year already has a measurement")

// yearInRange matches ParseDate's accepted years.
func yearInRange(y int) bool { return y >= 1900 && y <= 2200 }

// ParseYear reads a year such as "2026"; empty text is 0 (no year).
func ParseYear(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	y, err := strconv.Atoi(s)
	if err != nil || !yearInRange(y) {
		return 0, fmt.Errorf("%q: %w", s, ErrBadYear)
	}
	return y, nil
}

// Validate checks what a stored point must satisfy: a value that is a
// number, and a plausible year.
func (pt Point) Validate() error {
	if !pt.Value.IsZero() && pt.Value.Number == nil {
		return fmt.Errorf("%q: %w", pt.Value.Text, ErrNotNumber)
	}
	if pt.Year != 0 && !yearInRange(pt.Year) {
		return fmt.Errorf("year %d: %w", pt.Year, ErrBadYear)
	}
	return nil
}

// IsZero tells whether neither value nor year was given.
func (pt Point) IsZero() bool { return pt.Value.IsZero() && pt.Year == 0 }

// Validate checks an indicator's baseline and target: numbers where numbers
// belong, and a target that does not come before the baseline.
func (ind Indicator) Validate() error {
	if err := ind.Baseline.Validate(); err != nil {
		return fmt.Errorf("baseline: %w", err)
	}
	if err := ind.Target.Validate(); err != nil {
		return fmt.Errorf("target: %w", err)
	}
	if ind.Baseline.Year != 0 && ind.Target.Year != 0 && ind.Target.Year < ind.Baseline.Year {
		return fmt.Errorf("baseline %d, target %d: %w", ind.Baseline.Year, ind.Target.Year, ErrTargetBeforeBaseline)
	}
	for _, m := range ind.Measurements {
		if err := (Point{Value: m.Value, Year: m.Year}).Validate(); err != nil {
			return fmt.Errorf("measurement: %w", err)
		}
	}
	return nil
}

// FollowsGoal tells whether the indicator follows goal id.
func (ind Indicator) FollowsGoal(id string) bool { return slices.Contains(ind.GoalIDs, id) }

// LinkGoal makes the indicator follow goal id, or stop following it.
func (ind *Indicator) LinkGoal(id string, on bool) {
	has := ind.FollowsGoal(id)
	switch {
	case on && !has:
		ind.GoalIDs = append(ind.GoalIDs, id)
	case !on && has:
		ind.GoalIDs = slices.DeleteFunc(ind.GoalIDs, func(g string) bool { return g == id })
	}
}

// SetMeasurement records the value for a year, replacing an earlier value of
// the same year, and keeps measurements in year order.
func (ind *Indicator) SetMeasurement(m Measurement) error {
	if err := (Point{Value: m.Value, Year: m.Year}).Validate(); err != nil {
		return err
	}
	if m.Year == 0 {
		return fmt.Errorf("measurement without year: %w", ErrBadYear)
	}
	if i := slices.IndexFunc(ind.Measurements, func(x Measurement) bool { return x.Year == m.Year }); i >= 0 {
		ind.Measurements[i] = m
		return nil
	}
	ind.Measurements = append(ind.Measurements, m)
	slices.SortStableFunc(ind.Measurements, func(a, b Measurement) int { return a.Year - b.Year })
	return nil
}

// DeleteMeasurement removes the measurement of a year.
func (ind *Indicator) DeleteMeasurement(year int) bool {
	n := len(ind.Measurements)
	ind.Measurements = slices.DeleteFunc(ind.Measurements, func(m Measurement) bool { return m.Year == year })
	return len(ind.Measurements) != n
}

// Latest returns the most recent measurement, if any.
func (ind Indicator) Latest() (Measurement, bool) {
	if len(ind.Measurements) == 0 {
		return Measurement{}, false
	}
	return ind.Measurements[len(ind.Measurements)-1], true
}

// IsEmpty tells whether nothing of the plan is written.
func (pl Plan) IsEmpty() bool {
	return strings.TrimSpace(pl.Who+pl.ReportsTo+pl.Frequency+pl.UpdateWhen) == ""
}

// Indicator returns the chosen indicator with the given ID, or nil.
func (m *Monitoring) Indicator(id string) *Indicator {
	if i := m.indicatorIndex(id); i >= 0 {
		return &m.Indicators[i]
	}
	return nil
}

func (m *Monitoring) indicatorIndex(id string) int {
	return slices.IndexFunc(m.Indicators, func(ind Indicator) bool { return ind.ID == id })
}

// AddIndicator appends an indicator, giving it an ID if it has none, and
// returns the stored indicator.
func (m *Monitoring) AddIndicator(ind Indicator) *Indicator {
	if ind.ID == "" {
		ind.ID = NewID()
	}
	m.Indicators = append(m.Indicators, ind)
	return &m.Indicators[len(m.Indicators)-1]
}

// DeleteIndicator removes a chosen indicator with its measurements.
func (m *Monitoring) DeleteIndicator(id string) bool {
	i := m.indicatorIndex(id)
	if i < 0 {
		return false
	}
	m.Indicators = slices.Delete(m.Indicators, i, i+1)
	return true
}

// MoveIndicator moves an indicator delta places.
func (m *Monitoring) MoveIndicator(id string, delta int) bool {
	return shiftRow(m.Indicators, m.indicatorIndex(id), delta)
}

// Chosen tells how many chosen indicators come from catalogue item id.
func (m *Monitoring) Chosen(catalogueID string) int {
	n := 0
	for _, ind := range m.Indicators {
		if ind.CatalogueID == catalogueID {
			n++
		}
	}
	return n
}

// ChooseIndicator adds an indicator from the checklist's catalogue, filled
// with the catalogue's name, description, unit and first typical data
// source. The same catalogue indicator may be chosen more than once (for
// example the employment rate of two groups). The checklist item is left as
// it is: ticking stays the user's own statement on the checklist tab.
func (p *Programme) ChooseIndicator(tpl *checklist.Template, catalogueID string) (*Indicator, error) {
	it, ok := tpl.Item(catalogueID)
	if !ok || it.Kind != checklist.KindIndicator {
		return nil, fmt.Errorf("choose indicator %s: %w", catalogueID, ErrNoSuchRow)
	}
	ind := Indicator{
		CatalogueID: it.ID,
		Name:        it.Label(checklist.DefaultLanguage),
		Description: it.Text.String(),
		Unit:        it.Unit,
	}
	if len(it.Sources) > 0 {
		if src, ok := tpl.Item(it.Sources[0]); ok {
			ind.Source = src.Text.String()
		}
	}
	return p.Monitoring.AddIndicator(ind), nil
}

// IndicatorsOf returns the indicators that follow goal id.
func (p *Programme) IndicatorsOf(goalID string) []*Indicator {
	var out []*Indicator
	for i := range p.Monitoring.Indicators {
		if p.Monitoring.Indicators[i].FollowsGoal(goalID) {
			out = append(out, &p.Monitoring.Indicators[i])
		}
	}
	return out
}

// LostGoalLinks tells whether some indicator still links a goal that is no
// longer in the programme.
func (p *Programme) LostGoalLinks() bool {
	for _, ind := range p.Monitoring.Indicators {
		for _, id := range ind.GoalIDs {
			if p.Goal(id) == nil {
				return true
			}
		}
	}
	return false
}

// DropLostGoalLinks removes indicators' links to goals that are no longer in
// the programme, e.g. after a goal was deleted from a generic list editor.
func (p *Programme) DropLostGoalLinks() {
	for i := range p.Monitoring.Indicators {
		ind := &p.Monitoring.Indicators[i]
		ind.GoalIDs = slices.DeleteFunc(ind.GoalIDs, func(id string) bool { return p.Goal(id) == nil })
	}
}
