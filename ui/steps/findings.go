package steps

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// findingsPanel is the "what is still missing" area at the top of a step's
// content: a widgets.Findings fed with the step's findings. It asks find
// for the findings and translate for their texts; call refresh after each
// edit. Closed, it is one line, so typing never moves the form below.
type findingsPanel struct {
	find      func() []programme.Finding
	translate func(programme.Finding) string
	// onSelect, if set, makes findings that point at a row (Ref) links
	// that select that row in the editor.
	onSelect func(programme.Finding)

	shown  []programme.Finding
	linked bool // whether shown was drawn with links, i.e. onSelect set

	panel   *widgets.Findings
	content fyne.CanvasObject
}

// newFindingsPanel builds the panel and fills it once. translate may be nil
// for the usual text, i18n.FindingText.
func newFindingsPanel(find func() []programme.Finding, translate func(programme.Finding) string) *findingsPanel {
	if translate == nil {
		translate = i18n.FindingText
	}
	f := &findingsPanel{find: find, translate: translate}
	f.panel = widgets.NewFindings(findingsSummary, lang.L("findings.none"))
	f.content = f.panel.Content
	f.render(f.find())
	return f
}

// findingsSummary is the panel's one line: "7 puutetta – näytä".
func findingsSummary(n int, open bool) string {
	key := "findings.summaryShow"
	if open {
		key = "findings.summaryHide"
	}
	return lang.L(key, map[string]any{"Count": n, "What": lang.N("findings.count", n, map[string]any{"Count": n})})
}

// refresh asks for the findings again and redraws only when they changed,
// so calling it on every keystroke costs little. It also redraws when
// onSelect was set after the panel was built, to turn rows into links.
func (f *findingsPanel) refresh() {
	now := f.find()
	if sameFindings(now, f.shown) && f.linked == (f.onSelect != nil) {
		return
	}
	f.render(now)
}

// Findings returns what the panel shows now.
func (f *findingsPanel) Findings() []programme.Finding { return f.shown }

func (f *findingsPanel) render(list []programme.Finding) {
	f.shown = list
	f.linked = f.onSelect != nil
	rows := make([]widgets.FindingRow, len(list))
	for i, fd := range list {
		rows[i].Text = f.translate(fd)
		if f.onSelect != nil && fd.Ref != "" {
			rows[i].Open = func() { f.onSelect(fd) }
		}
	}
	f.panel.Set(rows)
}

func sameFindings(a, b []programme.Finding) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Equal(b[i]) {
			return false
		}
	}
	return true
}
