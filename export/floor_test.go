package export

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// The floor: the same programmes' text laid out with raw fpdf calls (one
// font in four styles, a MultiCell a paragraph, no tables, links, tags or
// contents), compressed like our export. Our PDF export is measured against
// it: the target is within 1.5× of it at both sizes.

func BenchmarkPDFPages100(b *testing.B) {
	p, tpl := generated(b, programme.Tenths100Pages)
	benchPDF(b, p, tpl)
}

func BenchmarkPDFPages1000(b *testing.B) {
	p, tpl := generated(b, programme.Tenths1000Pages)
	benchPDF(b, p, tpl)
}

func BenchmarkPDFFloorPages100(b *testing.B) {
	p, tpl := generated(b, programme.Tenths100Pages)
	benchFloor(b, p, tpl)
}

func BenchmarkPDFFloorPages1000(b *testing.B) {
	p, tpl := generated(b, programme.Tenths1000Pages)
	benchFloor(b, p, tpl)
}

var generatedCache sync.Map // tenths → *programme.Programme

// generated returns the generated programme of the given size (see
// programme.Generate), made once per test binary.
func generated(t testing.TB, tenths int) (*programme.Programme, *checklist.Template) {
	t.Helper()
	tpl := checklist.Default()
	if p, ok := generatedCache.Load(tenths); ok {
		return p.(*programme.Programme), tpl
	}
	p, err := programme.Generate(tpl, tenths)
	if err != nil {
		t.Fatal(err)
	}
	p.ID = "generated"
	generatedCache.Store(tenths, p)
	return p, tpl
}

func benchFloor(b *testing.B, p *programme.Programme, tpl *checklist.Template) {
	var md bytes.Buffer
	if err := Markdown(&md, p, tpl, testOptions()); err != nil {
		b.Fatal(err)
	}
	fonts, err := loadFonts()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	pages := 0
	for b.Loop() {
		n, err := floorPDF(io.Discard, md.String(), fonts)
		if err != nil {
			b.Fatal(err)
		}
		pages = n
	}
	b.ReportMetric(float64(pages), "pages")
}

// floorPDF lays out Markdown text line by line with plain fpdf: headings
// bold and larger, everything else a paragraph of body text.
func floorPDF(w io.Writer, md string, fonts *fontSet) (int, error) {
	pdf := fpdf.New("P", "mm", "A4", "")
	for style, data := range fonts.data {
		pdf.AddUTF8FontFromBytes(fontFamily, style, data)
	}
	pdf.SetMargins(25, 20, 20)
	pdf.SetAutoPageBreak(true, 20)
	pdf.AddPage()
	for _, para := range strings.Split(md, "\n\n") {
		para = strings.TrimSpace(para)
		if para == "" {
			continue
		}
		level := len(para) - len(strings.TrimLeft(para, "#"))
		switch {
		case level > 0:
			pdf.SetFont(fontFamily, "B", 18-2*float64(min(level, 4)))
			pdf.MultiCell(0, 8, strings.TrimSpace(para[level:]), "", "L", false)
		default:
			pdf.SetFont(fontFamily, "", 11)
			pdf.MultiCell(0, 5.5, strings.ReplaceAll(para, "**", ""), "", "L", false)
		}
		pdf.Ln(2)
	}
	n := pdf.PageNo()
	return n, pdf.Output(w)
}

// TestFloorPDF keeps the floor honest: it writes a PDF with the pages the
// text needs.
func TestFloorPDF(t *testing.T) {
	fonts, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	n, err := floorPDF(&out, "# Otsikko\n\n"+strings.Repeat("Kappale, jossa on sanoja. ", 3000), fonts)
	if err != nil {
		t.Fatal(err)
	}
	if n < 5 || !bytes.HasPrefix(out.Bytes(), []byte("%PDF-")) {
		t.Errorf("floor wrote %d pages, %d bytes", n, out.Len())
	}
}
