package steps

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/ui/widgets"
)

// addSectionForm asks for an extra section's title, offering the usual
// ones. It is a struct so tests can fill and submit it without a dialog.
type addSectionForm struct {
	e     *docEditor
	title *widgets.SelectEntry
}

func newAddSectionForm(e *docEditor) *addSectionForm {
	f := &addSectionForm{e: e}
	f.title = widgets.NewSelectEntry([]string{
		lang.L("document.suggestIntro"), lang.L("document.suggestSummary"), lang.L("document.suggestAppendices"),
	})
	f.title.SetPlaceHolder(lang.L("document.titlePlaceholder"))
	f.title.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errTitleNeeded{}
		}
		return nil
	}
	return f
}

// submit adds the section; it returns its ID, or "" without a title.
func (f *addSectionForm) submit() string {
	t := strings.TrimSpace(f.title.Text)
	if t == "" {
		return ""
	}
	return f.e.addSection(t)
}

// errTitleNeeded is the form's validation message.
type errTitleNeeded struct{}

func (errTitleNeeded) Error() string { return lang.L("document.titleNeeded") }

func (e *docEditor) showAdd() {
	f := newAddSectionForm(e)
	help := widget.NewLabel(lang.L("document.addHelp"))
	help.Wrapping = fyne.TextWrapWord
	d := dialog.NewForm(lang.L("document.addTitle"), lang.L("document.addConfirm"), lang.L("action.cancel"),
		[]*widget.FormItem{
			widget.NewFormItem(lang.L("document.title"), f.title),
			widget.NewFormItem("", help),
		},
		func(ok bool) {
			if ok {
				f.submit()
			}
		}, e.ctx.window())
	d.Resize(fyne.NewSize(480, 240))
	d.Show()
	e.ctx.window().Canvas().Focus(f.title)
}

// confirmDelete asks before an extra section and its draft go.
func (e *docEditor) confirmDelete() {
	s := e.doc().Section(e.selected)
	if s == nil || !s.IsExtra() {
		return
	}
	id := s.ID
	widgets.Confirm(e.ctx.window(), lang.L("document.deleteTitle"), lang.L("document.delete"),
		lang.L("document.deleteConfirm", map[string]any{"Name": e.heading(s), "Words": wordsText(s.Words())}),
		func() { e.deleteSection(id) })
}
