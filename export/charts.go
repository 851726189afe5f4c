package export

import (
	"slices"
	"strconv"
	"strings"

	"fi.kotoutus/kotoutus/internal/chart"
	"fi.kotoutus/kotoutus/internal/i18n/locale"
	"fi.kotoutus/kotoutus/programme"
)

// Charts enter the assembled Markdown as an image paragraph whose address
// is chartScheme and the chart's number, e.g. ![kuvio](kotoutus-chart:0).
// The PDF draws the chart there as vector graphics, HTML as inline SVG,
// DOCX as a PNG; the Markdown format leaves the line out. Each chart's
// text alternative is the table of its values printed right below it.
const chartScheme = "kotoutus-chart:"

// chartKind tells what a registered chart draws.
type chartKind int

const (
	chartIndicator chartKind = iota
	chartTimeline
)

// docChart is one chart of the document.
type docChart struct {
	kind    chartKind
	caption string // "Kuvio 1. Työllisyysaste"
	alt     string // the alternative text: what the chart shows, in words
	ind     chart.Indicator
	tl      chart.Timeline
}

// chartAt returns the chart an image address names, if it is one of the
// document's.
func (d *document) chartAt(dest string) (*docChart, bool) {
	if d == nil || d.from == nil || !strings.HasPrefix(dest, chartScheme) {
		return nil, false
	}
	i, err := strconv.Atoi(strings.TrimPrefix(dest, chartScheme))
	if err != nil || i < 0 || i >= len(d.from.charts) {
		return nil, false
	}
	return &d.from.charts[i], true
}

// addChart registers c and returns its image paragraph.
func (a *assembler) addChart(c docChart) string {
	a.charts = append(a.charts, c)
	return "![" + inline(a.tx.get("chart.image")) + "](" + chartScheme + strconv.Itoa(len(a.charts)-1) + ")"
}

// isChartLine tells whether a Markdown line is a chart's image paragraph.
func isChartLine(l string) bool {
	return strings.HasPrefix(l, "![") && strings.Contains(l, "]("+chartScheme) && strings.HasSuffix(l, ")")
}

// withoutCharts drops the chart image paragraphs from Markdown, for the
// Markdown format, which keeps the tables of values.
func withoutCharts(md string) string {
	if !strings.Contains(md, chartScheme) {
		return md
	}
	lines := strings.Split(md, "\n")
	out := lines[:0]
	for i := 0; i < len(lines); i++ {
		if isChartLine(lines[i]) {
			if i+1 < len(lines) && lines[i+1] == "" {
				i++
			}
			continue
		}
		out = append(out, lines[i])
	}
	return strings.Join(out, "\n")
}

// chartLabels are the chart texts in the document's language.
func (a *assembler) indicatorLabels() chart.IndicatorLabels {
	return chart.IndicatorLabels{
		Baseline: a.tx.get("chart.baseline"), Measured: a.tx.get("chart.measured"),
		Target: a.tx.get("chart.target"), NoData: a.tx.get("chart.noData"),
		Lang: a.lang,
	}
}

// chartNumber writes a chart's value in the document's language: a
// decimal comma and spaced thousands, or in English a point and commas.
func (a *assembler) chartNumber(v float64, decimals int) string {
	return chart.FormatNumberIn(a.lang, v, decimals)
}

func (a *assembler) stateLabels() chart.StateLabels {
	var l chart.StateLabels
	for _, s := range []programme.MeasureStatus{programme.MeasurePlanned, programme.MeasureOngoing, programme.MeasureDone, programme.MeasureDelayed, programme.MeasureDropped} {
		l.Names[ChartState(s)] = a.measureStatus(s)
	}
	l.Empty = a.tx.get("goal.noMeasures")
	l.Lang = a.lang
	return l
}

func (a *assembler) timelineLabels() chart.TimelineLabels {
	return chart.TimelineLabels{
		States: a.stateLabels(), NoSchedule: a.tx.get("timeline.noSchedule"), Today: a.tx.get("timeline.today"),
		Lang: a.lang,
	}
}

