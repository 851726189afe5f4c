package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/mdtext"
	"fi.kotoutus/kotoutus/programme"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// outline is the structure of a Markdown document as a parser sees it.
type outline struct {
	headings []heading2
	tables   []tableShape
	// others counts inline nodes that user text must never produce when
	// it is escaped: raw HTML, links, code spans.
	rawHTML, links, codeSpans int
}

type heading2 struct {
	level int
	text  string
}

type tableShape struct {
	header []string
	rows   [][]string
}

// parseOutline parses md with the export's own Markdown dialect.
func parseOutline(t *testing.T, md []byte) outline {
	t.Helper()
	var o outline
	_ = ast.Walk(parseMarkdown(md), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			o.headings = append(o.headings, heading2{n.Level, mdtext.Plain(n, md)})
		case *extast.Table:
			var ts tableShape
			for row := n.FirstChild(); row != nil; row = row.NextSibling() {
				var cells []string
				for c := row.FirstChild(); c != nil; c = c.NextSibling() {
					cells = append(cells, mdtext.Plain(c, md))
				}
				if row.Kind() == extast.KindTableHeader {
					ts.header = cells
				} else {
					ts.rows = append(ts.rows, cells)
				}
			}
			o.tables = append(o.tables, ts)
		case *ast.RawHTML, *ast.HTMLBlock:
			o.rawHTML++
		case *ast.Link:
			// Bare web addresses in text become autolinks, as on GitHub;
			// only a Markdown link shows that syntax got through.
			o.links++
		case *ast.CodeSpan:
			o.codeSpans++
		}
		return ast.WalkContinue, nil
	})
	return o
}

func exportMarkdown(t *testing.T, p *programme.Programme, tpl *checklist.Template) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Markdown(&buf, p, tpl, testOptions()); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// expectedTopHeadings returns the title, the contents heading, the section
// titles (numbered unless the layout says otherwise) of the sections that
// have something to print, and the appendix, computed from the programme
// independently of the exporter.
func expectedTopHeadings(p *programme.Programme, tpl *checklist.Template) []heading2 {
	tx, _ := loadTexts("fi")
	title := p.Title
	if title == "" {
		title = tpl.DocumentTitle.In("fi")
	}
	out := []heading2{{1, oneLine(title)}, {2, tx.get("toc")}}
	n := 0
	for _, s := range p.Document.Sections {
		if !sectionHasContent(p, s) {
			continue
		}
		n++
		name := oneLine(s.Title)
		if name == "" {
			if it, ok := tpl.Item(s.ElementID); ok {
				name = it.Label("fi")
			} else {
				name = tx.get("section.untitled")
			}
		}
		if !p.Document.Layout.Unnumbered {
			name = itoa(n) + " " + name
		}
		out = append(out, heading2{2, name})
	}
	return append(out, heading2{2, tx.get("appendix.process")})
}

// sectionHasContent tells whether a section prints anything: a draft, the
// note that it does not apply, or a block whose step has data.
func sectionHasContent(p *programme.Programme, s programme.Section) bool {
	if s.NotApplicable || strings.TrimSpace(s.Draft) != "" {
		return true
	}
	for _, b := range s.Includes {
		switch b {
		case programme.BlockGoals, programme.BlockSummary:
			if len(p.Goals) > 0 {
				return true
			}
		case programme.BlockCooperation:
			if len(p.Cooperation.Members)+len(p.Cooperation.Hearings) > 0 {
				return true
			}
		case programme.BlockFigures:
			if len(p.Situation.Figures) > 0 {
				return true
			}
		case programme.BlockSituation:
			sit := p.Situation
			if len(sit.Answers)+len(sit.Questions)+len(sit.Strengths)+len(sit.Challenges)+len(sit.MissingServices) > 0 {
				return true
			}
		case programme.BlockIndicators:
			if len(p.Monitoring.Indicators) > 0 {
				return true
			}
		case programme.BlockMonitoringPlan:
			if !reflect.DeepEqual(p.Monitoring.Plan, programme.Plan{}) {
				return true
			}
		case programme.BlockCommunication:
			if len(p.Communication.Rows) > 0 {
				return true
			}
		}
	}
	return false
}

// shownSections counts the sections expectedTopHeadings lists.
func shownSections(p *programme.Programme) int {
	n := 0
	for _, s := range p.Document.Sections {
		if sectionHasContent(p, s) {
			n++
		}
	}
	return n
}

