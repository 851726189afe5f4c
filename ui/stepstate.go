package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"fi.kotoutus/kotoutus/ui/widgets"
)

// stepState is where the user left a step page: its view (checklist or
// content), the tab of the content's tabs and the page's scroll.
type stepState struct {
	view, tab int
	offset    float32
}

// saveState records where the user is on the shown step page.
func (v *programmeView) saveState() {
	sp := v.stepPage
	if sp == nil {
		return
	}
	st := stepState{view: sp.views.selected(), tab: -1}
	if tabs := firstTabs(sp.views.body); tabs != nil {
		st.tab = tabs.SelectedIndex()
	}
	if sp.page != nil {
		st.offset = sp.page.Scroll.Offset.Y
	}
	if v.states == nil {
		v.states = map[string]stepState{}
	}
	v.states[sp.step.ID] = st
}

// restoreState puts a new page of the step where the user left it.
func (v *programmeView) restoreState(sp *stepPage) {
	st, ok := v.states[sp.step.ID]
	if !ok {
		return
	}
	sp.views.show(st.view)
	if tabs := firstTabs(sp.views.body); tabs != nil && st.tab >= 0 && st.tab < len(tabs.Items) {
		tabs.SelectIndex(st.tab)
	}
	if sp.page != nil && st.offset > 0 {
		sp.page.Scroll.Offset.Y = st.offset
		sp.page.Scroll.Refresh()
	}
}

// firstTabs finds the first visible tab container below o.
func firstTabs(o fyne.CanvasObject) *container.AppTabs {
	if o == nil || !o.Visible() {
		return nil
	}
	switch w := o.(type) {
	case *container.AppTabs:
		return w
	case *fyne.Container:
		for _, c := range w.Objects {
			if t := firstTabs(c); t != nil {
				return t
			}
		}
	case *container.Scroll:
		return firstTabs(w.Content)
	case *widgets.Page:
		return firstTabs(w.Scroll)
	case interface{ ScrollChildren() []fyne.CanvasObject }:
		for _, c := range w.ScrollChildren() {
			if t := firstTabs(c); t != nil {
				return t
			}
		}
	}
	return nil
}

// rememberOpen keeps the open programme and step for the next start, in
// one key: "ID STEP", STEP -1 for the overview.
func (m *MainWindow) rememberOpen() {
	if m.editor == nil {
		m.app.Preferences().SetString(prefLastOpen, "")
		return
	}
	m.app.Preferences().SetString(prefLastOpen, m.editor.session.Programme().ID+" "+strconv.Itoa(m.editor.current))
}

// ReopenLast opens the programme and step that were open when the app was
// last closed; it does nothing if there was none or it is gone.
func (m *MainWindow) ReopenLast() {
	id, step, ok := strings.Cut(m.app.Preferences().StringWithFallback(prefLastOpen, ""), " ")
	if !ok || id == "" {
		return
	}
	if _, err := m.store.Load(id); err != nil {
		return
	}
	m.openProgramme(id)
	if i, err := strconv.Atoi(step); err == nil && i >= 0 && m.editor != nil {
		m.editor.selectStep(i)
	}
}
