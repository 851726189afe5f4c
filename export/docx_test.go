package export

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/mdtext"
	"fi.kotoutus/kotoutus/programme"
)

// The DOCX tests read the files back with real readers: Go's zip and XML
// packages for the package's structure, pandoc (Debian pandoc) for the
// headings, tables and text as a Word reader sees them, and LibreOffice
// (libreoffice-writer-nogui) converting to PDF, read with pdftotext.
// scripts/install-deps.sh installs them.

// freshProgramme is a programme as a new user enters it: a few fields of
// every step and drafts with lists, a table, emphasis and links, one of
// them unsafe.
func freshProgramme(tpl *checklist.Template) *programme.Programme {
	p := programme.New(tpl, []string{"Järvilahti"}, "Järvilahden kotouttamisohjelma 2026–2029", 2026, 2029)
	p.ID = "fresh"
	p.Situation.Figures = []programme.Figure{{ID: "f1", Label: "Vieraskielisten osuus", Value: num(5.4), Unit: "%", Year: 2024, Source: "Tilastokeskus"}}
	p.Goals = []programme.Goal{{
		ID: "g1", Title: "Työllisyys paranee", Description: "Yhä useampi löytää työn.",
		Measures: []programme.Measure{{ID: "m1", Title: "Työkokeilut kunnan yksiköissä", Responsible: "Työllisyyspalvelut", Start: "2026-01", End: "2027-12"}},
	}}
	p.Monitoring.Indicators = []programme.Indicator{{
		ID: "i1", Name: "Työllisyysaste", GoalIDs: []string{"g1"}, Unit: "%",
		Baseline: programme.Point{Value: num(58.2), Year: 2024}, Target: programme.Point{Value: num(65), Year: 2029},
	}}
	drafts := []string{
		"Järvilahti edistää kotoutumista **yhdessä** asukkaiden kanssa. Lue lisää [kunnan sivuilta](https://www.jarvilahti.fi/kotoutuminen) " +
			"tai kirjoita [koordinaattorille](mailto:kotoutuminen@jarvilahti.fi). Tämä [ei ole linkki](javascript:alert(1)) eikä [tämäkään](file:///etc/passwd).",
		"Ohjelma nojaa\n\n- kuntastrategiaan\n- hyvinvointisuunnitelmaan\n  1. lapset\n  2. nuoret\n\n### Painopisteet\n\n*Kieli* ja ~~kaikki~~ työ.\n\n" +
			"| Palvelu | Vastuu | Vuosi |\n| --- | --- | ---: |\n| Neuvonta | Kunta | 2026 |\n| Kielikurssi | Opisto | 2027 |",
	}
	for i, d := range drafts {
		p.Document.Sections[i].Draft = d
	}
	return p
}

func writeDOCX(t *testing.T, p *programme.Programme, tpl *checklist.Template, dir, name string) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := DOCX(&buf, p, tpl, testOptions()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, buf.Bytes()
}

// docxParts opens a DOCX and returns its parts by name.
func docxParts(t *testing.T, data []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = string(b)
	}
	return parts
}

