package export

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// substitute stands in for a character the font cannot print: visible, so
// that a reader sees something is missing, and reported in Report.
const substitute = '\u25A1' // □

// glyphs prepares text for the embedded font and records the characters it
// lacks. fpdf keeps one width table of 65,536 entries, so runes outside the
// Basic Multilingual Plane (emoji) must never reach it.
type glyphs struct {
	font    *fontSet
	missing map[rune]bool
}

func newGlyphs(f *fontSet) *glyphs { return &glyphs{font: f, missing: map[rune]bool{}} }

// clean returns s ready for the regular style: composed (NFC, so "a" +
// combining ring prints as "å"), Arabic letters in their joined forms,
// invisible format characters removed and unprintable characters replaced
// by the substitute.
func (g *glyphs) clean(s string) string {
	var b strings.Builder
	for _, r := range g.runs(s, style{}) {
		b.WriteString(r.text)
	}
	return b.String()
}

// runs returns s prepared as clean does, split into runs of style st and,
// for characters that st's face lacks but the regular face has (Arabic in
// italics), runs of the regular face, so that nothing is drawn blank.
func (g *glyphs) runs(s string, st style) []run {
	if s == "" {
		return nil
	}
	s = norm.NFC.String(s)
	if hasArabic(s) {
		s = shapeArabic(s)
	}
	want := st.fontStyle()
	plain := st
	plain.bold, plain.italic = false, false
	var out []run
	var b strings.Builder
	cur := st
	emit := func(r rune, rs style) {
		if rs != cur && b.Len() > 0 {
			out = append(out, run{text: b.String(), st: cur})
			b.Reset()
		}
		cur = rs
		b.WriteRune(r)
	}
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			emit(' ', cur)
		case r == softHyphen:
			emit(r, cur)
		case isInvisible(r) || unicode.IsControl(r):
			continue
		case g.font.has(want, r):
			emit(r, st)
		case g.font.has("", r):
			emit(r, plain)
		default:
			g.missing[r] = true
			emit(substitute, st)
		}
	}
	if b.Len() > 0 {
		out = append(out, run{text: b.String(), st: cur})
	}
	return out
}

// missingRunes returns the recorded characters in ascending order.
func (g *glyphs) missingRunes() []rune {
	if len(g.missing) == 0 {
		return nil
	}
	out := make([]rune, 0, len(g.missing))
	for r := range g.missing {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// softHyphen marks where a word may be broken; it prints only at a break.
const softHyphen = '\u00AD'

// isInvisible tells whether r is a format character that prints nothing:
// zero-width spaces and joiners, direction marks, variation selectors.
func isInvisible(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x206F,
		r >= 0xFE00 && r <= 0xFE0F, r == 0xFEFF, r >= 0xE0100 && r <= 0xE01EF:
		return true
	}
	return false
}

// isRTL tells whether r belongs to a script written right to left
// (Hebrew, Arabic and their presentation forms).
func isRTL(r rune) bool {
	return (r >= 0x0590 && r <= 0x08FF) || (r >= 0xFB1D && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFC)
}

// hasRTL tells whether s has a right-to-left letter.
func hasRTL(s string) bool {
	for _, r := range s {
		if isRTL(r) {
			return true
		}
	}
	return false
}

// visual returns a right-to-left word in the order it is drawn: reversed,
// with brackets mirrored.
func visual(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	for i, r := range rs {
		if m, ok := mirrored[r]; ok {
			rs[i] = m
		}
	}
	return string(rs)
}

var mirrored = map[rune]rune{'(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«'}

func hasArabic(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return true
		}
	}
	return false
}

