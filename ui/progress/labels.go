package progress

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"

	"fi.kotoutus/kotoutus/internal/chart"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

func indicatorLabels() chart.IndicatorLabels {
	return chart.IndicatorLabels{
		Baseline: lang.L("chart.baseline"), Measured: lang.L("chart.measured"),
		Target: lang.L("chart.target"), NoData: lang.L("chart.noData"),
		Lang: i18n.Language(),
	}
}

// number writes a chart's value in the interface language: a decimal
// comma and spaced thousands, or in English a point and commas.
func number(v float64, decimals int) string {
	return chart.FormatNumberIn(i18n.Language(), v, decimals)
}

func stateLabels() chart.StateLabels {
	var l chart.StateLabels
	for s, key := range map[chart.State]string{
		chart.StatePlanned: "planned", chart.StateOngoing: "ongoing", chart.StateDone: "done",
		chart.StateDelayed: "delayed", chart.StateDropped: "dropped",
	} {
		l.Names[s] = lang.L("chart.state." + key)
	}
	l.Empty = lang.L("chart.noMeasures")
	l.Lang = i18n.Language()
	return l
}

func timelineLabels() chart.TimelineLabels {
	return chart.TimelineLabels{
		States: stateLabels(), NoSchedule: lang.L("timeline.noSchedule"), Today: lang.L("timeline.today"),
		Lang: i18n.Language(),
	}
}

// goalTitle names goal number n (1, 2 …) also before it has a title.
func goalTitle(g programme.Goal, n int) string {
	t := strings.Join(strings.Fields(g.Title), " ")
	if t == "" {
		t = lang.L("progress.untitled")
	}
	return lang.L("progress.goal", map[string]any{"N": n, "Title": t})
}

// valuesText is a chart's values in words: its text alternative in the app.
func valuesText(c chart.Indicator, unit string) string {
	v := func(x float64) string {
		s := number(x, chart.Decimals(x, 2))
		if u := strings.TrimSpace(unit); u != "" {
			s += "\u00a0" + u
		}
		return s
	}
	var parts []string
	if b := c.Baseline; b != nil {
		parts = append(parts, lang.L("chart.valueBaseline", map[string]any{"Value": v(b.Value), "Year": strconv.Itoa(b.Year)}))
	}
	for _, m := range c.Values {
		parts = append(parts, lang.L("chart.valueMeasured", map[string]any{"Value": v(m.Value), "Year": strconv.Itoa(m.Year)}))
	}
	if t := c.Target; t != nil {
		parts = append(parts, lang.L("chart.valueTarget", map[string]any{"Value": v(t.Value), "Year": strconv.Itoa(t.Year)}))
	}
	if len(parts) == 0 {
		return lang.L("chart.noData")
	}
	return lang.L("chart.values", map[string]any{"Values": strings.Join(parts, "; ")})
}
