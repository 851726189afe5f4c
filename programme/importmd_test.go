package programme_test

import (
	"bytes"
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"

	"fi.kotoutus/kotoutus/programme"
)

var importOpt = programme.ImportOptions{Language: "fi", PreambleTitle: "Johdanto"}

// got is one planned entry reduced to what the table checks.
type got struct {
	heading string
	match   programme.MatchKind
	element string
	draft   string
}

func TestPlanImportMatching(t *testing.T) {
	cases := []struct {
		name  string
		src   string
		want  []got
		level int
		title string
	}{
		{
			name: "exact titles",
			src:  "## Vastuutahot\n\nSivistysjohtaja vastaa.\n\n## Seuranta ja päivittäminen\n\nVuosittain.\n",
			want: []got{
				{"Vastuutahot", programme.MatchExact, "document.el.responsibilities", "Sivistysjohtaja vastaa."},
				{"Seuranta ja päivittäminen", programme.MatchExact, "document.el.monitoring", "Vuosittain."},
			},
			level: 2,
		},
		{
			name: "case, punctuation, numbering and diacritics",
			src:  "# 3. VASTUUTAHOT:\nA\n# 4.1) yhteistyon muodot\nB\n# *Hyvät* väestösuhteet – ja vastaanottavuus!\nC\n",
			want: []got{
				{"3. VASTUUTAHOT:", programme.MatchExact, "document.el.responsibilities", "A"},
				{"4.1) yhteistyon muodot", programme.MatchExact, "document.el.cooperation", "B"},
				{"Hyvät väestösuhteet – ja vastaanottavuus!", programme.MatchExact, "document.el.relations", "C"},
			},
			level: 1,
		},
		{
			name: "similar titles",
			src:  "## Seuranta\nA\n## Lapset ja nuoret\nB\n## Yhteistyö\nC\n",
			want: []got{
				{"Seuranta", programme.MatchSimilar, "document.el.monitoring", "A"},
				{"Lapset ja nuoret", programme.MatchSimilar, "document.el.outside-workforce", "B"},
				{"Yhteistyö", programme.MatchSimilar, "document.el.cooperation", "C"},
			},
			level: 2,
		},
		{
			name: "heading that begins with a title",
			src:  "## Kotoutumista tukevat erityiset palvelut sekä ohjaus- ja neuvontapalvelujen kehittäminen yhdessä järjestöjen kanssa\nA\n",
			want: []got{
				{"Kotoutumista tukevat erityiset palvelut sekä ohjaus- ja neuvontapalvelujen kehittäminen yhdessä järjestöjen kanssa", programme.MatchSimilar, "document.el.special", "A"},
			},
			level: 2,
		},
		{
			name: "unknown headings become new sections",
			src:  "## Vastuutahot\nA\n## Liitteet\nLiite 1\n## Tavoitteet ja toimenpiteet\nT\n",
			want: []got{
				{"Vastuutahot", programme.MatchExact, "document.el.responsibilities", "A"},
				{"Liitteet", programme.MatchNew, "", "Liite 1"},
				{"Tavoitteet ja toimenpiteet", programme.MatchNew, "", "T"},
			},
			level: 2,
		},
		{
			name: "text before the first heading",
			src:  "Tämä ohjelma korvaa aiemman.\n\nToinen kappale.\n\n## Vastuutahot\nA\n",
			want: []got{
				{"", programme.MatchNew, "", "Tämä ohjelma korvaa aiemman.\n\nToinen kappale."},
				{"Vastuutahot", programme.MatchExact, "document.el.responsibilities", "A"},
			},
			level: 2,
		},
		{
			name: "nested headings stay inside their section",
			src:  "# Kotouttamisohjelma 2022–2025\n\n## Vastuutahot\n\nA\n\n### Sosiaalityö\n\nB\n\n#### Tarkemmin\n\nC\n\n## Seuranta ja päivittäminen\n\nD\n",
			want: []got{
				{"Vastuutahot", programme.MatchExact, "document.el.responsibilities", "A\n\n### Sosiaalityö\n\nB\n\n#### Tarkemmin\n\nC"},
				{"Seuranta ja päivittäminen", programme.MatchExact, "document.el.monitoring", "D"},
			},
			level: 2,
			title: "Kotouttamisohjelma 2022–2025",
		},
		{
			name: "title with an introduction",
			src:  "# Kotouttamisohjelma 2022–2025\n\nValtuusto hyväksyi ohjelman.\n\n## Liitteet\n\nL\n",
			want: []got{
				{"", programme.MatchNew, "", "Valtuusto hyväksyi ohjelman."},
				{"Liitteet", programme.MatchNew, "", "L"},
			},
			level: 2,
			title: "Kotouttamisohjelma 2022–2025",
		},
		{
			name: "two top headings are sections, not a title",
			src:  "# Osa 1\n\nA\n\n## Vastuutahot\n\nB\n\n# Osa 2\n\nC\n",
			want: []got{
				{"Osa 1", programme.MatchNew, "", "A"},
				{"Vastuutahot", programme.MatchExact, "document.el.responsibilities", "B"},
				{"Osa 2", programme.MatchNew, "", "C"},
			},
			level: 2,
		},
		{
			name: "setext headings",
			src:  "Vastuutahot\n===========\n\nA\n\nMuuta\n-----\n\nB\n",
			want: []got{
				{"Vastuutahot", programme.MatchExact, "document.el.responsibilities", "A\n\nMuuta\n-----\n\nB"},
			},
			level: 1,
		},
		{
			name: "headings in quotes and lists do not divide",
			src:  "## Vastuutahot\n\n> ## Seuranta ja päivittäminen\n\n- ## Yhteistyön muodot\n",
			want: []got{
				{"Vastuutahot", programme.MatchExact, "document.el.responsibilities", "> ## Seuranta ja päivittäminen\n\n- ## Yhteistyön muodot"},
			},
			level: 2,
		},
		{
			name: "no headings at all",
			src:  "Pelkkää tekstiä.\r\nToinen rivi.\r\n",
			want: []got{
				{"", programme.MatchNew, "", "Pelkkää tekstiä.\nToinen rivi."},
			},
			level: 0,
		},
		{
			name: "an element is matched once",
			src:  "## Vastuutahot\nA\n## Vastuutahot\nB\n",
			want: []got{
				{"Vastuutahot", programme.MatchExact, "document.el.responsibilities", "A"},
				{"Vastuutahot", programme.MatchNew, "", "B"},
			},
			level: 2,
		},
		{
			name: "code block keeps its indentation and hashes",
			src:  "## Vastuutahot\n\n    # ei otsikko\n    koodia\n",
			want: []got{
				{"Vastuutahot", programme.MatchExact, "document.el.responsibilities", "    # ei otsikko\n    koodia"},
			},
			level: 2,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, tpl := newDoc(t)
			plan, err := programme.PlanImport(p, tpl, []byte(c.src), importOpt)
			if err != nil {
				t.Fatal(err)
			}
			if plan.Level != c.level || plan.DocumentTitle != c.title {
				t.Errorf("level %d title %q, want %d %q", plan.Level, plan.DocumentTitle, c.level, c.title)
			}
			if len(plan.Entries) != len(c.want) {
				for _, e := range plan.Entries {
					t.Logf("entry %q → %s %s", e.Heading, e.Match, e.ElementID)
				}
				t.Fatalf("%d entries, want %d", len(plan.Entries), len(c.want))
			}
			for i, w := range c.want {
				e := plan.Entries[i]
				if e.Heading != w.heading || e.Match != w.match || e.ElementID != w.element || e.Draft != w.draft {
					t.Errorf("entry %d = {%q %s %s %q}, want {%q %s %s %q}", i, e.Heading, e.Match, e.ElementID, e.Draft, w.heading, w.match, w.element, w.draft)
				}
				if w.element != "" && e.SectionID != p.Document.ElementSection(w.element).ID {
					t.Errorf("entry %d targets section %q, not the element's", i, e.SectionID)
				}
			}
		})
	}
}

