package export

import (
	"bytes"
	"io"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/export/internal/sample"
	"fi.kotoutus/kotoutus/programme"
)

// benchScale sizes the generated large programme.
const benchScale = sample.BenchScale

func BenchmarkPDFDemo(b *testing.B) {
	p, tpl := demo(b)
	benchPDF(b, p, tpl)
}

func BenchmarkPDFLarge(b *testing.B) {
	p, tpl := large(b, benchScale)
	benchPDF(b, p, tpl)
}

func BenchmarkMarkdownDemo(b *testing.B) {
	p, tpl := demo(b)
	benchMarkdown(b, p, tpl)
}

func BenchmarkMarkdownLarge(b *testing.B) {
	p, tpl := large(b, benchScale)
	benchMarkdown(b, p, tpl)
}

func benchPDF(b *testing.B, p *programme.Programme, tpl *checklist.Template) {
	b.ReportAllocs()
	pages := 0
	for b.Loop() {
		rep, err := PDF(io.Discard, p, tpl, testOptions())
		if err != nil {
			b.Fatal(err)
		}
		pages = rep.Pages
	}
	b.ReportMetric(float64(pages), "pages")
}

func benchMarkdown(b *testing.B, p *programme.Programme, tpl *checklist.Template) {
	b.ReportAllocs()
	for b.Loop() {
		if err := Markdown(io.Discard, p, tpl, testOptions()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDOCXDemo(b *testing.B) {
	p, tpl := demo(b)
	benchFormat(b, "docx", p, tpl)
}

func BenchmarkDOCXLarge(b *testing.B) {
	p, tpl := large(b, benchScale)
	benchFormat(b, "docx", p, tpl)
}

// BenchmarkDOCXImportLarge reads the large programme's DOCX back through
// the import's plan (conversion to Markdown and matching).
func BenchmarkDOCXImportLarge(b *testing.B) {
	p, tpl := large(b, benchScale)
	var buf bytes.Buffer
	if err := DOCX(&buf, p, tpl, testOptions()); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := programme.PlanImport(p, tpl, buf.Bytes(), programme.ImportOptions{Language: "fi"}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHTMLDemo(b *testing.B) {
	p, tpl := demo(b)
	benchFormat(b, "html", p, tpl)
}

func BenchmarkHTMLLarge(b *testing.B) {
	p, tpl := large(b, benchScale)
	benchFormat(b, "html", p, tpl)
}

func BenchmarkXLSXDemo(b *testing.B) {
	p, tpl := demo(b)
	benchFormat(b, "xlsx", p, tpl)
}

func BenchmarkXLSXLarge(b *testing.B) {
	p, tpl := large(b, benchScale)
	benchFormat(b, "xlsx", p, tpl)
}

// benchFormat exports through the registry and reports the output's size.
func benchFormat(b *testing.B, id string, p *programme.Programme, tpl *checklist.Template) {
	b.ReportAllocs()
	var n countingWriter
	for b.Loop() {
		n = 0
		if _, err := Write(&n, id, p, tpl, testOptions(), nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/1024, "KiB")
}

// countingWriter counts the bytes written to it.
type countingWriter int

func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}
