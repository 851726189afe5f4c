package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/steps"
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
	stage   *steps.StageForm // nil for a snapshot
	layout  *steps.LayoutForm
	missing []programme.Finding
	content fyne.CanvasObject
}

// newExportForm builds the dialog's content. edit, if not nil, applies a
// change to the open programme; p is what will be exported.
func newExportForm(m *MainWindow, p *programme.Programme, tpl *checklist.Template, help string, edit func(func(p *programme.Programme))) *exportForm {
	f := &exportForm{formats: newExportDialog(m, p), missing: p.Check(tpl)}
	helpLabel := widget.NewLabel(help)
	helpLabel.Wrapping = fyne.TextWrapWord
	// What is missing comes first, where it cannot be overlooked.
	langHelp := widgets.HelpText(lang.L("export.languageHelp"))
	parts := []fyne.CanvasObject{
		f.preflight(), widget.NewSeparator(), f.formats.choice, helpLabel,
		widgets.SubHeading(lang.L("export.language")), f.formats.language, f.formats.trStatus,
		f.formats.fallback, f.formats.fbHelp, langHelp,
	}
	if edit != nil {
		f.stage = steps.NewStageForm(p)
		f.layout = steps.NewLayoutForm(p.Document.Layout)
		parts = append(parts, widget.NewSeparator(), widgets.SubHeading(lang.L("docstate.heading")), f.stage.Content,
			widget.NewSeparator(), widgets.SubHeading(lang.L("layout.heading")), f.layout.Content)
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
	a, msg := f.stage.Adoption()
	if msg != "" {
		return msg
	}
	var err error
	layout := f.layout.Value()
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
		format := f.formats.format()
		exported := p
		if edit != nil && m.editor != nil {
			exported = m.editor.session.Programme()
		}
		// A final document in a further language is refused before the
		// file is chosen when translations are missing and the user did
		// not choose the main text in their place.
		opt := f.formats.options()
		if msg := translationsRefused(exported, opt); msg != "" {
			m.showMessage(lang.L("export.title"), msg)
			return
		}
		dlg.Hide()
		m.app.Preferences().SetString(prefExportFormat, format)
		m.chooseExportFile(exported, tpl, format, opt, fileName(format))
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
