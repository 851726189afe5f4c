package export

import (
	"encoding/json"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// tagCheck is what testdata/pdftags.py reports.
type tagCheck struct {
	Pages                  int            `json:"pages"`
	PagesWithStructParents int            `json:"pagesWithStructParents"`
	Elements               int            `json:"elements"`
	Types                  map[string]int `json:"types"`
	MCIDs                  int            `json:"mcids"`
	Annotations            int            `json:"annotations"`
	Links                  []string       `json:"links"`
	Figures                []struct {
		Page    int    `json:"page"`
		Alt     string `json:"alt"`
		Picture bool   `json:"picture"`
	} `json:"figures"`
	Langs      []string `json:"langs"`
	Errors     []string `json:"errors"`
	ErrorCount int      `json:"errorCount"`
}

// checkTags reads the PDF back with pikepdf (Debian python3-pikepdf, run
// with the system's python3, which has it).
func checkTags(t *testing.T, path string) tagCheck {
	t.Helper()
	py := "/usr/bin/python3"
	if _, err := exec.LookPath(py); err != nil {
		t.Fatalf("%s is needed to read the PDF's tags back: install python3-pikepdf (make deps)", py)
	}
	out, err := exec.Command(py, "testdata/pdftags.py", path).CombinedOutput()
	if err != nil {
		t.Fatalf("pdftags.py: %v\n%s", err, out)
	}
	var c tagCheck
	if err := json.Unmarshal(out, &c); err != nil {
		t.Fatalf("pdftags.py: %v\n%s", err, out)
	}
	return c
}

// structNode is one element of `pdfinfo -struct-text`, with the text
// directly inside it.
type structNode struct {
	depth int
	typ   string
	text  string
}

// structTree reads poppler's view of the structure tree: `pdfinfo
// -struct`, or with text `pdfinfo -struct-text`, which poppler makes
// slowly (it parses the fonts again for every marked-content sequence), so
// the tests ask for text only of small documents.
func structTree(t *testing.T, path string, withText bool) []structNode {
	t.Helper()
	opt := "-struct"
	if withText {
		opt = "-struct-text"
	}
	var out []structNode
	for _, l := range strings.Split(runTool(t, "pdfinfo", opt, path), "\n") {
		trimmed := strings.TrimLeft(l, " ")
		if trimmed == "" {
			continue
		}
		depth := (len(l) - len(trimmed)) / 2
		switch {
		case strings.HasPrefix(trimmed, `"`):
			// Text belongs to the nearest element above it.
			for i := len(out) - 1; i >= 0; i-- {
				if out[i].depth < depth {
					out[i].text += strings.TrimSuffix(strings.TrimPrefix(trimmed, `"`), `"`)
					break
				}
			}
		case strings.HasPrefix(trimmed, "/"), strings.HasPrefix(trimmed, "Object "):
			// attributes and annotation references
		default:
			typ, _, _ := strings.Cut(trimmed, " ")
			out = append(out, structNode{depth: depth, typ: strings.TrimSuffix(typ, ":")})
		}
	}
	return out
}

// headingNodes returns the headings among nodes, their text squeezed.
func headingNodes(nodes []structNode) []structNode {
	var heads []structNode
	for _, n := range nodes {
		if len(n.typ) == 2 && n.typ[0] == 'H' && n.typ[1] >= '1' && n.typ[1] <= '6' {
			heads = append(heads, structNode{typ: n.typ, text: squeeze(n.text)})
		}
	}
	return heads
}

// expectedHeadingTags returns the document's headings as they should be
// tagged: the title H1, the contents H2, then every heading of the body
// at its level, never more than one below the heading before it.
func expectedHeadingTags(t *testing.T, p *programme.Programme, tpl *checklist.Template) []structNode {
	t.Helper()
	tx, _ := loadTexts("fi")
	out := []structNode{{typ: "H1", text: p.Title}, {typ: "H2", text: tx.get("toc")}}
	prev := 2
	for _, h := range headingsOf(t, p, tpl) {
		lvl := min(h.level, prev+1, 6)
		prev = lvl
		out = append(out, structNode{typ: "H" + itoa(lvl), text: h.text})
	}
	return out
}

// markdownCounts counts the body's tables and lists and their items.
func markdownCounts(t *testing.T, p *programme.Programme, tpl *checklist.Template) (tables, headerCells, lists, items int) {
	t.Helper()
	d, err := assemble(p, tpl, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	_ = ast.Walk(parseMarkdown([]byte(d.body())), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case extast.KindTable:
			tables++
		case extast.KindTableHeader:
			headerCells += n.ChildCount()
		case ast.KindList:
			lists++
		case ast.KindListItem:
			items++
		}
		return ast.WalkContinue, nil
	})
	return
}

