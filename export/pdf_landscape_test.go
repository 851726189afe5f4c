package export

import (
	"encoding/xml"
	"fmt"
	"strings"
	"testing"
)

// TestPDFTimelineAnnexIsLandscape: the measures timeline's pages are
// landscape A4 and every other page portrait; a long measure title wraps
// in the timeline instead of being cut (its every word is on the page, read
// back with pdftotext), and no word of a landscape page leaves its
// margins.
func TestPDFTimelineAnnexIsLandscape(t *testing.T) {
	p, tpl := demo(t)
	long := "Monialainen ohjaus- ja neuvontapalvelu, jossa kunnan, hyvinvointialueen, TE-palveluiden ja järjestöjen työntekijät palvelevat yhdessä samassa paikassa"
	p.Goals[0].Measures[1].Title = long
	// Enough measures for the timeline to need more than one page.
	base := p.Goals[1].Measures[0]
	for i := range 40 {
		m := base
		m.ID = fmt.Sprintf("extra-%d", i)
		m.Title = fmt.Sprintf("Lisätoimenpide %d, jonka nimi on pitkä ja kertoo mitä tehdään ja kenen kanssa", i+1)
		p.Goals[1].Measures = append(p.Goals[1].Measures, m)
	}
	path, rep := writePDF(t, p, tpl)
	tx, _ := loadTexts("fi")
	pages := pageTexts(t, path)
	if len(pages) != rep.Pages {
		t.Fatalf("read %d pages of %d", len(pages), rep.Pages)
	}
	var land []int
	for n := 1; n <= rep.Pages; n++ {
		info := runTool(t, "pdfinfo", "-f", itoa(n), "-l", itoa(n), path)
		switch {
		case strings.Contains(info, "841.89 x 595.28 pts"):
			land = append(land, n)
		case strings.Contains(info, "595.28 x 841.89 pts"):
		default:
			t.Fatalf("page %d is neither portrait nor landscape A4:\n%s", n, info)
		}
	}
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
