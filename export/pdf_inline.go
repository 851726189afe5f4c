package export

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fi.kotoutus/kotoutus/internal/hyphen"
)

// ptToMM converts a font size in points to millimetres.
const ptToMM = 25.4 / 72

// color is an RGB colour.
type color struct{ r, g, b int }

// style is how a piece of inline text is drawn.
type style struct {
	bold, italic, code, strike bool
	// link is a web address, or "#anchor" for a place in the document;
	// linkID numbers the link in the document, so that the words of one
	// link make one Link element.
	link   string
	linkID int
	size   float64 // points
	color  color
}

// fontStyle returns fpdf's style string for s.
func (s style) fontStyle() string {
	switch {
	case s.bold && s.italic:
		return "BI"
	case s.bold:
		return "B"
	case s.italic:
		return "I"
	}
	return ""
}

// run is a piece of inline text in one style; brk marks a hard line break.
type run struct {
	text string
	st   style
	brk  bool
}

// token is an unbreakable piece of a line: a word or part of a word.
type token struct {
	text string
	st   style
	// space tells whether a space separates the token from the previous one.
	space bool
	// hyphen tells whether a hyphen is drawn when a line ends after the
	// token (a soft hyphen or a word broken for lack of room).
	hyphen bool
	brk    bool
	rtl    bool
	w      float64 // mm
}

// placed is a token at its position on a line.
type placed struct {
	token
	x float64
}

// line is one laid out line of text.
type line struct {
	items []placed
	w     float64
	// spaceAfter tells whether a space separates the line's last word
	// from the first word of the next line. The space is drawn (it is
	// invisible) so that text extracted from the tags keeps its words
	// apart.
	spaceAfter bool
}

// measurer measures text with the embedded font.
// measurer measures and breaks text in the document's fonts; hy finds
// where words may be hyphenated in the document's language (nil: the
// Finnish syllable rule).
type measurer struct {
	font *fontSet
	hy   hyphen.Hyphenator
}

// wholeWordRunes is the longest word whose hyphenation points are found on
// the whole word; beyond it (no real word is that long) only the part that
// can still fit on the line is looked at, so that breaking a very long
// string stays linear.
const wholeWordRunes = 64

// wordBreaks returns the hyphenation points of word that fall inside its
// first len(head) runes.
func (m measurer) wordBreaks(head []rune, word string) []int {
	hy := m.hy
	if hy == nil {
		hy = hyphen.Finnish
	}
	rs := head
	if n := utf8.RuneCountInString(word); n > len(head) && n <= wholeWordRunes {
		rs = []rune(word)
	}
	// Punctuation around the word ("tjänsterna," or "(välfärdsområdet)")
	// is no part of it: the patterns refuse a word with anything but
	// letters, and a long word in a narrow table cell was then cut by force
	// before its last letter.
	lead, end := 0, len(rs)
	for lead < end && !unicode.IsLetter(rs[lead]) {
		lead++
	}
	for end > lead && !unicode.IsLetter(rs[end-1]) {
		end--
	}
	var out []int
	for _, k := range hy.Breaks(rs[lead:end]) {
		if k += lead; k < len(head) {
			out = append(out, k)
		}
	}
	return out
}

// width returns the width of s in style st, in millimetres.
func (m measurer) width(s string, st style) float64 {
	return float64(m.font.width(st.fontStyle(), s)) * st.size / 1000 * ptToMM
}

// tokenize splits runs into words and the parts of words a line may break
// between: after a hyphen or slash inside a word, and at soft hyphens.
func (m measurer) tokenize(runs []run) []token {
	// One allocation for the words instead of growing the slice word by
	// word: this was a sixth of the export's allocation.
	n := 0
	for _, r := range runs {
		n += strings.Count(r.text, " ") + 1
	}
	out := make([]token, 0, n)
	space := false
	for _, r := range runs {
		if r.brk {
			out = append(out, token{brk: true})
			space = false
			continue
		}
		text := r.text
		for text != "" {
			i := strings.IndexByte(text, ' ')
			word := text
			if i >= 0 {
				word, text = text[:i], text[i+1:]
			} else {
				text = ""
			}
			if word == "" {
				space = true
				continue
			}
			if n := len(out); n > 0 && space && !out[n-1].brk && out[n-1].st == r.st && keepsWithPrevious(out[n-1].text, word) {
				// "7,6 %" and "1 912" must not be split over two lines.
				prev := &out[n-1]
				prev.text += " " + word
				prev.w = m.width(prev.text, prev.st)
				space = i >= 0
				continue
			}
			for j, part := range splitWord(word) {
				t := token{text: part.text, st: r.st, space: space && j == 0, hyphen: part.soft}
				if hasRTL(t.text) {
					t.rtl = true
					t.text = visual(t.text)
				}
				t.w = m.width(t.text, t.st)
				out = append(out, t)
			}
			space = i >= 0
		}
		if strings.HasSuffix(r.text, " ") {
			space = true
		}
	}
	return out
}

