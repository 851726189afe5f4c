package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"

	"fi.kotoutus/kotoutus/ui/progress"
)

// timelineShortcut opens the measures timeline (J for aikajana; T is
// the checker).
var timelineShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyJ, Modifier: fyne.KeyModifierShortcutDefault}

// timelineMenuItem is the Programme menu's "Toimenpiteiden aikajana".
func (m *MainWindow) timelineMenuItem() *fyne.MenuItem {
	return shortcutItem(lang.L("timeline.menu"), timelineShortcut, m.showTimeline)
}

// showTimeline shows the open programme's measures timeline; on the
// programme list it does nothing.
func (m *MainWindow) showTimeline() {
	if m.editor != nil {
		m.editor.showTimeline()
	}
}

// showTimeline shows the measures timeline in the page area, with the
// keyboard focus on it, and a way back to the overview.
func (v *programmeView) showTimeline() {
	v.leavePage()
	tl := progress.NewTimeline(v.session.Programme(), time.Now(), Language(), v.showDashboard)
	v.timeline = tl
	v.page.Objects = []fyne.CanvasObject{tl.Content}
	v.page.Refresh()
	tl.Focus(v.m.win.Canvas())
}

// ShowTimeline shows the measures timeline (steps.Timelines).
func (v *programmeView) ShowTimeline() { v.showTimeline() }