func TestPlanImportLineNumbers(t *testing.T) {
	p, tpl := newDoc(t)
	plan, err := programme.PlanImport(p, tpl, []byte("Alku\n\n## Vastuutahot\nA\n\n\n## Liitteet\nB\n"), importOpt)
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, e := range plan.Entries {
		lines = append(lines, e.Line)
	}
	if len(lines) != 3 || lines[0] != 1 || lines[1] != 3 || lines[2] != 7 {
		t.Errorf("lines = %v, want [1 3 7]", lines)
	}
}

func TestImportReplacesOnlyWhatThePlanSays(t *testing.T) {
	p, tpl := newDoc(t)
	resp := p.Document.ElementSection("document.el.responsibilities")
	resp.Draft = "Vanha teksti."
	mon := p.Document.ElementSection("document.el.monitoring")
	mon.Draft = "Seurantaa."
	intro := p.Document.AddSection("Johdanto", 0)
	p.Document.Section(intro).Draft = "Vanha johdanto."

	src := "Uusi johdanto.\n\n## Vastuutahot\nUusi teksti.\n\n## Seuranta ja päivittäminen\n\n## Liitteet\nLiite.\n"
	plan, err := programme.PlanImport(p, tpl, []byte(src), importOpt)
	if err != nil {
		t.Fatal(err)
	}
	byHeading := map[string]programme.ImportEntry{}
	for _, e := range plan.Entries {
		byHeading[e.Heading] = e
	}
	if e := byHeading[""]; e.Match != programme.MatchExisting || e.SectionID != intro || !e.Replaces {
		t.Errorf("leading text should replace the existing introduction: %+v", e)
	}
	if e := byHeading["Vastuutahot"]; !e.Replaces || e.Skip {
		t.Errorf("responsibilities should be marked as replaced: %+v", e)
	}
	if e := byHeading["Seuranta ja päivittäminen"]; !e.Skip || e.Replaces {
		t.Errorf("an empty part must not wipe a draft: %+v", e)
	}
	if n := plan.Replacing(); n != 2 {
		t.Errorf("Replacing() = %d, want 2", n)
	}

	// The user chooses not to replace the introduction.
	for i := range plan.Entries {
		if plan.Entries[i].SectionID == intro {
			plan.Entries[i].Skip = true
		}
	}
	before := len(p.Document.Sections)
	if n := plan.Apply(p); n != 2 {
		t.Errorf("Apply changed %d sections, want 2", n)
	}
	d := &p.Document
	if d.Section(intro).Draft != "Vanha johdanto." {
		t.Error("skipped entry was applied")
	}
	if resp := d.ElementSection("document.el.responsibilities"); resp.Draft != "Uusi teksti." {
		t.Errorf("responsibilities draft = %q", resp.Draft)
	}
	if d.ElementSection("document.el.monitoring").Draft != "Seurantaa." {
		t.Error("empty part wiped the monitoring draft")
	}
	if len(d.Sections) != before+1 {
		t.Fatalf("%d sections, want one new", len(d.Sections))
	}
	// The appendix comes after every matched part of the file, so it goes last.
	if s := d.Sections[len(d.Sections)-1]; s.Title != "Liitteet" || s.Draft != "Liite." || !s.IsExtra() {
		t.Errorf("last section: %+v", s)
	}
}

