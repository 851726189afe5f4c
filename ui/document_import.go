package ui

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// importExtensions are the files the open dialog offers.
var importExtensions = []string{".docx", ".md", ".markdown", ".txt"}

// ImportOptions are the import settings of the interface language.
func ImportOptions() programme.ImportOptions { return i18n.ImportOptions() }

// DescribeImport explains why a file could not be imported (i18n.DescribeImport).
func DescribeImport(err error) string { return i18n.DescribeImport(err) }

// importFlow reads a Markdown file into the open programme: plan, review,
// apply. Tests drive its methods without the file and confirm dialogs.
type importFlow struct {
	v *programmeView
}

// plan reads a file and plans the import without changing anything. The
// reader is read at most one byte past the size limit.
func (f *importFlow) plan(r io.Reader) (*programme.ImportPlan, error) {
	data, err := io.ReadAll(io.LimitReader(r, programme.MaxImportFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read import file: %w", err)
	}
	return programme.PlanImport(f.v.session.Programme(), f.v.tpl, data, ImportOptions())
}

// apply carries out a reviewed plan and shows the document step with the
// result.
func (f *importFlow) apply(plan *programme.ImportPlan) int {
	n := 0
	f.v.edit(func(p *programme.Programme) { n = plan.Apply(p) })
	f.v.showStepFresh(programme.StepDocument)
	return n
}

// showStepFresh rebuilds and shows the step with the given ID, so that its
// page reads the programme anew after a change made outside it.
func (v *programmeView) showStepFresh(stepID string) {
	for i, s := range v.tpl.Steps {
		if s.ID == stepID {
			v.current = -1
			v.selectStep(i)
			return
		}
	}
}

// showImport is the File menu's and the step's "Tuo Markdown…": choose a
// file, review the plan, apply on confirmation.
func (v *programmeView) showImport() {
	win := v.m.win
	f := &importFlow{v: v}
	widgets.ShowOpenFile(win, widgets.FileOptions{
		Title: lang.L("import.chooseFile"), Confirm: lang.L("import.open"),
		Extensions: importExtensions, Folder: startFolder(v.m.app.Preferences()),
	}, func(path string) {
		r, err := os.Open(path)
		if err != nil {
			v.m.showMessage(lang.L("import.title"), DescribeImport(err))
			return
		}
		defer r.Close()
		rememberFolder(v.m.app.Preferences(), path)
		plan, err := f.plan(r)
		if err != nil {
			fyne.LogError("import "+filepath.Base(path), err)
			v.m.showMessage(lang.L("import.title"), DescribeImport(err))
			return
		}
		rv := newImportReview(plan, filepath.Base(path))
		widgets.ConfirmContent(win, lang.L("import.title"), lang.L("import.confirm"), "",
			rv.content, fyne.NewSize(820, 600), func() { f.apply(plan) })
	})
}

// importMenuItem is the File menu's "Tuo Markdown-tiedosto…".
func (m *MainWindow) importMenuItem() *fyne.MenuItem {
	return fyne.NewMenuItem(lang.L("import.menu"), m.showImportMarkdown)
}

// showImportMarkdown imports into the open programme.
func (m *MainWindow) showImportMarkdown() {
	if m.editor == nil {
		m.showMessage(lang.L("import.title"), lang.L("import.noProgramme"))
		return
	}
	m.editor.showImport()
}

// importReview shows a plan: each part of the file, where it goes, and
// which drafts it would replace. Unticking a part leaves it out.
type importReview struct {
	plan    *programme.ImportPlan
	file    string
	summary *widget.Label
	list    *widget.List
	// heights remembers the height set for each row of the list.
	heights map[widget.ListItemID]float32
	content fyne.CanvasObject
}

func newImportReview(plan *programme.ImportPlan, file string) *importReview {
	rv := &importReview{plan: plan, file: file}
	rv.summary = widget.NewLabel("")
	rv.summary.Wrapping = fyne.TextWrapWord
	rv.list = widget.NewList(func() int { return len(plan.Entries) }, rv.createItem, rv.updateItem)
	rv.updateSummary()
	help := widget.NewLabel(lang.L("import.help"))
	help.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(rv.summary, help)
	if plan.DocumentTitle != "" {
		t := widget.NewLabel(lang.L("import.documentTitle", map[string]any{"Title": plan.DocumentTitle}))
		t.Wrapping = fyne.TextWrapWord
		top.Add(t)
	}
	rv.content = container.NewBorder(top, nil, nil, nil, rv.list)
	return rv
}

func (rv *importReview) updateSummary() {
	n := 0
	for _, e := range rv.plan.Entries {
		if !e.Skip {
			n++
		}
	}
	text := lang.L("import.summary", map[string]any{"File": rv.file, "Parts": len(rv.plan.Entries), "Chosen": n})
	if r := rv.plan.Replacing(); r > 0 {
		text += " " + lang.L("import.summaryReplaces", map[string]any{"Count": r})
		rv.summary.Importance = widget.WarningImportance
	} else {
		text += " " + lang.L("import.summaryNoReplace")
		rv.summary.Importance = widget.MediumImportance
	}
	rv.summary.SetText(text)
}

func (rv *importReview) createItem() fyne.CanvasObject {
	check := widget.NewCheck("", nil)
	heading := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.Wrapping = fyne.TextWrapWord
	target := widget.NewLabel("")
	target.Wrapping = fyne.TextWrapWord
	note := widget.NewLabel("")
	note.Wrapping = fyne.TextWrapWord
	note.SizeName = theme.SizeNameCaptionText
	return container.NewBorder(nil, nil, check, nil, container.NewVBox(heading, target, note))
}

func (rv *importReview) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(rv.plan.Entries) {
		return
	}
	e := &rv.plan.Entries[i]
	row := o.(*fyne.Container)
	texts := row.Objects[0].(*fyne.Container).Objects
	check := row.Objects[1].(*widget.Check)
	check.OnChanged = nil
	check.SetChecked(!e.Skip)
	check.OnChanged = func(on bool) { rv.setChosen(i, on) }

	heading := e.Heading
	if heading == "" {
		heading = lang.L("import.preamble")
	}
	texts[0].(*widget.Label).SetText(heading)
	texts[1].(*widget.Label).SetText(importTargetText(e))
	note := texts[2].(*widget.Label)
	note.SetText(importNoteText(e))
	switch {
	case e.Replaces && !e.Skip:
		note.Importance = widget.WarningImportance
	default:
		note.Importance = widget.MediumImportance
	}
	note.Refresh()
	rv.fitRow(i, check, heading, texts[1].(*widget.Label).Text, note.Text)
}

