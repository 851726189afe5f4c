package export

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fi.kotoutus/kotoutus/internal/hyphen"
)

func TestBreakLinesStayWithinWidth(t *testing.T) {
	f, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	m := measurer{font: f}
	g := newGlyphs(f)
	texts := []string{
		"3–5/2026 ja hyväksymisen jälkeen 1/2027",
		"Maahanmuuttajataustaistenasukkaidenkotoutumispalvelukokonaisuudenkehittämissuunnitelma on pitkä",
		"suomi, selkokieli, arabia, ukraina, somali, englanti",
		"https://esimerkkikunta.fi/hyvin/pitka/osoite/joka/ei/mahdu.html",
		"kotoutumis- ja työllisyyspalvelut sosiaali-/terveyspalvelut",
		"maahanmuuttaja\u00adtaustaisia osallistujia",
		"محمد علي ja שלום עליכם",
		"Vieraskielisten osuus on 7,6 % ja heitä on 1 912.",
	}
	for _, text := range texts {
		for _, st := range []style{{size: bodySize}, {size: tableSize, bold: true}, {size: 15, bold: true}} {
			toks := m.tokenize(g.runs(text, st))
			for w := 6.0; w <= 80; w += 1.5 {
				lines := m.breakLines(toks, w)
				var got []string
				for _, l := range lines {
					var b strings.Builder
					for _, it := range l.items {
						b.WriteString(it.text)
					}
					got = append(got, b.String())
					if l.w > w+1e-6 && !(len(l.items) == 1 && utf8.RuneCountInString(l.items[0].text) == 1) {
						t.Errorf("%q at %.1f mm: line %q is %.2f mm wide", text, w, b.String(), l.w)
					}
				}
				// No letter is lost or doubled.
				joined := strings.NewReplacer("-", "", " ", "").Replace(strings.Join(got, ""))
				want := strings.NewReplacer("-", "", " ", "", "\u00ad", "").Replace(g.clean(text))
				if !strings.ContainsRune(text, 'ש') && joined != want {
					t.Errorf("%q at %.1f mm: lines %q lose text", text, w, got)
				}
			}
		}
	}
}

func TestBreakLinesKeepsNumbersTogether(t *testing.T) {
	f, _ := loadFonts()
	m := measurer{font: f}
	g := newGlyphs(f)
	st := style{size: bodySize}
	toks := m.tokenize(g.runs("osuus 7,6 % ja asukkaita 1 912 henkeä", st))
	for w := 15.0; w < 80; w += 0.5 {
		for _, l := range m.breakLines(toks, w) {
			first := l.items[0].text
			if first == "%" || first == "912" || strings.HasPrefix(first, "% ") || strings.HasPrefix(first, "912") {
				t.Errorf("at %.1f mm a line starts with %q", w, first)
			}
		}
	}
}

// TestBreakLinesAfterRangeDash: a schedule in a narrow column breaks after
// the range's en dash, never inside a date ("12/20" and "27").
func TestBreakLinesAfterRangeDash(t *testing.T) {
	f, _ := loadFonts()
	m := measurer{font: f}
	g := newGlyphs(f)
	st := style{size: tableSize}
	toks := m.tokenize(g.runs("8/2026–12/2027", st))
	whole := m.width("8/2026–12/2027", st)
	part := max(m.width("8/2026–", st), m.width("12/2027", st))
	for w := part + 0.1; w < whole; w += 0.5 {
		var got []string
		for _, l := range m.breakLines(toks, w) {
			var b strings.Builder
			for _, it := range l.items {
				b.WriteString(it.text)
			}
			got = append(got, b.String())
		}
		if len(got) != 2 || got[0] != "8/2026–" || got[1] != "12/2027" {
			t.Errorf("at %.1f mm: lines %q", w, got)
		}
	}
}

func TestSyllableBreaks(t *testing.T) {
	tests := map[string]string{
		"lähtötaso":          "läh-tö-ta-so",
		"maahanmuuttaneiden": "maa-han-muut-ta-nei-den",
		"selkokieli":         "sel-ko-kie-li",
		"strategia":          "stra-te-gia",
		"Kela":               "Ke-la",
		"ikä":                "ikä",
		"ja":                 "ja",
	}
	for word, want := range tests {
		rs := []rune(word)
		var b strings.Builder
		last := 0
		for _, k := range hyphen.Finnish.Breaks(rs) {
			b.WriteString(string(rs[last:k]) + "-")
			last = k
		}
		b.WriteString(string(rs[last:]))
		if got := b.String(); got != want {
			t.Errorf("%s: %s, want %s", word, got, want)
		}
	}
}