func topHeadings(o outline) []heading2 {
	var out []heading2
	for _, h := range o.headings {
		if h.level <= sectionLevel {
			out = append(out, h)
		}
	}
	return out
}

func equalHeadings(a, b []heading2) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestMarkdownGolden(t *testing.T) {
	p, tpl := demo(t)
	got := exportMarkdown(t, p, tpl)
	golden := filepath.Join("testdata", "demo.md")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./export -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("demo Markdown differs from %s; run with -update and review the diff", golden)
	}

	// The golden file itself must parse to the document's structure.
	o := parseOutline(t, want)
	if top, exp := topHeadings(o), expectedTopHeadings(p, tpl); !equalHeadings(top, exp) {
		t.Errorf("top-level headings\n got %v\nwant %v", top, exp)
	}
	if o.rawHTML != 0 {
		t.Errorf("%d raw HTML nodes in the demo document", o.rawHTML)
	}
	// Contents: one link per section plus the appendix.
	if want := shownSections(p) + 1; o.links < want {
		t.Errorf("%d links, want at least %d for the contents", o.links, want)
	}
	checkTables(t, o, p)

	// No table is printed twice: the appendix refers to the section that
	// shows the cooperation group and the hearings.
	tx, _ := loadTexts("fi")
	counts := map[string]int{}
	for _, ts := range o.tables {
		counts[strings.Join(ts.header, "|")]++
	}
	for h, n := range counts {
		// Every goal has its measures table and every indicator chart
		// its table of values.
		if n > 1 && !strings.HasPrefix(h, tx.get("col.measure")+"|") && !strings.HasSuffix(h, "|"+tx.get("chart.col.kind")) {
			t.Errorf("table with header %q printed %d times", h, n)
		}
	}
	if !bytes.Contains(want, []byte(tx.get("appendix.seeSection", "section", "6 Yhteistyön muodot"))) {
		t.Error("the appendix does not refer to the section with the cooperation tables")
	}
}

// checkTables finds each included table in the outline by its header and
// checks its rows against the programme's data.
func checkTables(t *testing.T, o outline, p *programme.Programme) {
	t.Helper()
	tx, _ := loadTexts("fi")
	byHeader := map[string][]tableShape{}
	for _, ts := range o.tables {
		if len(ts.header) == 0 {
			t.Errorf("table without header row")
			continue
		}
		for _, r := range ts.rows {
			if len(r) != len(ts.header) {
				t.Errorf("table %v: row %v has %d cells", ts.header, r, len(r))
			}
		}
		byHeader[ts.header[0]] = append(byHeader[ts.header[0]], ts)
	}
	included := map[programme.Block]bool{}
	for _, s := range p.Document.Sections {
		if s.NotApplicable {
			continue
		}
		for _, b := range s.Includes {
			included[b] = true
		}
	}
	if included[programme.BlockGoals] {
		var measures []string
		for _, g := range p.Goals {
			for _, m := range g.Measures {
				measures = append(measures, oneLine(m.Title))
			}
		}
		var rows []string
		for _, ts := range byHeader[tx.get("col.measure")] {
			for _, r := range ts.rows {
				rows = append(rows, r[0])
			}
		}
		if len(measures) == 0 || !containsAll(rows, measures) {
			t.Errorf("measure rows %v, want every measure %v", rows, measures)
		}
	}
	if included[programme.BlockFigures] && len(p.Situation.Figures) > 0 {
		ts := byHeader[tx.get("col.figure")]
		if len(ts) == 0 || len(ts[0].rows) != len(p.Situation.Figures) {
			t.Errorf("figures table %v, want %d rows", ts, len(p.Situation.Figures))
		}
	}
	if included[programme.BlockIndicators] && len(p.Monitoring.Indicators) > 0 {
		ts := byHeader[tx.get("col.indicator")]
		if len(ts) == 0 || len(ts[0].rows) != len(p.Monitoring.Indicators) {
			t.Errorf("indicator table %v, want %d rows", ts, len(p.Monitoring.Indicators))
		}
	}
	if included[programme.BlockCommunication] && len(p.Communication.Rows) > 0 {
		ts := byHeader[tx.get("col.audience")]
		if len(ts) == 0 || len(ts[0].rows) != len(p.Communication.Rows) {
			t.Errorf("communication table %v, want %d rows", ts, len(p.Communication.Rows))
		}
	}
	if n := len(p.Cooperation.Hearings); n > 0 {
		// The cooperation block or else the appendix lists every hearing
		// and a total row.
		found := false
		for _, ts := range byHeader[tx.get("col.date")] {
			if (len(ts.header) == 5 || len(ts.header) == 6) && len(ts.rows) == n+1 && ts.rows[n][0] == tx.get("total") {
				found = true
			}
		}
		if !found {
			t.Errorf("no table of %d hearings with a total row", n)
		}
	}
}

