// Package hyphen finds where words may be hyphenated, by Frank Liang's
// pattern algorithm (the one TeX uses) over the Swedish and English pattern
// files embedded in assets/hyph, and by the basic syllable rule for Finnish.
//
// It is pure Go, so the PDF exporter uses it without Fyne. A Hyphenator is
// safe for concurrent use once made.
package hyphen

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/encoding/charmap"

	"fi.kotoutus/kotoutus/assets"
)

// Hyphenator returns the rune offsets inside a word where a line may break
// with a hyphen: an offset k means the break falls between word[k-1] and
// word[k].
type Hyphenator interface {
	Breaks(word []rune) []int
}

// For returns the hyphenator of a document language: TeX patterns for
// Swedish and English, the syllable rule for Finnish and for any other
// language. A pattern file that cannot be read falls back to the syllable
// rule, which does no harm to a word; tests pin that both files load.
func For(lang string) Hyphenator {
	file, ok := patternFiles[lang]
	if !ok {
		return Finnish
	}
	p, err := loadPatterns(file)
	if err != nil {
		return Finnish
	}
	return p
}

// patternFiles are the embedded pattern files by language, with the
// shortest word parts a break may leave (the files' own minimums are
// raised to Swedish and English typesetting practice: "a-" alone at a
// line's end is not allowed).
var patternFiles = map[string]patternFile{
	"sv": {name: "hyph/hyph_sv.dic", left: 2, right: 2},
	"en": {name: "hyph/hyph_en_GB.dic", left: 2, right: 3},
}

type patternFile struct {
	name        string
	left, right int
}

var (
	loadMu sync.Mutex
	loaded = map[string]*Patterns{}
)

// loadPatterns parses an embedded pattern file once.
func loadPatterns(f patternFile) (*Patterns, error) {
	loadMu.Lock()
	defer loadMu.Unlock()
	if p, ok := loaded[f.name]; ok {
		return p, nil
	}
	data, err := fs.ReadFile(assets.Hyphenation, f.name)
	if err != nil {
		return nil, fmt.Errorf("hyphenation patterns: %w", err)
	}
	p, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("hyphenation patterns %s: %w", f.name, err)
	}
	p.left, p.right = max(p.left, f.left), max(p.right, f.right)
	loaded[f.name] = p
	return p, nil
}

// Patterns is a parsed pattern file.
type Patterns struct {
	// values maps a pattern's letters (with "." for a word edge) to its
	// inter-letter values, one more than the letters.
	values      map[string][]byte
	maxLen      int
	left, right int
}

// Parse reads a pattern file in the Hunspell/ALTLinux format: the first
// line names the character set (UTF-8 or ISO8859-1), lines such as
// "LEFTHYPHENMIN 2" set the minimums, and every other line is a pattern
// like ".a2b5r" (letters with digits between them). Comments (%, #) and
// empty lines are skipped.
func Parse(data []byte) (*Patterns, error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	p := &Patterns{values: map[string][]byte{}, left: 2, right: 2}
	first := true
	latin1 := false
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if first {
			first = false
			switch strings.ToUpper(strings.ReplaceAll(line, "-", "")) {
			case "UTF8":
				continue
			case "ISO88591", "ISO885915":
				latin1 = true
				continue
			}
			return nil, fmt.Errorf("unknown character set %q", line)
		}
		if latin1 {
			dec, err := charmap.ISO8859_1.NewDecoder().String(line)
			if err != nil {
				return nil, err
			}
			line = dec
		}
		if line == "" || strings.HasPrefix(line, "%") || strings.HasPrefix(line, "#") {
			continue
		}
		if k, v, ok := strings.Cut(line, " "); ok {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil {
				continue // a directive we do not use
			}
			switch k {
			case "LEFTHYPHENMIN":
				p.left = n
			case "RIGHTHYPHENMIN":
				p.right = n
			}
			continue
		}
		if strings.ContainsAny(line, "/=_") {
			continue // non-standard (replacing) patterns are not used
		}
		letters, vals := splitPattern(line)
		if len(letters) == 0 {
			continue
		}
		key := string(letters)
		if old, ok := p.values[key]; ok {
			for i := range vals {
				vals[i] = max(vals[i], old[i])
			}
		}
		p.values[key] = vals
		p.maxLen = max(p.maxLen, len(letters))
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(p.values) == 0 {
		return nil, fmt.Errorf("no patterns")
	}
	return p, nil
}

// splitPattern separates ".a2b5r" into its letters ".abr" and the values
// between them [0 0 2 5 0].
func splitPattern(s string) ([]rune, []byte) {
	var letters []rune
	vals := []byte{0}
	for _, r := range s {
		if r >= '0' && r <= '9' {
			vals[len(vals)-1] = byte(r - '0')
			continue
		}
		letters = append(letters, unicode.ToLower(r))
		vals = append(vals, 0)
	}
	return letters, vals
}

// Breaks returns where word may be hyphenated: the offsets whose value is
// odd, keeping at least the minimum number of letters on each side. A word
// with anything but letters is not broken by patterns (a hyphen or slash in
// it is already a break).
func (p *Patterns) Breaks(word []rune) []int {
	n := len(word)
	if n < p.left+p.right {
		return nil
	}
	w := make([]rune, 0, n+2)
	w = append(w, '.')
	for _, r := range word {
		if !unicode.IsLetter(r) {
			return nil
		}
		w = append(w, unicode.ToLower(r))
	}
	w = append(w, '.')
	// points[i] is the value before w[i].
	points := make([]byte, len(w)+1)
	var key strings.Builder
	for i := range w {
		key.Reset()
		for j := i; j < len(w) && j-i < p.maxLen; j++ {
			key.WriteRune(w[j])
			vals, ok := p.values[key.String()]
			if !ok {
				continue
			}
			for k, v := range vals {
				points[i+k] = max(points[i+k], v)
			}
		}
	}
	var out []int
	// A break before word[k] is the value before w[k+1].
	for k := p.left; k <= n-p.right; k++ {
		if points[k+1]%2 == 1 {
			out = append(out, k)
		}
	}
	return out
}

// Finnish hyphenates by the basic Finnish syllable rule.
var Finnish Hyphenator = syllables{}

type syllables struct{}

// Breaks returns where a word may be hyphenated by the basic Finnish rule:
// a new syllable starts at a consonant followed by a vowel ("läh-tö-ta-so",
// "maa-han-muut-ta-nei-den"). Both parts must keep two letters and the
// first part a vowel. It does no harm to names in other languages.
func (syllables) Breaks(rs []rune) []int {
	var out []int
	vowelSeen := false
	for k := 0; k+1 < len(rs); k++ {
		c, next := unicode.ToLower(rs[k]), unicode.ToLower(rs[k+1])
		if k >= 2 && vowelSeen && len(rs)-k >= 2 && isConsonant(c) && isVowel(next) && unicode.IsLetter(rs[k-1]) {
			out = append(out, k)
		}
		if isVowel(c) {
			vowelSeen = true
		}
	}
	return out
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouyäöåáéíóúüõ", r) }

func isConsonant(r rune) bool { return unicode.IsLetter(r) && !isVowel(r) }

// Hyphenate writes word with "-" at every break, for tests and tools.
func Hyphenate(h Hyphenator, word string) string {
	rs := []rune(word)
	var b strings.Builder
	prev := 0
	for _, k := range h.Breaks(rs) {
		b.WriteString(string(rs[prev:k]))
		b.WriteByte('-')
		prev = k
	}
	b.WriteString(string(rs[prev:]))
	return b.String()
}