func TestDOCXPackage(t *testing.T) {
	tpl := checklist.Default()
	p := freshProgramme(tpl)
	_, data := writeDOCX(t, p, tpl, t.TempDir(), "fresh.docx")
	parts := docxParts(t, data)
	for _, name := range []string{
		"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
		"word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/footer1.xml", "word/header1.xml", "word/_rels/document.xml.rels",
	} {
		body, ok := parts[name]
		if !ok {
			t.Errorf("part %s is missing", name)
			continue
		}
		// Every part is well-formed XML.
		dec := xml.NewDecoder(strings.NewReader(body))
		for {
			_, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Errorf("%s: %v", name, err)
				break
			}
		}
	}
	checks := []struct{ part, want, what string }{
		{"word/document.xml", `TOC \o "1-3" \h \z \u`, "a TOC field over levels 1-3"},
		{"word/document.xml", `<w:tblHeader/>`, "a repeating table header row"},
		{"word/document.xml", `<w:pStyle w:val="Title"/>`, "the Title style"},
		{"word/document.xml", `<w:pStyle w:val="Heading2"/>`, "Heading 2"},
		{"word/document.xml", `<w:numPr><w:ilvl w:val="1"/>`, "a nested list"},
		{"word/settings.xml", `<w:updateFields w:val="true"/>`, "update fields on open"},
		{"word/settings.xml", `<w:themeFontLang w:val="fi-FI"/>`, "the language in settings"},
		{"word/styles.xml", `<w:lang w:val="fi-FI"`, "the language in styles"},
		{"word/styles.xml", `<w:name w:val="heading 1"/>`, "Word's built-in heading name"},
		{"word/styles.xml", `<w:name w:val="List Bullet"/>`, "a list style"},
		{"word/styles.xml", `w:type="table" w:styleId="KotoutusTable"`, "a table style"},
		{"word/numbering.xml", `<w:numFmt w:val="bullet"/>`, "a bullet numbering definition"},
		{"word/numbering.xml", `<w:numFmt w:val="decimal"/>`, "an ordered numbering definition"},
		{"word/footer1.xml", ` PAGE `, "the PAGE field"},
		{"word/footer1.xml", ` NUMPAGES `, "the NUMPAGES field"},
		{"docProps/core.xml", `<dc:title>Järvilahden kotouttamisohjelma 2026–2029</dc:title>`, "the title"},
		{"docProps/core.xml", `<dc:creator>Järvilahti</dc:creator>`, "the creator"},
		{"docProps/core.xml", `<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T09:00:00Z</dcterms:created>`, "the creation date"},
		{"docProps/app.xml", `<Application>Kotoutus test</Application>`, "the application"},
		{"word/_rels/document.xml.rels", `Target="https://www.jarvilahti.fi/kotoutuminen" TargetMode="External"`, "the web link"},
		{"word/_rels/document.xml.rels", `Target="mailto:kotoutuminen@jarvilahti.fi" TargetMode="External"`, "the mail link"},
	}
	for _, c := range checks {
		if !strings.Contains(parts[c.part], c.want) {
			t.Errorf("%s lacks %s (%s)", c.part, c.what, c.want)
		}
	}
	for _, bad := range []string{"javascript:", "file:"} {
		if strings.Contains(parts["word/_rels/document.xml.rels"], bad) || strings.Contains(parts["word/document.xml"], `"`+bad) {
			t.Errorf("an unsafe %s link became a hyperlink", bad)
		}
	}
	if !strings.Contains(parts["word/document.xml"], "ei ole linkki") {
		t.Errorf("the text of an unsafe link was dropped")
	}
	_, again := writeDOCX(t, p, tpl, t.TempDir(), "again.docx")
	if !bytes.Equal(data, again) {
		t.Errorf("two exports of the same programme differ")
	}
}

// pandocDoc is pandoc's JSON reading of a document.
type pandocDoc struct {
	Meta   map[string]any `json:"meta"`
	Blocks []any          `json:"blocks"`
}

// pandocRead reads a DOCX with pandoc.
func pandocRead(t *testing.T, path string) pandocDoc {
	t.Helper()
	out, err := exec.Command(tool(t, "pandoc"), "-f", "docx", "-t", "json", path).Output()
	if err != nil {
		t.Fatalf("pandoc cannot read the DOCX: %v", err)
	}
	var d pandocDoc
	if err := json.Unmarshal(out, &d); err != nil {
		t.Fatal(err)
	}
	return d
}

// pandocText returns the text of a pandoc JSON value: its strings, with
// spaces; attributes and link targets are left out.
func pandocText(v any) string {
	var b strings.Builder
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			c := x["c"]
			switch x["t"] {
			case "Str":
				b.WriteString(c.(string))
			case "Space", "SoftBreak", "LineBreak":
				b.WriteString(" ")
			case "Code", "CodeBlock":
				b.WriteString(c.([]any)[1].(string))
			case "Link", "Image":
				walk(c.([]any)[1])
			case "Header":
				walk(c.([]any)[2])
			case "MetaInlines", "MetaBlocks":
				walk(c)
			default:
				walk(c)
			}
		}
	}
	walk(v)
	return b.String()
}

type pandocHeading struct {
	level int
	text  string
}

type pandocTable struct {
	head []string
	rows int
}

// pandocOutline lists the headings and tables of a pandoc document.
func pandocOutline(d pandocDoc) ([]pandocHeading, []pandocTable) {
	var hs []pandocHeading
	var ts []pandocTable
	for _, b := range d.Blocks {
		m := b.(map[string]any)
		c, _ := m["c"].([]any)
		switch m["t"] {
		case "Header":
			hs = append(hs, pandocHeading{int(c[0].(float64)), strings.Join(strings.Fields(pandocText(c[2])), " ")})
		case "Table":
			// [attr, caption, colspecs, head [attr, rows], bodies, foot]
			var tb pandocTable
			head := c[3].([]any)[1].([]any)
			if len(head) > 0 {
				for _, cell := range head[0].([]any)[1].([]any) {
					tb.head = append(tb.head, strings.Join(strings.Fields(pandocText(cell.([]any)[4])), " "))
				}
			}
			for _, body := range c[4].([]any) {
				tb.rows += len(body.([]any)[3].([]any))
			}
			ts = append(ts, tb)
		}
	}
	return hs, ts
}

