package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/progress"
	"fi.kotoutus/kotoutus/ui/steps"
)

// programmeView is an open programme: the step sidebar and the page of the
// selected step.
type programmeView struct {
	m       *MainWindow
	tpl     *checklist.Template
	session *programme.Session
	sidebar *sidebar
	page    *fyne.Container
	current int // -1 while the dashboard shows
	content fyne.CanvasObject
	// stepPage is the shown step's page, nil on the dashboard.
	stepPage *stepPage
	// dash is the dashboard while it shows, else nil.
	dash *dashboard
	// checker is the checker panel last shown (checker.go).
	checker *checkerPanel
	// translations is the translations page last shown (translations.go).
	translations *translationsPage
	// follow is the follow-up view last shown (followup.go).
	follow *followupPanel
	// timeline is the measures timeline once shown.
	timeline *progress.Timeline
	// states is where the user left each step page (stepstate.go).
	states map[string]stepState
}

// focusMode is step 5's focus mode while step 5 shows, else nil.
func (v *programmeView) focusMode() steps.FocusMode {
	if v.stepPage == nil || v.stepPage.ctx == nil {
		return nil
	}
	return v.stepPage.ctx.Focus()
}

// leavePage clears what the page area showed (a step, the dashboard) and
// the sidebar's marks, before a panel of its own (checker, follow-up,
// timeline) takes the page.
func (v *programmeView) leavePage() {
	v.leaveFocus()
	v.saveState()
	v.current = -1
	v.stepPage = nil
	v.dash = nil
	v.sidebar.selectRow(-1)
	v.sidebar.setDashboardSelected(false)
}

// leaveFocus ends step 5's focus mode, if on, before the view changes.
func (v *programmeView) leaveFocus() {
	if f := v.focusMode(); f != nil && f.Focused() {
		f.ToggleFocus()
	}
}

func newProgrammeView(m *MainWindow, tpl *checklist.Template, sess *programme.Session) *programmeView {
	v := &programmeView{m: m, tpl: tpl, session: sess, current: -1}
	v.sidebar = newSidebar(v)
	v.page = container.NewStack()
	split := container.NewHSplit(v.sidebar.content, v.page)
	split.Offset = 0.24
	v.content = split
	// A working group opens the programme to see where it stands; step 1
	// stays one click away in the sidebar.
	v.showDashboard()
	return v
}

// selectStep shows step i (0-based); out-of-range indexes are ignored.
func (v *programmeView) selectStep(i int) {
	if i < 0 || i >= len(v.tpl.Steps) || i == v.current {
		return
	}
	v.leaveFocus()
	v.saveState()
	v.current = i
	v.dash = nil
	v.sidebar.selectRow(i)
	v.sidebar.setDashboardSelected(false)
	page := newStepPage(v, v.tpl.Steps[i])
	v.stepPage = page
	setOnly(v.page, page.content)
	v.restoreState(page)
	v.m.rememberOpen()
	trace(traceStepLine, i)
}

// openFinding shows step i and the row a finding is about.
func (v *programmeView) openFinding(i int, f programme.Finding) {
	v.selectStep(i)
	if v.stepPage != nil && v.current == i {
		v.stepPage.openFinding(f)
	}
}

// setOnly makes o the only object of c. Container.Refresh would refresh
// every widget below it, re-measuring all wrapped text; this lays out and
// repaints only.
func setOnly(c *fyne.Container, o fyne.CanvasObject) {
	c.RemoveAll()
	c.Add(o)
	canvas.Refresh(c)
}

// edit changes the programme through the session and refreshes what shows
// derived state (the sidebar's progress).
func (v *programmeView) edit(fn func(p *programme.Programme)) {
	v.session.Edit(fn)
	traceEdit()
	v.sidebar.refresh()
	if v.stepPage != nil {
		v.stepPage.updateSuggestion()
	}
}

// The step editors' Host (steps.Host, steps.Documents).

// Programme returns the open programme for reading.
func (v *programmeView) Programme() *programme.Programme { return v.session.Programme() }

// Edit changes the programme and schedules a save.
func (v *programmeView) Edit(fn func(p *programme.Programme)) { v.edit(fn) }

// Template returns the checklist the programme follows.
func (v *programmeView) Template() *checklist.Template { return v.tpl }

// Window returns the window dialogs open on.
func (v *programmeView) Window() fyne.Window { return v.m.win }

// ShowError reports an error in a dialog.
func (v *programmeView) ShowError(err error) { v.m.showError(err) }

// OpenStep shows the step with the given ID.
func (v *programmeView) OpenStep(stepID string) {
	for i, s := range v.tpl.Steps {
		if s.ID == stepID {
			v.selectStep(i)
			return
		}
	}
}

// ShowExport opens the export dialog.
func (v *programmeView) ShowExport() { v.m.showExport() }

// ShowImport opens the Markdown import.
func (v *programmeView) ShowImport() { v.showImport() }