func TestPDFIsTagged(t *testing.T) {
	p, tpl := demo(t)
	path, rep := writePDF(t, p, tpl)

	info := runTool(t, "pdfinfo", path)
	if !strings.Contains(info, "Tagged:          yes") {
		t.Errorf("pdfinfo does not call the PDF tagged:\n%s", info)
	}
	if out := runTool(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors") || strings.Contains(out, "WARNING") {
		t.Errorf("qpdf --check:\n%s", out)
	}

	c := checkTags(t, path)
	if c.ErrorCount > 0 {
		t.Errorf("%d tagging errors, e.g.:\n%s", c.ErrorCount, strings.Join(c.Errors, "\n"))
	}
	if c.Pages != rep.Pages || c.PagesWithStructParents != rep.Pages {
		t.Errorf("%d of %d pages have /StructParents (report: %d pages)", c.PagesWithStructParents, c.Pages, rep.Pages)
	}
	if c.MCIDs < 10*rep.Pages || c.Elements < 10*rep.Pages {
		t.Errorf("only %d marked-content sequences and %d elements on %d pages", c.MCIDs, c.Elements, rep.Pages)
	}
	t.Logf("demo: %d pages, %d elements, %d MCIDs, %d link annotations", c.Pages, c.Elements, c.MCIDs, c.Annotations)

	// poppler sees every heading in order at its level.
	nodes := structTree(t, path, false)
	heads := headingNodes(nodes)
	want := expectedHeadingTags(t, p, tpl)
	for i := range want {
		want[i].text = ""
	}
	if !slices.Equal(heads, want) {
		t.Errorf("headings in the structure tree:\n%v\nwant:\n%v", heads, want)
	}
	if !slices.ContainsFunc(heads, func(n structNode) bool { return n.typ == "H3" }) {
		t.Error("the demo has no H3; the test proves less than it should")
	}

	// Tables with header cells, lists with items, the contents as TOC.
	tables, headerCells, lists, items := markdownCounts(t, p, tpl)
	count := map[string]int{}
	for _, n := range nodes {
		count[n.typ]++
	}
	if count["Table"] != tables || count["TH"] != headerCells || tables == 0 {
		t.Errorf("%d Table and %d TH elements, want %d and %d", count["Table"], count["TH"], tables, headerCells)
	}
	if count["L"] != lists || count["LI"] != items || count["Lbl"] != items || count["LBody"] != items || lists == 0 {
		t.Errorf("%d L, %d LI, %d Lbl, %d LBody, want %d lists of %d items", count["L"], count["LI"], count["Lbl"], count["LBody"], lists, items)
	}
	d, _ := assemble(p, tpl, testOptions())
	if count["TOC"] != 1 || count["TOCI"] != len(d.sections) {
		t.Errorf("%d TOC with %d TOCI, want 1 with %d", count["TOC"], count["TOCI"], len(d.sections))
	}
	// Every TH has a scope.
	if th := strings.Count(runTool(t, "pdfinfo", "-struct", path), "/Scope /Column"); th != headerCells {
		t.Errorf("%d header cells have a scope, want %d", th, headerCells)
	}

	// The catalog and the metadata.
	js := runTool(t, "qpdf", "--json", "--json-key=qpdf", path)
	for _, want := range []string{`"/Marked": true`, `"/DisplayDocTitle": true`, `"/Tabs": "/S"`, `"/Lang": "u:fi"`} {
		if !strings.Contains(js, want) {
			t.Errorf("the PDF lacks %s", want)
		}
	}
	meta := runTool(t, "pdfinfo", "-meta", path)
	for _, want := range []string{"<pdfuaid:part>1</pdfuaid:part>", "<pdfaid:part>2</pdfaid:part>", ">" + p.Title + "</rdf:li>"} {
		if !strings.Contains(meta, want) {
			t.Errorf("XMP metadata lacks %s", want)
		}
	}
	// Every font is embedded and has a ToUnicode map.
	fonts := nonEmptyLines(runTool(t, "pdffonts", path))
	if len(fonts) < 3 {
		t.Fatalf("pdffonts lists no fonts:\n%s", strings.Join(fonts, "\n"))
	}
	for _, l := range fonts[2:] {
		f := strings.Fields(l)
		if n := len(f); n < 6 || f[n-5] != "yes" || f[n-3] != "yes" {
			t.Errorf("font not embedded or without ToUnicode: %s", l)
		}
	}
}

