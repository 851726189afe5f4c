package progress

import (
	"strconv"
	"time"

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

// Zoom limits: the width of one year in chart units.
const (
	minYearWidth   = 30.0
	maxYearWidth   = 900.0
	zoomStep       = 1.5
	timelineTitleW = 230.0
	timelineScale  = 1.5
	timelineRowH   = 14.0 // chart.rowH, for scrolling by rows
)

// Timeline is the measures timeline view: every measure's schedule as a
// bar across the years, grouped by goal, with today marked. The measure
// and state columns stay in place while the years scroll sideways under
// them (slider, or arrows once the timeline has the focus) and the rows
// scroll up and down; the zoom is the width of a year (buttons, + and −, 0
// for the whole period).
type Timeline struct {
	data   chart.Timeline
	labels chart.TimelineLabels
	// yearWidth is the zoom; offset how far the years are scrolled, both
	// in chart units; view is the width of the years in view.
	yearWidth, offset, view float64
	chart                   *chartview.KeyChart
	header                  *chartview.Chart
	scroll                  *container.Scroll
	slider                  *widget.Slider
	zoomText                *widget.Label
	// fitting keeps the whole period in view as the view resizes, until
	// the user zooms.
	fitting bool
	// Content is the view with its toolbar.
	Content fyne.CanvasObject
	// Back and BackLabel are the toolbar's way back and its label.
	Back      func()
	BackLabel string
	backBtn   *widget.Button
}

// NewTimeline returns the timeline of p as of today in language l; back,
// if not nil, is the toolbar's way back, labelled backLabel (to where the
// user came from).
func NewTimeline(p *programme.Programme, today time.Time, l, backLabel string, back func()) *Timeline {
	v := &Timeline{
		Back:      back,
		BackLabel: backLabel,
		data:      export.TimelineData(p, today, func(n int) string { return lang.L("timeline.untitled", map[string]any{"N": n}) }),
		labels:    timelineLabels(),
		yearWidth: 120,
		fitting:   true,
	}
	v.labels.Lang, v.labels.States.Lang = l, l
	v.chart = chartview.NewKeyChart(chart.Drawing{}, timelineScale)
	v.chart.OnKey = v.onKey
	v.chart.OnRune = v.onRune
	v.scroll = container.NewVScroll(v.chart)
	v.header = chartview.New(chart.Drawing{}, timelineScale)
	v.slider = widget.NewSlider(0, 1)
	v.slider.Step = 1
	v.slider.OnChanged = func(x float64) {
		if x != v.offset {
			v.offset = x
			v.redraw()
		}
	}
	v.zoomText = widget.NewLabel("")
	title := widget.NewLabelWithStyle(lang.L("timeline.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	bar := container.NewHBox()
	if back != nil {
		v.backBtn = widget.NewButtonWithIcon(backLabel, theme.NavigateBackIcon(), back)
		bar.Add(v.backBtn)
	}
	bar.Add(title)
	bar.Add(widget.NewButtonWithIcon(lang.L("timeline.zoomOut"), theme.ZoomOutIcon(), func() { v.zoom(1 / zoomStep) }))
	bar.Add(widget.NewButtonWithIcon(lang.L("timeline.zoomIn"), theme.ZoomInIcon(), func() { v.zoom(zoomStep) }))
	bar.Add(widget.NewButtonWithIcon(lang.L("timeline.fit"), theme.ZoomFitIcon(), v.fit))
	bar.Add(v.zoomText)
	top := container.NewVBox(bar, wrapped(lang.L("timeline.keys")))
	var body fyne.CanvasObject = container.NewBorder(v.header, v.slider, nil, nil, v.scroll)
	if rows(v.data) == 0 {
		body = wrapped(lang.L("timeline.empty"))
	}
	v.Content = container.NewBorder(top, nil, nil, nil, container.New(&viewLayout{resized: v.resized}, body))
	return v
}

func rows(tl chart.Timeline) int {
	n := 0
	for _, g := range tl.Groups {
		n += 1 + len(g.Tasks)
	}
	return n
}

// Focus gives the timeline the keyboard focus.
func (v *Timeline) Focus(c fyne.Canvas) {
	if c != nil {
		c.Focus(v.chart)
	}
}

// YearWidth is the zoom: the width of a year in chart units.
func (v *Timeline) YearWidth() float64 { return v.yearWidth }

// Offset is how far the years are scrolled, in chart units.
func (v *Timeline) Offset() float64 { return v.offset }

// Drawing is the timeline as drawn now.
func (v *Timeline) Drawing() chart.Drawing { return v.chart.Drawing() }

// span returns where the years start and how wide they are in all.
func (v *Timeline) span() (columns, years float64) {
	return chart.TimelineSpan(v.data, v.labels, chart.TimelineLayout{YearWidth: v.yearWidth, TitleWidth: timelineTitleW})
}

// resized takes the width the years have on screen; until the user
// zooms, it keeps the whole period in view.
func (v *Timeline) resized(width float32) {
	cols, _ := v.span()
	view := max(40, float64(width/timelineScale)-cols-4-2)
	if view == v.view {
		return
	}
	v.view = view
	if v.fitting {
		v.fit()
		return
	}
	v.redraw()
}

// redraw draws the years in view and sets the slider to match.
func (v *Timeline) redraw() {
	_, years := v.span()
	v.offset = max(0, min(v.offset, years-v.view))
	lay := chart.TimelineLayout{YearWidth: v.yearWidth, TitleWidth: timelineTitleW, ViewWidth: v.view, Offset: v.offset}
	// The years stay in sight above the rows, which scroll.
	first, last := v.data.Years()
	v.header.SetDrawing(chart.TimelineChart(chart.Timeline{FirstYear: first, LastYear: last, Today: v.data.Today, Fixed: true}, v.labels, lay))
	lay.NoHeader = true
	v.chart.SetDrawing(chart.TimelineChart(v.data, v.labels, lay))
	v.zoomText.SetText(lang.L("timeline.zoom", map[string]any{"Width": strconv.Itoa(int(v.yearWidth))}))
	if more := years - v.view; more > 0 {
		v.slider.Max = more
		v.slider.Value = v.offset
		v.slider.Show()
		v.slider.Refresh()
	} else {
		v.slider.Hide()
	}
	v.scroll.Refresh()
}

// setYearWidth zooms, keeping the date in the middle of the view there.
func (v *Timeline) setYearWidth(w float64) {
	w = max(minYearWidth, min(maxYearWidth, w))
	centre := (v.offset + v.view/2) / v.yearWidth
	v.yearWidth = w
	v.offset = centre*w - v.view/2
	v.redraw()
}

func (v *Timeline) zoom(f float64) {
	v.fitting = false
	v.setYearWidth(v.yearWidth * f)
}

// fit zooms so that the whole period fills the view, and keeps it so.
func (v *Timeline) fit() {
	v.fitting = true
	first, last := v.data.Years()
	v.offset = 0
	v.setYearWidth(v.view / float64(last-first+1))
}

func (v *Timeline) scrollRows(dy float32) {
	content, view := v.chart.MinSize(), v.scroll.Size()
	y := max(0, min(v.scroll.Offset.Y+dy, content.Height-view.Height))
	v.scroll.ScrollToOffset(fyne.NewPos(0, y))
}

func (v *Timeline) moveYears(dx float64) {
	v.offset += dx
	v.redraw()
}

func (v *Timeline) onKey(e *fyne.KeyEvent) {
	row := float32(timelineRowH) * timelineScale
	switch e.Name {
	case fyne.KeyLeft:
		v.moveYears(-v.yearWidth)
	case fyne.KeyRight:
		v.moveYears(v.yearWidth)
	case fyne.KeyUp:
		v.scrollRows(-row)
	case fyne.KeyDown:
		v.scrollRows(row)
	case fyne.KeyPageUp:
		v.scrollRows(-(v.scroll.Size().Height - row))
	case fyne.KeyPageDown:
		v.scrollRows(v.scroll.Size().Height - row)
	case fyne.KeyHome:
		v.offset = 0
		v.redraw()
		v.scrollRows(-v.chart.MinSize().Height)
	case fyne.KeyEnd:
		v.scrollRows(v.chart.MinSize().Height)
	}
}

// onRune zooms: the characters, not the keys, so that + works on every
// keyboard layout.
func (v *Timeline) onRune(r rune) {
	switch r {
	case '+':
		v.zoom(zoomStep)
	case '-', '−':
		v.zoom(1 / zoomStep)
	case '0':
		v.fit()
	}
}

// viewLayout lays out the timeline's body to fill its space and tells the
// timeline the width it got.
type viewLayout struct {
	resized func(width float32)
}

func (l *viewLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	if size.Width > 0 {
		l.resized(size.Width - theme.ScrollBarSize())
	}
}

func (l *viewLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return fyne.NewSize(min(s.Width, 200), min(s.Height, 200))
}

// BackButton is the toolbar's way back, nil without one.
func (v *Timeline) BackButton() *widget.Button { return v.backBtn }
