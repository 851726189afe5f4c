package steps

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// cooperationStep is step 2's content tab: the group's roster, how well it
// covers the recommended sectors, the hearings held and the schedule.
type cooperationStep struct {
	c         *Context
	findings  *findingsPanel
	immigrant *notice
	summary   *widget.Label
	tabs      *container.AppTabs
	members   *rowEditor[programme.Member]
	hearings  *rowEditor[programme.Hearing]
	coverage  *sectorCoverage
	schedule  *widget.Entry
}

// cooperationEditor builds the step's content tab.
func cooperationEditor(c *Context) fyne.CanvasObject {
	return newCooperationStep(c).content()
}

func newCooperationStep(c *Context) *cooperationStep {
	s := &cooperationStep{c: c}
	s.findings = c.findingsPanel(s.onFindingSelected)
	s.immigrant = newNotice()
	s.summary = widgets.Wrapped("")
	s.members = newRowEditor(c, memberRows(c, s.changed))
	s.hearings = newRowEditor(c, hearingRows(s.changed))
	s.coverage = newSectorCoverage()

	s.schedule = widget.NewMultiLineEntry()
	s.schedule.Wrapping = fyne.TextWrapWord
	s.schedule.SetMinRowsVisible(10)
	s.schedule.SetPlaceHolder(lang.L("cooperation.schedulePlaceholder"))
	s.schedule.SetText(c.programme().Cooperation.Schedule)
	s.schedule.OnChanged = c.guardField(s.schedule.SetText,
		func(p *programme.Programme) string { return p.Cooperation.Schedule },
		func(v string) { s.edit(func(p *programme.Programme) { p.Cooperation.Schedule = v }) })
	scheduleTab := container.NewBorder(container.NewPadded(widgets.HelpText(lang.L("cooperation.scheduleHelp"))), nil, nil, nil,
		container.NewPadded(s.schedule))

	s.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("cooperation.tab.members"), s.members.content),
		container.NewTabItem(lang.L("cooperation.tab.coverage"), s.coverage.content),
		container.NewTabItem(lang.L("cooperation.tab.hearings"),
			container.NewBorder(container.NewPadded(widgets.HelpText(lang.L("cooperation.hearingsHelp"))), nil, nil, nil, s.hearings.content)),
		container.NewTabItem(lang.L("cooperation.tab.schedule"), scheduleTab),
	)
	s.changed()
	openFirstRow(s.members)
	openFirstRow(s.hearings)
	return s
}

func (s *cooperationStep) content() fyne.CanvasObject {
	return contentTab(container.NewVBox(s.findings.content, widgets.NoShrink(s.immigrant.content), s.summary), s.tabs)
}

func (s *cooperationStep) edit(fn func(p *programme.Programme)) {
	s.c.edit(fn)
	s.changed()
}

// changed refreshes the findings, the immigrant warning and the coverage
// after any edit.
func (s *cooperationStep) changed() {
	s.findings.refresh()
	p, tpl := s.c.programme(), s.c.template()
	coop := p.Cooperation
	// The box stays, in a quiet tone once the group has immigrant
	// members, so that adding or naming one never moves the form below.
	// The old checklist requires immigrants' part; the 2025 one holds it
	// good practice, a strong recommendation.
	why, tone := lang.L("cooperation.immigrantWhy"), toneDanger
	if tpl.ID == checklist.PlanningID {
		why, tone = lang.L("cooperation.immigrantWhyPlanning"), toneWarning
	}
	if n := coop.ImmigrantMembers(tpl); n == 0 {
		s.immigrant.Set(lang.L("cooperation.immigrantWarning")+" "+why, tone)
	} else {
		s.immigrant.Set(lang.N("cooperation.immigrantPresent", n, map[string]any{"Count": n})+" "+why, toneQuiet)
	}
	cov := coop.Coverage(tpl)
	s.coverage.update(cov)
	rec, have := 0, 0
	for _, sc := range cov {
		if sc.Sector.Recommended {
			rec++
			if sc.Members > 0 {
				have++
			}
		}
	}
	events, people, imm := coop.HearingTotals()
	s.summary.SetText(lang.L("cooperation.summary", map[string]any{
		"Members": len(coop.Members), "Have": have, "Recommended": rec,
		"Hearings": events, "People": people, "Immigrants": imm,
	}))
}