func TestImportNewLeadingSectionsGoFirst(t *testing.T) {
	p, tpl := newDoc(t)
	plan, err := programme.PlanImport(p, tpl, []byte("Esipuhe.\n\n## Saatteeksi\nLyhyesti.\n\n## Vastuutahot\nA\n"), importOpt)
	if err != nil {
		t.Fatal(err)
	}
	plan.Apply(p)
	d := &p.Document
	if d.Sections[0].Title != "Johdanto" || d.Sections[0].Draft != "Esipuhe." {
		t.Errorf("first = %+v", d.Sections[0])
	}
	if d.Sections[1].Title != "Saatteeksi" {
		t.Errorf("second = %+v", d.Sections[1])
	}
	if d.Sections[2].ElementID != "document.el.summary" {
		t.Errorf("elements should follow the new leading sections, third = %+v", d.Sections[2])
	}
	// Importing the same file again finds the sections it made.
	again, err := programme.PlanImport(p, tpl, []byte("Esipuhe.\n\n## Saatteeksi\nLyhyesti.\n"), importOpt)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range again.Entries {
		if e.Match != programme.MatchExisting || e.Replaces {
			t.Errorf("re-import: %q → %s (replaces %v)", e.Heading, e.Match, e.Replaces)
		}
	}
}

func TestImportPlacesNewSectionsBetweenMatches(t *testing.T) {
	p, tpl := newDoc(t)
	src := "## Vastuutahot\nA\n## Vastuuhenkilöt\nB\n## Yhteistyön muodot\nC\n## Liite 1\nD\n## Liite 2\nE\n"
	plan, err := programme.PlanImport(p, tpl, []byte(src), importOpt)
	if err != nil {
		t.Fatal(err)
	}
	plan.Apply(p)
	var titles []string
	for _, s := range p.Document.Sections {
		titles = append(titles, s.Heading(tpl, "fi"))
	}
	d := &p.Document
	resp := d.Index(d.ElementSection("document.el.responsibilities").ID)
	if titles[resp+1] != "Vastuuhenkilöt" {
		t.Errorf("a new part between two matched ones should follow the first: %q", titles)
	}
	if n := len(titles); titles[n-2] != "Liite 1" || titles[n-1] != "Liite 2" {
		t.Errorf("trailing parts should go last in file order: %q", titles)
	}
}

