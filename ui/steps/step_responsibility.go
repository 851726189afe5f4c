package steps

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// responsibilityStep is step 1's content tab: the coordinating authority,
// the people, joint or own programme, and the decision path.
type responsibilityStep struct {
	c        *Context
	findings *findingsPanel
	next     *notice
	tabs     *container.AppTabs

	organisation, unit, others *widget.Entry
	joint                      *widget.Label
	lead, ely                  *contactFields
	form                       *planFormFields
	contacts, experts          *rowEditor[programme.Contact]
	milestones                 *rowEditor[programme.Milestone]
	timeline                   *milestoneTimeline
	sortBtn                    *widget.Button
	// adoptBtn adds the council's adoption as the decision path's last
	// milestone; shown while the path has no council milestone.
	adoptBtn *widget.Button
}

// responsibilityEditor builds the step's content tab.
func responsibilityEditor(c *Context) fyne.CanvasObject {
	return newResponsibilityStep(c).content()
}

func newResponsibilityStep(c *Context) *responsibilityStep {
	s := &responsibilityStep{c: c}
	s.findings = c.findingsPanel(s.onFindingSelected)
	s.next = newNotice()

	contacts := contactRows(func(p *programme.Programme) *[]programme.Contact { return &p.Responsibility.Contacts },
		lang.L("responsibility.contacts.empty"), lang.L("responsibility.contacts.add"), s.changed)
	contacts.Delete = func(p *programme.Programme, id string) bool { return p.Responsibility.DeleteContact(id) }
	contacts.Move = func(p *programme.Programme, id string, delta int) bool {
		return p.Responsibility.MoveContact(id, delta)
	}
	s.contacts = newRowEditor(c, contacts)
	experts := contactRows(func(p *programme.Programme) *[]programme.Contact { return &p.Responsibility.Experts },
		lang.L("responsibility.experts.empty"), lang.L("responsibility.experts.add"), s.changed)
	experts.Delete = func(p *programme.Programme, id string) bool { return p.Responsibility.DeleteExpert(id) }
	experts.Move = func(p *programme.Programme, id string, delta int) bool { return p.Responsibility.MoveExpert(id, delta) }
	s.experts = newRowEditor(c, experts)
	s.milestones = newRowEditor(c, milestoneRows(s.changed))
	s.timeline = newMilestoneTimeline()
	s.sortBtn = widget.NewButton(lang.L("responsibility.timeline.sort"), s.onSort)
	s.sortBtn.Importance = widget.LowImportance
	s.adoptBtn = widget.NewButton(lang.L("responsibility.addAdoption"), s.onAddAdoption)

	s.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("responsibility.tab.authority"), s.authorityTab()),
		container.NewTabItem(lang.L("responsibility.tab.contacts"), s.listTab(lang.L("responsibility.contacts.help"), s.contacts.content)),
		container.NewTabItem(lang.L("responsibility.tab.experts"), s.listTab(lang.L("responsibility.experts.help"), s.experts.content)),
		container.NewTabItem(lang.L("responsibility.tab.decisions"), s.decisionsTab()),
	)
	s.changed()
	openFirstRow(s.contacts)
	openFirstRow(s.experts)
	openFirstRow(s.milestones)
	return s
}

func (s *responsibilityStep) content() fyne.CanvasObject {
	return contentTab(container.NewVBox(s.findings.content, widgets.NoShrink(s.next.content)), s.tabs)
}

// edit changes the programme and updates what is derived from it.
func (s *responsibilityStep) edit(fn func(p *programme.Programme)) {
	s.c.edit(fn)
	s.changed()
}

// changed refreshes the findings, the next milestone and the timeline
// after any edit, in the form or in a row editor.
func (s *responsibilityStep) changed() {
	s.findings.refresh()
	r := s.c.programme().Responsibility
	s.next.Set(nextMilestoneText(r, milestoneToday()))
	s.timeline.update(r)
	if len(r.Milestones) > 1 {
		s.sortBtn.Show()
	} else {
		s.sortBtn.Hide()
	}
	if r.AdoptionOffered() {
		s.adoptBtn.Show()
	} else {
		s.adoptBtn.Hide()
	}
	s.updateJoint()
}