// expectedOutline returns the headings (at their Word levels), the tables
// and the text blocks of the document's body.
func expectedOutline(t *testing.T, p *programme.Programme, tpl *checklist.Template) (*document, []pandocHeading, []pandocTable, []string) {
	t.Helper()
	d, err := assemble(p, tpl, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	// Charts are pictures: no text of theirs is expected.
	src := []byte(withoutCharts(d.body()))
	var hs []pandocHeading
	var ts []pandocTable
	var texts []string
	plain := func(n ast.Node) string { return strings.Join(strings.Fields(mdtext.Plain(n, src)), " ") }
	_ = ast.Walk(parseMarkdown(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch x := n.(type) {
		case *ast.Heading:
			hs = append(hs, pandocHeading{min(max(x.Level-sectionLevel+1, 1), 3), plain(x)})
			return ast.WalkSkipChildren, nil
		case *extast.Table:
			var tb pandocTable
			for row := x.FirstChild(); row != nil; row = row.NextSibling() {
				if row.Kind() == extast.KindTableHeader {
					for c := row.FirstChild(); c != nil; c = c.NextSibling() {
						tb.head = append(tb.head, plain(c))
					}
				} else {
					tb.rows++
				}
			}
			ts = append(ts, tb)
		case *ast.Paragraph, *ast.TextBlock, *extast.TableCell:
			if s := plain(x); s != "" {
				texts = append(texts, s)
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return d, hs, ts, texts
}

func TestDOCXReadByPandoc(t *testing.T) {
	tpl := checklist.Default()
	dir := t.TempDir()
	cases := []struct {
		name string
		p    *programme.Programme
	}{
		{"demo", nil},
		{"fresh", freshProgramme(tpl)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.p
			if p == nil {
				p, _ = demo(t)
			}
			path, _ := writeDOCX(t, p, tpl, dir, tc.name+".docx")
			doc := pandocRead(t, path)
			d, wantH, wantT, wantText := expectedOutline(t, p, tpl)

			if got := pandocText(doc.Meta["title"]); got != d.title {
				t.Errorf("title %q, want %q", got, d.title)
			}
			gotH, gotT := pandocOutline(doc)
			if len(gotH) != len(wantH) {
				t.Errorf("pandoc reads %d headings, the document has %d", len(gotH), len(wantH))
			}
			for i := range min(len(gotH), len(wantH)) {
				if gotH[i] != wantH[i] {
					t.Errorf("heading %d: pandoc reads %+v, want %+v", i+1, gotH[i], wantH[i])
				}
			}
			if len(gotT) != len(wantT) {
				t.Fatalf("pandoc reads %d tables, the document has %d", len(gotT), len(wantT))
			}
			for i := range gotT {
				if strings.Join(gotT[i].head, "|") != strings.Join(wantT[i].head, "|") || gotT[i].rows != wantT[i].rows {
					t.Errorf("table %d: pandoc reads header %q and %d rows, want %q and %d", i+1, gotT[i].head, gotT[i].rows, wantT[i].head, wantT[i].rows)
				}
			}
			all := squeeze(pandocText(doc.Blocks))
			for _, s := range wantText {
				if !strings.Contains(all, squeeze(s)) {
					t.Errorf("pandoc does not read the text %q", s)
				}
			}
		})
	}
}

// TestDOCXConvertsInLibreOffice converts the demo's and a fresh
// programme's DOCX to PDF with LibreOffice in one run (it is slow) and
// checks that the PDFs hold the documents' text.
func TestDOCXConvertsInLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice conversion takes seconds; run without -short")
	}
	tpl := checklist.Default()
	dir := t.TempDir()
	dp, _ := demo(t)
	fresh := freshProgramme(tpl)
	progs := map[string]*programme.Programme{"demo": dp, "fresh": fresh}
	var paths []string
	for _, name := range []string{"demo", "fresh"} {
		path, _ := writeDOCX(t, progs[name], tpl, dir, name+".docx")
		paths = append(paths, path)
	}
	out := filepath.Join(dir, "pdf")
	// A private profile, so parallel runs and a user's open LibreOffice do
	// not clash.
	profile := "-env:UserInstallation=file://" + filepath.Join(dir, "lo-profile")
	args := append([]string{profile, "--headless", "--convert-to", "pdf", "--outdir", out}, paths...)
	cmd := exec.Command(tool(t, "soffice"), args...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, msg)
	}
	for _, name := range []string{"demo", "fresh"} {
		pdf := filepath.Join(out, name+".pdf")
		if _, err := os.Stat(pdf); err != nil {
			t.Fatalf("LibreOffice wrote no PDF for %s: %v", name, err)
		}
		// Raw order: LibreOffice writes a table cell by cell, so a cell's
		// lines stay together (the layout mode interleaves columns).
		raw := runTool(t, "pdftotext", "-raw", "-enc", "UTF-8", pdf, "-")
		d, hs, _, texts := expectedOutline(t, progs[name], tpl)
		if !strings.Contains(squeezeText(raw), squeezeText(d.tx.get("page.footer", "page", "2", "total", ""))) {
			t.Errorf("%s: no page numbers in the footer", name)
		}
		text := squeezeText(withoutRunningLines(raw, d))
		for _, s := range append([]string{d.title, d.tx.get("toc")}, texts...) {
			if !strings.Contains(text, squeezeText(s)) {
				t.Errorf("%s: the PDF lacks %q", name, s)
			}
		}
		for _, h := range hs {
			if !strings.Contains(text, squeezeText(h.text)) {
				t.Errorf("%s: the PDF lacks the heading %q", name, h.text)
			}
		}
	}
}

// withoutRunningLines drops the running header (a draft's mark, the title
// and the municipality)
// and the footer (page numbers) of every page but the first, so that a
// paragraph running over a page break reads as one.
func withoutRunningLines(raw string, d *document) string {
	pages := strings.Split(raw, "\f")
	footer := squeezeText(d.tx.get("page.footer", "page", "", "total", ""))
	footer = footer[:max(len(footer)-1, 0)]
	for i := 1; i < len(pages); i++ {
		var keep []string
		for _, l := range strings.Split(pages[i], "\n") {
			sq := squeezeText(l)
			if m := squeezeText(d.draftMark); m != "" {
				sq = strings.TrimPrefix(sq, m)
			}
			if sq == squeezeText(d.title+d.author) || sq == squeezeText(d.title) || (footer != "" && strings.HasPrefix(sq, footer)) {
				continue
			}
			keep = append(keep, l)
		}
		pages[i] = strings.Join(keep, "\n")
	}
	return strings.Join(pages, "\n")
}

func num(f float64) programme.Value { return programme.Value{Number: &f} }

// squeezeText drops white space and hyphens (soft ones print as hyphens
// where a line breaks), so text compares across lines of a PDF.
func squeezeText(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '\u00ad' {
			return -1
		}
		return r
	}, squeeze(s))
}

