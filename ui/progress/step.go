package progress

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/export"
	"fi.kotoutus/kotoutus/internal/chart"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/chartview"
)

// Chart sizes in the app, in chart units, and the scale to Fyne units.
const (
	indicatorMinW = 200.0
	indicatorH    = 170.0
	barMinW       = 180.0
	appScale      = 1.55
)

// StepView is step 6's progress view: per goal its measures by state and
// the charts of the indicators that follow it, then the indicators that
// follow no goal. It is built when first shown and rebuilt by Refresh, so
// edits elsewhere in the step show up when the user comes back.
type StepView struct {
	programme    func() *programme.Programme
	openTimeline func()
	body         *fyne.Container
	// Content is the view, one scroll for the whole view.
	Content fyne.CanvasObject
}

// NewStepView returns the progress view of the programme p returns;
// openTimeline, if not nil, opens the measures timeline.
func NewStepView(p func() *programme.Programme, openTimeline func()) *StepView {
	v := &StepView{programme: p, openTimeline: openTimeline, body: container.NewVBox()}
	v.Content = container.NewVScroll(container.NewPadded(v.body))
	return v
}

// Refresh rebuilds the view from the programme as it is now.
func (v *StepView) Refresh() {
	p := v.programme()
	objs := []fyne.CanvasObject{wrapped(lang.L("progress.hint"))}
	if v.openTimeline != nil {
		objs = append(objs, container.NewHBox(widget.NewButtonWithIcon(lang.L("progress.openTimeline"), theme.ViewRestoreIcon(), v.openTimeline)))
	}
	if len(p.Goals) == 0 {
		objs = append(objs, wrapped(lang.L("progress.noGoals")))
	}
	shown := map[string]bool{}
	for i, g := range p.Goals {
		objs = append(objs, heading(goalTitle(g, i+1)), StateBar(p, g, false))
		var charts []fyne.CanvasObject
		for _, ind := range p.Monitoring.Indicators {
			if ind.FollowsGoal(g.ID) {
				shown[ind.ID] = true
				charts = append(charts, IndicatorCard(p, ind))
			}
		}
		if len(charts) == 0 {
			objs = append(objs, wrapped(lang.L("progress.noIndicators")))
			continue
		}
		objs = append(objs, container.NewGridWithColumns(2, charts...))
	}
	var rest []fyne.CanvasObject
	for _, ind := range p.Monitoring.Indicators {
		if !shown[ind.ID] {
			rest = append(rest, IndicatorCard(p, ind))
		}
	}
	if len(rest) > 0 {
		objs = append(objs, heading(lang.L("progress.otherIndicators")), container.NewGridWithColumns(2, rest...))
	}
	v.body.Objects = objs
	v.body.Refresh()
}

// StateBar is goal g's measures by state, as wide as its row; compact for
// the overview (smaller, only the states that occur in the legend).
func StateBar(p *programme.Programme, g programme.Goal, compact bool) fyne.CanvasObject {
	counts := export.GoalStateCounts(p, g)
	lab := stateLabels()
	return chartview.NewFitting(func(w float64) chart.Drawing { return chart.StateBar(counts, lab, w, compact) }, barMinW, appScale)
}

// IndicatorCard is an indicator's name, its chart and its values in words.
func IndicatorCard(p *programme.Programme, ind programme.Indicator) fyne.CanvasObject {
	data := export.IndicatorChartData(p, ind)
	lab := indicatorLabels()
	name := widget.NewLabelWithStyle(ind.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Wrapping = fyne.TextWrapWord
	c := chartview.NewFitting(func(w float64) chart.Drawing { return chart.IndicatorChart(data, lab, w, indicatorH) }, indicatorMinW, appScale)
	return container.NewVBox(name, c, wrapped(valuesText(data, ind.Unit)))
}

func wrapped(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func heading(s string) *widget.Label {
	l := widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}