func (s *responsibilityStep) authorityTab() fyne.CanvasObject {
	p := s.c.programme()
	r := p.Responsibility
	s.organisation = widget.NewEntry()
	s.organisation.SetPlaceHolder(lang.L("responsibility.organisationPlaceholder"))
	s.organisation.SetText(r.Organisation)
	s.organisation.OnChanged = s.c.guardField(s.organisation.SetText,
		func(p *programme.Programme) string { return p.Responsibility.Organisation },
		func(v string) { s.edit(func(p *programme.Programme) { p.Responsibility.Organisation = v }) })
	s.unit = widget.NewEntry()
	s.unit.SetPlaceHolder(lang.L("responsibility.unitPlaceholder"))
	s.unit.SetText(r.Unit)
	s.unit.OnChanged = s.c.guardField(s.unit.SetText,
		func(p *programme.Programme) string { return p.Responsibility.Unit },
		func(v string) { s.edit(func(p *programme.Programme) { p.Responsibility.Unit = v }) })

	s.joint = widgets.Wrapped("")
	s.others = widget.NewEntry()
	s.others.SetPlaceHolder(lang.L("responsibility.othersPlaceholder"))
	s.others.SetText(strings.Join(p.OtherMunicipalities(), ", "))
	s.others.OnChanged = s.onOthersChanged
	own := ""
	if len(p.Municipalities) > 0 {
		own = p.Municipalities[0]
	}

	s.lead = newContactFields(func() *programme.Contact { return &s.c.programme().Responsibility.Lead },
		func(fn func(c *programme.Contact)) {
			s.edit(func(p *programme.Programme) { ensureContactID(&p.Responsibility.Lead); fn(&p.Responsibility.Lead) })
		})
	s.ely = newContactFields(func() *programme.Contact { return &s.c.programme().Responsibility.ELY },
		func(fn func(c *programme.Contact)) {
			s.edit(func(p *programme.Programme) { ensureContactID(&p.Responsibility.ELY); fn(&p.Responsibility.ELY) })
		})

	s.form = newPlanFormFields(s)
	box := container.NewVBox(
		s.form.content,
		widgets.SubHeading(lang.L("responsibility.authority")),
		newForm(
			widget.NewFormItem(lang.L("responsibility.organisation"), s.organisation),
			widget.NewFormItem(lang.L("responsibility.unit"), s.unit),
		),
		widgets.SubHeading(lang.L("responsibility.lead")),
		widgets.HelpText(lang.L("responsibility.leadHelp")),
		s.lead.form,
		widgets.SubHeading(lang.L("responsibility.ely")),
		widgets.HelpText(lang.L("responsibility.elyHelp")),
		s.ely.form,
		widgets.SubHeading(lang.L("responsibility.scope")),
		s.joint,
		newForm(
			widget.NewFormItem(lang.L("responsibility.municipality"), widget.NewLabel(own)),
			widget.NewFormItem(lang.L("responsibility.others"), s.others),
		),
		widgets.HelpText(lang.L("responsibility.othersHelp")),
	)
	return container.NewPadded(box)
}

// ensureContactID gives a single contact (lead, ELY) an ID on its first
// edit, so that comments and merges can refer to it like to list rows.
func ensureContactID(c *programme.Contact) {
	if c.ID == "" {
		c.ID = programme.NewID()
	}
}

func (s *responsibilityStep) onOthersChanged(text string) {
	s.edit(func(p *programme.Programme) { p.SetOtherMunicipalities(programme.SplitNames(text)) })
}

func (s *responsibilityStep) updateJoint() {
	if s.joint == nil {
		return
	}
	p := s.c.programme()
	if p.Joint() {
		s.joint.SetText(lang.L("responsibility.jointYes", map[string]any{"Names": p.Municipality()}))
	} else {
		s.joint.SetText(lang.L("responsibility.jointNo", map[string]any{"Name": p.Municipality()}))
	}
}

func (s *responsibilityStep) listTab(help string, editor fyne.CanvasObject) fyne.CanvasObject {
	return container.NewBorder(container.NewPadded(widgets.HelpText(help)), nil, nil, nil, editor)
}

func (s *responsibilityStep) decisionsTab() fyne.CanvasObject {
	head := container.NewBorder(nil, nil, nil, s.sortBtn, widgets.SubHeading(lang.L("responsibility.timelineTitle")))
	top := container.NewPadded(container.NewVBox(head, s.timeline.content, container.NewHBox(s.adoptBtn), widget.NewSeparator()))
	return container.NewBorder(top, nil, nil, nil, s.milestones.content)
}

// onAddAdoption adds the council's adoption of the programme as the last
// milestone of the decision path and opens it for its date.
func (s *responsibilityStep) onAddAdoption() {
	var id string
	s.edit(func(p *programme.Programme) {
		if m := p.Responsibility.AddAdoptionMilestone(); m != nil {
			id = m.ID
		}
	})
	s.milestones.refresh()
	if id != "" {
		s.milestones.selectRow(id)
	}
}

// onSort puts the stored milestones in date order, so the list matches the
// timeline; the rows keep their IDs, so the open form stays on its row.
func (s *responsibilityStep) onSort() {
	s.edit(func(p *programme.Programme) { p.Responsibility.SortMilestones() })
	s.milestones.refresh()
	if id := s.milestones.selectedID(); id != "" {
		s.milestones.selectRow(id)
	}
}

// onFindingSelected opens the tab and row a finding points at.
func (s *responsibilityStep) onFindingSelected(f programme.Finding) {
	kind, id, _ := strings.Cut(f.Ref, ":")
	switch kind {
	case "contact":
		s.tabs.SelectIndex(1)
		s.contacts.selectRow(id)
	case "expert":
		s.tabs.SelectIndex(2)
		s.experts.selectRow(id)
	case "milestone":
		s.tabs.SelectIndex(3)
		s.milestones.selectRow(id)
	}
}
