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

// Wrap breaks s into lines of at most width at size, at spaces; a word
// wider than a line is cut with an ellipsis, and so is the last line when
// s needs more than maxLines (maxLines < 1 is one line).
func Wrap(s string, width, size float64, bold bool, maxLines int) []string {
	maxLines = max(1, maxLines)
	words := strings.Fields(s)
	var lines []string
	cur := ""
	for i, w := range words {
		if len(lines) == maxLines-1 {
			// The last line takes the rest, cut if it must be.
			cur = strings.TrimSpace(cur + " " + strings.Join(words[i:], " "))
			break
		}
		try := w
		if cur != "" {
			try = cur + " " + w
		}
		if TextWidth(try, size, bold) <= width || cur == "" {
			cur = try
			continue
		}
		lines = append(lines, cur)
		cur = w
	}
	if cur != "" || len(lines) == 0 {
		lines = append(lines, cur)
	}
	for i, l := range lines {
		lines[i] = Truncate(l, width, size, bold)
	}
	return lines
}
