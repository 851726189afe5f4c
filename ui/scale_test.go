package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// labelsShown counts the labels laid out in the window: every row of a
// list has at least one, so a list that builds a widget per row shows it.
func labelsShown(m *MainWindow) int {
	n := 0
	for _, o := range test.LaidOutObjects(m.win.Content()) {
		if _, ok := o.(*widget.Label); ok {
			n++
		}
	}
	return n
}

// grown returns the large generated programme with its roster, the first
// goal's measures, the indicators and the first indicator's measurements
// multiplied by times.
func grown(t *testing.T, times int) *programme.Programme {
	p, err := programme.GenerateSize(checklist.Default(), programme.SizeLarge)
	if err != nil {
		t.Fatal(err)
	}
	members, inds := p.Cooperation.Members, p.Monitoring.Indicators
	var measures []programme.Measure
	for _, g := range p.Goals {
		measures = append(measures, g.Measures...)
	}
	p.Goals[0].Measures = nil
	p.Cooperation.Members, p.Monitoring.Indicators = nil, nil
	for k := range times {
		for _, x := range members {
			x.ID = fmt.Sprintf("%s-%d", x.ID, k)
			p.Cooperation.Members = append(p.Cooperation.Members, x)
		}
		for _, x := range measures {
			x.ID = fmt.Sprintf("%s-%d", x.ID, k)
			p.Goals[0].Measures = append(p.Goals[0].Measures, x)
		}
		for _, x := range inds {
			x.ID = fmt.Sprintf("%s-%d", x.ID, k)
			p.Monitoring.Indicators = append(p.Monitoring.Indicators, x)
		}
	}
	first := &p.Monitoring.Indicators[0]
	base := first.Measurements
	first.Measurements = nil
	for range times {
		for _, ms := range base {
			ms.Year = 1900 + len(first.Measurements)
			first.Measurements = append(first.Measurements, ms)
		}
	}
	return p
}

// TestRowWidgetsStayBounded opens the roster, the goals and their measures
// and the indicators with their measurements of the large programme (60
// members, 400 measures in one goal, 60 indicators with ten years of
// values), then of one with ten times as many rows: the window lays out as
// many labels for either, since only the rows on screen get widgets.
func TestRowWidgetsStayBounded(t *testing.T) {
	count := func(times int) map[string]int {
		m, _ := newTestWindow(t)
		m.win.Resize(fyne.NewSize(1366, 768))
		p := grown(t, times)
		if err := m.store.Save(p); err != nil {
			t.Fatal(err)
		}
		m.openProgramme(p.ID)
		v := m.editor
		out := map[string]int{}
		coop := stepIndex(v, programme.StepCooperation)
		v.selectStep(coop)
		out["members"] = labelsShown(m)
		goals := stepIndex(v, programme.StepGoals)
		v.openFinding(goals, programme.Finding{Step: programme.StepGoals, Ref: "goal:" + p.Goals[0].ID})
		out["goals"] = labelsShown(m)
		v.openFinding(goals, programme.Finding{Step: programme.StepGoals, Ref: "measure:" + p.Goals[0].Measures[0].ID})
		out["measures"] = labelsShown(m)
		mon := stepIndex(v, programme.StepMonitoring)
		v.openFinding(mon, programme.Finding{Step: programme.StepMonitoring, Ref: "indicator:" + p.Monitoring.Indicators[0].ID})
		out["indicators and measurements"] = labelsShown(m)
		return out
	}
	small, big := count(1), count(10)
	for view, n := range small {
		if big[view] > n+5 {
			t.Errorf("%s: %d labels with ten times the rows, %d with the large programme's", view, big[view], n)
		}
		if n == 0 {
			t.Errorf("%s: nothing laid out", view)
		}
	}
	t.Logf("labels laid out: large %v, tenfold %v", small, big)
}