func containsAll(have, want []string) bool {
	set := map[string]int{}
	for _, h := range have {
		set[h]++
	}
	for _, w := range want {
		if set[w] == 0 {
			return false
		}
		set[w]--
	}
	return true
}

// hostile are names a user may type that look like Markdown.
var hostile = []string{
	"Kela | TE-palvelut | kunta",
	"`koodi` ja ``kaksi``",
	"# Ei otsikko",
	"## Eikä tämä ##",
	"> ei lainaus",
	"- ei luettelo",
	"+ eikä tämä",
	"1. ei numeroitu",
	"2) eikä tämä",
	"<script>alert(1)</script> <b>lihava</b>",
	"**ei lihava** _eikä kursiivi_ ~~eikä yliviivattu~~",
	"[ei linkki](http://example.org) ja <http://example.org>",
	"&amp; &#35; & tavallinen",
	"rivi yksi\nrivi kaksi\n\nkappale",
	"Maahanmuuttajaneuvontapalvelukokonaisuudenkehittämissuunnitelmaluonnosversio",
	"Tervetuloa 😀👍🏽 kaikki",
	"محمد علي ja שלום",
	"Čđŋšŧž Ááŋ ja Õun ja Привет",
	"\\ kenoviiva lopussa \\",
	"---",
	"***",
	"    sisennetty",
	"=== alleviivaus",
	"![kuva](x.png)",
	"a\x00b\x1bc",
}

// hostileProgramme puts the hostile names everywhere user text reaches the
// document.
func hostileProgramme(t *testing.T) (*programme.Programme, *checklist.Template) {
	t.Helper()
	tpl := checklist.Default()
	p := programme.New(tpl, []string{hostile[0], hostile[2]}, hostile[3], 2026, 2029)
	p.Responsibility.Lead = programme.Contact{Name: hostile[9], Title: hostile[1]}
	var g programme.Goal
	g.ID, g.Title, g.Description, g.CustomTheme, g.Rationale = "g1", hostile[4], hostile[13], hostile[5], hostile[10]
	for i, h := range hostile {
		id := itoa(i)
		g.Measures = append(g.Measures, programme.Measure{ID: "m" + id, Title: h, Responsible: hostile[(i+1)%len(hostile)], Partners: h})
		p.Cooperation.Members = append(p.Cooperation.Members, programme.Member{ID: "c" + id, Name: h, Organisation: h, Role: h})
		p.Cooperation.Hearings = append(p.Cooperation.Hearings, programme.Hearing{ID: "h" + id, Title: h, Participants: h, Count: i})
		p.Situation.Figures = append(p.Situation.Figures, programme.Figure{ID: "f" + id, Label: h, Value: programme.TextValue(h), Unit: h, Source: h})
		p.Monitoring.Indicators = append(p.Monitoring.Indicators, programme.Indicator{ID: "i" + id, Name: h, GoalIDs: []string{"g1"}, Source: h, Frequency: h})
		p.Communication.Rows = append(p.Communication.Rows, programme.CommRow{ID: "r" + id, CustomAudience: h, Message: h, Channel: h, Timing: h, Responsible: h})
		p.Responsibility.Milestones = append(p.Responsibility.Milestones, programme.Milestone{ID: "ms" + id, Body: h, Decision: h})
	}
	p.Goals = []programme.Goal{g}
	for i := range p.Document.Sections {
		s := &p.Document.Sections[i]
		s.ID = "s" + itoa(i)
		s.Includes = programme.Blocks
	}
	p.Document.Sections[0].Draft = "# Luonnoksen pääotsikko\n\nTeksti.\n\nAlleviivattu\n===\n\n<!-- avoin kommentti"
	p.Document.Sections[1].Draft = "```\navoin koodilohko"
	p.Document.Sections[2].Draft = "<div>\n\n# Otsikko HTML-lohkon jälkeen\n\n</div>"
	p.Document.Sections[3].NotApplicable = true
	p.Document.Sections[3].Reason = hostile[2]
	p.Document.Sections = append(p.Document.Sections, programme.Section{ID: "x1", Title: hostile[5], Draft: "Lisäosio."},
		programme.Section{ID: "x2", Title: hostile[10]})
	return p, tpl
}