func TestImportRestoresMissingElement(t *testing.T) {
	p, tpl := newDoc(t)
	i := p.Document.Index(p.Document.ElementSection("document.el.protection").ID)
	p.Document.Sections = append(p.Document.Sections[:i], p.Document.Sections[i+1:]...)
	plan, err := programme.PlanImport(p, tpl, []byte("## Kansainvälistä tai tilapäistä suojelua saaneet\nTeksti.\n"), importOpt)
	if err != nil {
		t.Fatal(err)
	}
	if e := plan.Entries[0]; e.Match != programme.MatchExact || e.SectionID != "" {
		t.Fatalf("entry = %+v", e)
	}
	plan.Apply(p)
	if s := p.Document.ElementSection("document.el.protection"); s == nil || s.Draft != "Teksti." {
		t.Errorf("element not restored with its draft: %+v", s)
	}
}

func TestImportRefusesHostileFiles(t *testing.T) {
	deepQuote := strings.Repeat(">", 5000) + " syvällä\n"
	var deepList strings.Builder
	for i := range 200 {
		deepList.WriteString(strings.Repeat("  ", i) + "- kohta\n")
	}
	cases := []struct {
		name string
		src  []byte
		want error
	}{
		{"huge", bytes.Repeat([]byte("sana "), programme.MaxImportBytes/5+1), programme.ErrImportTooLarge},
		{"binary with NUL", []byte("PK\x03\x04\x00\x00word/document.xml"), programme.ErrImportBinary},
		{"control characters", bytes.Repeat([]byte("a\x01\x02"), 100), programme.ErrImportBinary},
		{"latin-1", []byte("## Vastuutahot\nK\xe4ytt\xe4j\xe4\n"), programme.ErrImportEncoding},
		{"utf-16", []byte("\xff\xfe#\x00 \x00V\x00"), programme.ErrImportEncoding},
		{"empty", []byte(" \n\t\n"), programme.ErrImportEmpty},
		{"only a title", []byte("\uFEFF# Otsikko\n"), nil},
		{"deep quotes", []byte(deepQuote), programme.ErrImportTooDeep},
		{"deep lists", []byte(deepList.String()), programme.ErrImportTooDeep},
		{"too many headings", []byte(strings.Repeat("## Otsikko\nteksti\n", programme.MaxImportSections+1)), programme.ErrImportTooManySections},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, tpl := newDoc(t)
			before, _ := programme.Encode(p)
			start := time.Now()
			plan, err := programme.PlanImport(p, tpl, c.src, importOpt)
			if took := time.Since(start); took > 2*time.Second {
				t.Errorf("took %v", took)
			}
			if c.want == nil {
				if err != nil || len(plan.Entries) != 1 || plan.Entries[0].Draft != "" {
					t.Errorf("a heading-only file gives one empty part: %v %+v", err, plan)
				}
				return
			}
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			if plan != nil {
				t.Error("a refused file returned a plan")
			}
			after, _ := programme.Encode(p)
			if !bytes.Equal(before, after) {
				t.Error("planning changed the programme")
			}
		})
	}
}

// TestImportLargeFileIsQuick guards against a file near the size limit
// stalling the interface.
// TestImportGrowsLinearly plans a file near the size limit and one half its
// size and compares the bytes allocated: work that grows faster than the
// file (a quadratic join once) shows as a ratio near 4 instead of 2. Bytes
// allocated are machine-independent, unlike a time limit.
func TestImportGrowsLinearly(t *testing.T) {
	p, tpl := newDoc(t)
	file := func(size int) []byte {
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			if i%200 == 0 {
				b.WriteString("\n## Luku\n\n")
			}
			b.WriteString("Kunta tarjoaa *kotoutumista* tukevia palveluja ja [neuvontaa](https://example.fi). ")
			if i%5 == 0 {
				b.WriteString("\n\n")
			}
		}
		return []byte(b.String())
	}
	allocated := func(data []byte) uint64 {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, err := programme.PlanImport(p, tpl, data, importOpt)
		runtime.ReadMemStats(&after)
		if err != nil && !errors.Is(err, programme.ErrImportTooManySections) {
			t.Fatal(err)
		}
		return after.TotalAlloc - before.TotalAlloc
	}
	full := programme.MaxImportBytes - 4096
	small, large := allocated(file(full/2)), allocated(file(full))
	ratio := float64(large) / float64(small)
	t.Logf("%d → %d bytes allocated (%.2f×)", small, large, ratio)
	if ratio > 3 {
		t.Errorf("planning twice the text allocated %.1f× as much (%d → %d bytes): the import grows faster than its input", ratio, small, large)
	}
}
