package export

import (
	"encoding/xml"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// longTimeline is the demo with a long measure title and enough measures
// for the timeline to need more than one page.
func longTimeline(t *testing.T) (*programme.Programme, *checklist.Template) {
	p, tpl := demo(t)
	long := "Monialainen ohjaus- ja neuvontapalvelu, jossa kunnan, hyvinvointialueen, TE-palveluiden ja järjestöjen työntekijät palvelevat yhdessä samassa paikassa"
	p.Goals[0].Measures[1].Title = long
	base := p.Goals[1].Measures[0]
	for i := range 40 {
		m := base
		m.ID = fmt.Sprintf("extra-%d", i)
		m.Title = fmt.Sprintf("Lisätoimenpide %d, jonka nimi on pitkä ja kertoo mitä tehdään ja kenen kanssa", i+1)
		p.Goals[1].Measures = append(p.Goals[1].Measures, m)
	}
	return p, tpl
}

// landscapePages returns the numbers of the landscape pages of a PDF,
// read with pdfinfo page by page; every other page must be portrait A4.
func landscapePages(t *testing.T, path string, pages int) []int {
	t.Helper()
	var land []int
	for n := 1; n <= pages; n++ {
		info := runTool(t, "pdfinfo", "-f", itoa(n), "-l", itoa(n), path)
		var w, h float64
		for _, l := range strings.Split(info, "\n") {
			if strings.HasPrefix(l, "Page") && strings.Contains(l, "size:") {
				if _, err := fmt.Sscanf(l[strings.Index(l, "size:")+5:], "%f x %f", &w, &h); err != nil {
					t.Fatalf("page %d: %q: %v", n, l, err)
				}
			}
		}
		switch {
		case math.Abs(w-841.89) < 0.5 && math.Abs(h-595.28) < 0.5:
			land = append(land, n)
		case math.Abs(w-595.28) < 0.5 && math.Abs(h-841.89) < 0.5:
		default:
			t.Fatalf("page %d is %vx%v pt, neither portrait nor landscape A4:\n%s", n, w, h, info)
		}
	}
	return land
}

// TestPDFTimelineAnnexIsLandscape: the measures timeline's pages are
// landscape A4 and every other page portrait; a long measure title wraps
// in the timeline instead of being cut (its every word is on the page, read
// back with pdftotext), and no word of a landscape page leaves its
// margins.
func TestPDFTimelineAnnexIsLandscape(t *testing.T) {
	p, tpl := longTimeline(t)
	path, rep := writePDF(t, p, tpl)
	tx, _ := loadTexts("fi")
	pages := pageTexts(t, path)
	if len(pages) != rep.Pages {
		t.Fatalf("read %d pages of %d", len(pages), rep.Pages)
	}
	land := landscapePages(t, path, rep.Pages)
	if len(land) < 2 {
		t.Fatalf("landscape pages %v, want the timeline's (at least two)", land)
	}
	for i, n := range land {
		if i > 0 && n != land[i-1]+1 {
			t.Errorf("landscape pages %v are not one run", land)
		}
	}
	if !strings.Contains(pages[land[0]-1], tx.get("timeline.title")) {
		t.Errorf("the first landscape page %d does not start the timeline", land[0])
	}
	if last := land[len(land)-1]; last >= rep.Pages || !strings.Contains(pages[last], tx.get("appendix.process")) {
		t.Errorf("the page after the timeline (%d) is not the portrait appendix", last+1)
	}
	annex := ""
	for _, n := range land {
		annex += pages[n-1]
	}
	// A wrapped title's lines are interleaved with the state column in
	// the text, so its words are looked up one by one.
	words := map[string]bool{}
	for _, w := range strings.Fields(annex) {
		words[w] = true
	}
	for _, g := range p.Goals {
		for _, m := range g.Measures {
			for _, w := range strings.Fields(m.Title) {
				if !words[w] {
					t.Errorf("the timeline lacks %q of the title %q", w, m.Title)
					break
				}
			}
		}
	}
	if strings.Contains(annex, "…") {
		t.Error("the timeline cuts a title with an ellipsis")
	}

	// Every word of a landscape page stays inside its margins.
	out := runTool(t, "pdftotext", "-f", itoa(land[0]), "-l", itoa(land[len(land)-1]), "-bbox", "-enc", "UTF-8", path, "-")
	dec := xml.NewDecoder(strings.NewReader(out))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	right := (pageH - marginR + 0.6) * mmToPt
	bottom := (pageW - 8) * mmToPt
	seen := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "page" {
			continue
		}
		var pg bboxPage
		if err := dec.DecodeElement(&pg, &se); err != nil {
			t.Fatal(err)
		}
		seen++
		if pg.Width < 841 {
			t.Errorf("page %d is %.1f pt wide", land[0]+seen-1, pg.Width)
		}
		for _, w := range pg.Words {
			if w.XMax > right || w.YMax > bottom {
				t.Errorf("page %d: %q ends at x=%.1f y=%.1f pt, past the margins", land[0]+seen-1, w.Text, w.XMax, w.YMax)
			}
		}
	}
	if seen != len(land) {
		t.Errorf("read %d landscape pages of %d", seen, len(land))
	}
}