func TestHostileNamesKeepStructure(t *testing.T) {
	p, tpl := hostileProgramme(t)
	md := exportMarkdown(t, p, tpl)
	o := parseOutline(t, md)
	if top, exp := topHeadings(o), expectedTopHeadings(p, tpl); !equalHeadings(top, exp) {
		t.Errorf("top-level headings\n got %q\nwant %q", top, exp)
	}
	if o.rawHTML != 0 || o.codeSpans != 0 {
		t.Errorf("user text produced %d raw HTML and %d code spans", o.rawHTML, o.codeSpans)
	}
	// Only the contents links: no name may become a link.
	if want := shownSections(p) + 1; o.links != want {
		t.Errorf("%d links, want %d (the contents only)", o.links, want)
	}
	// Every measure name comes back from its cell exactly as typed.
	tx, _ := loadTexts("fi")
	var measureCells []string
	for _, ts := range o.tables {
		if len(ts.header) > 0 && ts.header[0] == tx.get("col.measure") {
			for _, r := range ts.rows {
				measureCells = append(measureCells, r[0])
			}
		}
	}
	// Every section includes the goals, so the table repeats.
	if len(measureCells) < len(hostile) {
		t.Fatalf("%d measure rows, want at least %d", len(measureCells), len(hostile))
	}
	for i, h := range hostile {
		if want := oneLine(h); measureCells[i] != want {
			t.Errorf("measure %d: cell %q, want %q", i, measureCells[i], want)
		}
	}
	checkTables(t, o, p)
	// Headings of drafts sit below the sections.
	for _, h := range o.headings {
		if h.text == "Luonnoksen pääotsikko" && h.level != sectionLevel+1 {
			t.Errorf("draft heading at level %d, want %d", h.level, sectionLevel+1)
		}
		if h.text == "Alleviivattu" && h.level != sectionLevel+1 {
			t.Errorf("setext draft heading at level %d", h.level)
		}
	}
}

func TestInlineRoundTrip(t *testing.T) {
	for _, h := range hostile {
		t.Run(h, func(t *testing.T) {
			src := []byte("Teksti: " + inline(h) + "\n\n" + inline(h) + "\n")
			doc := parseMarkdown(src)
			if doc.ChildCount() != 2 {
				t.Fatalf("%q became %d blocks", src, doc.ChildCount())
			}
			for b := doc.FirstChild(); b != nil; b = b.NextSibling() {
				if b.Kind() != ast.KindParagraph && !(oneLine(h) == "" && b.Kind() == ast.KindParagraph) {
					t.Fatalf("%q parsed as %s", src, b.Kind())
				}
				for c := b.FirstChild(); c != nil; c = c.NextSibling() {
					if c.Kind() != ast.KindText && c.Kind() != ast.KindAutoLink {
						t.Errorf("%q has a %s node", src, c.Kind())
					}
				}
			}
			if got, want := mdtext.Plain(doc.LastChild(), src), oneLine(h); got != want {
				t.Errorf("round trip: got %q, want %q", got, want)
			}
		})
	}
}

