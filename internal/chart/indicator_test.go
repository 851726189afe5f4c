package chart

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

var testIndicatorLabels = IndicatorLabels{Baseline: "Lähtötaso", Measured: "Mitattu", Target: "Tavoite", NoData: "Ei arvoja"}

// centres lists the centres of the shapes with role r, rounded to 0.1.
func centres(d Drawing, r Role) string {
	var out []string
	for _, s := range d.ByRole(r) {
		b := s.Box()
		out = append(out, fmt.Sprintf("%.1f,%.1f", b.X+b.W/2, b.Y+b.H/2))
	}
	return strings.Join(out, " ")
}

// texts lists the strings of the texts with role r.
func texts(d Drawing, r Role) string {
	var out []string
	for _, s := range d.ByRole(r) {
		out = append(out, s.(*Text).S)
	}
	return strings.Join(out, "|")
}

// checkLegible fails when a shape leaves the drawing or two texts touch.
func checkLegible(t *testing.T, d Drawing) {
	t.Helper()
	bounds := Box{0, 0, d.W, d.H}
	for _, s := range d.Shapes {
		if !s.Box().Inside(bounds) {
			t.Errorf("%T %+v (%v) leaves the drawing %vx%v", s, s, s.Box(), d.W, d.H)
		}
	}
	ts := d.Texts()
	for i, a := range ts {
		for _, b := range ts[i+1:] {
			if a.Box().Overlaps(b.Box()) {
				t.Errorf("texts %q %v and %q %v overlap", a.S, a.Box(), b.S, b.Box())
			}
		}
	}
}

func yv(year int, v float64) *YearValue { return &YearValue{year, v} }

func TestIndicatorChart(t *testing.T) {
	cases := []struct {
		name string
		ind  Indicator
		// Golden numbers: centres of the baseline, values and target,
		// the tick labels, the year labels, the value labels and the
		// legend texts.
		baseline, values, target string
		ticks, years, labels     string
		legend                   string
	}{
		{
			name: "typical",
			ind: Indicator{
				Baseline: yv(2024, 12), Target: yv(2029, 20), Unit: "%",
				Values:    []YearValue{{2026, 14.5}, {2025, 13}},
				FirstYear: 2026, LastYear: 2029,
			},
			baseline: "26.6,103.5", values: "64.9,94.5 103.1,81.0", target: "217.9,31.4",
			ticks: "12|14|16|18|20", years: "2024|2025|2026|2027|2028|2029",
			labels: "12|20|14,5|13", legend: "Lähtötaso|Mitattu|Tavoite",
		},
		{
			name:     "target below baseline",
			ind:      Indicator{Baseline: yv(2024, 9.5), Target: yv(2029, 6), Values: []YearValue{{2026, 8.8}}, FirstYear: 2026, LastYear: 2029},
			baseline: "26.6,35.2", values: "104.1,48.8", target: "220.4,103.5",
			ticks: "6|7|8|9|10", years: "2024|2025|2026|2027|2028|2029",
			labels: "9,5|6|8,8", legend: "Lähtötaso|Mitattu|Tavoite",
		},
		{
			name:   "one value",
			ind:    Indicator{Values: []YearValue{{2027, 40}}},
			values: "122.2,64.5",
			ticks:  "36|38|40|42|44", years: "2027",
			labels: "40", legend: "Mitattu",
		},
		{
			name:   "values outside the period",
			ind:    Indicator{Values: []YearValue{{2019, 5}, {2033, 7}}, FirstYear: 2026, LastYear: 2029},
			values: "21.8,103.5 220.4,25.4",
			ticks:  "5|6|7", years: "2019|2021|2023|2025|2027|2029|2031|2033",
			labels: "7|5", legend: "Mitattu",
		},
		{
			name:   "target only",
			ind:    Indicator{Target: yv(2029, 100), FirstYear: 2026, LastYear: 2029},
			target: "215.3,64.5",
			ticks:  "90|95|100|105|110", years: "2026|2027|2028|2029",
			labels: "100", legend: "Tavoite",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := IndicatorChart(c.ind, testIndicatorLabels, 240, 120)
			got := []string{
				centres(d, RoleBaseline), centres(d, RoleValue), centres(d, RoleTarget),
				texts(d, RoleTickLabel), texts(d, RoleYear), texts(d, RoleValueLabel), legendTexts(d),
			}
			want := []string{c.baseline, c.values, c.target, c.ticks, c.years, c.labels, c.legend}
			for i, field := range []string{"baseline", "values", "target", "ticks", "years", "value labels", "legend"} {
				if got[i] != want[i] {
					t.Errorf("%s = %q, want %q", field, got[i], want[i])
				}
			}
			checkLegible(t, d)
		})
	}
}

