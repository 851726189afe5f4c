package programme_test

import (
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// findSample is a small programme with a row of every kind Find reaches.
func findSample() *programme.Programme {
	p := &programme.Programme{
		ID: "p1", Title: "Akaan kotoutumisohjelma", Municipalities: []string{"Akaa"},
		Steps: map[string]*programme.StepState{"goals": {Note: "Tavoitteet sovittu työryhmässä"}},
		Items: map[string]*programme.ItemState{"situation.q.count": {Note: "Luvut Tilastokeskukselta"}},
	}
	p.Responsibility.Experts = []programme.Contact{{ID: "e1", Name: "Eeva Asiantuntija"}}
	p.Cooperation.Members = []programme.Member{{ID: "m1", Name: "Matti Meikäläinen", Organisation: "Työllisyyspalvelut", Sector: "employment"}}
	p.Cooperation.Hearings = []programme.Hearing{{ID: "h1", Title: "Järjestöjen kuuleminen", Summary: "Toivottiin iltaryhmiä ÄLÄ-kerholle."}}
	p.Goals = []programme.Goal{{
		ID: "g1", Title: "Kieli ja koulutus", Strategies: []string{"employment"},
		Measures: []programme.Measure{{ID: "me1", Title: "Kouluun valmentava koulutus", Responsible: "Sivistystoimi"}},
	}}
	p.Monitoring.Indicators = []programme.Indicator{{
		ID: "i1", Name: "Työllisyysaste",
		Measurements: []programme.Measurement{{Year: 2026, Note: "Café-kokeilu alkoi"}},
	}}
	p.Document.Sections = []programme.Section{{
		ID: "s1", Title: "Johdanto",
		Draft: strings.Repeat("Alku sanoja. ", 20) + "Kotoutumisen\n  edistäminen on kunnan tehtävä." + strings.Repeat(" Loppu sanoja.", 20),
	}}
	p.Comments = []programme.Comment{{ID: "c1", About: "measure:me1", Author: "Liisa", Text: "Tarkista valmentavan koulutuksen kesto"}}
	p.Situation.Strengths = []string{"Vahva järjestökenttä", "a\u0308a\u0308ni\u0308 decomposed"}
	return p
}

func TestFind(t *testing.T) {
	p := findSample()
	for _, tc := range []struct {
		name, query string
		// want lists the hits' places as "step|ref|field", in order.
		want []string
	}{
		{"case", "KOULUUN", []string{"goals|measure:me1|title"}},
		{"phrase across rows", "koulutus", []string{"goals|goal:g1|title", "goals|measure:me1|title"}},
		{"member", "meikäläinen", []string{"cooperation|member:m1|name"}},
		{"hearing", "iltaryhm", []string{"cooperation|hearing:h1|summary"}},
		{"indicator", "työllisyysaste", []string{"monitoring|indicator:i1|name"}},
		{"measurement without id", "kokeilu", []string{"monitoring|indicator:i1|measurements.0.note"}},
		{"expert", "eeva", []string{"responsibility|expert:e1|name"}},
		{"step note", "työryhmässä", []string{"goals|step:goals|note"}},
		{"item note", "tilastokeskuk", []string{"situation|item:situation.q.count|note"}},
		{"list of strings", "järjestökenttä", []string{"situation||situation.strengths.0"}},
		{"programme title", "akaan", []string{"||title"}},
		{"draft, white space matches any", "kotoutumisen edistäminen", []string{"document|section:s1|draft"}},
		{"comment goes with its row", "kesto", []string{"goals|comment:c1|text"}},
		{"accents do not count", "cafe", []string{"monitoring|indicator:i1|measurements.0.note"}},
		{"accented query", "CAFÉ", []string{"monitoring|indicator:i1|measurements.0.note"}},
		{"ä is not a", "ala", nil},
		{"ä matches Ä", "älä-kerho", []string{"cooperation|hearing:h1|summary"}},
		{"ö is not o", "tyollisyys", nil},
		{"decomposed ä is ä", "ää", []string{"situation||situation.strengths.1"}},
		{"decomposed ä is not a", "aani", nil},
		{"option IDs are not text", "employment", nil},
		{"row IDs are not text", "me1", nil},
		{"white space only", "   ", nil},
		{"nothing", "zzz", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hits, more := p.Find(tc.query, 0)
			if more {
				t.Error("more hits reported")
			}
			var got []string
			for _, h := range hits {
				got = append(got, h.Step+"|"+h.Ref+"|"+h.Field)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Find(%q) =\n%s\nwant\n%s", tc.query, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestFindPlaceAndSnippet(t *testing.T) {
	p := findSample()
	hits, _ := p.Find("Kotoutumisen edistäminen", 0)
	if len(hits) != 1 {
		t.Fatalf("%d hits", len(hits))
	}
	h := hits[0]
	if h.Kind != "section" || h.RowID != "s1" || h.Subject != "Johdanto" || h.Path != "document/sections/s1/draft" || h.Count != 1 {
		t.Errorf("place %+v", h)
	}
	if got := h.Snippet[h.MatchStart:h.MatchEnd]; got != "Kotoutumisen edistäminen" {
		t.Errorf("match in snippet %q", got)
	}
	if !strings.HasPrefix(h.Snippet, "…") || !strings.HasSuffix(h.Snippet, "…") || strings.Contains(h.Snippet, "\n") {
		t.Errorf("snippet %q not cut onto one line", h.Snippet)
	}
	if n := len([]rune(h.Snippet)); n > 130 {
		t.Errorf("snippet of %d characters", n)
	}
	// Cuts fall between words.
	if strings.HasPrefix(h.Snippet, "…ku") || strings.HasPrefix(h.Snippet, "…u ") {
		t.Errorf("snippet starts inside a word: %q", h.Snippet)
	}

	c, _ := p.Find("kesto", 0)
	if len(c) != 1 || c[0].About != "measure:me1" || c[0].Kind != "comment" || c[0].RowID != "c1" {
		t.Errorf("comment hit %+v", c)
	}

	n, _ := p.Find("sanoja", 0)
	if len(n) != 1 || n[0].Count != 40 {
		t.Errorf("repeated text: %+v", n)
	}
}

func TestFindLimit(t *testing.T) {
	p := findSample()
	for i := range 30 {
		p.Cooperation.Members = append(p.Cooperation.Members, programme.Member{ID: string(rune('A' + i)), Name: "Jäsen"})
	}
	hits, more := p.Find("jäsen", 10)
	if len(hits) != 10 || !more {
		t.Errorf("%d hits, more %v; want 10 and more", len(hits), more)
	}
	hits, more = p.Find("jäsen", 0)
	if len(hits) != 30 || more {
		t.Errorf("%d hits, more %v; want all 30", len(hits), more)
	}
}

// TestFindOnTheDemo finds a measure of the example programme by a word of
// its title, at its place.
func TestFindOnTheDemo(t *testing.T) {
	p := programme.Demo(checklist.Default())
	m := p.Goals[0].Measures[0]
	word := strings.Fields(m.Title)[0]
	hits, _ := p.Find(strings.ToUpper(word), 0)
	for _, h := range hits {
		if h.Ref == "measure:"+m.ID && h.Field == "title" && h.Step == programme.StepGoals {
			return
		}
	}
	t.Errorf("%q did not find measure %q among %d hits", word, m.Title, len(hits))
}

// BenchmarkFindLarge searches the large programme (demo --size large) as
// the find panel does on each keystroke: a rare word, a common one (cut at
// FindLimit) and one found nowhere.
func BenchmarkFindLarge(b *testing.B) {
	p, err := programme.GenerateSize(checklist.Default(), programme.SizeLarge)
	if err != nil {
		b.Fatal(err)
	}
	for _, q := range []string{"työllisyys", "ja", "qqqzz"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				p.Find(q, 0)
			}
		})
	}
}
