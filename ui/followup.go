package ui

import (
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n/locale"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// showFollowup shows the follow-up view in the page area, in place of a
// step or the dashboard: the year's round with every measure's state and
// every indicator's value, and the actions of the follow-up.
func (v *programmeView) showFollowup() {
	v.leavePage()
	v.sidebar.setFollowupSelected(true)
	v.follow = newFollowupPanel(v)
	setOnly(v.page, v.follow.content)
}

// ShowFollowup shows the follow-up view (steps.Followups).
func (v *programmeView) ShowFollowup() { v.showFollowup() }

// newFollowupButton is the sidebar's entry for the follow-up view.
func newFollowupButton(v *programmeView) *widget.Button {
	b := widget.NewButtonWithIcon(lang.L("followup.menu"), theme.HistoryIcon(), v.showFollowup)
	b.Alignment = widget.ButtonAlignLeading
	b.Importance = widget.LowImportance
	return b
}

// followupPanel is the follow-up view: a bar with the round shown and the
// actions (open, close, import CSV, report, start an update), and below it
// one list of the round's rows, the only scroll of the page.
type followupPanel struct {
	v       *programmeView
	content fyne.CanvasObject
	// year is the round shown, 0 when the programme has none.
	year int

	rounds    *widgets.Select
	status    *widget.Label
	update    *widget.Label
	finishUpd *widget.Button
	openBtn   *widget.Button
	closeBtn  *widget.Button
	importBtn *widget.Button
	reportBtn *widget.Button
	updateBtn *widget.Button
	empty     *widget.Label
	list      *widget.List
	rows      []followRow
	body      *fyne.Container
}

func newFollowupPanel(v *programmeView) *followupPanel {
	f := &followupPanel{v: v}
	f.rounds = widgets.NewSelect(nil, f.onRoundChosen)
	f.status = widget.NewLabel("")
	f.update = widget.NewLabel("")
	f.update.Wrapping = fyne.TextWrapWord
	f.finishUpd = widget.NewButton(lang.L("followup.finishUpdate"), f.onFinishUpdate)
	f.openBtn = widget.NewButtonWithIcon(lang.L("followup.open"), theme.ContentAddIcon(), f.onOpenRound)
	f.closeBtn = widget.NewButtonWithIcon(lang.L("followup.close"), theme.ConfirmIcon(), f.onCloseRound)
	f.importBtn = widget.NewButtonWithIcon(lang.L("followup.importCSV"), theme.UploadIcon(), f.onImportCSV)
	f.reportBtn = widget.NewButtonWithIcon(lang.L("followup.report"), theme.DocumentIcon(), f.onReport)
	f.updateBtn = widget.NewButtonWithIcon(lang.L("followup.startUpdate"), theme.ViewRefreshIcon(), f.onStartUpdate)
	f.empty = widgets.Wrapped(lang.L("followup.none"))
	f.list = widget.NewList(func() int { return len(f.rows) }, f.createRow, f.updateRow)
	f.list.HideSeparators = true
	f.body = container.NewStack(f.list)

	title := widgets.SubHeading(lang.L("followup.title"))
	// Wide enough for "Seuranta 2027 (suljettu)".
	bar := container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(260, f.rounds.MinSize().Height), f.rounds), nil, f.status)
	actions := container.NewHBox(f.openBtn, f.closeBtn, f.importBtn, f.reportBtn, f.updateBtn)
	updateLine := container.NewBorder(nil, nil, nil, f.finishUpd, f.update)
	top := container.NewVBox(title, bar, actions, updateLine, widget.NewSeparator())
	// The list is the page's one scroll; the wheel scrolls it also over a
	// row's field, which would otherwise take the event (widgets.Page
	// does the same for the step pages).
	f.content = container.NewBorder(top, nil, nil, nil, widgets.NewWheelLayer(f.body))
	f.year = 0
	if r := v.Programme().Followup.Latest(); r != nil {
		f.year = r.Year
	}
	f.refresh()
	return f
}

// round returns the round shown, or nil.
func (f *followupPanel) round() *programme.Round {
	if f.year == 0 {
		return nil
	}
	return f.v.Programme().Followup.RoundOf(f.year)
}

// editable tells whether the round shown can be changed.
func (f *followupPanel) editable() bool {
	r := f.round()
	return r != nil && !r.Closed
}

