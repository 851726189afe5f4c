package programme_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/programme"
)

func readCSVFile(t *testing.T, name string) *programme.CSVTable {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "csv", name))
	if err != nil {
		t.Fatal(err)
	}
	tab, err := programme.ReadCSV(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return tab
}

// cells writes a series' cells as "year=raw" with "!" for a number, "?"
// for missing, so a case states them in one string.
func cells(s programme.CSVSeries) string {
	var parts []string
	for _, c := range s.Cells {
		mark := ""
		switch {
		case c.Missing:
			mark = "?"
		case c.Value.Number != nil:
			mark = "!" + strings.Replace(strconv.FormatFloat(*c.Value.Number, 'f', -1, 64), ".", ",", 1)
		}
		parts = append(parts, strings.Join([]string{itoa(c.Year), c.Raw + mark}, "="))
	}
	return strings.Join(parts, " ")
}

func TestReadCSVSamples(t *testing.T) {
	tests := []struct {
		file      string
		title     string
		encoding  string
		delim     rune
		labels    string
		yearsDown bool
		series    []string // label: cells
	}{
		{
			file: "pxweb_semicolon.csv", title: "Ulkomaan kansalaisten osuus väestöstä alueittain, 2019-2024", encoding: "UTF-8", delim: ';', labels: "Alue, Tiedot",
			series: []string{
				"Akaa / Ulkomaan kansalaiset: 2019=2,9!2,9 2020=3,1!3,1 2021=3,2!3,2 2022=3,8!3,8 2023=4,4!4,4 2024=4,9!4,9",
				"Valkeakoski / Ulkomaan kansalaiset: 2019=2,4!2,4 2020=2,5!2,5 2021=2,6!2,6 2022=3,1!3,1 2023=3,5!3,5 2024=..?",
				"Urjala / Ulkomaan kansalaiset: 2019=1,6!1,6 2020=.? 2021=1,8!1,8 2022=2,0!2 2023=2,2!2,2 2024=2,5!2,5",
			},
		},
		{
			file: "pxweb_comma_1252.csv", title: "Työllisyysaste syntyperän mukaan, 2020-2023", encoding: "Windows-1252", delim: ',', labels: "Alue, Syntyperä",
			series: []string{
				"Akaa / Ulkomaalaistaustaiset: 2020=58.1!58,1 2021=60.4!60,4 2022=62.0!62 2023=63.3!63,3",
				"Akaa / Suomalaistaustaiset: 2020=72.0!72 2021=73.1!73,1 2022=73.9!73,9 2023=74.2!74,2",
			},
		},
		{
			file: "pxweb_years_down.csv", title: "Vieraskielisten määrä", encoding: "UTF-8", delim: ';', labels: "Vuosi", yearsDown: true,
			series: []string{
				"Akaa: 2021=612!612 2022=655!655 2023=701!701",
				"Valkeakoski: 2021=1 104!1104 2022=1 201!1201 2023=..?",
				"Urjala: 2021=88!88 2022=93!93 2023=97!97",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			tab := readCSVFile(t, tt.file)
			if tab.Format != programme.CSVPxWeb || tab.Title != tt.title || tab.Encoding != tt.encoding || tab.Delimiter != tt.delim ||
				strings.Join(tab.Labels, ", ") != tt.labels || tab.YearsDown != tt.yearsDown {
				t.Errorf("read as %s %q %s %q labels %q down %v", tab.Format, tab.Title, tab.Encoding, tab.Delimiter, tab.Labels, tab.YearsDown)
			}
			if len(tab.Series) != len(tt.series) {
				t.Fatalf("%d series, want %d", len(tab.Series), len(tt.series))
			}
			for i, want := range tt.series {
				if got := tab.Series[i].Label + ": " + cells(tab.Series[i]); got != want {
					t.Errorf("series %d\n got %s\nwant %s", i, got, want)
				}
			}
		})
	}
}

