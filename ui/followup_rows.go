package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// followRowKind tells what a row of the follow-up list is.
type followRowKind int

const (
	followHeading followRowKind = iota
	followMeasure
	followIndicator
	followProposal
	// followColumns names the columns of the measure rows (text "m") or
	// the indicator rows (text "i") below it.
	followColumns
)

// followRow is one row: a heading (a goal, the indicators, the proposal),
// a measure, an indicator, or the proposal's text.
type followRow struct {
	kind followRowKind
	text string
	id   string
}

// proposalHeight is the proposal row's height: a few lines of text.
const proposalHeight = 120

// buildRows lists the round's rows: each goal with its measures, then the
// indicators, then the monitoring body's proposal.
func (f *followupPanel) buildRows() []followRow {
	p := f.v.Programme()
	var rows []followRow
	for i, g := range p.Goals {
		title := strings.TrimSpace(g.Title)
		if title == "" {
			title = lang.L("followup.untitled")
		}
		if i == 0 {
			rows = append(rows, followRow{kind: followColumns, text: "m"})
		}
		rows = append(rows, followRow{kind: followHeading, text: lang.L("followup.goalHeading", map[string]any{"N": i + 1, "Title": title})})
		for _, m := range g.Measures {
			rows = append(rows, followRow{kind: followMeasure, text: m.Title, id: m.ID})
		}
	}
	if len(p.Monitoring.Indicators) > 0 {
		rows = append(rows, followRow{kind: followHeading, text: lang.L("followup.indicators")}, followRow{kind: followColumns, text: "i"})
		for _, ind := range p.Monitoring.Indicators {
			rows = append(rows, followRow{kind: followIndicator, text: ind.Name, id: ind.ID})
		}
	}
	rows = append(rows, followRow{kind: followHeading, text: lang.L("followup.proposal")}, followRow{kind: followProposal})
	return rows
}

// setRowHeights gives every row its kind's height; the template's own
// would be the tallest kind's (the proposal's).
func (f *followupPanel) setRowHeights() {
	heading := widget.NewLabelWithStyle(lang.L("followup.indicators"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}).MinSize().Height
	line := widgets.NewEntry().MinSize().Height
	for i, r := range f.rows {
		switch r.kind {
		case followHeading, followColumns:
			f.list.SetItemHeight(i, heading)
		case followProposal:
			f.list.SetItemHeight(i, proposalHeight)
		default:
			f.list.SetItemHeight(i, line)
		}
	}
}

// followRowView is the list's row template: every kind's widgets, of which
// one set shows.
type followRowView struct {
	heading *widget.Label

	measure *fyne.Container
	mTitle  *widget.Label
	state   *widgets.Select
	note    *widgets.Entry
	spent   *widgets.Entry

	indicator *fyne.Container
	iName     *widget.Label
	value     *widgets.Entry
	source    *widgets.Entry
	date      *widgets.Entry
	trend     *widget.Label

	proposal *widgets.Entry

	// The read-only rows of a closed round: labels, which read better
	// than disabled fields.
	measureRO, indicatorRO *fyne.Container
	mRO, iRO               []*widget.Label
	proposalRO             *widget.Label

	mCols, iCols *fyne.Container
	all          *fyne.Container
}

func columnLabels(keys ...string) []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(keys))
	for i, k := range keys {
		l := widget.NewLabelWithStyle(lang.L(k), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		l.Truncation = fyne.TextTruncateEllipsis
		out[i] = l
	}
	return out
}

func readOnlyLabels(n int) []*widget.Label {
	out := make([]*widget.Label, n)
	for i := range out {
		out[i] = widget.NewLabel("")
		out[i].Truncation = fyne.TextTruncateEllipsis
	}
	return out
}

func labelObjects(ls []*widget.Label) []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(ls))
	for i, l := range ls {
		out[i] = l
	}
	return out
}

// copyTexts shows a closed round's values in its labels ("–" for none).
func copyTexts(ls []*widget.Label, texts ...string) {
	for i, l := range ls {
		t := ""
		if i < len(texts) {
			t = texts[i]
		}
		if strings.TrimSpace(t) == "" {
			t = "–"
		}
		l.SetText(t)
	}
}

// followCols are the measure and indicator rows' column widths, as parts
// of the row.
var (
	measureCols   = []float32{0.34, 0.16, 0.36, 0.14}
	indicatorCols = []float32{0.30, 0.12, 0.28, 0.14, 0.16}
)

