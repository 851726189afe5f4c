package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// preflightShown is how many findings the export dialog lists before it
// says how many more there are.
const preflightShown = 6

// exportForm is the export dialog's content for the open programme: the
// format, the document's stage, the layout choices and what is still
// missing. For a snapshot, only the format and what is missing show, since
// a snapshot is not edited.
type exportForm struct {
	formats *exportDialog
	stage   *stageForm // nil for a snapshot
	layout  *layoutForm
	missing []programme.Finding
	content fyne.CanvasObject
}

// newExportForm builds the dialog's content. edit, if not nil, applies a
// change to the open programme; p is what will be exported.
func newExportForm(m *MainWindow, p *programme.Programme, tpl *checklist.Template, help string, edit func(func(p *programme.Programme))) *exportForm {
	f := &exportForm{formats: newExportDialog(m), missing: p.Missing(tpl)}
	helpLabel := widget.NewLabel(help)
	helpLabel.Wrapping = fyne.TextWrapWord
	// What is missing comes first, where it cannot be overlooked.
	parts := []fyne.CanvasObject{f.preflight(), widget.NewSeparator(), f.formats.choice, helpLabel}
	if edit != nil {
		f.stage = newStageForm(p)
		f.layout = newLayoutForm(p.Document.Layout)
		parts = append(parts, widget.NewSeparator(), widgets.SubHeading(lang.L("docstate.heading")), f.stage.content,
			widget.NewSeparator(), widgets.SubHeading(lang.L("layout.heading")), f.layout.content)
	}
	f.content = container.NewVBox(parts...)
	return f
}