func TestRightToLeftWordsAreReordered(t *testing.T) {
	f, _ := loadFonts()
	m := measurer{font: f}
	g := newGlyphs(f)
	st := style{size: bodySize}
	// Logical order: "nimi", then the Arabic words "A: B C" (three words).
	toks := m.tokenize(g.runs("nimi العربية: محمد علي loppu", st))
	lines := m.breakLines(toks, 500)
	if len(lines) != 1 {
		t.Fatalf("%d lines", len(lines))
	}
	var order []string
	for _, it := range lines[0].items {
		order = append(order, it.text)
	}
	want := []string{"nimi", visual(shapeArabic("علي")), visual(shapeArabic("محمد")), visual(shapeArabic("العربية:")), "loppu"}
	if strings.Join(order, "|") != strings.Join(want, "|") {
		t.Errorf("visual order\n got %q\nwant %q", order, want)
	}
	for i := 1; i < len(lines[0].items); i++ {
		a, b := lines[0].items[i-1], lines[0].items[i]
		if b.x < a.x+a.w {
			t.Errorf("item %d overlaps the one before", i)
		}
	}
}

// TestSwedishLinesBreakAtCompoundJoints lays out Swedish compounds in
// narrowing columns with the Swedish patterns (the document's language)
// and checks every hyphenated line ends where Swedish allows a break: at
// a joint such as välfärds-|området, never välfärd-|sområdet as the Finnish
// syllable rule would put it.
func TestSwedishLinesBreakAtCompoundJoints(t *testing.T) {
	f, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	sv := hyphen.For("sv")
	g := newGlyphs(f)
	st := style{size: bodySize}
	// "personaltjänsterna," once lost its patterns to the comma and was cut
	// by force before its last letter in a table cell.
	words := []string{"välfärdsområdet", "sysselsättningsområdet", "samarbetsgruppen", "invandrarbakgrund", "integrationsfrämjande", "personaltjänsterna,"}
	broken := 0
	for _, lang := range []struct {
		name string
		hy   hyphen.Hyphenator
		bad  map[string]bool
	}{
		{"sv", sv, map[string]bool{"välfärd": true, "sysselsättning": true, "samarbetsg": true, "invandrarbakg": true, "integrationsf": true}},
	} {
		m := measurer{font: f, hy: lang.hy}
		for _, word := range words {
			allowed := map[string]bool{}
			rs := []rune(strings.TrimRight(word, ","))
			for _, k := range sv.Breaks(rs) {
				allowed[string(rs[:k])] = true
			}
			toks := m.tokenize(g.runs("Om "+word+" och", st))
			for w := 12.0; w <= 40; w += 0.5 {
				acc := ""
				for _, l := range m.breakLines(toks, w) {
					last := l.items[len(l.items)-1]
					if !last.hyphen {
						acc = ""
						continue
					}
					acc += strings.TrimSuffix(last.text, "-")
					broken++
					if h := acc; !allowed[h] || lang.bad[h] {
						t.Errorf("%s at %.1f mm: %s broken after %q", lang.name, w, word, h)
					}
				}
			}
		}
	}
	if broken == 0 {
		t.Fatal("no word was hyphenated; are the columns narrow enough?")
	}
}

// TestRangeMovesWhole: a range that fits on the next line goes there whole
// ("Kotouttamisohjelma" / "2026–2029"), never "… 2026–" / "2029".
func TestRangeMovesWhole(t *testing.T) {
	f, _ := loadFonts()
	m := measurer{font: f}
	g := newGlyphs(f)
	st := style{bold: true, size: 26}
	text := "Kotouttamisohjelma 2026–2029"
	toks := m.tokenize(g.runs(text, st))
	lo := m.width("Kotouttamisohjelma 2026–", st)
	hi := m.width(text, st)
	for w := lo + 0.1; w < hi; w += 2 {
		var got []string
		for _, l := range m.breakLines(toks, w) {
			var b strings.Builder
			for i, it := range l.items {
				if i > 0 && it.space {
					b.WriteString(" ")
				}
				b.WriteString(it.text)
			}
			got = append(got, b.String())
		}
		if len(got) != 2 || got[0] != "Kotouttamisohjelma" || got[1] != "2026–2029" {
			t.Errorf("at %.1f mm: lines %q", w, got)
		}
	}
}