// refresh rebuilds the bar and the rows from the programme as it is now.
func (f *followupPanel) refresh() {
	p := f.v.Programme()
	var names []string
	selected := ""
	for _, r := range p.Followup.Rounds {
		name := roundLabel(r)
		names = append(names, name)
		if r.Year == f.year {
			selected = name
		}
	}
	f.rounds.OnChanged = nil
	f.rounds.Options = names
	f.rounds.PlaceHolder = lang.L("followup.noRounds")
	if selected != "" {
		f.rounds.SetSelected(selected)
	} else {
		f.rounds.ClearSelected()
	}
	f.rounds.OnChanged = f.onRoundChosen
	f.rounds.Refresh()

	r := f.round()
	switch {
	case r == nil:
		f.status.SetText("")
	case r.Closed:
		f.status.SetText(lang.L("followup.closedOn", map[string]any{"Date": formatDay(r.ClosedAt)}))
	default:
		f.status.SetText(lang.L("followup.openRound"))
	}
	widgets.SetEnabled(f.closeBtn, f.editable())
	widgets.SetEnabled(f.importBtn, len(p.Monitoring.Indicators) > 0)
	widgets.SetEnabled(f.reportBtn, r != nil)
	if u := p.Followup.Updating(); u != nil {
		text := lang.L("followup.updating", map[string]any{"Date": formatDay(u.Started)})
		if u.Reason != "" {
			text += " " + lang.L("followup.updateReason", map[string]any{"Reason": u.Reason})
		}
		f.update.SetText(text)
		f.update.Show()
		f.finishUpd.Show()
		widgets.SetEnabled(f.updateBtn, false)
	} else {
		f.update.SetText("")
		f.update.Hide()
		f.finishUpd.Hide()
		widgets.SetEnabled(f.updateBtn, true)
	}
	f.rows = f.buildRows()
	if r == nil {
		setOnly(f.body, f.empty)
		return
	}
	setOnly(f.body, f.list)
	f.setRowHeights()
	f.list.Refresh()
}

// roundLabel names a round in the chooser: "Seuranta 2027 (suljettu)".
func roundLabel(r programme.Round) string {
	if r.Closed {
		return lang.L("followup.roundClosed", map[string]any{"Year": r.Year})
	}
	return lang.L("followup.roundOpen", map[string]any{"Year": r.Year})
}

func formatDay(t time.Time) string { return locale.Date(Language(), t.Local()) }

func (f *followupPanel) onRoundChosen(name string) {
	for _, r := range f.v.Programme().Followup.Rounds {
		if roundLabel(r) == name {
			f.year = r.Year
		}
	}
	f.refresh()
}

// nextYear proposes the year of a new round: the one after the latest
// round, or before any, the current year within the programme's period.
func nextYear(p *programme.Programme, now time.Time) int {
	if r := p.Followup.Latest(); r != nil {
		return r.Year + 1
	}
	y := now.Year()
	if p.StartYear > 0 && y < p.StartYear {
		y = p.StartYear
	}
	if p.EndYear > 0 && y > p.EndYear {
		y = p.EndYear
	}
	return y
}

// openRound opens the round of year and shows it.
func (f *followupPanel) openRound(year int) error {
	var err error
	f.v.edit(func(p *programme.Programme) { _, err = p.OpenRound(year) })
	if err != nil {
		return err
	}
	f.year = year
	f.refresh()
	return nil
}

// closeRound closes the round shown.
func (f *followupPanel) closeRound() error {
	r := f.round()
	if r == nil {
		return nil
	}
	id := r.ID
	var err error
	f.v.edit(func(p *programme.Programme) { err = p.CloseRound(id, time.Now()) })
	f.refresh()
	return err
}

// startUpdate snapshots the plan and marks it as being updated.
func (f *followupPanel) startUpdate(reason string) error {
	_, err := f.v.session.StartUpdate(reason)
	f.refresh()
	return err
}

func (f *followupPanel) onFinishUpdate() {
	widgets.Confirm(f.v.m.win, lang.L("followup.finishUpdate"), lang.L("followup.finishUpdate"), lang.L("followup.finishUpdateText"), func() {
		var err error
		f.v.edit(func(p *programme.Programme) { err = p.FinishUpdate(time.Now()) })
		if err != nil {
			f.v.ShowError(err)
		}
		f.refresh()
	})
}

// yearText is a year for a form.
func yearText(y int) string { return strconv.Itoa(y) }

// followupLink is the dashboard's line on the follow-up: the latest
// round's counts of measures by state, or how to open the first round; a
// link to the follow-up view.
func (d *dashboard) followupLink(p *programme.Programme) fyne.CanvasObject {
	r := p.Followup.Latest()
	text := lang.L("followup.dashboardNone")
	if r != nil {
		s := p.SummaryOf(r.Year)
		text = lang.L("followup.dashboardLink", map[string]any{
			"Title": roundLabel(*r), "Done": s.Measures[programme.MeasureDone], "Ongoing": s.Measures[programme.MeasureOngoing],
			"Delayed": s.Measures[programme.MeasureDelayed], "Dropped": s.Measures[programme.MeasureDropped],
		})
	}
	return widgets.NewLinkLabel(text, d.v.showFollowup)
}
