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

// TestEditLimits checks the editors' checks: a field's length, and a
// draft's length on every change but its structure only on a paste.
func TestEditLimits(t *testing.T) {
	items := func(n int) string { return strings.Repeat("- kohta\n", n) }
	over := items(programme.MaxListItems + 1)
	cases := []struct {
		name        string
		err         error
		wantLimit   string // "" for no error
		wantBadText bool
	}{
		{"field at the limit", programme.CheckField(strings.Repeat("a", programme.MaxFieldBytes)), "", false},
		{"field past the limit", programme.CheckField(strings.Repeat("a", programme.MaxFieldBytes+1)), "MaxFieldBytes", false},
		{"field not UTF-8", programme.CheckField("a\xffb"), "", true},
		{"typing past the draft length", programme.CheckDraftEdit(strings.Repeat("a", programme.MaxDraftBytes), strings.Repeat("a", programme.MaxDraftBytes+1)), "MaxDraftBytes", false},
		{"pasting too many list items", programme.CheckDraftEdit("", over), "MaxListItems", false},
		{"typing one more character after the items", programme.CheckDraftEdit(over, over+"x"), "", false},
		{"pasting an ordinary paragraph", programme.CheckDraftEdit("alku", "alku "+strings.Repeat("sana ", 200)), "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var le *programme.LimitError
			switch {
			case c.wantBadText:
				if !errors.Is(c.err, programme.ErrBadText) {
					t.Errorf("got %v, want ErrBadText", c.err)
				}
			case c.wantLimit == "":
				if c.err != nil {
					t.Errorf("got %v, want no error", c.err)
				}
			case !errors.As(c.err, &le) || le.Limit != c.wantLimit:
				t.Errorf("got %v, want %s", c.err, c.wantLimit)
			}
		})
	}
}

// TestImportPartsMeetDraftLimits imports a file whose one section has more
// list items than a draft may: it is refused, as a paste of it would be.
func TestImportPartsMeetDraftLimits(t *testing.T) {
	p, tpl := newDoc(t)
	src := "## Vastuutahot\n\n" + strings.Repeat("- kohta\n", programme.MaxListItems+1)
	_, err := programme.PlanImport(p, tpl, []byte(src), importOpt)
	var le *programme.LimitError
	if !errors.As(err, &le) || le.Limit != "MaxListItems" {
		t.Fatalf("PlanImport: %v, want the MaxListItems limit", err)
	}
}
