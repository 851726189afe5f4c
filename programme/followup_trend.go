package programme

import "slices"

// SeriesPoint is one year's value of an indicator: a measurement recorded
// in step 6 or the value of a follow-up round.
type SeriesPoint struct {
	Year   int    `json:"year"`
	Value  Value  `json:"value"`
	Source string `json:"source,omitempty"`
	// Round tells the value is a follow-up round's.
	Round bool `json:"round,omitempty"`
}

// IndicatorSeries returns an indicator's yearly values in year order: its
// measurements and the values of the follow-up rounds, a round's value
// standing for its year. The baseline and target are the indicator's own.
// This is what charts and the follow-up report draw.
func (p *Programme) IndicatorSeries(ind Indicator) []SeriesPoint {
	byYear := map[int]SeriesPoint{}
	for _, m := range ind.Measurements {
		if m.Year != 0 && !m.Value.IsZero() {
			byYear[m.Year] = SeriesPoint{Year: m.Year, Value: m.Value, Source: m.Source}
		}
	}
	for i := range p.Followup.Rounds {
		r := &p.Followup.Rounds[i]
		if v := r.Value(ind.ID); !v.Value.IsZero() {
			byYear[r.Year] = SeriesPoint{Year: r.Year, Value: v.Value, Source: v.Source, Round: true}
		}
	}
	out := make([]SeriesPoint, 0, len(byYear))
	for _, pt := range byYear {
		out = append(out, pt)
	}
	slices.SortFunc(out, func(a, b SeriesPoint) int { return a.Year - b.Year })
	return out
}

// Trend tells how an indicator moved relative to its target.
type Trend string

// The trends.
const (
	TrendToward    Trend = "toward"
	TrendAway      Trend = "away"
	TrendUnchanged Trend = "unchanged"
	// TrendUnknown is an indicator without a number for the year, one
	// before it (or a baseline), or a target.
	TrendUnknown Trend = "unknown"
)

// TrendIn tells whether the indicator's value in year moved toward its
// target or away from it, compared with the latest value before year (or
// the baseline). The direction is the one from the baseline to the target;
// without a baseline, from the earlier value to the target, so that going
// past the target still counts as toward it.
func (p *Programme) TrendIn(ind Indicator, year int) Trend {
	if ind.Target.Value.Number == nil {
		return TrendUnknown
	}
	target := *ind.Target.Value.Number
	var cur, prev *float64
	for _, pt := range p.IndicatorSeries(ind) {
		switch {
		case pt.Year == year:
			cur = pt.Value.Number
		case pt.Year < year && pt.Value.Number != nil:
			prev = pt.Value.Number
		}
	}
	if prev == nil && ind.Baseline.Value.Number != nil && (ind.Baseline.Year == 0 || ind.Baseline.Year < year) {
		prev = ind.Baseline.Value.Number
	}
	if cur == nil || prev == nil {
		return TrendUnknown
	}
	ref := *prev
	if b := ind.Baseline.Value.Number; b != nil {
		ref = *b
	}
	dir := sign(target - ref)
	if dir == 0 { // the target is to stay where it was: closer is toward
		dir = sign(target - *prev)
		if dir == 0 {
			dir = -sign(*cur - target)
		}
	}
	switch d := (*cur - *prev) * dir; {
	case d > 0:
		return TrendToward
	case d < 0:
		return TrendAway
	}
	return TrendUnchanged
}

func sign(f float64) float64 {
	switch {
	case f > 0:
		return 1
	case f < 0:
		return -1
	}
	return 0
}

// RoundSummary counts what a council report summarises for a year.
type RoundSummary struct {
	Year int
	// Measures counts the programme's measures by their state in the year.
	Measures map[MeasureStatus]int
	// Indicators counts the indicators by their trend in the year.
	Indicators map[Trend]int
}

// StatusIn returns a measure's state in year: the round's entry, or the
// state carried over from the rounds before.
func (p *Programme) StatusIn(m Measure, year int) MeasureStatus {
	if r := p.Followup.RoundOf(year); r != nil {
		if pr := r.Progress(m.ID); pr.Status != "" {
			return pr.Status
		}
	}
	return p.statusBefore(m, year)
}

// SummaryOf counts the measures' states and the indicators' trends in year.
func (p *Programme) SummaryOf(year int) RoundSummary {
	s := RoundSummary{Year: year, Measures: map[MeasureStatus]int{}, Indicators: map[Trend]int{}}
	for _, g := range p.Goals {
		for _, m := range g.Measures {
			s.Measures[p.StatusIn(m, year)]++
		}
	}
	for _, ind := range p.Monitoring.Indicators {
		s.Indicators[p.TrendIn(ind, year)]++
	}
	return s
}
