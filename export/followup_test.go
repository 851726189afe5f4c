package export

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/export/internal/sample"
	"fi.kotoutus/kotoutus/programme"
)

// followedDemo is the demo programme with its 2027 (closed) and 2028
// (open) follow-up rounds.
func followedDemo(t testing.TB) (*programme.Programme, *checklist.Template) {
	t.Helper()
	p, tpl := demo(t)
	if err := programme.DemoFollowup(p); err != nil {
		t.Fatal(err)
	}
	return p, tpl
}

// TestReportPDFContent writes the follow-up report of both years as PDF and
// reads it back: every measure and indicator is there, the summary's
// counts are the programme's, the closed year has no draft mark and the
// open one has it, and the PDF is tagged without errors.
func TestReportPDFContent(t *testing.T) {
	p, tpl := followedDemo(t)
	for _, year := range []int{2027, 2028} {
		t.Run(itoa(year), func(t *testing.T) {
			var buf bytes.Buffer
			rep, err := WriteReport(&buf, "pdf", p, tpl, year, testOptions(), nil)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Pages < 2 || len(rep.MissingGlyphs) != 0 {
				t.Errorf("report: %d pages, missing glyphs %q", rep.Pages, rep.MissingGlyphs)
			}
			path := filepath.Join(t.TempDir(), "report.pdf")
			if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
				t.Fatal(err)
			}
			text := runTool(t, "pdftotext", "-raw", "-enc", "UTF-8", path, "-")
			flat := squeezeText(text)
			for _, g := range p.Goals {
				for _, m := range g.Measures {
					if !strings.Contains(flat, squeezeText(m.Title)) {
						t.Errorf("measure %q is missing", m.Title)
					}
				}
			}
			for _, ind := range p.Monitoring.Indicators {
				if !strings.Contains(flat, squeezeText(ind.Name)) {
					t.Errorf("indicator %q is missing", ind.Name)
				}
			}
			sum := p.SummaryOf(year)
			d := &reportCounts{text: text}
			for _, st := range ReportStatuses {
				label := map[programme.MeasureStatus]string{
					programme.MeasureDone: "Toteutettu", programme.MeasureOngoing: "Käynnissä", programme.MeasureDelayed: "Viivästynyt",
					programme.MeasurePlanned: "Suunniteltu", programme.MeasureDropped: "Luovuttu",
				}[st]
				if got := d.count(t, label); got != sum.Measures[st] {
					t.Errorf("summary says %d %s, the programme has %d", got, label, sum.Measures[st])
				}
			}
			for tr, label := range map[programme.Trend]string{
				programme.TrendToward: "kohti tavoitetta", programme.TrendAway: "poispäin tavoitteesta",
				programme.TrendUnchanged: "ennallaan", programme.TrendUnknown: "ei vertailtavissa",
			} {
				if got := d.count(t, label); got != sum.Indicators[tr] {
					t.Errorf("summary says %d %s, the programme has %d", got, label, sum.Indicators[tr])
				}
			}
			if r := p.Followup.RoundOf(year); !strings.Contains(flat, squeezeText(r.Proposal)) {
				t.Errorf("proposal missing")
			}
			if hasMark := strings.Contains(text, "LUONNOS"); hasMark == p.Followup.RoundOf(year).Closed {
				t.Errorf("draft mark %v for a round closed %v", hasMark, p.Followup.RoundOf(year).Closed)
			}
			if c := checkTags(t, path); c.ErrorCount > 0 || c.Types["/Table"] == 0 || c.Types["/H1"]+c.Types["/H2"] == 0 {
				t.Errorf("tags: %d errors %v, types %v", c.ErrorCount, c.Errors, c.Types)
			}
		})
	}
	// 2027 has these counts by construction (five states in turn).
	if s := p.SummaryOf(2027); s.Measures[programme.MeasureDelayed] == 0 || s.Indicators[programme.TrendToward] == 0 {
		t.Errorf("2027 summary %+v: the demo should have delayed measures and indicators toward target", s)
	}
	if s := p.SummaryOf(2028); s.Indicators[programme.TrendAway] == 0 {
		t.Errorf("2028 summary %+v: the demo should have an indicator moving away", s)
	}
}