// TestDOCXStageAndInsert: a draft carries its mark in the header of every
// page and its stage in the core properties; an insert for another plan
// has no title page or contents and its headings one level down.
func TestDOCXStageAndInsert(t *testing.T) {
	tpl := checklist.Default()
	p := freshProgramme(tpl)
	_, data := writeDOCX(t, p, tpl, t.TempDir(), "draft.docx")
	parts := docxParts(t, data)
	d, err := assemble(p, tpl, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if d.draftMark == "" || d.statusLine == "" {
		t.Fatalf("the fresh programme is not a draft: %q %q", d.draftMark, d.statusLine)
	}
	for _, h := range []string{"word/header1.xml", "word/header2.xml"} {
		if !strings.Contains(parts[h], ">"+d.draftMark+"<") {
			t.Errorf("%s lacks the draft mark %q", h, d.draftMark)
		}
	}
	if !strings.Contains(parts["docProps/core.xml"], "<cp:contentStatus>"+xmlEscape(d.statusLine)+"</cp:contentStatus>") {
		t.Errorf("core properties lack the stage %q", d.statusLine)
	}

	ip := programme.Demo(checklist.Default())
	itpl, err := checklist.Get(checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	if ip, err = programme.Convert(ip, itpl); err != nil {
		t.Fatal(err)
	}
	ip.Form = programme.PlanForm{Kind: programme.PlanPart, Host: "welfare-plan"}
	path, data := writeDOCX(t, ip, itpl, t.TempDir(), "insert.docx")
	doc := docxParts(t, data)["word/document.xml"]
	if strings.Contains(doc, `w:val="Title"`) || strings.Contains(doc, "TOC \\o") {
		t.Errorf("an insert has a title page or contents")
	}
	hs, _ := pandocOutline(pandocRead(t, path))
	if len(hs) < 3 || hs[0] != (pandocHeading{1, ip.Title}) || hs[1].level != 2 {
		t.Errorf("insert headings %+v, want the title as heading 1 and the sections as heading 2", hs[:min(3, len(hs))])
	}
	for _, h := range hs[1:] {
		if h.level == 1 {
			t.Errorf("a section of the insert is heading 1: %q", h.text)
		}
	}
}