// TestPDFStructureText reads a small document's structure tree with its
// text, as a screen reader gets it: every heading with its words, the
// table's header cells, the list's items.
func TestPDFStructureText(t *testing.T) {
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Järvilahti"}, "Järvilahden kotouttamisohjelma", 2026, 2029)
	p.Document.Sections[0].Draft = "Ohjelma kertoo, miten kunta edistää kotoutumista.\n\n" +
		"## Tausta ja tarkoitus\n\nTekstiä.\n\n### Laki\n\n- ensimmäinen kohta\n- toinen kohta\n\n" +
		"| Lähtötaso | Tavoitetaso |\n| --- | --- |\n| 58,2 % | 65 % |\n"
	for i := 1; i < len(p.Document.Sections); i++ {
		p.Document.Sections[i].NotApplicable = true
	}
	path, _ := writePDF(t, p, tpl)
	nodes := structTree(t, path, true)
	heads := headingNodes(nodes)
	want := expectedHeadingTags(t, p, tpl)
	for i := range want {
		want[i].text = squeeze(want[i].text)
	}
	if !slices.Equal(heads, want) {
		t.Errorf("headings in the structure tree:\n%v\nwant:\n%v", heads, want)
	}
	var th, li, p1 []string
	for i, n := range nodes {
		switch n.typ {
		case "TH":
			th = append(th, n.text)
		case "LBody":
			// The item's text is in a paragraph inside it.
			text := ""
			for _, m := range nodes[i+1:] {
				if m.depth <= n.depth {
					break
				}
				text += m.text
			}
			li = append(li, text)
		}
		if n.typ == "P" && strings.Contains(n.text, "kotoutumista") {
			p1 = append(p1, n.text)
		}
	}
	if !slices.Equal(th, []string{"Lähtötaso", "Tavoitetaso"}) {
		t.Errorf("header cells %q", th)
	}
	if len(li) != 2 || !strings.Contains(li[0], "ensimmäinen kohta") || !strings.Contains(li[1], "toinen kohta") {
		t.Errorf("list items %q", li)
	}
	// Words stay apart in the tags: the spaces are drawn.
	if len(p1) != 1 || !strings.Contains(p1[0], "Ohjelma kertoo, miten kunta edistää kotoutumista.") {
		t.Errorf("paragraph text from the tags: %q", p1)
	}
}

// TestPDFTextInReadingOrder checks that the text, read in the content
// streams' order, has the document's headings in the document's order.
func TestPDFTextInReadingOrder(t *testing.T) {
	p, tpl := demo(t)
	path, _ := writePDF(t, p, tpl)
	// -raw keeps the content stream's order instead of sorting by position.
	text := squeeze(runTool(t, "pdftotext", "-raw", "-enc", "UTF-8", path, "-"))
	body := text
	tx, _ := loadTexts("fi")
	// Skip the contents page, which lists the sections once.
	if i := strings.Index(body, squeeze(tx.get("appendix.process"))); i >= 0 {
		body = body[i+len(squeeze(tx.get("appendix.process"))):]
	}
	at := 0
	for _, h := range headingsOf(t, p, tpl) {
		i := strings.Index(body[at:], squeeze(h.text))
		if i < 0 {
			t.Errorf("heading %q is not after the one before it in the text", h.text)
			continue
		}
		at += i + len(squeeze(h.text))
	}
}

