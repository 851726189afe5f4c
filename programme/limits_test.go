package programme_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/programme"
)

// TestLimitsTable checks every draft limit at and just past its value.
func TestLimitsTable(t *testing.T) {
	nested := func(d int) string { return strings.Repeat("> ", d) + "teksti\n" }
	items := func(n int) string { return strings.Repeat("- kohta\n", n) }
	table := func(cells int) string {
		var b strings.Builder
		b.WriteString("| a | b | c | d | e |\n|---|---|---|---|---|\n")
		for i := 0; i < cells/5-1; i++ {
			b.WriteString("| 1 | 2 | 3 | 4 | 5 |\n")
		}
		return b.String()
	}
	cases := []struct {
		name, limit string
		ok, over    string
	}{
		{"draft length", "MaxDraftBytes", strings.Repeat("a", programme.MaxDraftBytes), strings.Repeat("a", programme.MaxDraftBytes+1)},
		{"nesting", "MaxImportDepth", nested(programme.MaxImportDepth - 1), nested(programme.MaxImportDepth + 1)},
		{"list items", "MaxListItems", items(programme.MaxListItems), items(programme.MaxListItems + 1)},
		{"table cells", "MaxTableCells", table(programme.MaxTableCells), table(programme.MaxTableCells + 5)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := programme.CheckDraft(c.ok); err != nil {
				t.Errorf("at the limit: %v", err)
			}
			err := programme.CheckDraft(c.over)
			var le *programme.LimitError
			if !errors.Is(err, programme.ErrTooLarge) || !errors.As(err, &le) || le.Limit != c.limit {
				t.Errorf("past the limit: %v, want %s", err, c.limit)
			}
		})
	}
	if err := programme.CheckDraft("rikki \xff teksti"); !errors.Is(err, programme.ErrBadText) {
		t.Errorf("invalid UTF-8: %v", err)
	}
}

// TestExchangeFileGetsTheModelsChecks writes files that break the editors'
// rules or the limits and checks that ReadFile refuses each.
func TestExchangeFileGetsTheModelsChecks(t *testing.T) {
	cases := []struct {
		name  string
		spoil func(p *programme.Programme)
		want  error
	}{
		{"period ends before it starts", func(p *programme.Programme) { p.StartYear, p.EndYear = 2029, 2026 }, programme.ErrEndBeforeStart},
		{"impossible year", func(p *programme.Programme) { p.EndYear = 20290 }, programme.ErrBadYear},
		{"two measurements for one year", func(p *programme.Programme) {
			p.Monitoring.Indicators = []programme.Indicator{{ID: "i1", Name: "Työllisyys", Measurements: []programme.Measurement{{Year: 2027}, {Year: 2027}}}}
		}, programme.ErrDuplicateYear},
		{"target before baseline", func(p *programme.Programme) {
			p.Monitoring.Indicators = []programme.Indicator{{ID: "i1", Baseline: programme.Point{Year: 2028}, Target: programme.Point{Year: 2026}}}
		}, programme.ErrTargetBeforeBaseline},
		{"draft too long", func(p *programme.Programme) {
			p.Document.Sections = append(p.Document.Sections, programme.Section{ID: "x1", Title: "Liite", Draft: strings.Repeat("a", programme.MaxDraftBytes+1)})
		}, programme.ErrTooLarge},
		{"too many goals", func(p *programme.Programme) {
			for i := 0; i <= programme.MaxRows; i++ {
				p.Goals = append(p.Goals, programme.Goal{ID: programme.NewID()})
			}
		}, programme.ErrTooLarge},
		{"long title", func(p *programme.Programme) { p.Title = strings.Repeat("o", programme.MaxFieldBytes+1) }, programme.ErrTooLarge},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := sample("Akaa")
			c.spoil(p)
			var buf bytes.Buffer
			if err := programme.WriteFile(&buf, p, programme.WriteOptions{App: "test"}); err != nil {
				t.Fatal(err)
			}
			if _, err := programme.ReadFile(&buf); !errors.Is(err, c.want) {
				t.Errorf("ReadFile: %v, want %v", err, c.want)
			}
		})
	}
	var buf bytes.Buffer
	p := sample("Akaa")
	p.Title = "Ohjelma XYZ"
	if err := programme.WriteFile(&buf, p, programme.WriteOptions{App: "test"}); err != nil {
		t.Fatal(err)
	}
	bad := bytes.Replace(buf.Bytes(), []byte("XYZ"), []byte("X\xffZ"), 1)
	if _, err := programme.ReadFile(bytes.NewReader(bad)); !errors.Is(err, programme.ErrFileDamaged) || !errors.Is(err, programme.ErrBadText) {
		t.Errorf("invalid UTF-8 in a file: %v", err)
	}
	if _, err := programme.ReadFile(bytes.NewReader(buf.Bytes())); err != nil {
		t.Errorf("the sound file: %v", err)
	}
}
