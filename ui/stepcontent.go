package ui

import (
	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"

	"fyne.io/fyne/v2"
)

// stepContext is what a step's content editor gets: the step, the programme
// to read, and edit to change it (which saves and refreshes the sidebar).
type stepContext struct {
	v    *programmeView
	step checklist.Step
	// openFinding opens the row a finding is about; the editor's findings
	// panel sets it, and the overview uses it to jump to the exact place.
	openFinding func(programme.Finding)
}

// programme returns the programme for reading.
func (c *stepContext) programme() *programme.Programme { return c.v.session.Programme() }

// template returns the checklist the programme follows.
func (c *stepContext) template() *checklist.Template { return c.v.tpl }

// edit changes the programme and schedules a save.
func (c *stepContext) edit(fn func(p *programme.Programme)) { c.v.edit(fn) }

// missing returns what is still missing in the step.
func (c *stepContext) missing() []programme.Finding {
	return c.programme().MissingIn(c.template(), c.step.ID)
}

// findingsPanel returns the step's "still missing" panel; onSelect opens
// the row a finding is about.
func (c *stepContext) findingsPanel(onSelect func(programme.Finding)) *findingsPanel {
	f := newFindingsPanel(c.missing, nil)
	f.onSelect = onSelect
	c.openFinding = onSelect
	return f
}

// window is the window dialogs open on.
func (c *stepContext) window() fyne.Window { return c.v.m.win }

// stepEditor returns the builder of a step's content view, for the steps
// that have working content beyond ticks and notes. A builder returning nil
// shows no view. It is a switch, not a map, because a package-level map of
// builders makes an initialisation cycle as soon as a builder opens a step.
func stepEditor(stepID string) (func(*stepContext) fyne.CanvasObject, bool) {
	switch stepID {
	case "responsibility":
		return responsibilityEditor, true
	case "cooperation":
		return cooperationEditor, true
	case "situation":
		return situationEditor, true
	case "goals":
		return goalsEditor, true
	case "document":
		return documentEditor, true
	case "monitoring":
		return monitoringEditor, true
	case "communication":
		return communicationEditor, true
	}
	return nil, false
}