func (f *followupPanel) createRow() fyne.CanvasObject {
	r := &followRowView{}
	r.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.heading.Truncation = fyne.TextTruncateEllipsis
	r.mTitle = widget.NewLabel("")
	r.mTitle.Truncation = fyne.TextTruncateEllipsis
	var states []string
	for _, s := range programme.MeasureStatuses {
		states = append(states, i18n.MeasureStatusText(s))
	}
	r.state = widgets.NewSelect(states, nil)
	r.note = widgets.NewEntry()
	r.note.SetPlaceHolder(lang.L("followup.notePlaceholder"))
	r.spent = widgets.NewEntry()
	r.spent.SetPlaceHolder(lang.L("followup.spentPlaceholder"))
	r.measure = container.New(&columnsLayout{parts: measureCols}, r.mTitle, r.state, r.note, r.spent)

	r.iName = widget.NewLabel("")
	r.iName.Truncation = fyne.TextTruncateEllipsis
	r.value = widgets.NewEntry()
	r.value.SetPlaceHolder(lang.L("followup.valuePlaceholder"))
	r.source = widgets.NewEntry()
	r.source.SetPlaceHolder(lang.L("followup.sourcePlaceholder"))
	r.date = widgets.NewEntry()
	r.date.SetPlaceHolder(lang.L("followup.datePlaceholder"))
	r.trend = widget.NewLabel("")
	r.trend.Truncation = fyne.TextTruncateEllipsis
	r.indicator = container.New(&columnsLayout{parts: indicatorCols}, r.iName, r.value, r.source, r.date, r.trend)

	r.proposal = widgets.NewMultiLineEntry()
	r.proposal.Wrapping = fyne.TextWrapWord
	r.proposal.SetPlaceHolder(lang.L("followup.proposalPlaceholder"))
	r.mRO = readOnlyLabels(len(measureCols))
	r.measureRO = container.New(&columnsLayout{parts: measureCols}, labelObjects(r.mRO)...)
	r.iRO = readOnlyLabels(len(indicatorCols))
	r.indicatorRO = container.New(&columnsLayout{parts: indicatorCols}, labelObjects(r.iRO)...)
	r.proposalRO = widget.NewLabel("")
	r.proposalRO.Wrapping = fyne.TextWrapWord
	r.mCols = container.New(&columnsLayout{parts: measureCols}, columnLabels("followup.colMeasure", "followup.colState", "followup.colNote", "followup.colSpent")...)
	r.iCols = container.New(&columnsLayout{parts: indicatorCols}, columnLabels("followup.colIndicator", "followup.colValue", "followup.colSource", "followup.colDate", "followup.colTrend")...)
	r.all = container.NewStack(r.heading, r.measure, r.indicator, r.proposal, r.mCols, r.iCols, r.measureRO, r.indicatorRO, r.proposalRO)
	h := &followRowHolder{view: r}
	h.ExtendBaseWidget(h)
	return h
}

// followRowHolder carries the row view through the list.
type followRowHolder struct {
	widget.BaseWidget
	view *followRowView
}

// CreateRenderer implements fyne.Widget.
func (h *followRowHolder) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(h.view.all)
}

func (f *followupPanel) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := o.(*followRowHolder).view
	if id < 0 || id >= len(f.rows) {
		return
	}
	row := f.rows[id]
	for _, c := range []fyne.CanvasObject{r.heading, r.measure, r.indicator, r.proposal, r.mCols, r.iCols, r.measureRO, r.indicatorRO, r.proposalRO} {
		c.Hide()
	}
	round := f.round()
	if round == nil {
		return
	}
	on := !round.Closed
	switch row.kind {
	case followHeading:
		r.heading.SetText(row.text)
		r.heading.Show()
	case followColumns:
		if row.text == "m" {
			r.mCols.Show()
		} else {
			r.iCols.Show()
		}
	case followMeasure:
		f.fillMeasure(r, row, round, on)
		if on {
			r.measure.Show()
		} else {
			copyTexts(r.mRO, r.mTitle.Text, r.state.Selected, r.note.Text, r.spent.Text)
			r.measureRO.Show()
		}
	case followIndicator:
		f.fillIndicator(r, row, round, on)
		if on {
			r.indicator.Show()
		} else {
			copyTexts(r.iRO, r.iName.Text, r.value.Text, r.source.Text, r.date.Text, r.trend.Text)
			r.indicatorRO.Show()
		}
	case followProposal:
		widgets.SetEnabled(r.proposal, on)
		if !on {
			r.proposalRO.SetText(round.Proposal)
			r.proposalRO.Show()
			return
		}
		r.proposal.OnChanged = nil
		r.proposal.SetText(round.Proposal)
		r.proposal.OnChanged = func(s string) { f.setProposal(s) }
		r.proposal.Show()
	}
}

