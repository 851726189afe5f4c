package ui

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
)

// sidebar lists the seven steps with their state and progress.
type sidebar struct {
	v       *programmeView
	list    *widget.List
	content fyne.CanvasObject
	// dash shows the dashboard; it looks selected while the dashboard shows.
	dash *widget.Button
	// check shows the checker panel (checker.go).
	check *widget.Button
	// follow shows the follow-up view (followup.go).
	follow *widget.Button
}

func newSidebar(v *programmeView) *sidebar {
	s := &sidebar{v: v}
	s.list = widget.NewList(
		func() int { return len(v.tpl.Steps) },
		s.createRow,
		s.updateRow,
	)
	s.list.OnSelected = func(id widget.ListItemID) { v.selectStep(id) }
	p := v.session.Programme()
	name := widget.NewLabelWithStyle(p.Municipality(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Wrapping = fyne.TextWrapWord
	title := widget.NewLabel(sidebarTitle(p))
	title.Wrapping = fyne.TextWrapWord
	back := widget.NewButtonWithIcon(lang.L("sidebar.back"), theme.NavigateBackIcon(), v.m.showHome)
	back.Alignment = widget.ButtonAlignLeading
	back.Importance = widget.LowImportance
	// A wrapped link, not a button: a button as wide as its label would
	// make the window wider than a 1024 px screen.
	link := widget.NewHyperlink(lang.L("menu.about"), nil)
	link.OnTapped = v.m.showAboutProgramme
	link.Wrapping = fyne.TextWrapWord
	help := container.NewBorder(nil, nil, widget.NewIcon(theme.HelpIcon()), nil, link)
	s.dash = widget.NewButtonWithIcon(lang.L("dashboard.title"), theme.GridIcon(), v.showDashboard)
	s.dash.Alignment = widget.ButtonAlignLeading
	s.check = newCheckerButton(v)
	s.follow = newFollowupButton(v)
	s.content = container.NewBorder(container.NewVBox(back, name, title, widget.NewSeparator(), s.dash, s.check, s.follow), help, nil, nil, s.list)
	return s
}

func (s *sidebar) createRow() fyne.CanvasObject {
	dot := canvas.NewCircle(color.Transparent)
	dotBox := container.NewGridWrap(fyne.NewSize(12, 12), dot)
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	detail := widget.NewLabel("")
	detail.SizeName = theme.SizeNameCaptionText
	detail.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, container.NewCenter(dotBox), nil, container.NewVBox(title, detail))
}

func (s *sidebar) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	step := s.v.tpl.Steps[id]
	p := s.v.session.Programme()
	status := p.StepStatus(step)
	row := o.(*fyne.Container)
	texts := row.Objects[0].(*fyne.Container)
	dot := row.Objects[1].(*fyne.Container).Objects[0].(*fyne.Container).Objects[0].(*canvas.Circle)
	texts.Objects[0].(*widget.Label).SetText(lang.L("sidebar.step", map[string]any{"Number": step.Number, "Title": step.Title.In(Language())}))
	texts.Objects[1].(*widget.Label).SetText(StatusLabel(status) + " · " + ProgressLabel(p.Progress(step)))
	dot.FillColor = statusColor(status)
	dot.StrokeColor = theme.Color(theme.ColorNameForeground)
	dot.StrokeWidth = 0
	if status == programme.StatusNotStarted {
		dot.FillColor = color.Transparent
		dot.StrokeWidth = 1.5
	}
	dot.Refresh()
}

// statusColor gives each state a colour; the text beside it says the same,
// so colour is never the only cue.
func statusColor(s programme.Status) color.Color {
	switch s {
	case programme.StatusDone:
		return theme.Color(theme.ColorNameSuccess)
	case programme.StatusInProgress:
		return theme.Color(theme.ColorNameWarning)
	}
	return theme.Color(theme.ColorNameDisabled)
}

func (s *sidebar) refresh() { s.list.Refresh() }

// setDashboardSelected marks the dashboard entry as the page shown; any
// page change starts here, so the other entries are unmarked with it.
func (s *sidebar) setDashboardSelected(on bool) {
	markEntry(s.dash, on)
	markEntry(s.check, false)
	markEntry(s.follow, false)
}

// setCheckerSelected marks the checker entry as the page shown.
func (s *sidebar) setCheckerSelected(on bool) { markEntry(s.check, on) }

// setFollowupSelected marks the follow-up entry as the page shown.
func (s *sidebar) setFollowupSelected(on bool) { markEntry(s.follow, on) }

// markEntry shows one of the sidebar's page entries (overview, checker,
// follow-up) as the page shown or not; an entry not built is skipped.
func markEntry(b *widget.Button, on bool) {
	if b == nil {
		return
	}
	b.Importance = widget.LowImportance
	if on {
		b.Importance = widget.HighImportance
	}
	b.Refresh()
}

// sidebarTitle names the programme and its period, without repeating the
// period when the title already states it.
func sidebarTitle(p *programme.Programme) string {
	if strings.Contains(p.Title, strconv.Itoa(p.StartYear)) {
		return p.Title
	}
	return lang.L("sidebar.title", map[string]any{"Title": p.Title, "Start": p.StartYear, "End": p.EndYear})
}
