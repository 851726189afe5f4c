package chart

import (
	"fmt"
	"strings"
	"testing"
)

var testStateLabels = StateLabels{
	Names: [stateCount]string{"Suunniteltu", "Käynnissä", "Valmis", "Viivästynyt", "Luovuttu"},
	Empty: "Ei toimenpiteitä",
}

// segments lists the x and width of the bar's parts.
func segments(d Drawing) string {
	var out []string
	for _, s := range d.ByRole(RoleBar) {
		if r, ok := s.(*Rect); ok {
			out = append(out, fmt.Sprintf("%.1f+%.1f", r.X, r.W))
		}
	}
	return strings.Join(out, " ")
}

func TestStateBar(t *testing.T) {
	cases := []struct {
		name     string
		counts   StateCounts
		compact  bool
		segments string
		counted  string
		legend   string
		height   float64
	}{
		{
			name: "all states", counts: StateCounts{2, 3, 4, 1, 0},
			segments: "0.0+40.0 40.0+60.0 100.0+80.0 180.0+20.0",
			counted:  "2|3|4|1",
			legend:   "Suunniteltu 2|Käynnissä 3|Valmis 4|Viivästynyt 1|Luovuttu 0",
			height:   41.8,
		},
		{
			name: "compact lists only states present", counts: StateCounts{0, 0, 5, 0, 1}, compact: true,
			segments: "0.0+166.7 166.7+33.3",
			counted:  "5|1",
			legend:   "Valmis 5|Luovuttu 1",
			height:   23.8,
		},
		{
			name: "a sliver has no count inside but one in the legend", counts: StateCounts{0, 99, 0, 1, 0}, compact: true,
			segments: "0.0+198.0 198.0+2.0",
			counted:  "99",
			legend:   "Käynnissä 99|Viivästynyt 1",
			height:   23.8,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := StateBar(c.counts, testStateLabels, 200, c.compact)
			var counted []string
			for _, s := range d.ByRole(RoleCount) {
				if tx, ok := s.(*Text); ok {
					counted = append(counted, tx.S)
				}
			}
			got := []string{segments(d), strings.Join(counted, "|"), legendTexts(d), fmt.Sprintf("%.1f", d.H)}
			want := []string{c.segments, c.counted, c.legend, fmt.Sprintf("%.1f", c.height)}
			for i, field := range []string{"segments", "counts", "legend", "height"} {
				if got[i] != want[i] {
					t.Errorf("%s = %q, want %q", field, got[i], want[i])
				}
			}
			checkLegible(t, d)
		})
	}
}

func TestStateBarEmpty(t *testing.T) {
	d := StateBar(StateCounts{}, testStateLabels, 200, false)
	if texts(d, RoleNoData) != "Ei toimenpiteitä" || len(d.ByRole(RoleBar)) != 0 {
		t.Errorf("empty bar: %q, %d bar parts", texts(d, RoleNoData), len(d.ByRole(RoleBar)))
	}
}

// TestStatePatterns pins that no two states look alike without colour: each
// has its own pattern, and the outlined ones differ in pattern lines.
func TestStatePatterns(t *testing.T) {
	seen := map[Pattern]State{}
	for _, s := range States {
		p := Style(s).Pattern
		if other, ok := seen[p]; ok {
			t.Errorf("states %d and %d share pattern %d", other, s, p)
		}
		seen[p] = s
	}
	lines := map[State]int{}
	for _, s := range States {
		var d Drawing
		stateArea(&d, s, Box{0, 0, 40, 10}, RoleBar)
		lines[s] = len(d.ByRole(RolePattern))
		for _, sh := range d.ByRole(RolePattern) {
			if !sh.Box().Inside(Box{0, 0, 40, 10}) {
				t.Errorf("state %d: pattern line %v leaves the area", s, sh.Box())
			}
		}
	}
	want := map[State]int{StatePlanned: 0, StateOngoing: 11, StateDone: 0, StateDelayed: 22, StateDropped: 3}
	for s, n := range want {
		if lines[s] != n {
			t.Errorf("state %d: %d pattern lines, want %d", s, lines[s], n)
		}
	}
}

// TestStateBarCountsInLanguage: counts of a thousand and more are grouped
// as the labels' language groups them.
func TestStateBarCountsInLanguage(t *testing.T) {
	c := StateCounts{1234, 5}
	for lang, want := range map[string]string{"en": "Suunniteltu 1,234", "fi": "Suunniteltu 1\u00a0234"} {
		lab := testStateLabels
		lab.Lang = lang
		d := StateBar(c, lab, 400, false)
		var only Drawing
		for _, s := range d.Shapes {
			if _, ok := s.(*Text); ok {
				only.Shapes = append(only.Shapes, s)
			}
		}
		d = only
		if got := texts(d, RoleLegend); !strings.Contains(got, want) {
			t.Errorf("%s: legend %q, want %q", lang, got, want)
		}
		if got := texts(d, RoleCount); !strings.Contains(got, strings.TrimPrefix(want, "Suunniteltu ")) {
			t.Errorf("%s: counts %q", lang, got)
		}
	}
}