// preflight lists what is still missing, as the overview does, or says
// that nothing is.
func (f *exportForm) preflight() fyne.CanvasObject {
	if len(f.missing) == 0 {
		ok := widget.NewLabelWithStyle(lang.L("preflight.complete"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		ok.Wrapping = fyne.TextWrapWord
		return ok
	}
	head := widget.NewLabelWithStyle(preflightHeading(len(f.missing)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	head.Importance = widget.WarningImportance
	text := widget.NewLabel(preflightText(f.missing))
	text.Wrapping = fyne.TextWrapWord
	return container.NewVBox(head, text)
}

// preflightHeading says that the document is not ready for the council.
func preflightHeading(n int) string {
	return lang.L("preflight.heading", map[string]any{"Count": n})
}

// preflightText lists the first findings, one a line, and how many more.
func preflightText(missing []programme.Finding) string {
	var lines []string
	for i, fd := range missing {
		if i == preflightShown {
			lines = append(lines, lang.L("preflight.more", map[string]any{"Count": len(missing) - preflightShown}))
			break
		}
		lines = append(lines, "• "+i18n.FindingText(fd))
	}
	return strings.Join(lines, "\n")
}

// apply writes the stage and layout chosen into the open programme, and
// returns the sentence to show when the stage cannot be saved.
func (f *exportForm) apply(edit func(func(p *programme.Programme))) string {
	if f.stage == nil || edit == nil {
		return ""
	}
	a, msg := f.stage.adoption()
	if msg != "" {
		return msg
	}
	var err error
	layout := f.layout.value()
	edit(func(p *programme.Programme) {
		if err = p.SetAdoption(a); err == nil {
			p.Document.Layout = layout
		}
	})
	if err != nil {
		return i18n.Describe(err)
	}
	return ""
}

// stageForm sets the document's stage: a draft, a proposal to a body, or
// adopted by a body on a day with the § of the minutes.
type stageForm struct {
	status    *widget.RadioGroup
	body      *widget.Entry
	date      *widget.Entry
	paragraph *widget.Entry
	fromPath  *widget.Button
	labels    map[string]programme.DocStatus
	content   fyne.CanvasObject
}

func newStageForm(p *programme.Programme) *stageForm {
	f := &stageForm{labels: map[string]programme.DocStatus{}}
	var options []string
	for _, st := range programme.DocStatuses {
		l := lang.L("docstate." + string(st))
		f.labels[l] = st
		options = append(options, l)
	}
	f.status = widget.NewRadioGroup(options, f.onStatusChanged)
	f.status.Horizontal = true
	f.status.Required = true
	f.body = &widget.Entry{PlaceHolder: lang.L("docstate.bodyPlaceholder")}
	f.date = &widget.Entry{PlaceHolder: lang.L("docstate.datePlaceholder")}
	f.paragraph = &widget.Entry{PlaceHolder: lang.L("docstate.paragraphPlaceholder")}
	a := p.Adoption
	f.body.SetText(a.Body)
	f.date.SetText(a.Date.Format(Language()))
	f.paragraph.SetText(a.Paragraph)
	if m, ok := p.Responsibility.AdoptionMilestone(); ok {
		f.fromPath = widget.NewButton(lang.L("docstate.fromPath", map[string]any{"Milestone": milestoneLabel(m)}), func() {
			f.body.SetText(m.Body)
			f.date.SetText(m.Date.Format(Language()))
		})
	}
	form := widget.NewForm(
		widget.NewFormItem(lang.L("docstate.body"), f.body),
		widget.NewFormItem(lang.L("docstate.date"), f.date),
		widget.NewFormItem(lang.L("docstate.paragraph"), f.paragraph),
	)
	parts := []fyne.CanvasObject{f.status, form}
	if f.fromPath != nil {
		parts = append(parts, container.NewHBox(f.fromPath))
	}
	f.content = container.NewVBox(parts...)
	f.status.SetSelected(lang.L("docstate." + string(a.Stage())))
	return f
}

// milestoneLabel names a decision path milestone for the button.
func milestoneLabel(m programme.Milestone) string {
	return strings.TrimSpace(fmt.Sprintf("%s %s", m.Label(), m.Date.Format(Language())))
}

// onStatusChanged enables the fields that stage uses.
func (f *stageForm) onStatusChanged(string) {
	st := f.labels[f.status.Selected]
	for _, w := range []fyne.Disableable{f.body, f.date} {
		if st == programme.DocDraft {
			w.Disable()
		} else {
			w.Enable()
		}
	}
	if st == programme.DocAdopted {
		f.paragraph.Enable()
	} else {
		f.paragraph.Disable()
	}
	if f.fromPath != nil {
		if st == programme.DocDraft {
			f.fromPath.Disable()
		} else {
			f.fromPath.Enable()
		}
	}
}

// adoption reads the form, or returns the sentence saying what is wrong.
func (f *stageForm) adoption() (programme.Adoption, string) {
	st := f.labels[f.status.Selected]
	d, err := programme.ParseDate(f.date.Text)
	if err != nil {
		return programme.Adoption{}, i18n.Describe(err)
	}
	a := programme.Adoption{Status: st, Body: f.body.Text, Date: d}
	if st == programme.DocAdopted {
		a.Paragraph = f.paragraph.Text
	}
	if err := a.Validate(); err != nil {
		return programme.Adoption{}, i18n.Describe(err)
	}
	return a, ""
}

// layoutForm holds the council conventions the user may turn off.
type layoutForm struct {
	numbered *widget.Check
	listOpen *widget.Check
	repeat   *widget.Check
	content  fyne.CanvasObject
}

func newLayoutForm(l programme.Layout) *layoutForm {
	f := &layoutForm{
		numbered: widget.NewCheck(lang.L("layout.numbered"), nil),
		listOpen: widget.NewCheck(lang.L("layout.listOpen"), nil),
		repeat:   widget.NewCheck(lang.L("layout.repeatTables"), nil),
	}
	f.numbered.SetChecked(!l.Unnumbered)
	f.listOpen.SetChecked(l.ListOpen)
	f.repeat.SetChecked(l.RepeatTables)
	f.content = container.NewVBox(f.numbered, f.listOpen, f.repeat)
	return f
}

func (f *layoutForm) value() programme.Layout {
	return programme.Layout{Unnumbered: !f.numbered.Checked, ListOpen: f.listOpen.Checked, RepeatTables: f.repeat.Checked}
}

// exportDialogFor shows the export dialog. With findings it offers "Vie
// silti" (export anyway) and "Näytä puutteet" (open the overview) instead
// of calling the document ready.
func (m *MainWindow) exportDialogFor(p *programme.Programme, tpl *checklist.Template, help string, edit func(func(p *programme.Programme)), fileName func(format string) string) dialog.Dialog {
	f := newExportForm(m, p, tpl, help, edit)
	confirm := lang.L("export.chooseFile")
	if len(f.missing) > 0 {
		confirm = lang.L("preflight.exportAnyway")
	}
	var dlg *dialog.CustomDialog
	proceed := func() {
		if msg := f.apply(edit); msg != "" {
			m.showMessage(lang.L("export.title"), msg)
			return
		}
		dlg.Hide()
		format := f.formats.format()
		m.app.Preferences().SetString(prefExportFormat, format)
		exported := p
		if edit != nil && m.editor != nil {
			exported = m.editor.session.Programme()
		}
		m.chooseExportFile(exported, tpl, format, fileName(format))
	}
	buttons := []fyne.CanvasObject{widget.NewButton(lang.L("action.cancel"), func() { dlg.Hide() })}
	if len(f.missing) > 0 {
		buttons = append(buttons, widget.NewButton(lang.L("preflight.showMissing"), func() {
			dlg.Hide()
			m.showDashboard()
		}))
	}
	buttons = append(buttons, &widget.Button{Text: confirm, Importance: widget.HighImportance, OnTapped: proceed})
	dlg = dialog.NewCustomWithoutButtons(lang.L("export.title"), container.NewVScroll(f.content), m.win)
	dlg.SetButtons(buttons)
	dlg.Resize(fyne.NewSize(640, 640))
	dlg.Show()
	return dlg
}
