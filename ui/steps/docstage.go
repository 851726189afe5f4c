package steps

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

// StageForm sets the document's stage (the export dialog and step 5's
// document settings show it): a draft, a proposal to a body, or
// adopted by a body on a day with the § of the minutes.
type StageForm struct {
	Status    *widget.RadioGroup
	Body      *widget.Entry
	Date      *widget.Entry
	Paragraph *widget.Entry
	FromPath  *widget.Button
	labels    map[string]programme.DocStatus
	Content   fyne.CanvasObject
}

// NewStageForm returns the form filled in from p's stage; it offers to
// copy the decision path's adoption milestone.
func NewStageForm(p *programme.Programme) *StageForm {
	f := &StageForm{labels: map[string]programme.DocStatus{}}
	var options []string
	for _, st := range programme.DocStatuses {
		l := lang.L("docstate." + string(st))
		f.labels[l] = st
		options = append(options, l)
	}
	f.Status = widget.NewRadioGroup(options, f.onStatusChanged)
	f.Status.Horizontal = true
	f.Status.Required = true
	f.Body = &widget.Entry{PlaceHolder: lang.L("docstate.bodyPlaceholder")}
	f.Date = &widget.Entry{PlaceHolder: lang.L("docstate.datePlaceholder")}
	f.Paragraph = &widget.Entry{PlaceHolder: lang.L("docstate.paragraphPlaceholder")}
	a := p.Adoption
	f.Body.SetText(a.Body)
	f.Date.SetText(a.Date.Format(i18n.Language()))
	f.Paragraph.SetText(a.Paragraph)
	if m, ok := p.Responsibility.AdoptionMilestone(); ok {
		f.FromPath = widget.NewButton(lang.L("docstate.fromPath", map[string]any{"Milestone": milestoneLabel(m)}), func() {
			f.Body.SetText(m.Body)
			f.Date.SetText(m.Date.Format(i18n.Language()))
		})
	}
	form := newForm(
		widget.NewFormItem(lang.L("docstate.body"), f.Body),
		widget.NewFormItem(lang.L("docstate.date"), f.Date),
		widget.NewFormItem(lang.L("docstate.paragraph"), f.Paragraph),
	)
	parts := []fyne.CanvasObject{f.Status, form}
	if f.FromPath != nil {
		parts = append(parts, container.NewHBox(f.FromPath))
	}
	f.Content = container.NewVBox(parts...)
	f.Status.SetSelected(lang.L("docstate." + string(a.Stage())))
	return f
}

// milestoneLabel names a decision path milestone for the button.
func milestoneLabel(m programme.Milestone) string {
	return strings.TrimSpace(fmt.Sprintf("%s %s", m.Label(), m.Date.Format(i18n.Language())))
}

// onStatusChanged enables the fields that stage uses.
func (f *StageForm) onStatusChanged(string) {
	st := f.labels[f.Status.Selected]
	for _, w := range []fyne.Disableable{f.Body, f.Date} {
		if st == programme.DocDraft {
			w.Disable()
		} else {
			w.Enable()
		}
	}
	if st == programme.DocAdopted {
		f.Paragraph.Enable()
	} else {
		f.Paragraph.Disable()
	}
	if f.FromPath != nil {
		if st == programme.DocDraft {
			f.FromPath.Disable()
		} else {
			f.FromPath.Enable()
		}
	}
}

// Adoption reads the form, or returns the sentence saying what is wrong.
func (f *StageForm) Adoption() (programme.Adoption, string) {
	st := f.labels[f.Status.Selected]
	d, err := programme.ParseDate(f.Date.Text)
	if err != nil {
		return programme.Adoption{}, i18n.Describe(err)
	}
	a := programme.Adoption{Status: st, Body: f.Body.Text, Date: d}
	if st == programme.DocAdopted {
		a.Paragraph = f.Paragraph.Text
	}
	if err := a.Validate(); err != nil {
		return programme.Adoption{}, i18n.Describe(err)
	}
	return a, ""
}

// LayoutForm holds the council conventions the user may turn off.
type LayoutForm struct {
	Numbered *widget.Check
	ListOpen *widget.Check
	Repeat   *widget.Check
	Content  fyne.CanvasObject
}

// NewLayoutForm returns the form filled in from l.
func NewLayoutForm(l programme.Layout) *LayoutForm {
	f := &LayoutForm{
		Numbered: widget.NewCheck(lang.L("layout.numbered"), nil),
		ListOpen: widget.NewCheck(lang.L("layout.listOpen"), nil),
		Repeat:   widget.NewCheck(lang.L("layout.repeatTables"), nil),
	}
	f.Numbered.SetChecked(!l.Unnumbered)
	f.ListOpen.SetChecked(l.ListOpen)
	f.Repeat.SetChecked(l.RepeatTables)
	f.Content = container.NewVBox(f.Numbered, f.ListOpen, f.Repeat)
	return f
}

// Value returns the layout the form shows.
func (f *LayoutForm) Value() programme.Layout {
	return programme.Layout{Unnumbered: !f.Numbered.Checked, ListOpen: f.ListOpen.Checked, RepeatTables: f.Repeat.Checked}
}