// fitRow gives a row the height its wrapped texts need, so long headings
// show whole.
func (rv *importReview) fitRow(i widget.ListItemID, check *widget.Check, heading, target, note string) {
	width := rv.list.Size().Width - check.MinSize().Width - 6*theme.Padding()
	if width <= 0 {
		return
	}
	h := widgets.LabelHeight(heading, width, theme.TextSize(), fyne.TextStyle{Bold: true}) +
		widgets.LabelHeight(target, width, theme.TextSize(), fyne.TextStyle{}) +
		widgets.LabelHeight(note, width, theme.CaptionTextSize(), fyne.TextStyle{}) + 2*theme.Padding()
	if rv.heights == nil {
		rv.heights = map[widget.ListItemID]float32{}
	}
	if old, ok := rv.heights[i]; !ok || old != h {
		rv.heights[i] = h
		rv.list.SetItemHeight(i, h)
	}
}

// setChosen includes or leaves out entry i.
func (rv *importReview) setChosen(i int, on bool) {
	if i < len(rv.plan.Entries) {
		rv.plan.Entries[i].Skip = !on
		rv.list.RefreshItem(i)
		rv.updateSummary()
	}
}

func importTargetText(e *programme.ImportEntry) string { return i18n.ImportTargetText(e) }

func importNoteText(e *programme.ImportEntry) string { return i18n.ImportNoteText(e) }

// showMessage opens a plain information dialog with wrapped text.
func (m *MainWindow) showMessage(title, text string) {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, lang.L("action.close"), l, m.win)
	d.Resize(fyne.NewSize(520, 220))
	d.Show()
}