func legendTexts(d Drawing) string {
	var out []string
	for _, s := range d.ByRole(RoleLegend) {
		if tx, ok := s.(*Text); ok {
			out = append(out, tx.S)
		}
	}
	return strings.Join(out, "|")
}

func TestIndicatorChartNoValues(t *testing.T) {
	d := IndicatorChart(Indicator{FirstYear: 2026, LastYear: 2029}, testIndicatorLabels, 240, 120)
	if len(d.Shapes) != 2 || texts(d, RoleNoData) != "Ei arvoja" {
		t.Fatalf("empty indicator drew %d shapes, no-data text %q", len(d.Shapes), texts(d, RoleNoData))
	}
	if c := centres(d, RoleNoData); c != "120.0,60.0" {
		t.Errorf("no-data text centred at %s", c)
	}
}

// TestIndicatorChartShapes pins what tells the series apart besides colour:
// the baseline is a square, values are filled circles on a solid line, the
// target a ring on a dashed line from the baseline.
func TestIndicatorChartShapes(t *testing.T) {
	d := IndicatorChart(Indicator{Baseline: yv(2024, 12), Target: yv(2029, 20), Values: []YearValue{{2025, 13}}}, testIndicatorLabels, 240, 120)
	if _, ok := d.ByRole(RoleBaseline)[0].(*Rect); !ok {
		t.Error("baseline is not a square")
	}
	if c := d.ByRole(RoleValue)[0].(*Circle); c.Fill.IsNone() || !c.Stroke.IsNone() {
		t.Error("value is not a filled circle")
	}
	if c := d.ByRole(RoleTarget)[0].(*Circle); c.Stroke.IsNone() || c.Fill != white {
		t.Error("target is not a ring")
	}
	if l := d.ByRole(RolePlanLine)[0].(*Line); l.Dash == 0 {
		t.Error("planned path is not dashed")
	}
	if l := d.ByRole(RoleValueLine)[0].(*Line); l.Dash != 0 {
		t.Error("measured line is dashed")
	}
}

// TestIndicatorChartSizes draws a crowded indicator at every size the
// renderers use and checks that no text touches another.
func TestIndicatorChartSizes(t *testing.T) {
	ind := Indicator{Baseline: yv(2010, 1250.5), Target: yv(2040, 980), Unit: "henkilöä", FirstYear: 2026, LastYear: 2029}
	for y := 2011; y <= 2039; y++ {
		ind.Values = append(ind.Values, YearValue{y, 1000 + 300*math.Sin(float64(y))})
	}
	for _, size := range [][2]float64{{160, 90}, {240, 120}, {320, 160}, {480, 200}} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			d := IndicatorChart(ind, testIndicatorLabels, size[0], size[1])
			checkLegible(t, d)
			years := strings.Split(texts(d, RoleYear), "|")
			if years[0] != "2010" || len(years) < 3 {
				t.Errorf("year labels %v", years)
			}
			if n := len(d.ByRole(RoleValue)); n != 29 {
				t.Errorf("%d value markers, want 29", n)
			}
			if !slices.Contains(strings.Split(texts(d, RoleValueLabel), "|"), "980") {
				t.Errorf("target value not labelled: %s", texts(d, RoleValueLabel))
			}
		})
	}
}

// TestIndicatorChartNumberFormat writes every number in the labels'
// language: an English document's decimal point and commas, a Finnish or
// Swedish one's decimal comma and no-break spaces.
func TestIndicatorChartNumberFormat(t *testing.T) {
	for _, c := range []struct{ lang, values, tick string }{
		{"en", "1,250.5|2,000", "2,000"},
		{"sv", "1\u00a0250,5|2\u00a0000", "2\u00a0000"},
		{"fi", "1\u00a0250,5|2\u00a0000", "2\u00a0000"},
		{"", "1\u00a0250,5|2\u00a0000", "2\u00a0000"},
	} {
		lab := testIndicatorLabels
		lab.Lang = c.lang
		d := IndicatorChart(Indicator{Baseline: yv(2024, 1250.5), Target: yv(2029, 2000), FirstYear: 2020, LastYear: 2030}, lab, 240, 120)
		if got := texts(d, RoleValueLabel); got != c.values {
			t.Errorf("%s: value labels %q, want %q", c.lang, got, c.values)
		}
		if got := texts(d, RoleTickLabel); !strings.Contains(got, c.tick) || (c.lang == "en" && strings.Contains(got, "\u00a0")) {
			t.Errorf("%s: tick labels %q", c.lang, got)
		}
	}
}
