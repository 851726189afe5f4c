package chart

import (
	"math"
	"slices"
	"strconv"
)

// YearValue is an indicator's value in a year.
type YearValue struct {
	Year  int
	Value float64
}

// Indicator is what an indicator's chart shows: the baseline, the values
// measured so far and the target (each may be missing), over the
// programme's period FirstYear..LastYear (0 when unknown). Values outside
// the period widen the year axis rather than vanish.
type Indicator struct {
	Baseline *YearValue
	Target   *YearValue
	Values   []YearValue
	// Unit is written above the value axis ("%", "henkilöä").
	Unit                string
	FirstYear, LastYear int
}

// IndicatorLabels are the translated legend texts.
type IndicatorLabels struct {
	Baseline, Measured, Target string
	// NoData is shown instead of a chart when there is nothing to draw.
	NoData string
	// Lang is the language the chart is read in ("fi", "sv", "en"): its
	// numbers are written in that language's notation (FormatNumberIn).
	Lang string
}

func (l IndicatorLabels) number(v float64, decimals int) string {
	return FormatNumberIn(l.Lang, v, decimals)
}

// Chart text sizes.
const (
	labelSize = 8.0
	tickSize  = 7.5
)

// IndicatorChart draws an indicator's chart w by h: the measured values as
// a solid line with round markers starting from the baseline (a square),
// the target as a ring joined to the baseline by a dashed line (the planned
// path), a value axis with round ticks and a year axis. The three series
// differ in marker shape and line style as well as colour, and the legend
// names them. Values are written beside their points where they fit
// without touching other text.
func IndicatorChart(ind Indicator, lab IndicatorLabels, w, h float64) Drawing {
	d := Drawing{W: w, H: h}
	values := slices.Clone(ind.Values)
	slices.SortStableFunc(values, func(a, b YearValue) int { return a.Year - b.Year })
	all := slices.Clone(values)
	if ind.Baseline != nil {
		all = append(all, *ind.Baseline)
	}
	if ind.Target != nil {
		all = append(all, *ind.Target)
	}
	if len(all) == 0 {
		d.add(&Rect{W: w, H: h, Stroke: lightGrey, StrokeWidth: 0.6, R: RoleFrame})
		d.add(&Text{X: w / 2, Y: h / 2, S: lab.NoData, Size: labelSize, Color: darkGrey, Align: AlignMiddle, Italic: true, R: RoleNoData})
		return d
	}

	const pad = 3.0
	// The legend: one row at the top, or two when it does not fit.
	legendBottom := legend(&d, ind, lab, w, pad)

	// Year range.
	y0, y1 := math.MaxInt, math.MinInt
	for _, v := range all {
		y0, y1 = min(y0, v.Year), max(y1, v.Year)
	}
	if ind.FirstYear != 0 {
		y0 = min(y0, ind.FirstYear)
	}
	if ind.LastYear != 0 {
		y1 = max(y1, ind.LastYear)
	}
	// Value range.
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range all {
		lo, hi = math.Min(lo, v.Value), math.Max(hi, v.Value)
	}
	top := legendBottom + labelSize*1.6
	if ind.Unit != "" {
		d.add(&Text{X: pad, Y: legendBottom + tickSize*0.8, S: ind.Unit, Size: tickSize, Color: darkGrey, R: RoleUnit})
		top += tickSize * 0.8
	}
	plotH := h - pad - tickSize*1.8 - top
	// About one tick per 2.5 text heights, and labels thinned if the
	// round steps still come closer than that.
	scale := NiceScale
	whole := make([]float64, len(all))
	for i, v := range all {
		whole[i] = v.Value
	}
	if allWhole(whole) {
		scale = NiceWholeScale
	}
	sc := scale(lo, hi, max(2, min(6, int(plotH/(tickSize*2.5))+1)))
	labelEvery := 1
	if n := len(sc.Ticks) - 1; n > 0 {
		labelEvery = max(1, int(math.Ceil(tickSize*1.4/(plotH/float64(n)))))
	}

	// Plot area.
	tickW := 0.0
	for _, t := range sc.Ticks {
		tickW = math.Max(tickW, TextWidth(lab.number(t, sc.Decimals), tickSize, false))
	}
	plot := Box{X: pad + tickW + 4, Y: top, H: plotH}
	plot.W = w - pad - plot.X - TextWidth(lab.number(hi, 1), labelSize, false)/2

	inset := math.Min(10, plot.W/8)
	span := float64(y1 - y0)
	xOf := func(year int) float64 {
		if span == 0 {
			return plot.X + plot.W/2
		}
		return plot.X + inset + (plot.W-2*inset)*float64(year-y0)/span
	}
	yOf := func(v float64) float64 {
		return plot.Y + plot.H - plot.H*(v-sc.Min)/(sc.Max-sc.Min)
	}

	// Grid, value ticks and axes.
	for i, t := range sc.Ticks {
		y := yOf(t)
		d.add(&Line{X1: plot.X, Y1: y, X2: plot.X + plot.W, Y2: y, Width: 0.4, Color: gridGrey, R: RoleGrid})
		if i%labelEvery != 0 {
			continue
		}
		d.add(&Text{X: plot.X - 3, Y: y, S: lab.number(t, sc.Decimals), Size: tickSize, Color: darkGrey, Align: AlignEnd, R: RoleTickLabel})
	}
	d.add(&Line{X1: plot.X, Y1: plot.Y, X2: plot.X, Y2: plot.Y + plot.H, Width: 0.6, Color: midGrey, R: RoleAxis})
	d.add(&Line{X1: plot.X, Y1: plot.Y + plot.H, X2: plot.X + plot.W, Y2: plot.Y + plot.H, Width: 0.6, Color: midGrey, R: RoleAxis})
	// Year ticks: every year marked, labels thinned so they do not touch.
	yearW := TextWidth("2026", tickSize, false) + 4
	every := 1
	if span > 0 {
		per := (plot.W - 2*inset) / span
		every = max(1, int(math.Ceil(yearW/per)))
	}
	for year := y0; year <= y1; year++ {
		x := xOf(year)
		d.add(&Line{X1: x, Y1: plot.Y + plot.H, X2: x, Y2: plot.Y + plot.H + 2, Width: 0.6, Color: midGrey, R: RoleAxis})
		if (year-y0)%every == 0 {
			d.add(&Text{X: x, Y: plot.Y + plot.H + 2 + tickSize*0.9, S: strconv.Itoa(year), Size: tickSize, Color: darkGrey, Align: AlignMiddle, R: RoleYear})
		}
	}

	// Series. The planned path first, so that measured values paint over it.
	if b, t := ind.Baseline, ind.Target; b != nil && t != nil {
		d.add(&Line{X1: xOf(b.Year), Y1: yOf(b.Value), X2: xOf(t.Year), Y2: yOf(t.Value), Width: 1, Color: vermilion, Dash: 3, R: RolePlanLine})
	}
	path := values
	if ind.Baseline != nil {
		path = append([]YearValue{*ind.Baseline}, values...)
		slices.SortStableFunc(path, func(a, b YearValue) int { return a.Year - b.Year })
	}
	for i := 1; i < len(path); i++ {
		d.add(&Line{X1: xOf(path[i-1].Year), Y1: yOf(path[i-1].Value), X2: xOf(path[i].Year), Y2: yOf(path[i].Value), Width: 1.4, Color: blue, R: RoleValueLine})
	}
	const mr = 2.6
	type point struct {
		x, y  float64
		label string
		prio  int
	}
	var points []point
	if b := ind.Baseline; b != nil {
		x, y := xOf(b.Year), yOf(b.Value)
		d.add(&Rect{X: x - mr, Y: y - mr, W: 2 * mr, H: 2 * mr, Fill: darkGrey, R: RoleBaseline})
		points = append(points, point{x, y, lab.number(b.Value, Decimals(b.Value, 2)), 0})
	}
	for i, v := range values {
		x, y := xOf(v.Year), yOf(v.Value)
		d.add(&Circle{X: x, Y: y, Radius: mr, Fill: blue, R: RoleValue})
		prio := 3
		if i == len(values)-1 {
			prio = 1
		}
		points = append(points, point{x, y, lab.number(v.Value, Decimals(v.Value, 2)), prio})
	}
	if t := ind.Target; t != nil {
		x, y := xOf(t.Year), yOf(t.Value)
		d.add(&Circle{X: x, Y: y, Radius: mr + 0.6, Fill: white, Stroke: vermilion, StrokeWidth: 1.4, R: RoleTarget})
		points = append(points, point{x, y, lab.number(t.Value, Decimals(t.Value, 2)), 0})
	}

	// Value labels, most important first: each goes above its point, or
	// below, or is left out when both would touch text or a marker already
	// there (the table beside the chart has every value).
	taken := []Box{}
	for _, s := range d.Shapes {
		switch s.Role() {
		case RoleLegend, RoleTickLabel, RoleYear, RoleUnit, RoleBaseline, RoleValue, RoleTarget:
			taken = append(taken, s.Box())
		}
	}
	slices.SortStableFunc(points, func(a, b point) int { return a.prio - b.prio })
	bounds := Box{0, 0, w, h}
	placed := map[[2]float64]string{}
	for _, p := range points {
		// A value equal to one already written at the same place (a
		// measurement of the baseline year) is not written twice.
		at := [2]float64{math.Round(p.x*10) / 10, math.Round(p.y*10) / 10}
		if placed[at] == p.label {
			continue
		}
		placed[at] = p.label
		for _, dy := range []float64{-(mr + labelSize*0.75), mr + labelSize*0.75} {
			t := &Text{X: p.x, Y: p.y + dy, S: p.label, Size: labelSize, Color: black, Align: AlignMiddle, R: RoleValueLabel}
			b := t.Box()
			if !b.Inside(bounds) || overlapsAny(b, taken, p.x, p.y, mr) {
				continue
			}
			d.add(t)
			taken = append(taken, b)
			break
		}
	}
	return d
}