func TestReadCSVRefuses(t *testing.T) {
	header := "\"Alue\";\"2022\";\"2023\"\n"
	tests := []struct {
		name string
		data []byte
		want error
		line int
	}{
		{"empty", nil, programme.ErrCSVEmpty, 0},
		{"title only", []byte("\"Taulukko\"\n\n"), programme.ErrCSVEmpty, 0},
		{"header only", []byte(header), programme.ErrCSVEmpty, 1},
		{"huge", append([]byte(header), bytes.Repeat([]byte("\"Akaa\";1;2\n"), programme.MaxCSVBytes/10)...), programme.ErrCSVTooLarge, 0},
		{"too many rows", []byte(header + strings.Repeat("a;1;2\n", programme.MaxCSVRows)), programme.ErrCSVTooLarge, programme.MaxCSVRows + 1},
		{"too many columns", []byte("a" + strings.Repeat(";2020", programme.MaxCSVColumns) + "\n"), programme.ErrCSVTooLarge, 1},
		{"long cell", []byte(header + "\"" + strings.Repeat("x", programme.MaxCSVCellBytes+1) + "\";1;2\n"), programme.ErrCSVTooLarge, 2},
		{"UTF-16", append([]byte{0xFF, 0xFE}, []byte("A\x00l\x00u\x00e\x00")...), programme.ErrCSVEncoding, 0},
		{"undefined Windows-1252 byte", []byte(header + "\"Ak\x81a\";1;2\n"), programme.ErrCSVEncoding, 0},
		{"binary", []byte("PK\x03\x04\x00\x00"), programme.ErrCSVBinary, 0},
		{"control character", []byte(header + "\"Akaa\x1b[31m\";1;2\n"), programme.ErrCSVBinary, 0},
		{"broken quote", []byte(header + "\"Akaa;1;2\n\"Urjala\";3;4\n"), programme.ErrCSVMalformed, 0},
		{"ragged row", []byte(header + "\"Akaa\";1\n"), programme.ErrCSVMalformed, 2},
		{"no municipality column", []byte("\"2022\";\"2023\"\n1;2\n"), programme.ErrCSVNoLabels, 1},
		{"no years", []byte("\"Alue\";\"Kieli\"\n\"Akaa\";\"ruotsi\"\n"), programme.ErrCSVNoYears, 2},
		{"pivoted without a column name", []byte("\"Vuosi\";\"\";\"Urjala\"\n2022;1;2\n"), programme.ErrCSVNoLabels, 1},
		{"generic with a bad year", []byte("indicator;year;value\nA;vuonna;1\n"), programme.ErrBadYear, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := programme.ReadCSV(bytes.NewReader(tt.data))
			if !errors.Is(err, tt.want) || tab != nil {
				t.Fatalf("ReadCSV = %v, %v; want %v", tab, err, tt.want)
			}
			var ce *programme.CSVError
			if got := errors.As(err, &ce); tt.line != 0 && (!got || ce.Line != tt.line) {
				t.Errorf("error %v, want it on line %d", err, tt.line)
			}
		})
	}
}