func TestPDFLinksAreSafe(t *testing.T) {
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Järvilahti"}, "Ohjelma", 2026, 2029)
	p.Document.Sections[0].Draft = strings.Join([]string{
		"[verkko](https://example.org/a) [posti](mailto:kotoutus@example.org) [VERKKO](HTTP://example.org/b)",
		"[js](javascript:alert(1)) [tiedosto](file:///etc/passwd) [data](data:text/html,x) [jako](smb://palvelin/jako)",
		"[suhteellinen](../salainen.pdf) [juuri](/etc/shadow) [ftp](ftp://example.org/x) <javascript:alert(2)> www.example.com",
	}, "\n\n")
	path, _ := writePDF(t, p, tpl)
	c := checkTags(t, path)
	if c.ErrorCount > 0 {
		t.Errorf("tagging errors: %s", strings.Join(c.Errors, "\n"))
	}
	var web []string
	for _, l := range c.Links {
		if !strings.HasPrefix(l, "#page") {
			web = append(web, l)
		}
	}
	for _, l := range web {
		if !safeLink(l) {
			t.Errorf("a link annotation goes to %q", l)
		}
	}
	for _, want := range []string{"HTTP://example.org/b", "http://www.example.com", "https://example.org/a", "mailto:kotoutus@example.org"} {
		if !slices.Contains(web, want) {
			t.Errorf("no link annotation goes to %q (links: %q)", want, web)
		}
	}
	text := runTool(t, "pdftotext", "-enc", "UTF-8", path, "-")
	for _, s := range []string{"js", "tiedosto", "data", "jako", "suhteellinen", "juuri", "ftp", "javascript:alert(2)"} {
		if !strings.Contains(text, s) {
			t.Errorf("the text of the unsafe link %q is gone", s)
		}
	}
}

func TestSafeLink(t *testing.T) {
	for _, tc := range []struct {
		dest string
		want bool
	}{
		{"https://example.org", true},
		{"http://example.org", true},
		{"HTTPS://EXAMPLE.ORG", true},
		{"mailto:a@example.org", true},
		{"https://", false},
		{"mailto:", false},
		{"javascript:alert(1)", false},
		{"JavaScript:alert(1)", false},
		{"file:///etc/passwd", false},
		{"data:text/html,x", false},
		{"smb://server/share", false},
		{"ftp://example.org", false},
		{"../x.pdf", false},
		{"/etc/passwd", false},
		{"#johdanto", false},
		{" https://example.org", false},
		{"", false},
	} {
		t.Run(tc.dest, func(t *testing.T) {
			if got := safeLink(tc.dest); got != tc.want {
				t.Errorf("safeLink(%q) = %v, want %v", tc.dest, got, tc.want)
			}
		})
	}
}

