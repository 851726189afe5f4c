package export

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// newUserProgramme is a programme as a new user enters it: a new programme
// with one goal, two measures and one indicator, and no section text.
func newUserProgramme(t *testing.T) (*programme.Programme, *checklist.Template) {
	t.Helper()
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Järvilahti"}, "", 2026, 2029)
	g := p.AddGoal(programme.Goal{Title: "Työllisyys paranee"})
	g.Measures = append(g.Measures,
		programme.Measure{
			ID: "m1", Title: "Työkokeilut kunnan yksiköissä", Responsible: "Työllisyyspalvelut",
			Partners: "Yrittäjäyhdistys", Start: "2026-08", End: "2027", Resources: "2 työvalmentajaa\n10 000 € vuodessa", Status: programme.MeasurePlanned,
		},
		programme.Measure{ID: "m2", Title: "Kielikahvila", Responsible: "Kirjasto"})
	base, target := 58.2, 65.0
	p.Monitoring.Indicators = append(p.Monitoring.Indicators, programme.Indicator{
		ID: "i1", Name: "Työllisyysaste", GoalIDs: []string{g.ID}, Unit: "%",
		Baseline: programme.Point{Value: programme.Value{Number: &base}, Year: 2024},
		Target:   programme.Point{Value: programme.Value{Number: &target}, Year: 2029},
		Source:   "Tilastokeskus",
		Measurements: []programme.Measurement{
			{Year: 2025, Value: programme.TextValue("60,1")},
		},
	})
	return p, tpl
}

func TestFreshProgrammeHTMLAndXLSX(t *testing.T) {
	p, tpl := newUserProgramme(t)
	page := exportHTML(t, p, tpl, "fresh")
	doc := checkPage(t, page)
	if ti := textOf(firstElement(doc, "title")); !strings.Contains(ti, "Kotouttamisohjelma") && !strings.Contains(ti, "kotoutumisen") {
		t.Errorf("title %q", ti)
	}
	if !bytes.Contains(page, []byte("Järvilahti")) {
		t.Errorf("the municipality is not on the page")
	}

	f := exportXLSX(t, p, tpl, "fresh")
	rows, err := f.GetRows("Toimenpiteet")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows, want header and 2 measures", len(rows))
	}
	want := []string{"1", "Työllisyys paranee", "Työkokeilut kunnan yksiköissä", "Työllisyyspalvelut", "Yrittäjäyhdistys", "8/2026", "2027", "2 työvalmentajaa\n10 000 € vuodessa", "Suunniteltu"}
	if !slices.Equal(rows[1], want) {
		t.Errorf("measure row\n got %q\nwant %q", rows[1], want)
	}
	rows, err = f.GetRows("Mittarit")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0][len(rows[0])-1] != "2025" {
		t.Fatalf("indicator sheet %q", rows)
	}
	for i, want := range map[int]string{0: "Työllisyysaste", 3: "%", 4: "58.2", 5: "2024", 6: "65", 7: "2029", 10: "60.1"} {
		if rows[1][i] != want {
			t.Errorf("indicator column %d (%s) = %q, want %q", i, rows[0][i], rows[1][i], want)
		}
	}
}

func TestHTMLStage(t *testing.T) {
	p, tpl := newUserProgramme(t)
	doc := checkPage(t, exportHTML(t, p, tpl, "stage-draft"))
	if mark := firstElement(firstElement(doc, "header"), "p"); mark == nil || textOf(mark) != "LUONNOS" {
		t.Errorf("a draft is not marked as one in the header")
	}
	p.Adoption = programme.Adoption{Status: programme.DocAdopted, Body: "Kunnanvaltuusto", Date: "2026-03-02", Paragraph: "45"}
	doc = checkPage(t, exportHTML(t, p, tpl, "stage-adopted"))
	if strings.Contains(textOf(firstElement(doc, "header")), "LUONNOS") {
		t.Errorf("an adopted programme is marked as a draft")
	}
	foot := textOf(firstElement(doc, "footer"))
	for _, want := range []string{"Järvilahti", "Kunnanvaltuusto", "2.3.2026", "45"} {
		if !strings.Contains(foot, want) {
			t.Errorf("footer %q lacks %q", foot, want)
		}
	}
}
