package export

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// exportXLSX writes p as XLSX and opens it again with excelize. With
// KOTOUTUS_KEEP_HTML set the file is kept there as name.xlsx.
func exportXLSX(t testing.TB, p *programme.Programme, tpl *checklist.Template, name string) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if _, err := Write(&buf, "xlsx", p, tpl, testOptions(), nil); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("KOTOUTUS_KEEP_HTML"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, name+".xlsx"), buf.Bytes(), 0o644)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("excelize cannot read the export back: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// measureCount returns the number of measures of all goals.
func measureCount(p *programme.Programme) int {
	n := 0
	for _, g := range p.Goals {
		n += len(g.Measures)
	}
	return n
}

func TestXLSXDemo(t *testing.T) {
	p, tpl := demo(t)
	f := exportXLSX(t, p, tpl, "demo")
	if got := f.GetSheetList(); !slices.Equal(got, []string{"Toimenpiteet", "Mittarit"}) {
		t.Fatalf("sheets %q", got)
	}
	var years []string
	for _, in := range p.Monitoring.Indicators {
		for _, m := range in.Measurements {
			if y := strconv.Itoa(m.Year); !slices.Contains(years, y) {
				years = append(years, y)
			}
		}
	}
	slices.Sort(years)
	if len(years) == 0 {
		t.Fatal("the demo has no measurements to test with")
	}
	tests := []struct {
		sheet  string
		header []string
		rows   int
	}{
		{"Toimenpiteet", []string{"Tavoite nro", "Tavoite", "Toimenpide", "Vastuutaho", "Yhteistyökumppanit", "Alkaa", "Päättyy", "Resurssit ja rahoitus", "Tila"}, measureCount(p)},
		{"Mittarit", append([]string{"Mittari", "Tavoite", "Lähde", "Yksikkö", "Lähtötaso", "Lähtötason vuosi", "Tavoitetaso", "Tavoitevuosi", "Seuranta", "Raportoija"}, years...), len(p.Monitoring.Indicators)},
	}
	for _, tt := range tests {
		t.Run(tt.sheet, func(t *testing.T) {
			rows, err := f.GetRows(tt.sheet)
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) == 0 || !slices.Equal(rows[0], tt.header) {
				t.Fatalf("header %q, want %q", rows[0], tt.header)
			}
			if len(rows)-1 != tt.rows || tt.rows == 0 {
				t.Errorf("%d rows, want %d", len(rows)-1, tt.rows)
			}
			panes, err := f.GetPanes(tt.sheet)
			if err != nil || !panes.Freeze || panes.YSplit != 1 {
				t.Errorf("header row not frozen: %+v %v", panes, err)
			}
			filtered := false
			for _, dn := range f.GetDefinedName() {
				if dn.Name == "_xlnm._FilterDatabase" && dn.Scope == tt.sheet {
					end, _ := excelize.CoordinatesToCellName(len(tt.header), tt.rows+1)
					filtered = dn.RefersTo == "'"+tt.sheet+"'!$A$1:$"+end[:len(end)-len(strconv.Itoa(tt.rows+1))]+"$"+strconv.Itoa(tt.rows+1)
					if !filtered {
						t.Errorf("filter over %s", dn.RefersTo)
					}
				}
			}
			if !filtered {
				t.Errorf("no autofilter")
			}
			for c := range tt.header {
				col, _ := excelize.ColumnNumberToName(c + 1)
				if w, _ := f.GetColWidth(tt.sheet, col); w < 8 || w > 50 {
					t.Errorf("column %s width %v", col, w)
				}
			}
		})
	}

	// Numbers are numbers, dates are dates, text is text.
	g := p.Goals[0]
	m := g.Measures[0]
	cellType := func(sheet, cell string) excelize.CellType {
		ct, err := f.GetCellType(sheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		return ct
	}
	if v, _ := f.GetCellValue("Toimenpiteet", "A2"); v != "1" || cellType("Toimenpiteet", "A2") != excelize.CellTypeUnset && cellType("Toimenpiteet", "A2") != excelize.CellTypeNumber {
		t.Errorf("goal number %q is not a number", v)
	}
	if v, _ := f.GetCellValue("Toimenpiteet", "C2"); v != m.Title {
		t.Errorf("first measure %q, want %q", v, m.Title)
	}
	if v, _ := f.GetCellValue("Toimenpiteet", "H2"); v != m.Resources {
		t.Errorf("resources %q, want %q", v, m.Resources)
	}
	if want := m.Start.Finnish(); want != "" {
		if v, _ := f.GetCellValue("Toimenpiteet", "F2"); v != want {
			t.Errorf("start shown as %q, want %q", v, want)
		}
		raw, _ := f.GetCellValue("Toimenpiteet", "F2", excelize.Options{RawCellValue: true})
		if _, err := strconv.ParseFloat(raw, 64); err != nil {
			t.Errorf("start %q is not a date number", raw)
		}
	}
	in := p.Monitoring.Indicators[0]
	if in.Baseline.Value.Number != nil {
		raw, _ := f.GetCellValue("Mittarit", "E2", excelize.Options{RawCellValue: true})
		if got, err := strconv.ParseFloat(raw, 64); err != nil || got != *in.Baseline.Value.Number {
			t.Errorf("baseline %q, want the number %v", raw, *in.Baseline.Value.Number)
		}
	}
	props, err := f.GetDocProps()
	if err != nil || props.Title == "" || props.Language != "fi" {
		t.Errorf("document properties %+v %v", props, err)
	}
}

func TestXLSXNoFormulaInjection(t *testing.T) {
	p, tpl := demo(t)
	evil := []string{"=HYPERLINK(\"http://x.example\",\"klik\")", "+1+2", "-3", "@SUM(A1)", "=1+1", "\t=2"}
	g := &p.Goals[0]
	g.Measures = nil
	for i, e := range evil {
		g.Measures = append(g.Measures, programme.Measure{ID: "m" + strconv.Itoa(i), Title: e, Responsible: e, Resources: e})
	}
	p.Monitoring.Indicators[0].Name = evil[0]
	p.Monitoring.Indicators[0].Baseline.Value = programme.Value{Text: "=2*3"}
	f := exportXLSX(t, p, tpl, "evil")
	check := func(sheet, cell, want string) {
		t.Helper()
		if formula, _ := f.GetCellFormula(sheet, cell); formula != "" {
			t.Errorf("%s!%s holds the formula %q", sheet, cell, formula)
		}
		ct, _ := f.GetCellType(sheet, cell)
		if ct != excelize.CellTypeSharedString && ct != excelize.CellTypeInlineString {
			t.Errorf("%s!%s has type %v, want text", sheet, cell, ct)
		}
		if v, _ := f.GetCellValue(sheet, cell); v != want {
			t.Errorf("%s!%s = %q, want %q", sheet, cell, v, want)
		}
	}
	for i, e := range evil {
		row := strconv.Itoa(i + 2)
		want := oneLine(e)
		check("Toimenpiteet", "C"+row, want)
		check("Toimenpiteet", "D"+row, want)
		check("Toimenpiteet", "H"+row, cellText(e))
	}
	check("Mittarit", "A2", evil[0])
	check("Mittarit", "E2", "=2*3")
}

func TestXLSXEmptyProgramme(t *testing.T) {
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Tyhjäkylä"}, "", 2026, 2029)
	f := exportXLSX(t, p, tpl, "empty")
	for _, sheet := range []string{"Toimenpiteet", "Mittarit"} {
		rows, err := f.GetRows(sheet)
		if err != nil || len(rows) != 1 {
			t.Errorf("%s: %d rows (%v), want the header only", sheet, len(rows), err)
		}
	}
}
