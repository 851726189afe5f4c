package steps

import (
	"fyne.io/fyne/v2"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// findingsPanel feeds a step's findings into a widgets.Findings: it asks
// find for them, translates each into an item, and makes the findings that
// point at a row (Ref) links to it. Call refresh after each edit.
type findingsPanel struct {
	find      func() []programme.Finding
	translate func(programme.Finding) string
	// onSelect, if set, makes findings that point at a row (Ref) links
	// that select that row in the editor.
	onSelect func(programme.Finding)

	shown   []programme.Finding
	panel   *widgets.Findings
	content fyne.CanvasObject
}

// newFindingsPanel builds the panel and fills it once. translate may be nil
// for the usual text, i18n.FindingText; onSelect may be nil for no links.
func newFindingsPanel(find func() []programme.Finding, translate func(programme.Finding) string, onSelect func(programme.Finding)) *findingsPanel {
	if translate == nil {
		translate = i18n.FindingText
	}
	f := &findingsPanel{find: find, translate: translate, onSelect: onSelect, panel: widgets.NewFindings()}
	f.content = f.panel.Content
	f.refresh()
	return f
}

// refresh asks for the findings again and hands them to the panel, which
// redraws only what changed, so calling it on every keystroke costs little.
func (f *findingsPanel) refresh() {
	f.shown = f.find()
	items := make([]widgets.FindingItem, len(f.shown))
	for i, fd := range f.shown {
		items[i] = widgets.FindingItem{Severity: findingSeverity(fd.Severity), Text: f.translate(fd)}
		if f.onSelect != nil && fd.Ref != "" {
			items[i].Action = func() { f.onSelect(fd) }
		}
	}
	f.panel.Set(items)
}

// Findings returns what the panel shows now.
func (f *findingsPanel) Findings() []programme.Finding { return f.shown }

// findingSeverity is the panel's severity of a checker's finding.
func findingSeverity(s programme.Severity) widgets.Severity {
	switch s {
	case programme.SeverityError:
		return widgets.SeverityError
	case programme.SeverityHint:
		return widgets.SeverityHint
	}
	return widgets.SeverityWarning
}
