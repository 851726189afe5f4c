package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/mdtext"
	"fi.kotoutus/kotoutus/programme"
)

// snapshotView shows one snapshot read-only: what state each step was in,
// how much content there was, and the document's text as it stood. It has
// no entries, so nothing in it can be changed by accident.
type snapshotView struct {
	info    programme.SnapshotInfo
	p       *programme.Programme
	steps   *widget.Label
	counts  *widget.Label
	text    *widget.RichText
	content fyne.CanvasObject
}

func newSnapshotView(tpl *checklist.Template, info programme.SnapshotInfo, p *programme.Programme) *snapshotView {
	sv := &snapshotView{info: info, p: p}
	head := widget.NewLabel(lang.L("versions.snapshotHead", map[string]any{
		"Name": snapshotName(info), "When": formatTime(info.Taken), "Title": p.Title,
		"Municipality": p.Municipality(), "Start": p.StartYear, "End": p.EndYear,
	}))
	head.Wrapping = fyne.TextWrapWord

	var lines []string
	for _, s := range tpl.Steps {
		lines = append(lines, lang.L("versions.snapshotStep", map[string]any{
			"Number": s.Number, "Title": s.Title.In(Language()),
			"Status": StatusLabel(p.StepStatus(s)), "Progress": ProgressLabel(p.Progress(s)),
		}))
	}
	sv.steps = widget.NewLabel(strings.Join(lines, "\n"))
	sv.steps.Wrapping = fyne.TextWrapWord

	measures := 0
	for _, g := range p.Goals {
		measures += len(g.Measures)
	}
	sv.counts = widget.NewLabel(lang.L("versions.snapshotCounts", map[string]any{
		"Goals": len(p.Goals), "Measures": measures, "Indicators": len(p.Monitoring.Indicators),
		"Sections": len(p.Document.Sections), "Words": p.Document.Words(),
		"Comments": len(p.Threads("", true)), "Open": p.OpenCount(""),
	}))
	sv.counts.Wrapping = fyne.TextWrapWord

	stepsHead := widget.NewLabelWithStyle(lang.L("versions.snapshotSteps"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	countsHead := widget.NewLabelWithStyle(lang.L("versions.snapshotContent"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	summary := container.NewVScroll(container.NewPadded(container.NewVBox(stepsHead, sv.steps, countsHead, sv.counts)))

	sv.text = widget.NewRichTextFromMarkdown(documentText(tpl, p))
	sv.text.Wrapping = fyne.TextWrapWord
	tabs := container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("versions.tabSummary"), theme.InfoIcon(), summary),
		container.NewTabItemWithIcon(lang.L("versions.tabText"), theme.DocumentIcon(), container.NewVScroll(container.NewPadded(sv.text))),
	)
	readOnly := widget.NewLabel(lang.L("versions.readOnly"))
	readOnly.TextStyle = fyne.TextStyle{Italic: true}
	readOnly.Wrapping = fyne.TextWrapWord
	sv.content = container.NewBorder(container.NewVBox(head, readOnly), nil, nil, nil, tabs)
	return sv
}

// documentText is the document's sections as Markdown: each heading with
// the draft under it, or the reason an element is left out.
func documentText(tpl *checklist.Template, p *programme.Programme) string {
	var b strings.Builder
	for _, s := range p.Document.Sections {
		b.WriteString("## " + mdtext.OneLine(s.Heading(tpl, Language())) + "\n\n")
		switch {
		case s.NotApplicable:
			b.WriteString("*" + lang.L("versions.notApplicable", map[string]any{"Reason": mdtext.OneLine(s.Reason)}) + "*\n\n")
		case strings.TrimSpace(s.Draft) == "":
			b.WriteString("*" + lang.L("versions.noDraft") + "*\n\n")
		default:
			b.WriteString(strings.TrimSpace(s.Draft) + "\n\n")
		}
	}
	if b.Len() == 0 {
		return lang.L("versions.noSections")
	}
	return b.String()
}

// showSnapshot opens a snapshot read-only in a dialog.
func showSnapshot(v *programmeView, info programme.SnapshotInfo, p *programme.Programme) {
	sv := newSnapshotView(v.tpl, info, p)
	d := dialog.NewCustom(lang.L("versions.viewTitle", map[string]any{"Name": snapshotName(info)}), lang.L("action.close"), sv.content, v.m.win)
	size := v.m.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(900, size.Width-40), min(720, size.Height-40)))
	d.Show()
}