// TestCSVFormulaCellsStayText: cells that a spreadsheet would evaluate are
// never numbers; a label is kept as the text it is, and nothing of them is
// stored as a value.
func TestCSVFormulaCellsStayText(t *testing.T) {
	data := "\"Alue\";\"2024\";\"2025\";\"2026\";\"2027\";\"2028\";\"2029\"\n" +
		"\"=HYPERLINK(\"\"http://x\"\")\";=1+2;+5;@SUM(A1);-3,5;NaN;0x10\n"
	tab, err := programme.ReadCSV(strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	s := tab.Series[0]
	if s.Label != "=HYPERLINK(\"http://x\")" {
		t.Errorf("label %q, want the cell's text as it is", s.Label)
	}
	want := []bool{false, false, false, true, false, false}
	for i, c := range s.Cells {
		if got := c.Value.Number != nil; got != want[i] {
			t.Errorf("cell %q read as number %v, want %v", c.Raw, got, want[i])
		}
	}
	p, _, inds := followed(t)
	imp, err := tab.Plan(p, 0, inds[0].ID, "", "2027-12-01")
	if err != nil {
		t.Fatal(err)
	}
	if imp.Count() != 1 || imp.Rows[3].Skip != programme.SkipNone || imp.Rows[0].Skip != programme.SkipNotNumber {
		t.Errorf("plan %+v, want only -3,5 stored", imp.Rows)
	}
}

func TestCSVPlanAndApply(t *testing.T) {
	p, _, inds := followed(t)
	ind := inds[0] // 2021–2024 measured, 2024 with a note
	mustOpen(t, p, 2023)
	if err := p.CloseRound(programme.RoundID(2023), roundDay); err != nil {
		t.Fatal(err)
	}
	mustOpen(t, p, 2024)
	tab := readCSVFile(t, "pxweb_semicolon.csv")
	before := p.Clone()

	if _, err := tab.Plan(p, 7, ind.ID, "", "2025-01-15"); !errors.Is(err, programme.ErrNoSuchRow) {
		t.Errorf("plan of a series the file lacks = %v", err)
	}
	if _, err := tab.Plan(p, 0, "nope", "", "2025-01-15"); !errors.Is(err, programme.ErrNoSuchRow) {
		t.Errorf("plan to an indicator the programme lacks = %v", err)
	}
	imp, err := tab.Plan(p, 1, ind.ID, "", "2025-01-15") // Valkeakoski: 2024 is ".."
	if err != nil {
		t.Fatal(err)
	}
	sameContent(t, "programme after planning", p, before)
	wantRows := []struct {
		year     int
		skip     programme.CSVSkip
		toRound  bool
		replaces string
	}{
		{2019, programme.SkipNone, false, ""},
		{2020, programme.SkipNone, false, ""},
		{2021, programme.SkipNone, false, "55,1"},
		{2022, programme.SkipNone, false, "56,9"},
		{2023, programme.SkipClosed, false, ""},
		{2024, programme.SkipMissing, false, ""},
	}
	if len(imp.Rows) != len(wantRows) {
		t.Fatalf("%d rows, want %d", len(imp.Rows), len(wantRows))
	}
	for i, w := range wantRows {
		r := imp.Rows[i]
		if r.Year != w.year || r.Skip != w.skip || r.ToRound != w.toRound || r.Replaces != w.replaces || r.Source != tab.Title {
			t.Errorf("row %d = %+v, want %+v with the title as source", i, r, w)
		}
	}
	n, err := imp.Apply(p)
	if err != nil || n != 4 {
		t.Fatalf("apply = %d, %v; want 4 stored", n, err)
	}
	got := p.Monitoring.Indicator(ind.ID)
	if len(got.Measurements) != 6 || got.Measurements[0].Year != 2019 || got.Measurements[0].Source != tab.Title {
		t.Errorf("measurements %+v", got.Measurements)
	}
	if m := got.Measurements[5]; m.Year != 2024 || m.Note != "Ennakkotieto" || m.Value.String() != "59,2" {
		t.Errorf("2024 should be untouched (missing in the file): %+v", m)
	}

	// Akaa's 2024 goes to the open 2024 round with its source and date.
	imp, err = tab.Plan(p, 0, ind.ID, "Tilastokeskus, PxWeb", "2025-01-15")
	if err != nil {
		t.Fatal(err)
	}
	if r := imp.Rows[5]; !r.ToRound || r.Skip != programme.SkipNone {
		t.Errorf("2024 row %+v, want to the round", r)
	}
	if _, err := imp.Apply(p); err != nil {
		t.Fatal(err)
	}
	v := p.Followup.RoundOf(2024).Value(ind.ID)
	if v.Value.Text != "4,9" || v.Source != "Tilastokeskus, PxWeb" || v.Date != "2025-01-15" {
		t.Errorf("round value %+v", v)
	}

	// A round closed after planning: Apply refuses and changes nothing.
	imp, _ = tab.Plan(p, 2, ind.ID, "", "2025-01-16")
	if err := p.CloseRound(programme.RoundID(2024), roundDay); err != nil {
		t.Fatal(err)
	}
	before = p.Clone()
	if _, err := imp.Apply(p); !errors.Is(err, programme.ErrRoundClosed) {
		t.Errorf("apply into a round closed meanwhile = %v", err)
	}
	sameContent(t, "programme after a refused apply", p, before)
}

func TestCSVGeneric(t *testing.T) {
	p, _, _ := followed(t)
	tab := readCSVFile(t, "generic.csv")
	if tab.Format != programme.CSVGeneric || len(tab.Generic) != 3 {
		t.Fatalf("read as %s with %d rows", tab.Format, len(tab.Generic))
	}
	mustOpen(t, p, 2027)
	imp, err := tab.PlanGeneric(p, "", "2028-01-10")
	if err != nil {
		t.Fatal(err)
	}
	skips := []programme.CSVSkip{programme.SkipNone, programme.SkipNone, programme.SkipUnknown}
	for i, s := range skips {
		if imp.Rows[i].Skip != s {
			t.Errorf("row %d skip %q, want %q", i, imp.Rows[i].Skip, s)
		}
	}
	if n, err := imp.Apply(p); err != nil || n != 2 {
		t.Fatalf("apply = %d, %v", n, err)
	}
	var cafe *programme.Indicator
	for i := range p.Monitoring.Indicators {
		if p.Monitoring.Indicators[i].Name == "Kielikahvilan käynnit" {
			cafe = &p.Monitoring.Indicators[i]
		}
	}
	if len(cafe.Measurements) != 1 || cafe.Measurements[0].Year != 2026 || cafe.Measurements[0].Source != "Kirjaston kävijätilasto" {
		t.Errorf("2026 measurement %+v", cafe.Measurements)
	}
	if v := p.Followup.RoundOf(2027).Value(cafe.ID); v.Value.Text != "512" || v.Source != "Kirjaston kävijätilasto" {
		t.Errorf("2027 round value %+v", v)
	}
	// Nothing to store: refused.
	none, _ := programme.ReadCSV(strings.NewReader("indicator;year;value\nX;2027;1\n"))
	if _, err := none.PlanGeneric(p, "", ""); !errors.Is(err, programme.ErrCSVNothing) {
		t.Errorf("plan with nothing to store = %v", err)
	}
}