func TestEmbedDraft(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain text unchanged", "Teksti *korostus*.\n\n- a\n- b", "Teksti *korostus*.\n\n- a\n- b"},
		{"atx headings move down, gaps closed", "# Yksi\n\n## Kaksi\n\n###### Kuusi", "### Yksi\n\n#### Kaksi\n\n##### Kuusi"},
		{"a user's ### stays ###", "### Yksi\n\nteksti\n\n### Kaksi", "### Yksi\n\nteksti\n\n### Kaksi"},
		{"#### under ## keeps its rank", "## Yksi\n\n#### Alempi", "### Yksi\n\n#### Alempi"},
		{"deep levels capped at 6", "# 1\n\n## 2\n\n### 3\n\n#### 4\n\n##### 5", "### 1\n\n#### 2\n\n##### 3\n\n###### 4\n\n###### 5"},
		{"closing hashes kept", "# Yksi #", "### Yksi #"},
		{"setext headings become atx", "Yksi\n===\n\nKaksi\n---\n\nteksti", "### Yksi\n\n#### Kaksi\n\nteksti"},
		{"multi-line setext", "Pitkä\notsikko\n===", "### Pitkä otsikko"},
		{"heading in quote", "> # Lainattu", "> ### Lainattu"},
		{"hash in code untouched", "```\n# ei otsikko\n```", "```\n# ei otsikko\n```"},
		{"unclosed fence closed", "```go\nkoodi", "```go\nkoodi\n```"},
		{"unclosed tilde fence closed", "~~~~\nkoodi", "~~~~\nkoodi\n~~~~"},
		{"closed fence untouched", "```\nkoodi\n```\n\nteksti", "```\nkoodi\n```\n\nteksti"},
		{"html comment neutralised", "teksti\n\n<!-- avoin", "teksti\n\n\\<!-- avoin"},
		{"html block neutralised", "<div>\nx\n</div>", "\\<div>\nx\n\\</div>"},
		{"crlf", "# Yksi\r\n\r\nteksti", "### Yksi\n\nteksti"},
		{"empty", "  \n ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := embedDraft(tt.in, sectionLevel); got != tt.want {
				t.Errorf("embedDraft(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDraftCannotSwallowDocument(t *testing.T) {
	for _, draft := range []string{"<!-- avoin", "```\nkoodi", "<pre>\nx", "<?php", "<![CDATA[ x", "<script>", "> ```\n> koodi", "- ```\n  koodi"} {
		t.Run(draft, func(t *testing.T) {
			tpl := checklist.Default()
			p := programme.New(tpl, []string{"Kunta"}, "Ohjelma", 2026, 2029)
			p.Document.Sections[0].Draft = draft
			o := parseOutline(t, exportMarkdown(t, p, tpl))
			if top, exp := topHeadings(o), expectedTopHeadings(p, tpl); !equalHeadings(top, exp) {
				t.Errorf("draft %q broke the outline:\n got %q\nwant %q", draft, top, exp)
			}
		})
	}
}

func TestSectionMarkdown(t *testing.T) {
	p, tpl := hostileProgramme(t)
	tx, _ := loadTexts("fi")
	got := SectionMarkdown(p, tpl, p.Document.Sections[0].ID, testOptions())
	for _, want := range []string{"### Luonnoksen pääotsikko", "### " + tx.get("block.goals"), "### " + tx.get("block.communication")} {
		if !strings.Contains(got, want) {
			t.Errorf("section Markdown lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "\n## ") || strings.HasPrefix(got, "## ") {
		t.Errorf("section Markdown has a section-level heading:\n%s", got)
	}
	na := SectionMarkdown(p, tpl, p.Document.Sections[3].ID, testOptions())
	if !strings.Contains(na, inline(tx.get("section.notApplicableReason", "reason", ensureStop(hostile[2])))) {
		t.Errorf("not applicable section shows %q", na)
	}
	if s := SectionMarkdown(p, tpl, "no-such-section", testOptions()); s != "" {
		t.Errorf("unknown section gives %q", s)
	}
	empty := programme.New(tpl, []string{"Kunta"}, "", 0, 0)
	if got := SectionMarkdown(empty, tpl, empty.Document.Sections[0].ID, testOptions()); got != "" {
		t.Errorf("empty section gives %q, want nothing (no placeholder)", got)
	}
}

func TestEmptyProgramme(t *testing.T) {
	tpl := checklist.Default()
	p := programme.New(tpl, nil, "", 0, 0)
	md := exportMarkdown(t, p, tpl)
	o := parseOutline(t, md)
	if top, exp := topHeadings(o), expectedTopHeadings(p, tpl); !equalHeadings(top, exp) {
		t.Errorf("top-level headings\n got %q\nwant %q", top, exp)
	}
	if strings.Contains(string(md), "block.") || strings.Contains(string(md), "col.") {
		t.Errorf("an untranslated key leaked into the document")
	}
}

func TestTitleBlock(t *testing.T) {
	tpl := checklist.Default()
	tests := []struct {
		name   string
		setup  func(p *programme.Programme)
		want   []string
		absent []string
	}{
		{
			"draft", func(p *programme.Programme) {},
			[]string{"- **Kunta:** Kuopio\n", "- **Ohjelmakausi:** 2026–2029\n", "- **Asiakirjan tila:** Luonnos\n", "- **Päiväys:** 2.3.2026\n"},
			[]string{"Hyväksytty:"},
		},
		{"adopted", func(p *programme.Programme) {
			p.Adoption = programme.Adoption{Status: programme.DocAdopted, Date: "2026-12-14", Body: "Kunnanvaltuusto"}
		}, []string{"- **Asiakirjan tila:** Hyväksytty\n", "- **Hyväksytty:** Kunnanvaltuusto 14.12.2026\n"}, nil},
		{"adopted with paragraph: dated by the decision", func(p *programme.Programme) {
			p.Adoption = programme.Adoption{Status: programme.DocAdopted, Date: "2026-12-14", Body: "Kunnanvaltuusto", Paragraph: "45"}
		}, []string{"- **Hyväksytty:** Kunnanvaltuusto 14.12.2026 §\u00a045\n", "- **Päiväys:** 14.12.2026\n"}, []string{"2.3.2026", "Käsittelee"}},
		{
			"proposal", func(p *programme.Programme) { p.Adoption.Status = programme.DocProposal },
			[]string{"- **Asiakirjan tila:** Ehdotus\n"},
			[]string{"Hyväksytty:"},
		},
		{"proposal to a body", func(p *programme.Programme) {
			p.Adoption = programme.Adoption{Status: programme.DocProposal, Body: "Kunnanhallitus", Date: "2026-11-30"}
		}, []string{"- **Käsittelee:** Kunnanhallitus 30.11.2026\n", "- **Päiväys:** 2.3.2026\n"}, []string{"Hyväksytty:"}},
		{
			"joint", func(p *programme.Programme) { p.Municipalities = []string{"Kuopio", "Siilinjärvi"} },
			[]string{"- **Kunnat:** Kuopio, Siilinjärvi\n"},
			[]string{"**Kunta:**"},
		},
		{
			"one year", func(p *programme.Programme) { p.EndYear = 2026 },
			[]string{"- **Ohjelmakausi:** 2026\n"},
			nil,
		},
		{
			"untitled", func(p *programme.Programme) { p.Title = " " },
			[]string{"# Kotouttamisohjelma\n"},
			nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := programme.New(tpl, []string{"Kuopio"}, "Ohjelma", 2026, 2029)
			tt.setup(p)
			md := string(exportMarkdown(t, p, tpl))
			head := md[:strings.Index(md, "\n## ")]
			for _, w := range tt.want {
				if !strings.Contains(head, w) {
					t.Errorf("title block lacks %q:\n%s", w, head)
				}
			}
			for _, a := range tt.absent {
				if strings.Contains(head, a) {
					t.Errorf("title block has %q:\n%s", a, head)
				}
			}
		})
	}
}

func TestDocumentStageFields(t *testing.T) {
	tpl := checklist.Default()
	tests := []struct {
		name                            string
		adoption                        programme.Adoption
		status                          programme.DocStatus
		statusLine, draftMark, date     string
		decisionBody, decisionParagraph string
	}{
		{"unset is a draft", programme.Adoption{}, programme.DocDraft, "Luonnos", "LUONNOS", "2.3.2026", "", ""},
		{"draft keeps no decision", programme.Adoption{Status: programme.DocDraft, Body: "Kunnanvaltuusto"}, programme.DocDraft, "Luonnos", "LUONNOS", "2.3.2026", "Kunnanvaltuusto", ""},
		{"proposal", programme.Adoption{Status: programme.DocProposal, Body: "Kunnanvaltuusto"}, programme.DocProposal, "Ehdotus – käsittelee Kunnanvaltuusto", "", "2.3.2026", "Kunnanvaltuusto", ""},
		{
			"adopted",
			programme.Adoption{Status: programme.DocAdopted, Body: "Kunnanvaltuusto", Date: "2026-12-14", Paragraph: "45"},
			programme.DocAdopted,
			"Hyväksytty: Kunnanvaltuusto 14.12.2026 §\u00a045", "", "14.12.2026", "Kunnanvaltuusto", "§\u00a045",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := programme.New(tpl, []string{"Kuopio"}, "Ohjelma", 2026, 2029)
			p.Adoption = tt.adoption
			d, err := assemble(p, tpl, testOptions())
			if err != nil {
				t.Fatal(err)
			}
			if d.status != tt.status || d.statusLine != tt.statusLine || d.draftMark != tt.draftMark || d.date != tt.date ||
				d.decisionBody != tt.decisionBody || d.decisionParagraph != tt.decisionParagraph {
				t.Errorf("got status %q line %q mark %q date %q body %q par %q", d.status, d.statusLine, d.draftMark, d.date, d.decisionBody, d.decisionParagraph)
			}
		})
	}
}