// keepsWithPrevious tells whether word must stay on the line of the word
// before it: a unit sign after a number, or a group of three digits after
// the thousands of a number written with spaces.
func keepsWithPrevious(prev, word string) bool {
	switch word {
	case "%", "‰", "€", "%.", "%,", "€.", "€,", "%)", "€)":
		return true
	}
	if len(word) >= 3 && allDigits(word[:3]) && (len(word) == 3 || !unicode.IsDigit(rune(word[3]))) {
		last := prev
		if i := strings.LastIndexAny(prev, " ( "); i >= 0 {
			last = prev[i+1:]
		}
		return len(last) >= 1 && len(last) <= 3 && allDigits(last)
	}
	return false
}

// wordPart is a piece of a word between break opportunities.
type wordPart struct {
	text string
	soft bool // ends at a soft hyphen: draw "-" if the line breaks here
}

// splitWord splits a word after inner hyphens and slashes and at soft
// hyphens, which are removed, and after the en dash of a range
// ("8/2026–12/2027" breaks as "8/2026–" and "12/2027", never inside a
// date).
func splitWord(w string) []wordPart {
	if !strings.ContainsAny(w, "-/\u00AD–") {
		return []wordPart{{text: w}}
	}
	var out []wordPart
	start := 0
	prev := rune(0)
	for i, r := range w {
		switch r {
		case softHyphen:
			if i > start {
				out = append(out, wordPart{text: w[start:i], soft: true})
			}
			start = i + utf8.RuneLen(r)
		case '-', '/':
			next, _ := utf8.DecodeRuneInString(w[i+1:])
			if unicode.IsLetter(prev) && unicode.IsLetter(next) {
				out = append(out, wordPart{text: w[start : i+1]})
				start = i + 1
			}
		case '–':
			if end := i + utf8.RuneLen(r); i > start && end < len(w) {
				out = append(out, wordPart{text: w[start:end]})
				start = end
			}
		}
		prev = r
	}
	if start < len(w) {
		out = append(out, wordPart{text: w[start:]})
	} else if len(out) > 0 {
		out[len(out)-1].soft = false
	}
	return out
}