// reportCounts reads the summary tables' rows ("Toteutettu 3").
type reportCounts struct{ text string }

func (r *reportCounts) count(t *testing.T, label string) int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(label) + ` (\d+)$`).FindStringSubmatch(r.text)
	if m == nil {
		t.Errorf("no summary row %q", label)
		return -1
	}
	n := 0
	for _, c := range m[1] {
		n = n*10 + int(c-'0')
	}
	return n
}

func TestReportFormats(t *testing.T) {
	p, tpl := followedDemo(t)
	tests := []struct {
		format string
		check  func(t *testing.T, out []byte)
	}{
		{"md", func(t *testing.T, out []byte) {
			md := string(out)
			for _, want := range []string{"# Kotouttamisohjelman seurantaraportti 2028", "## 1 Yhteenveto", "| Viivästynyt |", "Seurantaelimen ehdotus", "| Tila 2028 | Edistyminen |"} {
				if !strings.Contains(md, want) {
					t.Errorf("Markdown lacks %q", want)
				}
			}
		}},
		{"docx", func(t *testing.T, out []byte) {
			if !bytes.HasPrefix(out, []byte("PK")) || len(out) < 2000 {
				t.Errorf("DOCX of %d bytes", len(out))
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			var buf bytes.Buffer
			if _, err := WriteReport(&buf, tt.format, p, tpl, 2028, testOptions(), nil); err != nil {
				t.Fatal(err)
			}
			tt.check(t, buf.Bytes())
		})
	}
	if _, err := WriteReport(&bytes.Buffer{}, "pdf", p, tpl, 2031, testOptions(), nil); !errors.Is(err, ErrNoRound) {
		t.Errorf("report of a year without a round = %v, want ErrNoRound", err)
	}
	if _, err := WriteReport(&bytes.Buffer{}, "rtf", p, tpl, 2028, testOptions(), nil); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("unknown format = %v", err)
	}
}

