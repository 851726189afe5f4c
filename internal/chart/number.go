package chart

import (
	"math"
	"strconv"
	"strings"
)

// FormatNumber writes f in Finnish notation with the given decimals: a
// decimal comma, no-break spaces between thousands, and a real minus sign.
func FormatNumber(f float64, decimals int) string {
	s := strconv.FormatFloat(math.Abs(f), 'f', decimals, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if f < 0 && strings.Trim(s, "0.") != "" {
		b.WriteRune('\u2212')
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 && len(intPart) > 3 {
			b.WriteRune('\u00a0')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteByte(',')
		b.WriteString(frac)
	}
	return b.String()
}

// FormatNumberIn is FormatNumber in a document or interface language: in
// English a decimal point and commas between thousands, otherwise the
// Finnish and Swedish notation of FormatNumber.
func FormatNumberIn(lang string, f float64, decimals int) string {
	s := FormatNumber(f, decimals)
	if lang == "en" {
		s = strings.NewReplacer(",", ".", "\u00a0", ",").Replace(s)
	}
	return s
}

// Decimals returns how many decimals v needs, at most max: 12.5 needs one.
func Decimals(v float64, max int) int {
	for d := 0; d < max; d++ {
		p := math.Pow(10, float64(d))
		if math.Abs(math.Round(v*p)-v*p) < 1e-9*math.Max(1, math.Abs(v*p)) {
			return d
		}
	}
	return max
}

// Scale is a value axis: its ends, its ticks and the decimals their labels
// need.
type Scale struct {
	Min, Max float64
	Ticks    []float64
	Decimals int
}

// NiceScale returns an axis over lo..hi with about n ticks at round steps
// (1, 2 or 5 times a power of ten). A span of one value is widened around
// it, and an axis of positive values starts at zero when that costs less
// than half the height.
func NiceScale(lo, hi float64, n int) Scale {
	if lo > hi {
		lo, hi = hi, lo
	}
	switch {
	case lo > 0 && lo < hi/2:
		lo = 0
	case hi < 0 && hi > lo/2:
		hi = 0
	}
	if lo == hi {
		d := math.Abs(lo) / 10
		if d == 0 {
			d = 1
		}
		lo, hi = lo-d, hi+d
	}
	if n < 2 {
		n = 2
	}
	step := niceNum((hi-lo)/float64(n-1), true)
	s := Scale{Min: math.Floor(lo/step) * step, Max: math.Ceil(hi/step) * step}
	s.Decimals = max(0, -int(math.Floor(math.Log10(step)+1e-9)))
	for v := s.Min; v <= s.Max+step/2; v += step {
		p := math.Pow(10, float64(s.Decimals))
		s.Ticks = append(s.Ticks, math.Round(v*p)/p)
	}
	s.Min, s.Max = s.Ticks[0], s.Ticks[len(s.Ticks)-1]
	return s
}

// niceNum returns a round number near x: 1, 2 or 5 times a power of ten
// (rounded, or the next one up).
func niceNum(x float64, round bool) float64 {
	e := math.Floor(math.Log10(x))
	f := x / math.Pow(10, e)
	var nf float64
	switch {
	case round && f < 1.5, !round && f <= 1:
		nf = 1
	case round && f < 3, !round && f <= 2:
		nf = 2
	case round && f < 7, !round && f <= 5:
		nf = 5
	default:
		nf = 10
	}
	return nf * math.Pow(10, e)
}

// NiceWholeScale is NiceScale for values that are all whole numbers, such
// as counts of people: its step is never below one, so that no tick reads
// 420,5 on an axis of 420 to 422 participants.
func NiceWholeScale(lo, hi float64, n int) Scale {
	s := NiceScale(lo, hi, n)
	if s.Decimals == 0 {
		return s
	}
	// A step below one means the span is below n-1, so whole steps give
	// at most n ticks.
	s = Scale{Min: math.Floor(math.Min(lo, hi)), Max: math.Ceil(math.Max(lo, hi))}
	if s.Min == s.Max {
		s.Min, s.Max = s.Min-1, s.Max+1
	}
	for v := s.Min; v <= s.Max; v++ {
		s.Ticks = append(s.Ticks, v)
	}
	return s
}

// allWhole tells whether every value is a whole number.
func allWhole(vs []float64) bool {
	for _, v := range vs {
		if v != math.Trunc(v) {
			return false
		}
	}
	return true
}