// breakLines lays tokens out in lines of at most width millimetres. A
// word longer than a line is broken between letters with a hyphen, so long
// Finnish compounds never run past the margin.
func (m measurer) breakLines(tokens []token, width float64) []line {
	var lines []line
	var cur line
	// The lines' words share one array, in order (each line's items are
	// a slice of it, capped at its end), instead of each line growing its
	// own: growing them was another sixth of the export's allocation.
	arena := make([]placed, 0, len(tokens)+1)
	start := 0
	flush := func() {
		if n := len(cur.items); n > 0 && cur.items[n-1].hyphen {
			last := &cur.items[n-1]
			last.text += "-"
			last.w += m.width("-", last.st)
			cur.w = last.x + last.w
		}
		lines = append(lines, reorderRTL(cur))
		start = len(arena)
		cur = line{}
	}
	place := func(t token) {
		x := cur.w
		if t.space && len(cur.items) > 0 {
			x += m.width(" ", t.st)
		}
		arena = append(arena, placed{token: t, x: x})
		cur.items = arena[start:len(arena):len(arena)]
		cur.w = x + t.w
	}
	for _, t := range tokens {
		if t.brk {
			cur.spaceAfter = true
			flush()
			continue
		}
		for {
			gap := 0.0
			if t.space && len(cur.items) > 0 {
				gap = m.width(" ", t.st)
			}
			need := t.w
			if t.hyphen {
				need += m.width("-", t.st)
			}
			if cur.w+gap+need <= width+1e-6 {
				place(t)
				break
			}
			if t.w <= width && len(cur.items) > 0 {
				// A range ("2026–2029") that fits on the next line goes
				// there whole instead of breaking after its en dash, which
				// is for a range longer than a line (a narrow cell).
				carry := cur.rangeToCarry(t, width)
				cur.spaceAfter = t.space
				if len(carry) > 0 {
					cur.items = cur.items[:len(cur.items)-len(carry)]
					arena = arena[:start+len(cur.items)]
					last := cur.items[len(cur.items)-1]
					cur.w = last.x + last.w
					cur.spaceAfter = carry[0].space
				}
				flush()
				for _, c := range carry {
					place(c)
				}
				continue
			}
			// The token is longer than a whole line: break it.
			room := width - cur.w - gap
			head, rest, hyph := m.splitToFit(t, room, len(cur.items) == 0)
			if head == "" {
				if len(cur.items) == 0 {
					// Not even one letter fits; draw it anyway.
					head, rest, hyph = firstRune(t.text)
				} else {
					cur.spaceAfter = t.space
					flush()
					continue
				}
			}
			h := t
			h.text, h.hyphen = head, hyph
			h.w = m.width(head, t.st)
			place(h)
			flush()
			t.text, t.space = rest, false
			t.w = max(0, t.w-h.w) // widths add up: no need to measure the rest again
			if rest == "" {
				break
			}
		}
	}
	if len(cur.items) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// rangeToCarry returns the parts of the word at the end of line l when
// they end with the en dash of a range, other words precede them on the
// line, and together with t (the range's next part) they fit in width;
// otherwise nothing.
func (l *line) rangeToCarry(t token, width float64) []token {
	n := len(l.items)
	if t.space || n < 2 || !strings.HasSuffix(l.items[n-1].text, "–") {
		return nil
	}
	k := n - 1
	for k > 0 && !l.items[k].space {
		k--
	}
	if k == 0 {
		return nil
	}
	w := t.w
	var out []token
	for _, it := range l.items[k:] {
		w += it.w
		out = append(out, it.token)
	}
	if w > width+1e-6 {
		return nil
	}
	return out
}

// splitToFit returns the longest head of t that fits in room together with
// the hyphen it needs, the rest, and whether the head needs a hyphen (only
// between letters). It breaks at a syllable boundary where one fits; on an
// otherwise empty line, where both parts keep at least two characters, or
// anywhere.
func (m measurer) splitToFit(t token, room float64, lineEmpty bool) (head, rest string, hyph bool) {
	if t.rtl {
		// A right-to-left word is stored in visual order; break it from
		// its logical start, which is the right end.
		return m.splitRTL(t, room)
	}
	// Only the runes that fit, and two more for the rules that look ahead,
	// matter: measuring the whole rest of a very long word for every line
	// it is broken into made layout quadratic in the word's length.
	var rs []rune
	pos := []float64{0}
	fit := -1 // how many runes fit, once one does not
	for _, r := range t.text {
		if fit >= 0 && len(rs) >= fit+2 {
			break
		}
		rs = append(rs, r)
		pos = append(pos, pos[len(pos)-1]+m.width(string(r), t.st))
		if fit < 0 && pos[len(rs)] > room {
			fit = len(rs) - 1
		}
	}
	if len(rs) < 2 {
		return "", t.text, false
	}
	hw := m.width("-", t.st)
	letters := func(k int) bool { return unicode.IsLetter(rs[k-1]) && unicode.IsLetter(rs[k]) }
	fits := func(k int) bool {
		need := pos[k]
		if letters(k) {
			need += hw
		}
		return need <= room
	}
	cut := func(k int) (string, string, bool) {
		head := string(rs[:k])
		return head, t.text[len(head):], letters(k)
	}
	breaks := m.wordBreaks(rs, t.text)
	for i := len(breaks) - 1; i >= 0; i-- {
		if fits(breaks[i]) {
			return cut(breaks[i])
		}
	}
	if !lineEmpty {
		// Rather than "s-elkokieli" at the end of a line, start the word
		// on the next one.
		return "", t.text, false
	}
	for k := len(rs) - 2; k >= 2; k-- {
		if fits(k) {
			return cut(k)
		}
	}
	for k := len(rs) - 1; k >= 1; k-- {
		if fits(k) {
			return cut(k)
		}
	}
	return "", t.text, false
}

// splitRTL breaks a right-to-left word kept in visual order.
func (m measurer) splitRTL(t token, room float64) (head, rest string, hyph bool) {
	rs := []rune(t.text)
	w := 0.0
	k := 0
	for i := len(rs) - 1; i >= 0; i-- {
		w += m.width(string(rs[i]), t.st)
		if w > room {
			break
		}
		k++
	}
	if k == 0 {
		return "", t.text, false
	}
	return string(rs[len(rs)-k:]), string(rs[:len(rs)-k]), false
}

func firstRune(s string) (head, rest string, hyph bool) {
	_, n := utf8.DecodeRuneInString(s)
	return s[:n], s[n:], false
}

// reorderRTL draws runs of right-to-left words in reverse order, as the
// Unicode bidirectional algorithm does for a left-to-right paragraph.
func reorderRTL(l line) line {
	n := len(l.items)
	hasAny := false
	for _, it := range l.items {
		if it.rtl {
			hasAny = true
			break
		}
	}
	if !hasAny {
		return l
	}
	// gaps[i] is the space between item i-1 and item i.
	gaps := make([]float64, n)
	for i := 1; i < n; i++ {
		gaps[i] = l.items[i].x - (l.items[i-1].x + l.items[i-1].w)
	}
	order := make([]int, n)
	group := make([]int, n)
	for i := range order {
		order[i] = i
		group[i] = -1
	}
	for i := 0; i < n; {
		if !l.items[i].rtl {
			i++
			continue
		}
		j := i
		for j+1 < n && l.items[j+1].rtl {
			j++
		}
		for a, b := i, j; a < b; a, b = a+1, b-1 {
			order[a], order[b] = order[b], order[a]
		}
		for k := i; k <= j; k++ {
			group[k] = i
		}
		i = j + 1
	}
	out := line{items: make([]placed, n), spaceAfter: l.spaceAfter}
	x := 0.0
	for k, idx := range order {
		it := l.items[idx]
		if k > 0 {
			// Inside a reversed group neighbours keep the gap they had;
			// at a group's edge the gap at that position stays.
			if group[k] >= 0 && group[k] == group[k-1] {
				x += gaps[max(order[k-1], idx)]
			} else {
				x += gaps[k]
			}
		}
		it.x = x
		out.items[k] = it
		x += it.w
	}
	out.w = x
	return out
}
