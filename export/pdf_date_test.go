package export

import (
	"encoding/xml"
	"strings"
	"testing"
)

// pdfWords returns the words of a PDF as pdftotext -bbox reads them.
func pdfWords(t *testing.T, path string) []string {
	t.Helper()
	out := runTool(t, "pdftotext", "-bbox", "-enc", "UTF-8", path, "-")
	dec := xml.NewDecoder(strings.NewReader(out))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	var words []string
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
		for _, w := range pg.Words {
			words = append(words, w.Text)
		}
	}
	return words
}

// TestPDFDatesDoNotBreakInNarrowColumns: in a table whose columns are too
// narrow for their words, a date column keeps the width of its dates, so
// that "12.3.2026" never breaks as "12.3." and "2026" (read back word by
// word with pdftotext -bbox).
func TestPDFDatesDoNotBreakInNarrowColumns(t *testing.T) {
	p, tpl := demo(t)
	long := strings.Repeat("Kotoutumispalvelukokonaisuus ", 2)
	dates := []string{"12.3.2026", "28.11.2026", "1.10.2027", "30.12.2027"}
	md := "| Pvm | Tilaisuus | Osallistujat | Aiheet | Palaute | Jatko | Vastuu |\n| --- | --- | --- | --- | --- | --- | --- |\n"
	for _, d := range dates {
		md += "| " + d + " | " + long + " | " + long + " | " + long + " | " + long + " | " + long + " | " + long + " |\n"
	}
	p.Document.Sections[4].Draft = md
	path, _ := writePDF(t, p, tpl)
	seen := map[string]bool{}
	for _, w := range pdfWords(t, path) {
		seen[w] = true
	}
	for _, d := range dates {
		if !seen[d] {
			t.Errorf("the date %q is not one word in the PDF", d)
		}
	}
}
