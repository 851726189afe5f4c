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
// keyboard focus on it, and a way back to where the user opened it from
// (a step, the checker, the follow-up view or the overview).
func (v *programmeView) showTimeline() {
	label, back := v.timelineBack()
	v.leavePage()
	tl := progress.NewTimeline(v.session.Programme(), time.Now(), Language(), label, back)
	v.timeline = tl
	v.page.Objects = []fyne.CanvasObject{tl.Content}
	v.page.Refresh()
	tl.Focus(v.m.win.Canvas())
}

// timelineBack returns the label and the action of the timeline's back
// button for what the page area shows now. Reopened from the timeline
// itself, it keeps the way back it had.
func (v *programmeView) timelineBack() (string, func()) {
	shown := func(o fyne.CanvasObject) bool {
		return o != nil && len(v.page.Objects) == 1 && v.page.Objects[0] == o
	}
	switch {
	case v.stepPage != nil && v.current >= 0:
		i := v.current
		return lang.L("timeline.backStep", map[string]any{"Number": v.tpl.Steps[i].Number}), func() { v.selectStep(i) }
	case v.checker != nil && shown(v.checker.content):
		return lang.L("checker.menu"), v.showChecker
	case v.follow != nil && shown(v.follow.content):
		return lang.L("followup.menu"), v.showFollowup
	case v.timeline != nil && shown(v.timeline.Content) && v.timeline.Back != nil:
		return v.timeline.BackLabel, v.timeline.Back
	}
	return lang.L("timeline.back"), v.showDashboard
}

// ShowTimeline shows the measures timeline (steps.Timelines).
func (v *programmeView) ShowTimeline() { v.showTimeline() }