// onFindingSelected opens the tab and row a finding points at.
func (s *cooperationStep) onFindingSelected(f programme.Finding) {
	kind, id, _ := strings.Cut(f.Ref, ":")
	switch kind {
	case "member":
		s.tabs.SelectIndex(0)
		s.members.selectRow(id)
	case "sector":
		s.tabs.SelectIndex(1)
	case "hearing":
		s.tabs.SelectIndex(2)
		s.hearings.selectRow(id)
	}
}

// sectorChoices are the catalogue's sectors for a drop-down.
func sectorChoices(c *Context) []Choice {
	opts := c.template().Catalogues.Sectors.Options
	out := make([]Choice, len(opts))
	for i, o := range opts {
		out[i] = Choice{ID: o.ID, Label: o.Label.In(i18n.Language())}
	}
	return out
}

// memberRows is the row editor's description of the roster.
func memberRows(c *Context, onChange func()) rowSpec[programme.Member] {
	sectors := c.template().Catalogues.Sectors
	return rowSpec[programme.Member]{
		Rows:   func(p *programme.Programme) *[]programme.Member { return &p.Cooperation.Members },
		Delete: func(p *programme.Programme, id string) bool { return p.Cooperation.DeleteMember(id) },
		Move:   func(p *programme.Programme, id string, delta int) bool { return p.Cooperation.MoveMember(id, delta) },
		ID:     func(m *programme.Member) string { return m.ID },
		Title:  func(m *programme.Member) string { return m.Name },
		Detail: func(m *programme.Member) string {
			sector := ""
			if o, ok := sectors.Option(m.Sector); ok {
				sector = o.Label.In(i18n.Language())
			}
			return joinNonEmpty(" · ", sector, m.Organisation)
		},
		New: programme.NewMember,
		Form: func(f *rowForm[programme.Member]) fyne.CanvasObject {
			name := f.Entry(func(m *programme.Member) string { return m.Name }, func(m *programme.Member, v string) { m.Name = v })
			name.SetPlaceHolder(lang.L("cooperation.member.namePlaceholder"))
			org := f.Entry(func(m *programme.Member) string { return m.Organisation }, func(m *programme.Member, v string) { m.Organisation = v })
			org.SetPlaceHolder(lang.L("cooperation.member.organisationPlaceholder"))
			sector := f.Select(sectorChoices(c), func(m *programme.Member) string { return m.Sector }, func(m *programme.Member, id string) { m.Sector = id })
			role := f.Entry(func(m *programme.Member) string { return m.Role }, func(m *programme.Member, v string) { m.Role = v })
			role.SetPlaceHolder(lang.L("cooperation.member.rolePlaceholder"))
			contact := f.Entry(func(m *programme.Member) string { return m.Contact }, func(m *programme.Member, v string) { m.Contact = v })
			contact.SetPlaceHolder(lang.L("cooperation.member.contactPlaceholder"))
			return newForm(
				widget.NewFormItem(lang.L("cooperation.member.name"), name),
				widget.NewFormItem(lang.L("cooperation.member.organisation"), org),
				widget.NewFormItem(lang.L("cooperation.member.sector"), sector),
				widget.NewFormItem(lang.L("cooperation.member.role"), role),
				widget.NewFormItem(lang.L("cooperation.member.contact"), contact),
			)
		},
		Empty:    lang.L("cooperation.members.empty"),
		AddLabel: lang.L("cooperation.members.add"),
		OnChange: onChange,
	}
}