// TestPDFDocumentStage checks that a draft says so on every page and in
// its metadata, and that an adopted programme names its decision on the
// title page and in the metadata and carries no draft mark.
func TestPDFDocumentStage(t *testing.T) {
	tx, _ := loadTexts("fi")
	mark := tx.get("draft.mark")
	t.Run("draft", func(t *testing.T) {
		p, tpl := demo(t)
		path, rep := writePDF(t, p, tpl)
		pages := pageTexts(t, path)
		if len(pages) != rep.Pages {
			t.Fatalf("%d pages of text, %d pages", len(pages), rep.Pages)
		}
		for i, pg := range pages {
			if first := nonEmptyLines(pg); len(first) == 0 || !strings.Contains(first[0], mark) {
				t.Errorf("page %d does not start with the draft mark %q", i+1, mark)
			}
		}
		if info := runTool(t, "pdfinfo", path); !strings.Contains(info, "Keywords:        "+tx.get("status.draft")) {
			t.Errorf("the metadata do not say draft:\n%s", info)
		}
	})
	t.Run("adopted", func(t *testing.T) {
		p, tpl := demo(t)
		date, _ := programme.ParseDate("2.3.2026")
		if err := p.SetAdoption(programme.Adoption{Status: programme.DocAdopted, Body: "Kunnanvaltuusto", Date: date, Paragraph: "45"}); err != nil {
			t.Fatal(err)
		}
		path, _ := writePDF(t, p, tpl)
		text := runTool(t, "pdftotext", "-enc", "UTF-8", path, "-")
		if strings.Contains(text, mark) {
			t.Errorf("an adopted programme carries the draft mark")
		}
		title := squeeze(pageTexts(t, path)[0])
		for _, want := range []string{tx.get("status.adopted"), "Kunnanvaltuusto2.3.2026§45"} {
			if !strings.Contains(title, squeeze(want)) {
				t.Errorf("the title page lacks %q:\n%s", want, title)
			}
		}
		info := runTool(t, "pdfinfo", path)
		if !strings.Contains(info, "Keywords:        "+tx.get("status.adopted")+": Kunnanvaltuusto 2.3.2026 §\u00a045") {
			t.Errorf("the metadata do not name the adoption:\n%s", info)
		}
		if c := checkTags(t, path); c.ErrorCount > 0 {
			t.Errorf("tagging errors: %s", strings.Join(c.Errors, "\n"))
		}
	})
}

// TestPDFInsert exports the demo as part of another plan: no title page
// or contents, the title and then the sections one level down, still
// tagged with every heading in order.
func TestPDFInsert(t *testing.T) {
	tpl, err := checklist.Get(checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	p, err := programme.Convert(programme.Demo(checklist.Default()), tpl)
	if err != nil {
		t.Fatal(err)
	}
	p.Form = programme.PlanForm{Kind: programme.PlanPart, Host: "welfare-plan"}
	d, err := assemble(p, tpl, testOptions())
	if err != nil || !d.insert {
		t.Fatalf("not an insert: %v", err)
	}
	path, rep := writePDF(t, p, tpl)
	pages := pageTexts(t, path)
	tx, _ := loadTexts("fi")
	first := nonEmptyLines(pages[0])
	if len(first) < 3 || !strings.Contains(squeeze(strings.Join(first[:3], "")), squeeze(p.Title)) {
		t.Errorf("the first page does not start with the title:\n%s", strings.Join(first, "\n"))
	}
	if strings.Contains(squeeze(pages[0]), squeeze(tx.get("toc"))) {
		t.Error("an insert has a contents page")
	}
	for i, pg := range pages {
		if !strings.Contains(pg, tx.get("page.footer", "page", itoa(i+1), "total", itoa(len(pages)))) {
			t.Errorf("page %d has no page number", i+1)
		}
	}
	c := checkTags(t, path)
	if c.ErrorCount > 0 || c.PagesWithStructParents != rep.Pages {
		t.Errorf("tagging: %d errors (%s), %d of %d pages with StructParents", c.ErrorCount, strings.Join(c.Errors, "; "), c.PagesWithStructParents, rep.Pages)
	}
	// Headings: the title, then every heading of the insert's body, at
	// tag levels without gaps.
	heads := headingNodes(structTree(t, path, false))
	var want []structNode
	prev := 0
	src := []byte(d.insertMarkdown())
	_ = ast.Walk(parseMarkdown(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			lvl := min(h.Level, prev+1, 6)
			prev = lvl
			want = append(want, structNode{typ: "H" + itoa(lvl)})
		}
		return ast.WalkContinue, nil
	})
	if len(want) < 5 || !slices.Equal(heads, want) {
		t.Errorf("headings %v, want %v", heads, want)
	}
	// Sections are top-level bookmarks.
	all := squeeze(strings.Join(pages, ""))
	for _, s := range d.sections {
		if !strings.Contains(all, squeeze(s.title)) {
			t.Errorf("section %q is missing", s.title)
		}
	}
}
