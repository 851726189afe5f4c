package chart

import (
	"slices"
	"testing"
)

func TestFormatNumber(t *testing.T) {
	cases := []struct {
		name string
		f    float64
		dec  int
		want string
	}{
		{"integer", 12, 0, "12"},
		{"decimal comma", 12.5, 1, "12,5"},
		{"rounds", 2.345, 2, "2,35"},
		{"thousands", 1234567, 0, "1\u00a0234\u00a0567"},
		{"four digits", 2000, 0, "2\u00a0000"},
		{"three digits", 999, 0, "999"},
		{"negative", -3.5, 1, "\u22123,5"},
		{"negative zero", -0.001, 1, "0,0"},
		{"zero", 0, 0, "0"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := FormatNumber(c.f, c.dec); got != c.want {
				t.Errorf("FormatNumber(%v, %d) = %q, want %q", c.f, c.dec, got, c.want)
			}
		})
	}
}

func TestDecimals(t *testing.T) {
	cases := []struct {
		v    float64
		want int
	}{{12, 0}, {12.5, 1}, {0.25, 2}, {1.0 / 3, 2}, {-4.1, 1}}
	for _, c := range cases {
		if got := Decimals(c.v, 2); got != c.want {
			t.Errorf("Decimals(%v) = %d, want %d", c.v, got, c.want)
		}
	}
}

func TestNiceScale(t *testing.T) {
	cases := []struct {
		name   string
		lo, hi float64
		ticks  []float64
		dec    int
	}{
		{"from zero", 8, 20, []float64{0, 5, 10, 15, 20}, 0},
		{"above half stays off zero", 12, 20, []float64{12, 14, 16, 18, 20}, 0},
		{"narrow band keeps its floor", 61.2, 68.9, []float64{60, 62, 64, 66, 68, 70}, 0},
		{"reversed arguments", 20, 8, []float64{0, 5, 10, 15, 20}, 0},
		{"one value", 40, 40, []float64{36, 38, 40, 42, 44}, 0},
		{"zero alone", 0, 0, []float64{-1, -0.5, 0, 0.5, 1}, 1},
		{"small decimals", 0.12, 0.19, []float64{0.12, 0.14, 0.16, 0.18, 0.2}, 2},
		{"negative", -8, -2, []float64{-8, -6, -4, -2, 0}, 0},
		{"across zero", -3, 7, []float64{-4, -2, 0, 2, 4, 6, 8}, 0},
		{"large", 1200, 5400, []float64{0, 1000, 2000, 3000, 4000, 5000, 6000}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := NiceScale(c.lo, c.hi, 5)
			if !slices.Equal(s.Ticks, c.ticks) || s.Decimals != c.dec {
				t.Errorf("NiceScale(%v, %v) = ticks %v dec %d, want %v dec %d", c.lo, c.hi, s.Ticks, s.Decimals, c.ticks, c.dec)
			}
			if s.Min > min(c.lo, c.hi) || s.Max < max(c.lo, c.hi) {
				t.Errorf("scale %v..%v does not cover %v..%v", s.Min, s.Max, c.lo, c.hi)
			}
		})
	}
}

func TestTruncate(t *testing.T) {
	cases := []struct {
		s     string
		width float64
		want  string
	}{
		{"Kielikurssit", 100, "Kielikurssit"},
		{"Kielikurssit työikäisille", 50, "Kielikurss…"},
		{"Kielikurssit", 1, ""},
	}
	for _, c := range cases {
		got := Truncate(c.s, c.width, 8, false)
		if got != c.want {
			t.Errorf("Truncate(%q, %v) = %q, want %q", c.s, c.width, got, c.want)
		}
		if TextWidth(got, 8, false) > c.width {
			t.Errorf("Truncate(%q, %v) = %q is wider than the room", c.s, c.width, got)
		}
	}
}

func TestNiceWholeScale(t *testing.T) {
	cases := []struct {
		lo, hi float64
		n      int
		want   []float64
	}{
		{420, 422, 6, []float64{420, 421, 422}},     // NiceScale would step by 0.5
		{421, 421, 6, NiceScale(421, 421, 6).Ticks}, // a wide span keeps NiceScale's steps
		{0, 100, 6, NiceScale(0, 100, 6).Ticks},     // whole steps already
		{3, 4, 6, []float64{3, 4}},
	}
	for _, c := range cases {
		s := NiceWholeScale(c.lo, c.hi, c.n)
		if s.Decimals != 0 || len(s.Ticks) != len(c.want) {
			t.Errorf("NiceWholeScale(%v, %v): ticks %v, decimals %d; want %v", c.lo, c.hi, s.Ticks, s.Decimals, c.want)
			continue
		}
		for i := range c.want {
			if s.Ticks[i] != c.want[i] {
				t.Errorf("NiceWholeScale(%v, %v): ticks %v, want %v", c.lo, c.hi, s.Ticks, c.want)
				break
			}
		}
		if s.Min != s.Ticks[0] || s.Max != s.Ticks[len(s.Ticks)-1] {
			t.Errorf("NiceWholeScale(%v, %v): ends %v..%v outside ticks %v", c.lo, c.hi, s.Min, s.Max, s.Ticks)
		}
	}
}