// TestDOCXTimelineAnnexIsLandscape: the DOCX's timeline annex is a
// landscape section between portrait ones, with its pictures as wide as
// the landscape text; LibreOffice lays it out on landscape pages (read
// back with pdfinfo) and the appendix after it on portrait ones.
func TestDOCXTimelineAnnexIsLandscape(t *testing.T) {
	p, tpl := longTimeline(t)
	dir := t.TempDir()
	path, data := writeDOCX(t, p, tpl, dir, "long.docx")
	doc := docxParts(t, data)["word/document.xml"]
	tx, _ := loadTexts("fi")
	annex := strings.LastIndex(doc, xmlEscape(tx.get("timeline.title"))+"<")
	appendix := strings.LastIndex(doc, xmlEscape(tx.get("appendix.process"))+"<")
	if annex < 0 || appendix < annex {
		t.Fatal("no timeline annex before the appendix")
	}
	land := `<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>`
	if n := strings.Count(doc, land); n != 1 {
		t.Fatalf("%d landscape sections, want 1", n)
	}
	if at := strings.Index(doc, land); at < annex || at > appendix {
		t.Error("the landscape section is not the annex's")
	}
	if at := strings.LastIndex(doc[:annex], "<w:sectPr>"); at < 0 || !strings.Contains(doc[at:annex], `<w:pgSz w:w="11906" w:h="16838"/>`) || !strings.Contains(doc[at:annex], "<w:titlePg/>") {
		t.Error("the annex does not follow a portrait section with the title page")
	}
	if tail := doc[appendix:]; !strings.Contains(tail, `<w:pgSz w:w="11906" w:h="16838"/>`) || strings.Contains(tail, "<w:titlePg/>") {
		t.Error("the appendix is not in a portrait section without a title page of its own")
	}
	wide := `cx="` + itoa((docxPageH-2*docxMarginX)*emuPerTwip) + `"`
	if n := strings.Count(doc[annex:appendix], "<wp:extent "+wide); n < 2 {
		t.Errorf("%d timeline pictures as wide as the landscape text, want at least 2", n)
	}

	out := filepath.Join(dir, "pdf")
	profile := "-env:UserInstallation=file://" + filepath.Join(dir, "lo-profile")
	cmd := exec.Command(tool(t, "soffice"), profile, "--headless", "--convert-to", "pdf", "--outdir", out, path)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, msg)
	}
	pdf := filepath.Join(out, "long.pdf")
	pages := pageTexts(t, pdf)
	lp := landscapePages(t, pdf, len(pages))
	if len(lp) < 2 {
		t.Fatalf("landscape pages %v, want the timeline's (at least two)", lp)
	}
	for i, n := range lp {
		if i > 0 && n != lp[i-1]+1 {
			t.Errorf("landscape pages %v are not one run", lp)
		}
	}
	if !strings.Contains(pages[lp[0]-1], tx.get("timeline.title")) {
		t.Errorf("the first landscape page %d does not start the timeline", lp[0])
	}
	if last := lp[len(lp)-1]; last >= len(pages) || !strings.Contains(pages[last], tx.get("appendix.process")) {
		t.Errorf("the page after the timeline (%d) is not the appendix", last+1)
	}
}
