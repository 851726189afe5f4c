package export

import (
	"strings"
	"time"

	"fi.kotoutus/kotoutus/internal/chart"
	"fi.kotoutus/kotoutus/programme"
)

// The pictures (internal/chart) are drawn from plain data; this file turns
// a programme into that data for the app and for every exporter alike.

// MeasureStatus is the one place the pictures read a measure's state:
// the latest follow-up round's, else the measure's own.
func MeasureStatus(p *programme.Programme, m programme.Measure) programme.MeasureStatus {
	return p.CurrentStatus(m)
}

// indicatorValues is the one place the pictures read an indicator's
// yearly values: its measurements and the follow-up rounds' values, those
// that are numbers.
func indicatorValues(p *programme.Programme, ind programme.Indicator) []chart.YearValue {
	var out []chart.YearValue
	for _, pt := range p.IndicatorSeries(ind) {
		if pt.Value.Number != nil {
			out = append(out, chart.YearValue{Year: pt.Year, Value: *pt.Value.Number})
		}
	}
	return out
}

// ChartState maps a measure's status to the state the pictures draw; an
// unset or unknown status is planned.
func ChartState(s programme.MeasureStatus) chart.State {
	switch s {
	case programme.MeasureOngoing:
		return chart.StateOngoing
	case programme.MeasureDone:
		return chart.StateDone
	case programme.MeasureDelayed:
		return chart.StateDelayed
	case programme.MeasureDropped:
		return chart.StateDropped
	}
	return chart.StatePlanned
}

// GoalStateCounts counts goal g's measures by their current state.
func GoalStateCounts(p *programme.Programme, g programme.Goal) chart.StateCounts {
	var c chart.StateCounts
	for _, m := range g.Measures {
		c[ChartState(MeasureStatus(p, m))]++
	}
	return c
}

// IndicatorChartData is what ind's chart shows: the numeric baseline,
// target and yearly values over the programme's period.
func IndicatorChartData(p *programme.Programme, ind programme.Indicator) chart.Indicator {
	c := chart.Indicator{
		Values: indicatorValues(p, ind), Unit: strings.TrimSpace(ind.Unit),
		FirstYear: p.StartYear, LastYear: p.EndYear,
	}
	c.Baseline = yearValue(ind.Baseline, p.StartYear)
	c.Target = yearValue(ind.Target, p.EndYear)
	return c
}

// HasChart tells whether ind has anything to draw: a number as baseline,
// target or value.
func HasChart(p *programme.Programme, ind programme.Indicator) bool {
	c := IndicatorChartData(p, ind)
	return c.Baseline != nil || c.Target != nil || len(c.Values) > 0
}

// yearValue returns a point as chart data; a point without a year takes
// the given year (the period's start for a baseline, its end for a
// target), and one without a number is left out.
func yearValue(pt programme.Point, year int) *chart.YearValue {
	if pt.Value.Number == nil {
		return nil
	}
	if pt.Year != 0 {
		year = pt.Year
	}
	if year == 0 {
		return nil
	}
	return &chart.YearValue{Year: year, Value: *pt.Value.Number}
}

// TimelineData is what the measures timeline shows: every goal with its
// measures' schedules and current states. untitled names a goal without a
// title from its number (1, 2 …).
func TimelineData(p *programme.Programme, today time.Time, untitled func(n int) string) chart.Timeline {
	tl := chart.Timeline{FirstYear: p.StartYear, LastYear: p.EndYear, Today: today}
	for i, g := range p.Goals {
		title := strings.Join(strings.Fields(g.Title), " ")
		if title == "" {
			title = untitled(i + 1)
		}
		grp := chart.TaskGroup{Title: title}
		for _, m := range g.Measures {
			t := chart.Task{Title: strings.Join(strings.Fields(m.Title), " "), State: ChartState(MeasureStatus(p, m))}
			if !m.Start.IsZero() {
				t.Start = m.Start.Start()
			}
			if !m.End.IsZero() {
				t.End = m.End.End()
			}
			grp.Tasks = append(grp.Tasks, t)
		}
		tl.Groups = append(tl.Groups, grp)
	}
	return tl
}
