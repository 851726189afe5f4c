package steps

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// planFormFields is step 1's choice of the plan's form: a separate action
// programme, or part of another municipal plan, for which the export is an
// insert.
type planFormFields struct {
	s        *responsibilityStep
	kind     *widget.RadioGroup
	host     *widget.Select
	hostName *widget.Entry
	hostBox  *fyne.Container
	hosts    []checklist.Option
	content  fyne.CanvasObject
}

func newPlanFormFields(s *responsibilityStep) *planFormFields {
	f := &planFormFields{s: s, hosts: programme.HostPlans(s.c.template())}
	form := s.c.programme().Form
	separate, part := lang.L("planForm.separate"), lang.L("planForm.part")
	f.kind = widget.NewRadioGroup([]string{separate, part}, nil)
	if form.IsPart() {
		f.kind.SetSelected(part)
	} else {
		f.kind.SetSelected(separate)
	}
	f.kind.OnChanged = func(v string) { f.onKindChanged(v == part) }
	labels := make([]string, 0, len(f.hosts)+1)
	for _, o := range f.hosts {
		labels = append(labels, o.Label.In(i18n.Language()))
	}
	f.host = widget.NewSelect(append(labels, lang.L("planForm.otherPlan")), nil)
	f.host.PlaceHolder = lang.L("planForm.choosePlan")
	if i := f.hostIndex(form.Host); i >= 0 {
		f.host.SetSelectedIndex(i)
	} else if form.HostName != "" {
		f.host.SetSelectedIndex(len(f.hosts))
	}
	f.host.OnChanged = func(string) { f.onHostChanged() }
	f.hostName = widget.NewEntry()
	f.hostName.SetPlaceHolder(lang.L("planForm.hostNamePlaceholder"))
	f.hostName.SetText(form.HostName)
	f.hostName.OnChanged = s.c.guardField(f.hostName.SetText,
		func(p *programme.Programme) string { return p.Form.HostName },
		func(v string) { s.edit(func(p *programme.Programme) { p.Form.HostName = v }) })
	f.hostBox = container.NewVBox(newForm(
		widget.NewFormItem(lang.L("planForm.host"), f.host),
		widget.NewFormItem(lang.L("planForm.hostName"), f.hostName),
	))
	if !form.IsPart() {
		f.hostBox.Hide()
	}
	f.content = container.NewVBox(
		widgets.SubHeading(lang.L("planForm.title")),
		widgets.HelpText(lang.L("planForm.help")),
		f.kind,
		f.hostBox,
	)
	return f
}

func (f *planFormFields) hostIndex(id string) int {
	for i, o := range f.hosts {
		if o.ID == id {
			return i
		}
	}
	return -1
}

func (f *planFormFields) onKindChanged(part bool) {
	f.s.edit(func(p *programme.Programme) {
		if part {
			p.Form.Kind = programme.PlanPart
		} else {
			p.Form.Kind = programme.PlanSeparate
		}
	})
	if part {
		f.hostBox.Show()
	} else {
		f.hostBox.Hide()
	}
}

func (f *planFormFields) onHostChanged() {
	i := f.host.SelectedIndex()
	f.s.edit(func(p *programme.Programme) {
		if i >= 0 && i < len(f.hosts) {
			p.Form.Host = f.hosts[i].ID
		} else {
			p.Form.Host = ""
		}
	})
}
