package hyphen

import (
	"strings"
	"testing"
)

// heads returns the word's beginnings up to each break: "väl", "välfärds" …
func heads(h Hyphenator, word string) map[string]bool {
	rs := []rune(word)
	out := map[string]bool{}
	for _, k := range h.Breaks(rs) {
		out[string(rs[:k])] = true
	}
	return out
}

// TestSwedishCompounds checks that Swedish compounds break at the joint of
// their parts (välfärds|området) and never where the Finnish syllable rule
// puts a break inside a Swedish compound (välfärd|sområdet, bakg|rund).
func TestSwedishCompounds(t *testing.T) {
	sv := For("sv")
	tests := []struct {
		word    string
		must    []string // heads at which a break is allowed
		mustNot []string // heads at which no break may fall
	}{
		{"välfärdsområdet", []string{"välfärds"}, []string{"välfärd"}},
		{"sysselsättningsområdet", []string{"sysselsättnings"}, []string{"sysselsättning"}},
		{"samarbetsgruppen", []string{"samarbets"}, []string{"samarbetsg", "sa"}},
		{"invandrarbakgrund", []string{"invandrar", "invandrarbak"}, []string{"invandrarbakg"}},
		{"arbetskraftsmyndigheten", []string{"arbets", "arbetskrafts"}, []string{"arbetsk"}},
		{"uppföljningsplanen", []string{"uppföljnings"}, []string{"uppföljningsp"}},
		{"kommunfullmäktige", []string{"kommun"}, nil},
		{"integrationsfrämjande", []string{"integrations"}, []string{"integrationsf"}},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got := heads(sv, tt.word)
			for _, h := range tt.must {
				if !got[h] {
					t.Errorf("%s: no break after %q", Hyphenate(sv, tt.word), h)
				}
			}
			for _, h := range tt.mustNot {
				if got[h] {
					t.Errorf("%s: a break after %q", Hyphenate(sv, tt.word), h)
				}
			}
		})
	}
}

func TestEnglish(t *testing.T) {
	en := For("en")
	tests := []struct{ word, want string }{
		{"employment", "em-ploy-ment"},
		{"integration", "in-teg-ra-tion"},
		{"wellbeing", "well-being"},
		{"programme", "pro-gramme"},
	}
	for _, tt := range tests {
		if got := Hyphenate(en, tt.word); got != tt.want {
			t.Errorf("Hyphenate(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestFinnishSyllables(t *testing.T) {
	tests := []struct{ word, want string }{
		{"maahanmuuttaneiden", "maa-han-muut-ta-nei-den"},
		{"lähtötaso", "läh-tö-ta-so"},
		{"kotoutumisen", "ko-tou-tu-mi-sen"},
	}
	for _, l := range []string{"fi", "xx", ""} {
		for _, tt := range tests {
			if got := Hyphenate(For(l), tt.word); got != tt.want {
				t.Errorf("%q: Hyphenate(%q) = %q, want %q", l, tt.word, got, tt.want)
			}
		}
	}
}

// TestMinimums keeps two letters before a break and the file's minimum
// after it, and leaves words with digits or signs alone.
func TestMinimums(t *testing.T) {
	for _, l := range []string{"sv", "en"} {
		h := For(l)
		if _, ok := h.(*Patterns); !ok {
			t.Fatalf("%s: the pattern file did not load", l)
		}
		p := h.(*Patterns)
		for _, w := range []string{"abonnemang", "avtal", "överenskommelse", "acceptance", "a", ""} {
			rs := []rune(w)
			for _, k := range h.Breaks(rs) {
				if k < 2 || len(rs)-k < p.right {
					t.Errorf("%s: %s breaks at %d", l, w, k)
				}
			}
		}
		for _, w := range []string{"2026–2029", "COVID-19", "e-post"} {
			if b := h.Breaks([]rune(w)); len(b) > 0 {
				t.Errorf("%s: %q broken at %v", l, w, b)
			}
		}
	}
}

func TestParse(t *testing.T) {
	p, err := Parse([]byte("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n% a comment\n\n1ba\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := Hyphenate(p, "abab"); got != "a-bab" {
		t.Errorf("Hyphenate = %q", got)
	}
	latin, err := Parse([]byte("ISO8859-1\n\xe43\n"))
	if err != nil || !strings.Contains(Hyphenate(latin, "bäbb"), "bä-bb") {
		t.Errorf("Latin-1 file: %v, %q", err, Hyphenate(latin, "bäbb"))
	}
	for _, bad := range []string{"", "KOI8-R\n1ba\n", "UTF-8\n% nothing\n"} {
		if _, err := Parse([]byte(bad)); err == nil {
			t.Errorf("Parse(%q) did not fail", bad)
		}
	}
}

func BenchmarkSwedish(b *testing.B) {
	sv := For("sv")
	w := []rune("sysselsättningsområdet")
	for b.Loop() {
		sv.Breaks(w)
	}
}
