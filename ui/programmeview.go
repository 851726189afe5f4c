package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
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
	// docForm is step 5's section form once built, for its focus mode.
	docForm *sectionForm
	// states is where the user left each step page (stepstate.go).
	states map[string]stepState
}

// leaveFocus ends step 5's focus mode, if on, before the view changes.
func (v *programmeView) leaveFocus() {
	if v.docForm != nil && v.docForm.focused {
		v.docForm.toggleFocus()
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
	v.sidebar.list.Select(i)
	v.sidebar.setDashboardSelected(false)
	page := newStepPage(v, v.tpl.Steps[i])
	v.stepPage = page
	setOnly(v.page, page.content)
	v.restoreState(page)
	v.m.rememberOpen()
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
	v.sidebar.refresh()
}
