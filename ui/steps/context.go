// Package steps holds the content editors of the seven steps (ui/step_*.go
// before): each builds its view from a Context and reaches the rest of the
// app only through the Host it is given, never through the main window.
package steps

import (
	"fyne.io/fyne/v2"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// Host is what the step editors need from the window around them: the open
// programme to read, edit to change it (which saves and refreshes what
// shows derived state), the template it follows, the window dialogs open
// on, a way to report an error and to open another step.
type Host interface {
	Programme() *programme.Programme
	Edit(fn func(p *programme.Programme))
	Template() *checklist.Template
	Window() fyne.Window
	ShowError(err error)
	OpenStep(stepID string)
}

// Documents is what step 5's buttons open besides the step: the window's
// export and Markdown import dialogs. A Host that offers them implements
// it; without it the buttons do nothing.
type Documents interface {
	ShowExport()
	ShowImport()
}

// FocusMode is step 5's focus mode, in which the draft has the whole
// window; the window's keys (F11, Escape) switch it.
type FocusMode interface {
	Focused() bool
	ToggleFocus()
}

// Context is what a step's content editor gets: the step and its host.
type Context struct {
	host Host
	step checklist.Step
	// openFinding opens the row a finding is about; the editor's findings
	// panel sets it, and the overview uses it to jump to the exact place.
	openFinding func(programme.Finding)
	// focus is step 5's focus mode once its editor is built.
	focus FocusMode
	// translation tells which section's translation step 5 shows beside
	// its draft ("<section id>:<language>", "" for none), once built.
	translation func() string
}

// TranslationShown tells which section's translation step 5 shows beside
// its draft, as "<section id>:<language>", or "" when none shows: what a
// jump from the Käännökset page or the checker must arrive at.
func (c *Context) TranslationShown() string {
	if c.translation == nil {
		return ""
	}
	return c.translation()
}

// NewContext returns the context of step's editor on host.
func NewContext(host Host, step checklist.Step) *Context {
	return &Context{host: host, step: step}
}

// Step returns the step the context is for.
func (c *Context) Step() checklist.Step { return c.step }

// OpenFinding opens the row a finding is about, if the editor was built
// and knows how; it reports whether it did.
func (c *Context) OpenFinding(f programme.Finding) bool {
	if c.openFinding == nil {
		return false
	}
	c.openFinding(f)
	return true
}

// SetOpenFinding replaces how a finding is opened, for the window's tests.
func (c *Context) SetOpenFinding(fn func(programme.Finding)) { c.openFinding = fn }

// Focus returns step 5's focus mode once its editor is built, else nil.
func (c *Context) Focus() FocusMode { return c.focus }

// programme returns the programme for reading.
func (c *Context) programme() *programme.Programme { return c.host.Programme() }

// template returns the checklist the programme follows.
func (c *Context) template() *checklist.Template { return c.host.Template() }

// edit changes the programme and schedules a save.
func (c *Context) edit(fn func(p *programme.Programme)) { c.host.Edit(fn) }

// findings returns the checker's findings about the step: what is still
// missing and the other rules' gaps (BenchmarkCheckStep measures the cost
// per keystroke).
func (c *Context) findings() []programme.Finding {
	return c.programme().CheckStep(c.template(), c.step.ID)
}

// findingsPanel returns the step's findings panel; onSelect opens the row
// a finding is about.
func (c *Context) findingsPanel(onSelect func(programme.Finding)) *findingsPanel {
	f := newFindingsPanel(c.findings, nil, onSelect)
	c.openFinding = onSelect
	return f
}

// window is the window dialogs open on.
func (c *Context) window() fyne.Window { return c.host.Window() }

// documents returns the host's export and import dialogs, nil without.
func (c *Context) documents() Documents {
	d, _ := c.host.(Documents)
	return d
}

// editors are the builders of the steps' content views, by step ID, one
// for each step of the registry (programme.StepDefs). They are set in init
// because a package-level initialiser of builders makes an initialisation
// cycle as soon as a builder opens a step.
var editors map[string]func(*Context) fyne.CanvasObject

func init() {
	editors = map[string]func(*Context) fyne.CanvasObject{
		programme.StepResponsibility: responsibilityEditor,
		programme.StepCooperation:    cooperationEditor,
		programme.StepSituation:      situationEditor,
		programme.StepGoals:          goalsEditor,
		programme.StepDocument:       documentEditor,
		programme.StepMonitoring:     monitoringEditor,
		programme.StepCommunication:  communicationEditor,
	}
}

// Editor returns the builder of a step's content view, for the steps that
// have working content beyond ticks and notes. A builder returning nil
// shows no view.
func Editor(stepID string) (func(*Context) fyne.CanvasObject, bool) {
	build, ok := editors[stepID]
	return build, ok
}
