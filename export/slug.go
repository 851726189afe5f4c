package export

import (
	"strconv"
	"strings"
	"unicode"
)

// slugger gives headings anchors the way GitHub and pandoc do for letters:
// lower case, punctuation dropped, spaces to hyphens, repeats numbered. Unlike
// goldmark's automatic IDs it keeps ä, ö and other non-ASCII letters, so a
// link in the table of contents finds "Työllisyys".
type slugger struct{ seen map[string]int }

func newSlugger() *slugger { return &slugger{seen: map[string]int{}} }

// slug returns a unique anchor for heading text s.
func (sl *slugger) slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_' || r == '-':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	base := b.String()
	if base == "" {
		base = "section"
	}
	n := sl.seen[base]
	sl.seen[base] = n + 1
	if n == 0 {
		return base
	}
	return base + "-" + strconv.Itoa(n)
}
