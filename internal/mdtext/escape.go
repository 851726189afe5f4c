package mdtext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Inline returns plain text typed by a user (a name, a title, a table cell)
// as Markdown inline content that renders as exactly that text and cannot
// change the document's structure: line breaks become spaces, and every
// character that could start emphasis, a link, a code span, raw HTML, an
// entity, a table cell boundary or (at the start) a heading, quote or list
// is escaped with a backslash.
func Inline(s string) string {
	s = OneLine(s)
	if s == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '#':
			b.WriteByte('\\')
		case '&':
			// Only "&name;" and "&#12;" are entities; a lone & stays readable.
			if next, _ := utf8.DecodeRuneInString(s[i+1:]); next == '#' || isASCIIAlnum(next) {
				b.WriteByte('\\')
			}
		case '-', '+', '=':
			// A leading marker would start a list or a thematic break.
			if i == 0 {
				b.WriteByte('\\')
			}
		case '.', ')':
			// "1. " or "1)" at the start would start an ordered list;
			// "2.3.2026" would not.
			if i > 0 && allDigits(s[:i]) && (i+1 == len(s) || s[i+1] == ' ') {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Cell returns user text for a GitHub table cell.
func Cell(s string) string { return Inline(s) }

// OneLine collapses runs of white space (line breaks included) to single
// spaces, trims the ends and drops control characters, which a document
// cannot show and which would confuse parsers.
func OneLine(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f':
			// No-break spaces are kept: they hold "12 %" together.
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func isASCIIAlnum(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func allDigits(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Paragraphs returns plain multi-line text (a description, a summary) as
// escaped Markdown paragraphs: blank lines separate paragraphs, single line
// breaks are joined.
func Paragraphs(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var out []string
	for _, para := range strings.Split(s, "\n\n") {
		if p := Inline(para); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n\n")
}