// indicatorCharts returns, for every indicator with a number to draw, its
// chart with a caption and below it the table of its values.
func (a *assembler) indicatorCharts() string {
	var parts []string
	for _, ind := range a.p.Monitoring.Indicators {
		if !HasChart(a.p, ind) {
			continue
		}
		data := IndicatorChartData(a.p, ind)
		a.figures++
		name := oneLine(ind.Name)
		if name == "" {
			name = a.tx.get("chart.unnamed")
		}
		caption := a.tx.get("chart.caption", "n", strconv.Itoa(a.figures), "name", name)
		parts = append(parts,
			"**"+inline(caption)+"**",
			a.addChart(docChart{kind: chartIndicator, caption: caption, alt: a.indicatorAlt(name, data, ind.Unit), ind: data}),
			a.valuesTable(data, ind.Unit))
	}
	return strings.Join(parts, "\n\n")
}

// indicatorAlt says in a sentence what an indicator's chart shows.
func (a *assembler) indicatorAlt(name string, c chart.Indicator, unit string) string {
	var facts []string
	v := func(yv chart.YearValue) string {
		return withUnit(a.chartNumber(yv.Value, chart.Decimals(yv.Value, 2)), unit)
	}
	if c.Baseline != nil {
		facts = append(facts, a.tx.get("chart.altBaseline", "value", v(*c.Baseline), "year", strconv.Itoa(c.Baseline.Year)))
	}
	if n := len(c.Values); n > 0 {
		last := c.Values[0]
		for _, x := range c.Values {
			if x.Year > last.Year {
				last = x
			}
		}
		facts = append(facts, a.tx.get("chart.altLatest", "value", v(last), "year", strconv.Itoa(last.Year), "n", strconv.Itoa(n)))
	}
	if c.Target != nil {
		facts = append(facts, a.tx.get("chart.altTarget", "value", v(*c.Target), "year", strconv.Itoa(c.Target.Year)))
	}
	return a.tx.get("chart.alt", "name", name, "facts", strings.Join(facts, "; "))
}

// valuesTable is an indicator chart's text alternative: every value drawn,
// by year, with what it is.
func (a *assembler) valuesTable(c chart.Indicator, unit string) string {
	t := &mdTable{header: []string{a.tx.get("col.year"), a.tx.get("col.value"), a.tx.get("chart.col.kind")}, right: []bool{true, true}}
	type entry struct {
		yv   chart.YearValue
		kind string
	}
	var rows []entry
	if c.Baseline != nil {
		rows = append(rows, entry{*c.Baseline, a.tx.get("chart.baseline")})
	}
	for _, x := range c.Values {
		rows = append(rows, entry{x, a.tx.get("chart.measured")})
	}
	if c.Target != nil {
		rows = append(rows, entry{*c.Target, a.tx.get("chart.target")})
	}
	slices.SortStableFunc(rows, func(x, y entry) int { return x.yv.Year - y.yv.Year })
	for _, e := range rows {
		t.addRow(strconv.Itoa(e.yv.Year), withUnit(a.chartNumber(e.yv.Value, chart.Decimals(e.yv.Value, 2)), unit), e.kind)
	}
	return t.String()
}

// timelineSection returns the body of the annex with the measures
// timeline, or "" when no measure has a schedule.
func (a *assembler) timelineSection(opt Options) string {
	measures, scheduled := 0, 0
	for _, g := range a.p.Goals {
		for _, m := range g.Measures {
			measures++
			if !m.Start.IsZero() || !m.End.IsZero() {
				scheduled++
			}
		}
	}
	if scheduled == 0 {
		return ""
	}
	tl := TimelineData(a.p, opt.now(), func(n int) string { return a.tx.get("goal.untitled") + " " + strconv.Itoa(n) })
	intro := a.tx.get(a.termKey("timeline.intro"), "measures", strconv.Itoa(measures), "goals", strconv.Itoa(len(a.p.Goals)), "today", locale.Date(a.lang, opt.now()))
	alt := a.tx.get("timeline.alt", "measures", strconv.Itoa(measures), "scheduled", strconv.Itoa(scheduled), "goals", strconv.Itoa(len(a.p.Goals)))
	return inline(intro) + "\n\n" + a.addChart(docChart{kind: chartTimeline, caption: a.tx.get("timeline.title"), alt: alt, tl: tl})
}
