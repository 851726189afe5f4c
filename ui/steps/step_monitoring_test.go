package steps

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func TestMonitoringIndicatorsChooseEditReorderDelete(t *testing.T) {
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	var goalID string
	m.editor.edit(func(p *programme.Programme) {
		goalID = p.AddGoal(programme.Goal{Title: "Työllisyys paranee"}).ID
	})
	v := newMonitoringView(stepCtx(t, m, "monitoring"))
	test.NewWindow(v.content()).Resize(fyne.NewSize(1200, 800))

	// Choose from the catalogue: the indicator opens, pre-filled.
	v.tabs.SelectIndex(monitoringTabCatalogue)
	test.Tap(v.catalogue.buttons[2]) // employment rate
	if v.tabs.SelectedIndex() != monitoringTabIndicators {
		t.Error("choosing did not open the indicators tab")
	}
	p := stored(t, m)
	if len(p.Monitoring.Indicators) != 1 {
		t.Fatalf("%d indicators after choosing", len(p.Monitoring.Indicators))
	}
	ind := p.Monitoring.Indicators[0]
	if ind.CatalogueID != v.catalogue.items[2].ID || ind.Unit != "%" || ind.Source == "" || v.indicators.selectedID() != ind.ID {
		t.Errorf("chosen indicator %+v, selected %q", ind, v.indicators.selectedID())
	}
	v.catalogue.refresh()
	if v.catalogue.chosen[2].Text == "" {
		t.Error("catalogue does not show the indicator in use")
	}

	f := v.indicators.w.Detail()
	checkLabelled(t, f, "Työllisyys paranee").SetChecked(true)
	values := entriesWith(f, "Luku, esim. 58,4")
	years := entriesWith(f, "Vuosi, esim. 2026")
	if len(values) != 3 || len(years) != 3 {
		t.Fatalf("%d value and %d year entries, want baseline, target and measurement", len(values), len(years))
	}
	test.Type(values[0], "58,4")
	test.Type(years[0], "2023")
	test.Type(values[1], "65")
	test.Type(years[1], "2020")
	if msgs := dangerLabels(f); len(msgs) != 1 || msgs[0] != lang346(t, "monitoring.err.targetBeforeBaseline") {
		t.Errorf("target before baseline: messages %q", msgs)
	}
	p = stored(t, m)
	ind = p.Monitoring.Indicators[0]
	if ind.Target.Year != 0 || years[1].Text != "2020" {
		t.Errorf("target year stored as %d; entry %q", ind.Target.Year, years[1].Text)
	}
	years[1].SetText("2029")
	values[0].SetText("noin 58")
	if msgs := dangerLabels(f); len(msgs) != 1 || msgs[0] != lang346(t, "goals.err.number") || values[0].Text != "noin 58" {
		t.Errorf("value not a number: messages %q, entry %q", msgs, values[0].Text)
	}
	p = stored(t, m)
	ind = p.Monitoring.Indicators[0]
	if ind.Baseline.Value.Number == nil || *ind.Baseline.Value.Number != 58.4 || ind.Baseline.Year != 2023 ||
		*ind.Target.Value.Number != 65 || ind.Target.Year != 2029 || !reflect.DeepEqual(ind.GoalIDs, []string{goalID}) {
		t.Errorf("indicator stored as %+v", ind)
	}
	values[0].SetText("58,4")

	// Measurements: a bad one is refused and kept, good ones are stored.
	test.Type(years[2], "2024")
	test.Type(values[2], "paljon")
	test.Tap(buttonLabelled(t, f, "Lisää mittaustulos"))
	if msgs := dangerLabels(f); len(msgs) != 1 || values[2].Text != "paljon" {
		t.Errorf("bad measurement: messages %q, entry %q", msgs, values[2].Text)
	}
	values[2].SetText("59,2")
	test.Tap(buttonLabelled(t, f, "Lisää mittaustulos"))
	years[2].SetText("2023")
	values[2].SetText("58,4")
	test.Tap(buttonLabelled(t, f, "Lisää mittaustulos"))
	p = stored(t, m)
	ms := p.Monitoring.Indicators[0].Measurements
	if len(ms) != 2 || ms[0].Year != 2023 || ms[1].Year != 2024 || *ms[1].Value.Number != 59.2 {
		t.Errorf("measurements stored as %+v", ms)
	}
	if years[2].Text != "" || len(dangerLabels(f)) != 0 {
		t.Error("the add row was not cleared after adding")
	}

	// A custom indicator, moved first, then the chosen one deleted.
	test.Tap(v.indicators.w.AddButton())
	test.Type(entryWith(t, v.indicators.w.Detail(), "Esim. Ulkomailla syntyneiden työllisyysaste"), "Kielikahvilan käynnit")
	test.Tap(v.indicators.w.UpButton())
	p = stored(t, m)
	if len(p.Monitoring.Indicators) != 2 || p.Monitoring.Indicators[0].Name != "Kielikahvilan käynnit" || p.Monitoring.Indicators[0].CatalogueID != "" {
		t.Fatalf("after adding a custom indicator: %+v", p.Monitoring.Indicators)
	}
	v.indicators.remove(p.Monitoring.Indicators[1].ID)
	p = stored(t, m)
	if len(p.Monitoring.Indicators) != 1 || p.Monitoring.Indicators[0].Name != "Kielikahvilan käynnit" {
		t.Errorf("after delete: %+v", p.Monitoring.Indicators)
	}

	// The plan.
	test.Type(v.plan[0], "Yhteistyöryhmä")
	test.Type(v.plan[3], "Lain muuttuessa")
	p = stored(t, m)
	if p.Monitoring.Plan.Who != "Yhteistyöryhmä" || p.Monitoring.Plan.UpdateWhen != "Lain muuttuessa" {
		t.Errorf("plan stored as %+v", p.Monitoring.Plan)
	}
	for _, fd := range v.findings.Findings() {
		if fd.Code == "monitoring.noPlan" || fd.Code == "monitoring.none" {
			t.Errorf("finding %s still shown", fd.Code)
		}
	}
}