// TestReportCharts: every indicator with a number gets its chart in the
// report, above the table of its values (the text alternative), drawn
// with the values up to the report's year only; the PDF tags each chart
// as a Figure with alternative text.
func TestReportCharts(t *testing.T) {
	p, tpl := followedDemo(t)
	d, err := assembleReport(p, tpl, 2027, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	md := d.body()
	want := 0
	for _, ind := range p.Monitoring.Indicators {
		if HasChart(p, ind) {
			want++
		}
	}
	// An indicator that follows two goals is shown under both.
	if want == 0 || len(d.from.charts) < want {
		t.Fatalf("%d charts, want at least one per indicator with a number (%d)", len(d.from.charts), want)
	}
	for i, c := range d.from.charts {
		for _, v := range c.ind.Values {
			if v.Year > 2027 {
				t.Errorf("chart %d of the 2027 report draws %d's value", i, v.Year)
			}
		}
		at := strings.Index(md, "("+chartScheme+itoa(i)+")")
		if at < 0 || !strings.Contains(md[at:], "| Vuosi | Arvo | Lähde |") || c.alt == "" {
			t.Errorf("chart %d (%s) missing, without alt text or without its table after it", i, c.caption)
		}
	}
	var buf bytes.Buffer
	if _, err := WriteReport(&buf, "pdf", p, tpl, 2027, testOptions(), nil); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	c := checkTags(t, path)
	if c.ErrorCount > 0 || len(c.Figures) != len(d.from.charts) {
		t.Errorf("%d tagging errors, %d figures, want %d", c.ErrorCount, len(c.Figures), len(d.from.charts))
	}
	for _, f := range c.Figures {
		if f.Alt == "" || !f.Picture {
			t.Errorf("figure %+v without alt text or picture", f)
		}
	}
	var mdOut bytes.Buffer
	if _, err := WriteReport(&mdOut, "md", p, tpl, 2027, testOptions(), nil); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(mdOut.String(), chartScheme) {
		t.Errorf("the Markdown report has a chart line")
	}
}

// BenchmarkReportLarge writes the 2027 follow-up report of the large
// generated programme as PDF (go test -bench ReportLarge ./export).
func BenchmarkReportLarge(b *testing.B) {
	tpl := checklist.Default()
	p := sample.Large(tpl, sample.BenchScale)
	if err := programme.DemoFollowup(p); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var buf bytes.Buffer
		if _, err := WriteReport(&buf, "pdf", p, tpl, 2027, testOptions(), nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestReportBaselineRow: the baseline year's row is marked as the baseline
// only while the value is the baseline's; a value changed since (by an
// import) gets its own row beside the baseline's.
func TestReportBaselineRow(t *testing.T) {
	p, tpl := followedDemo(t)
	md, err := ReportMarkdown(p, tpl, 2028, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	md = strings.ReplaceAll(md, "\u00a0", " ")
	if !strings.Contains(md, "| 2023 (lähtötaso) | 58,4 % |") {
		t.Errorf("baseline row missing:\n%s", md)
	}
	ind := &p.Monitoring.Indicators[0]
	if err := ind.SetMeasurement(programme.Measurement{Year: 2023, Value: programme.TextValue("63,3")}); err != nil {
		t.Fatal(err)
	}
	md, _ = ReportMarkdown(p, tpl, 2028, testOptions())
	md = strings.ReplaceAll(md, "\u00a0", " ")
	if !strings.Contains(md, "| Lähtötaso 2023 | 58,4 % |  |\n| 2023 | 63,3 % |") {
		t.Errorf("changed baseline year not shown apart from the baseline")
	}
}

// TestReportCaptionSaysWhatIsShown: a chart's caption in the report names
// what the chart draws (baseline, the years measured up to the report's
// year, the target), not the indicator, whose name is the heading above.
func TestReportCaptionSaysWhatIsShown(t *testing.T) {
	p, tpl := followedDemo(t)
	d, err := assembleReport(p, tpl, 2027, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	md := d.body()
	if len(d.from.charts) == 0 {
		t.Fatal("no charts")
	}
	for i, c := range d.from.charts {
		if !strings.HasPrefix(c.caption, "Kuvio "+itoa(i+1)+". ") {
			t.Errorf("caption %q does not number the figure %d", c.caption, i+1)
		}
		at := strings.Index(md, "**"+inline(c.caption)+"**")
		if at < 0 {
			t.Fatalf("caption %q not in the report", c.caption)
		}
		// The heading right above the caption is the indicator's name.
		before := strings.TrimSpace(md[:at])
		heading := before[strings.LastIndex(before, "\n")+1:]
		name := strings.TrimSpace(strings.TrimLeft(heading, "#"))
		if !strings.HasPrefix(heading, "#") || name == "" {
			t.Fatalf("no heading above caption %q: %q", c.caption, heading)
		}
		if strings.Contains(c.caption, name) {
			t.Errorf("caption %q repeats the heading %q", c.caption, name)
		}
		if c.ind.Target != nil && !strings.Contains(c.caption, "tavoitetaso "+itoa(c.ind.Target.Year)) {
			t.Errorf("caption %q does not name the target year %d", c.caption, c.ind.Target.Year)
		}
		if c.ind.Baseline != nil && !strings.Contains(c.caption, "ähtötaso "+itoa(c.ind.Baseline.Year)) {
			t.Errorf("caption %q does not name the baseline year", c.caption)
		}
		if n := len(c.ind.Values); n > 1 && !strings.Contains(c.caption, "mitatut arvot vuosittain") {
			t.Errorf("caption %q does not say it shows the yearly values", c.caption)
		}
	}
}