func (f *followupPanel) fillMeasure(r *followRowView, row followRow, round *programme.Round, on bool) {
	p := f.v.Programme()
	_, m := p.FindMeasure(row.id)
	if m == nil {
		return
	}
	title := strings.TrimSpace(m.Title)
	if title == "" {
		title = lang.L("followup.untitled")
	}
	r.mTitle.SetText(title)
	pr := round.Progress(row.id)
	r.state.OnChanged = nil
	r.state.SetSelected(i18n.MeasureStatusText(p.StatusIn(*m, round.Year)))
	r.state.OnChanged = func(label string) {
		for _, s := range programme.MeasureStatuses {
			if i18n.MeasureStatusText(s) == label {
				f.setProgress(row.id, func(mp *programme.MeasureProgress) { mp.Status = s })
			}
		}
	}
	r.note.OnChanged = nil
	r.note.SetText(pr.Note)
	r.note.OnChanged = func(s string) { f.setProgress(row.id, func(mp *programme.MeasureProgress) { mp.Note = s }) }
	r.spent.OnChanged = nil
	r.spent.SetText(pr.Spent.String())
	r.spent.OnChanged = func(s string) {
		f.setProgress(row.id, func(mp *programme.MeasureProgress) { mp.Spent = programme.TextValueIn(Language(), s) })
	}
	for _, w := range []fyne.Disableable{r.state, r.note, r.spent} {
		widgets.SetEnabled(w, on)
	}
}

func (f *followupPanel) fillIndicator(r *followRowView, row followRow, round *programme.Round, on bool) {
	p := f.v.Programme()
	ind := p.Monitoring.Indicator(row.id)
	if ind == nil {
		return
	}
	name := strings.TrimSpace(ind.Name)
	if ind.Unit != "" {
		name += " (" + ind.Unit + ")"
	}
	r.iName.SetText(name)
	v := round.Value(row.id)
	r.value.OnChanged = nil
	r.value.Validator = nil
	r.value.SetText(v.Value.String())
	r.value.Validator = func(s string) error {
		if _, err := programme.NumberValueIn(Language(), s); err != nil {
			return errors.New(lang.L("followup.notNumber"))
		}
		return nil
	}
	r.value.OnChanged = func(s string) {
		val, err := programme.NumberValueIn(Language(), s)
		if err != nil {
			return // the validator shows it; nothing is stored
		}
		f.setValue(row.id, func(iv *programme.IndicatorValue) { iv.Value = val })
		if ind := f.v.Programme().Monitoring.Indicator(row.id); ind != nil {
			r.trend.SetText(lang.L("followup.trend." + string(f.v.Programme().TrendIn(*ind, round.Year))))
		}
	}
	r.source.OnChanged = nil
	r.source.SetText(v.Source)
	r.source.OnChanged = func(s string) { f.setValue(row.id, func(iv *programme.IndicatorValue) { iv.Source = s }) }
	r.date.OnChanged = nil
	r.date.SetText(v.Date.Format(Language()))
	r.date.OnChanged = func(s string) {
		d, err := programme.ParseDate(s)
		if err != nil {
			return
		}
		f.setValue(row.id, func(iv *programme.IndicatorValue) { iv.Date = d })
	}
	r.trend.SetText(lang.L("followup.trend." + string(p.TrendIn(*ind, round.Year))))
	for _, w := range []fyne.Disableable{r.value, r.source, r.date} {
		widgets.SetEnabled(w, on)
	}
}

// setProgress changes a measure's entry in the round shown.
func (f *followupPanel) setProgress(measureID string, change func(mp *programme.MeasureProgress)) {
	r := f.round()
	if r == nil || r.Closed {
		return
	}
	id := r.ID
	var err error
	f.v.edit(func(p *programme.Programme) {
		mp := p.Followup.RoundOf(r.Year).Progress(measureID)
		if mp.Status == "" {
			if _, m := p.FindMeasure(measureID); m != nil {
				mp.Status = p.StatusIn(*m, r.Year)
			}
		}
		change(&mp)
		err = p.SetProgress(id, mp)
	})
	if err != nil {
		f.v.ShowError(err)
	}
}

// setValue changes an indicator's entry in the round shown.
func (f *followupPanel) setValue(indicatorID string, change func(iv *programme.IndicatorValue)) {
	r := f.round()
	if r == nil || r.Closed {
		return
	}
	id := r.ID
	var err error
	f.v.edit(func(p *programme.Programme) {
		iv := p.Followup.RoundOf(r.Year).Value(indicatorID)
		change(&iv)
		err = p.SetValue(id, iv)
	})
	if err != nil {
		f.v.ShowError(err)
	}
}

// setProposal changes the round's proposal.
func (f *followupPanel) setProposal(text string) {
	r := f.round()
	if r == nil || r.Closed {
		return
	}
	id := r.ID
	var err error
	f.v.edit(func(p *programme.Programme) { err = p.SetProposal(id, text) })
	if err != nil {
		f.v.ShowError(err)
	}
}

// columnsLayout places objects side by side in widths that are parts of
// the whole, each as tall as the tallest.
type columnsLayout struct{ parts []float32 }

// Layout implements fyne.Layout.
func (l *columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	gap := float32(4)
	avail := size.Width - gap*float32(len(objs)-1)
	x := float32(0)
	for i, o := range objs {
		w := avail / float32(len(objs))
		if i < len(l.parts) {
			w = avail * l.parts[i]
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + gap
	}
}

// MinSize implements fyne.Layout: the tallest object, and a width that
// never forces the page wider than the window.
func (l *columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(float32(len(objs))*40, h)
}
