package mdtext

import (
	"strconv"
	"strings"
	"unicode"
)

// Slugger gives headings anchors the way GitHub and pandoc do for letters:
// lower case, punctuation dropped, spaces to hyphens, repeats numbered.
// Unlike goldmark's automatic IDs it keeps ä, ö and other non-ASCII letters,
// so a link in the table of contents finds "Työllisyys" (#työllisyys). Every
// anchor it returns is unique among those it has returned. The zero value is
// not usable; call NewSlugger.
type Slugger struct{ seen map[string]int }

// NewSlugger returns a Slugger that has given no anchors yet.
func NewSlugger() *Slugger { return &Slugger{seen: map[string]int{}} }

// Slug returns a unique anchor for heading text s (plain text, not Markdown).
func (sl *Slugger) Slug(s string) string {
	base := slugBase(s)
	anchor := base
	for _, used := sl.seen[anchor]; used; _, used = sl.seen[anchor] {
		sl.seen[base]++
		anchor = base + "-" + strconv.Itoa(sl.seen[base])
	}
	sl.seen[anchor] = 0
	return anchor
}

// slugBase returns the anchor of heading text s before numbering.
func slugBase(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_' || r == '-':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	if b.Len() == 0 {
		return "section"
	}
	return b.String()
}
