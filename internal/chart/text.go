package chart

import "strings"

// TextWidth estimates the advance of s set in DejaVu Sans (the font of
// every renderer) at size, from the font's widths grouped into a few
// classes; it errs on the wide side so that labels placed by it do not
// touch.
func TextWidth(s string, size float64, bold bool) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case strings.ContainsRune("iljtfI.,:;'|!()[]", r):
			w += 0.36
		case r == ' ' || r == '\u00a0' || r == '\u202f':
			w += 0.32
		case r >= '0' && r <= '9':
			w += 0.64
		case strings.ContainsRune("mwMWÅÄÖ%", r):
			w += 0.92
		case r >= 'A' && r <= 'Z':
			w += 0.72
		default:
			w += 0.62
		}
	}
	if bold {
		w *= 1.1
	}
	return w * size
}

// Truncate shortens s with an ellipsis so that it fits width at size.
func Truncate(s string, width, size float64, bold bool) string {
	if TextWidth(s, size, bold) <= width {
		return s
	}
	rs := []rune(s)
	for n := len(rs) - 1; n > 0; n-- {
		t := strings.TrimRight(string(rs[:n]), " ") + "…"
		if TextWidth(t, size, bold) <= width {
			return t
		}
	}
	return ""
}
