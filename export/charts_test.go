package export

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/programme"
)

// demoCharts counts the demo's charts: one per indicator with a number to
// draw, and the timeline.
func demoCharts(t *testing.T, p *programme.Programme) (indicators int) {
	t.Helper()
	for _, ind := range p.Monitoring.Indicators {
		if HasChart(p, ind) {
			indicators++
		}
	}
	if indicators == 0 {
		t.Fatal("the demo has no indicator to chart")
	}
	return indicators
}

// TestChartsInEveryFormat checks that each format carries the demo's
// charts in its own way, each with its text alternative: a tagged Figure
// with /Alt in the PDF, an SVG with a title in HTML, a described picture
// in DOCX, and in Markdown only the tables of values.
func TestChartsInEveryFormat(t *testing.T) {
	p, tpl := demo(t)
	inds := demoCharts(t, p)
	tx, _ := loadTexts("fi")
	out := map[string][]byte{}
	for _, f := range []string{"pdf", "html", "docx", "md"} {
		var buf bytes.Buffer
		if _, err := Write(&buf, f, p, tpl, testOptions(), nil); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[f] = buf.Bytes()
	}
	cases := []struct {
		format string
		check  func(t *testing.T, b []byte)
	}{
		{"pdf", func(t *testing.T, b []byte) {
			path, rep := writePDF(t, p, tpl)
			c := checkTags(t, path)
			if c.ErrorCount > 0 {
				t.Errorf("%d tagging errors, e.g.:\n%s", c.ErrorCount, strings.Join(c.Errors, "\n"))
			}
			// The demo's timeline fits one page.
			if got := c.Types["/Figure"]; got != inds+1 {
				t.Errorf("%d Figure elements, want %d", got, inds+1)
			}
			if n := bytes.Count(b, []byte("/S /Figure")); n != inds+1 {
				t.Errorf("%d Figures written, want %d", n, inds+1)
			}
			text := runTool(t, "pdftotext", "-enc", "UTF-8", path, "-")
			for _, s := range []string{tx.get("chart.caption", "n", "1", "name", p.Monitoring.Indicators[0].Name), tx.get("timeline.title"), tx.get("timeline.today") + " 2.3.2026", tx.get("chart.col.kind")} {
				if !strings.Contains(squeezeText(text), squeezeText(s)) {
					t.Errorf("the PDF lacks %q", s)
				}
			}
			if rep.Pages < 2 {
				t.Errorf("%d pages", rep.Pages)
			}
		}},
		{"html", func(t *testing.T, b []byte) {
			page := string(b)
			if n := strings.Count(page, `<svg `); n != inds+1 {
				t.Errorf("%d SVG charts, want %d", n, inds+1)
			}
			if n := strings.Count(page, `role="img" aria-labelledby="K-chart-`); n != inds+1 {
				t.Errorf("%d charts named for screen readers, want %d", n, inds+1)
			}
			if !strings.Contains(page, "<title id=\"K-chart-1\">Viivakaavio indikaattorista") {
				t.Error("the first chart has no alternative text")
			}
		}},
		{"docx", func(t *testing.T, b []byte) {
			zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
			if err != nil {
				t.Fatal(err)
			}
			pictures := 0
			var doc string
			for _, f := range zr.File {
				if strings.HasPrefix(f.Name, "word/media/") && strings.HasSuffix(f.Name, ".png") {
					pictures++
				}
				if f.Name == "word/document.xml" {
					rc, err := f.Open()
					if err != nil {
						t.Fatal(err)
					}
					data, err := io.ReadAll(rc)
					rc.Close()
					if err != nil {
						t.Fatal(err)
					}
					doc = string(data)
				}
			}
			if pictures != inds+1 {
				t.Errorf("%d pictures, want %d", pictures, inds+1)
			}
			if n := strings.Count(doc, `descr="Viivakaavio indikaattorista`); n != 2*inds {
				t.Errorf("%d described indicator pictures (docPr and cNvPr), want %d", n, 2*inds)
			}
		}},
		{"md", func(t *testing.T, b []byte) {
			md := string(b)
			if strings.Contains(md, chartScheme) {
				t.Error("Markdown refers to a chart picture")
			}
			if strings.Contains(md, "## "+tx.get("timeline.title")) {
				t.Error("Markdown has the timeline annex, whose data is in the goals' tables")
			}
			if n := strings.Count(md, "| "+tx.get("col.year")+" | "+tx.get("col.value")+" | "+tx.get("chart.col.kind")+" |"); n != inds {
				t.Errorf("%d tables of values, want %d", n, inds)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.format, func(t *testing.T) { c.check(t, out[c.format]) })
	}
}

// TestTimelineAnnexNeedsSchedules leaves the annex out when no measure has
// dates.
func TestTimelineAnnexNeedsSchedules(t *testing.T) {
	p, tpl := demo(t)
	for gi := range p.Goals {
		for mi := range p.Goals[gi].Measures {
			p.Goals[gi].Measures[mi].Start, p.Goals[gi].Measures[mi].End = "", ""
		}
	}
	d, err := assemble(p, tpl, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if d.timelineAnnex != 0 {
		t.Errorf("annex at section %d without any schedule", d.timelineAnnex-1)
	}
	for _, s := range d.sections {
		if s.name == d.tx.get("timeline.title") {
			t.Error("timeline section without any schedule")
		}
	}
}

func TestChartState(t *testing.T) {
	cases := []struct {
		status programme.MeasureStatus
		want   string
	}{
		{"", "planned"},
		{programme.MeasurePlanned, "planned"},
		{programme.MeasureOngoing, "ongoing"},
		{programme.MeasureDone, "done"},
		{programme.MeasureDelayed, "delayed"},
		{programme.MeasureDropped, "dropped"},
		{"future", "planned"},
	}
	names := []string{"planned", "ongoing", "done", "delayed", "dropped"}
	for _, c := range cases {
		if got := names[ChartState(c.status)]; got != c.want {
			t.Errorf("ChartState(%q) = %s, want %s", c.status, got, c.want)
		}
	}
}

// TestChartNumbersInTheDocumentLanguage writes a chart's values, in its
// table and in its alternative text, as the document's language does.
func TestChartNumbersInTheDocumentLanguage(t *testing.T) {
	p, tpl := demo(t)
	cases := []struct{ lang, want, not string }{
		{"fi", "58,4", "58.4"},
		{"sv", "58,4", "58.4"},
		{"en", "58.4", "58,4"},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			opt := testOptions()
			opt.Language = c.lang
			d, err := assemble(p, tpl, opt)
			if err != nil {
				t.Fatal(err)
			}
			ch := d.from.charts[0]
			table := d.from.valuesTable(ch.ind, "%")
			if !strings.Contains(table, c.want) || strings.Contains(table, c.not) || !strings.Contains(ch.alt, c.want) {
				t.Errorf("table %q, alt %q: want %s, not %s", table, ch.alt, c.want, c.not)
			}
		})
	}
}
