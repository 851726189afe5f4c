package export

import (
	"strings"
	"testing"
)

// TestPDFChartKeepsItsTable: an indicator chart's values table is on the
// chart's page, whole: read back with pdftotext, every page has as many
// table headers ("Arvon laji") as chart captions, so no table is split
// from its chart or continued on the next page.
func TestPDFChartKeepsItsTable(t *testing.T) {
	p, tpl := demo(t)
	path, _ := writePDF(t, p, tpl)
	tx, _ := loadTexts("fi")
	caption := strings.SplitN(tx.get("chart.caption", "n", "", "name", ""), " ", 2)[0] + " "
	header := tx.get("chart.col.kind")
	charts := 0
	for i, pg := range pageTexts(t, path) {
		c, h := strings.Count(pg, caption), strings.Count(pg, header)
		charts += c
		if c != h {
			t.Errorf("page %d has %d charts and %d values tables", i+1, c, h)
		}
	}
	if charts == 0 {
		t.Fatal("no charts in the demo PDF")
	}
}
