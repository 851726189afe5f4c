package ui

import (
	"fyne.io/fyne/v2"
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
	current int
	content fyne.CanvasObject
}

func newProgrammeView(m *MainWindow, tpl *checklist.Template, sess *programme.Session) *programmeView {
	v := &programmeView{m: m, tpl: tpl, session: sess, current: -1}
	v.sidebar = newSidebar(v)
	v.page = container.NewStack()
	split := container.NewHSplit(v.sidebar.content, v.page)
	split.Offset = 0.24
	v.content = split
	v.selectStep(0)
	return v
}

// selectStep shows step i (0-based); out-of-range indexes are ignored.
func (v *programmeView) selectStep(i int) {
	if i < 0 || i >= len(v.tpl.Steps) || i == v.current {
		return
	}
	v.current = i
	v.sidebar.list.Select(i)
	page := newStepPage(v, v.tpl.Steps[i])
	v.page.Objects = []fyne.CanvasObject{page.content}
	v.page.Refresh()
}

// edit changes the programme through the session and refreshes what shows
// derived state (the sidebar's progress).
func (v *programmeView) edit(fn func(p *programme.Programme)) {
	v.session.Edit(fn)
	v.sidebar.refresh()
}