// overlapsAny tells whether b touches a box in taken, other than the marker
// of its own point at (px, py).
func overlapsAny(b Box, taken []Box, px, py, mr float64) bool {
	for _, o := range taken {
		if math.Abs(o.X+o.W/2-px) < 1e-9 && math.Abs(o.Y+o.H/2-py) < 1e-9 && o.W <= 2*mr+2 {
			continue
		}
		if b.Overlaps(o) {
			return true
		}
	}
	return false
}

// legend draws the legend entries of the series present and returns the
// bottom of the legend.
func legend(d *Drawing, ind Indicator, lab IndicatorLabels, w, pad float64) float64 {
	type entry struct {
		text string
		mark func(x, y float64)
	}
	const mr = 2.6
	var entries []entry
	if ind.Baseline != nil {
		entries = append(entries, entry{lab.Baseline, func(x, y float64) {
			d.add(&Rect{X: x + 4 - mr, Y: y - mr, W: 2 * mr, H: 2 * mr, Fill: darkGrey, R: RoleLegend})
		}})
	}
	if len(ind.Values) > 0 {
		entries = append(entries, entry{lab.Measured, func(x, y float64) {
			d.add(&Line{X1: x - 2, Y1: y, X2: x + 10, Y2: y, Width: 1.4, Color: blue, R: RoleLegend})
			d.add(&Circle{X: x + 4, Y: y, Radius: mr, Fill: blue, R: RoleLegend})
		}})
	}
	if ind.Target != nil {
		entries = append(entries, entry{lab.Target, func(x, y float64) {
			if ind.Baseline != nil {
				d.add(&Line{X1: x - 2, Y1: y, X2: x + 10, Y2: y, Width: 1, Color: vermilion, Dash: 3, R: RoleLegend})
			}
			d.add(&Circle{X: x + 4, Y: y, Radius: mr + 0.6, Fill: white, Stroke: vermilion, StrokeWidth: 1.4, R: RoleLegend})
		}})
	}
	x, y := pad+2, pad+labelSize*0.6
	for _, e := range entries {
		itemW := 16 + TextWidth(e.text, labelSize, false) + 10
		if x > pad+2 && x+itemW-10 > w-pad {
			x, y = pad+2, y+labelSize*1.5
		}
		e.mark(x, y)
		d.add(&Text{X: x + 14, Y: y, S: e.text, Size: labelSize, Color: black, R: RoleLegend})
		x += itemW
	}
	return y + labelSize*0.6
}
