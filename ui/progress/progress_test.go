package progress

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/chart"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/chartview"
)

func demo(t *testing.T) *programme.Programme {
	t.Helper()
	i18n.Setup("fi")
	return programme.Demo(checklist.Default())
}

// walk lists every object below o.
func walk(t *testing.T, o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			walk(t, c, visit)
		}
	case fyne.Widget:
		r := test.TempWidgetRenderer(t, o)
		for _, c := range r.Objects() {
			walk(t, c, visit)
		}
	}
}

// TestStepView shows one state bar per goal and one chart per indicator,
// each chart with its values in words, and every text translated.
func TestStepView(t *testing.T) {
	p := demo(t)
	test.NewTempApp(t)
	opened := 0
	v := NewStepView(func() *programme.Programme { return p }, func() { opened++ })
	w := test.NewTempWindow(t, v.Content)
	w.Resize(fyne.NewSize(1000, 700))
	v.Refresh()
	bars, charts := 0, 0
	var labels []string
	walk(t, v.Content, func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *chartview.Chart:
			d := o.Drawing()
			switch {
			case len(d.ByRole(chart.RoleBar)) > 0 || len(d.ByRole(chart.RoleNoData)) > 0 && len(d.ByRole(chart.RoleFrame)) > 0 && d.H < 20:
				bars++
			default:
				charts++
			}
		case *widget.Label:
			labels = append(labels, o.Text)
		case *widget.Button:
			test.Tap(o)
		}
	})
	if bars != len(p.Goals) {
		t.Errorf("%d state bars, want one per goal (%d)", bars, len(p.Goals))
	}
	linked := 0
	for _, ind := range p.Monitoring.Indicators {
		linked += max(1, len(ind.GoalIDs))
	}
	if charts != linked {
		t.Errorf("%d indicator charts, want %d (one under each goal an indicator follows)", charts, linked)
	}
	if opened != 1 {
		t.Errorf("the timeline button opened %d times", opened)
	}
	text := strings.Join(labels, "\n")
	for _, want := range []string{"Arvot: lähtötaso 58,4\u00a0% (2023)", "tavoite 65\u00a0% (2029)", "1. "} {
		if !strings.Contains(text, want) {
			t.Errorf("the view lacks %q", want)
		}
	}
	if strings.Contains(text, "progress.") || strings.Contains(text, "chart.") {
		t.Errorf("untranslated key in the view:\n%s", text)
	}
}

// TestStateBarsFitTheirWidth redraws a bar for the width it is laid out at.
func TestStateBarsFitTheirWidth(t *testing.T) {
	p := demo(t)
	test.NewTempApp(t)
	bar := StateBar(p, p.Goals[0], true).(*chartview.Chart)
	w := test.NewTempWindow(t, bar)
	w.Resize(fyne.NewSize(800, 100))
	if got, want := bar.Drawing().W, float64(bar.Size().Width/appScale); got < want-1 || got > want+1 {
		t.Errorf("bar drawn %v wide for %v", got, want)
	}
}

// TestTimelineKeys drives the timeline with the keyboard: it opens zoomed to
// the whole period, + and − zoom by half, arrows move a year, 0 fits again.
func TestTimelineKeys(t *testing.T) {
	p := demo(t)
	test.NewTempApp(t)
	v := NewTimeline(p, time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC), "fi", "", nil)
	w := test.NewTempWindow(t, v.Content)
	w.Resize(fyne.NewSize(1000, 700))
	first, last := v.data.Years()
	whole := v.YearWidth() * float64(last-first+1)
	if whole < v.view-1 || whole > v.view+1 {
		t.Fatalf("opens with years %v wide for a view of %v", whole, v.view)
	}
	fit := v.YearWidth()
	v.Focus(w.Canvas())
	if w.Canvas().Focused() != v.chart {
		t.Fatal("the timeline does not take the focus")
	}
	steps := []struct {
		name       string
		do         func()
		zoom       float64
		moved      bool
		wantOffset float64
	}{
		{"+ zooms in", func() { v.chart.TypedRune('+') }, fit * zoomStep, false, -1},
		{"right moves a year", func() { v.chart.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight}) }, fit * zoomStep, true, -1},
		{"home goes back", func() { v.chart.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome}) }, fit * zoomStep, false, 0},
		{"− zooms out", func() { v.chart.TypedRune('-') }, fit, false, 0},
		{"0 fits", func() { v.chart.TypedRune('+'); v.chart.TypedRune('+'); v.chart.TypedRune('0') }, fit, false, 0},
	}
	for _, s := range steps {
		before := v.Offset()
		s.do()
		if got := v.YearWidth(); got < s.zoom-0.01 || got > s.zoom+0.01 {
			t.Errorf("%s: year width %v, want %v", s.name, got, s.zoom)
		}
		if s.moved && v.Offset() <= before {
			t.Errorf("%s: offset %v, was %v", s.name, v.Offset(), before)
		}
		if s.wantOffset >= 0 && v.Offset() != s.wantOffset {
			t.Errorf("%s: offset %v, want %v", s.name, v.Offset(), s.wantOffset)
		}
	}
	// Every measure has its row with its state in words.
	n := 0
	for _, g := range p.Goals {
		n += len(g.Measures)
	}
	if got := len(v.Drawing().ByRole(chart.RoleState)); got != n {
		t.Errorf("%d state texts, want one per measure (%d)", got, n)
	}
}