func TestMonitoringShowsDemo(t *testing.T) {
	m, _ := newTestWindow(t)
	p := openDemo(t, m)
	v := newMonitoringView(stepCtx(t, m, "monitoring"))
	test.NewWindow(v.content()).Resize(fyne.NewSize(1200, 800))
	if v.indicators.Len() != len(p.Monitoring.Indicators) || v.plan[0].Text != p.Monitoring.Plan.Who {
		t.Errorf("demo shows %d indicators, plan %q", v.indicators.Len(), v.plan[0].Text)
	}
	for _, fd := range v.findings.Findings() {
		if fd.Code == "monitoring.noTarget" {
			v.onFindingSelected(fd)
			if "indicator:"+v.indicators.selectedID() != fd.Ref {
				t.Errorf("finding %s opened %q", fd.Ref, v.indicators.selectedID())
			}
			return
		}
	}
	t.Error("demo shows no indicator without a target")
}

// TestIndicatorLineShowsRoundValues: an indicator's line in the list gives
// its latest value, a follow-up round's included, as the charts and the
// report do.
func TestIndicatorLineShowsRoundValues(t *testing.T) {
	m, _ := newTestWindow(t)
	p := programme.Demo(checklist.Default())
	if err := programme.DemoFollowup(p); err != nil {
		t.Fatal(err)
	}
	open(t, m, p)
	v := newMonitoringView(stepCtx(t, m, "monitoring"))
	tested := 0
	for i := range p.Monitoring.Indicators {
		ind := &p.Monitoring.Indicators[i]
		series := p.IndicatorSeries(*ind)
		if len(series) == 0 || !series[len(series)-1].Round {
			continue
		}
		tested++
		last := series[len(series)-1]
		want := "viimeisin " + pointText(programme.Point{Value: last.Value, Year: last.Year}, ind.Unit)
		if got := v.indicatorDetail(ind); !strings.Contains(got, want) {
			t.Errorf("%s: line %q lacks %q", ind.Name, got, want)
		}
	}
	if tested == 0 {
		t.Fatal("the demo's rounds record no indicator value")
	}
}