// arabicForms holds the presentation forms of the basic Arabic letters:
// isolated, final, initial, medial. Letters that join only to the
// preceding letter have no initial or medial form (0).
var arabicForms = map[rune][4]rune{
	0x0621: {0xFE80, 0, 0, 0},
	0x0622: {0xFE81, 0xFE82, 0, 0}, 0x0623: {0xFE83, 0xFE84, 0, 0}, 0x0624: {0xFE85, 0xFE86, 0, 0},
	0x0625: {0xFE87, 0xFE88, 0, 0}, 0x0626: {0xFE89, 0xFE8A, 0xFE8B, 0xFE8C}, 0x0627: {0xFE8D, 0xFE8E, 0, 0},
	0x0628: {0xFE8F, 0xFE90, 0xFE91, 0xFE92}, 0x0629: {0xFE93, 0xFE94, 0, 0}, 0x062A: {0xFE95, 0xFE96, 0xFE97, 0xFE98},
	0x062B: {0xFE99, 0xFE9A, 0xFE9B, 0xFE9C}, 0x062C: {0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0}, 0x062D: {0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4},
	0x062E: {0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8}, 0x062F: {0xFEA9, 0xFEAA, 0, 0}, 0x0630: {0xFEAB, 0xFEAC, 0, 0},
	0x0631: {0xFEAD, 0xFEAE, 0, 0}, 0x0632: {0xFEAF, 0xFEB0, 0, 0}, 0x0633: {0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4},
	0x0634: {0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8}, 0x0635: {0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC}, 0x0636: {0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0},
	0x0637: {0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4}, 0x0638: {0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8}, 0x0639: {0xFEC9, 0xFECA, 0xFECB, 0xFECC},
	0x063A: {0xFECD, 0xFECE, 0xFECF, 0xFED0}, 0x0641: {0xFED1, 0xFED2, 0xFED3, 0xFED4}, 0x0642: {0xFED5, 0xFED6, 0xFED7, 0xFED8},
	0x0643: {0xFED9, 0xFEDA, 0xFEDB, 0xFEDC}, 0x0644: {0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0}, 0x0645: {0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4},
	0x0646: {0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8}, 0x0647: {0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC}, 0x0648: {0xFEED, 0xFEEE, 0, 0},
	0x0649: {0xFEEF, 0xFEF0, 0, 0}, 0x064A: {0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4},
}

// lamAlef maps the alef that follows a lam to the ligature's isolated and
// final forms.
var lamAlef = map[rune][2]rune{0x0622: {0xFEF5, 0xFEF6}, 0x0623: {0xFEF7, 0xFEF8}, 0x0625: {0xFEF9, 0xFEFA}, 0x0627: {0xFEFB, 0xFEFC}}

const tatweel = 0x0640

// transparent marks vowel signs, which do not break joining.
func transparent(r rune) bool { return (r >= 0x064B && r <= 0x065F) || r == 0x0670 }

// joinsForward tells whether r connects to the letter after it.
func joinsForward(r rune) bool {
	if r == tatweel {
		return true
	}
	f, ok := arabicForms[r]
	return ok && f[2] != 0
}

// joinsBack tells whether r connects to the letter before it.
func joinsBack(r rune) bool {
	if r == tatweel {
		return true
	}
	f, ok := arabicForms[r]
	return ok && f[1] != 0
}

// shapeArabic replaces Arabic letters with their contextual presentation
// forms, which the PDF needs because fpdf has no text shaping. Letters
// outside the basic table (Persian additions) stay in their plain form.
func shapeArabic(s string) string {
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	neighbour := func(i, step int) rune {
		for j := i + step; j >= 0 && j < len(rs); j += step {
			if !transparent(rs[j]) {
				return rs[j]
			}
		}
		return 0
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		forms, ok := arabicForms[r]
		if !ok {
			out = append(out, r)
			continue
		}
		prev := neighbour(i, -1)
		back := prev != 0 && joinsForward(prev)
		if r == 0x0644 && i+1 < len(rs) {
			if lig, ok := lamAlef[rs[i+1]]; ok {
				if back {
					out = append(out, lig[1])
				} else {
					out = append(out, lig[0])
				}
				i++
				continue
			}
		}
		next := neighbour(i, 1)
		fwd := forms[2] != 0 && next != 0 && joinsBack(next)
		var form rune
		switch {
		case back && fwd:
			form = forms[3]
		case back && forms[1] != 0:
			form = forms[1]
		case fwd:
			form = forms[2]
		default:
			form = forms[0]
		}
		out = append(out, form)
	}
	return string(out)
}
