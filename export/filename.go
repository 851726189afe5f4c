package export

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"fi.kotoutus/kotoutus/programme"
)

// maxSlug bounds a file name's stem; case-management systems and mail
// gateways cut longer names.
const maxSlug = 80

// FileName suggests the name of an exported file: the municipality, the
// title and the period in lower-case ASCII joined by hyphens, e.g.
// "jarvilahti-kotouttamisohjelma-2026-2029.pdf", which mail gateways and
// case-management systems keep as it is. extra, if not empty, is added
// before the extension (a snapshot's name). ext is the format's extension
// with its dot. The export dialog and the command line both use it.
func FileName(p *programme.Programme, extra, ext string) string {
	var parts []string
	if p != nil {
		parts = append(parts, p.Municipalities...)
		title := strings.TrimSpace(p.Title)
		if title == "" {
			title = "kotouttamisohjelma"
		}
		parts = append(parts, title)
		stem := Slug(strings.Join(parts, " "))
		if p.StartYear > 0 && !strings.Contains(stem, strconv.Itoa(p.StartYear)) {
			stem += "-" + strconv.Itoa(p.StartYear)
			if p.EndYear > p.StartYear {
				stem += "-" + strconv.Itoa(p.EndYear)
			}
		}
		parts = []string{stem}
	}
	if extra != "" {
		parts = append(parts, extra)
	}
	stem := Slug(strings.Join(parts, " "))
	if len(stem) > maxSlug {
		stem = strings.TrimRight(stem[:maxSlug], "-")
	}
	if stem == "" {
		stem = "kotouttamisohjelma"
	}
	return stem + ext
}

// Slug turns text into lower-case ASCII letters, digits and single
// hyphens: "Järvilahti – Kotouttamisohjelma 2026–2029" becomes
// "jarvilahti-kotouttamisohjelma-2026-2029". Accents are dropped (ä → a,
// å → a, é → e), a few letters without a decomposition are spelt out
// (ß → ss, æ → ae, ø → o), and anything else is a separator.
func Slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFKD.String(strings.ToLower(s)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		var out string
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			out = string(r)
		default:
			out = spelled[r]
		}
		if out == "" {
			hyphen = b.Len() > 0
			continue
		}
		if hyphen {
			b.WriteByte('-')
			hyphen = false
		}
		b.WriteString(out)
	}
	return b.String()
}

// spelled writes letters that have no decomposition into ASCII.
var spelled = map[rune]string{
	'ß': "ss", 'æ': "ae", 'ø': "o", 'œ': "oe", 'đ': "d", 'ð': "d", 'þ': "th",
	'ł': "l", 'ŋ': "n", 'ŧ': "t", 'ı': "i",
}
