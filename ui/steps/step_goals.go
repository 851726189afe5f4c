package steps

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// customTheme is the theme choice that stands for the goal's own theme.
const customTheme = "custom"

// goalsView is step 4's content: the goals, and the measures of one goal at
// a time, with what is still missing above them.
type goalsView struct {
	ctx      *Context
	findings *findingsPanel
	tabs     *container.AppTabs
	goals    *rowEditor[programme.Goal]
	measures *rowEditor[programme.Measure]

	// goalID is the goal whose measures the measures tab shows.
	goalID     string
	goalSelect *widgets.Select
	goalIDs    []string
	// moved tells where the last moved measure went.
	moved *widget.Label
	// showBtn is the open goal form's "show measures (N)" button and
	// showGoal the goal it counts; the count follows every change.
	showBtn  *widget.Button
	showGoal string
}

// updateShowMeasures writes the open goal's measure count on its button.
func (v *goalsView) updateShowMeasures() {
	if v.showBtn == nil {
		return
	}
	n := 0
	for _, g := range v.ctx.programme().Goals {
		if g.ID == v.showGoal {
			n = len(g.Measures)
		}
	}
	v.showBtn.SetText(lang.L("goals.showMeasures", map[string]any{"Count": n}))
}

// goalsEditor builds the step's content tab.
func goalsEditor(c *Context) fyne.CanvasObject {
	return newGoalsView(c).content()
}

func newGoalsView(c *Context) *goalsView {
	v := &goalsView{ctx: c}
	v.findings = c.findingsPanel(v.onFindingSelected)
	v.goals = newRowEditor(c, rowSpec[programme.Goal]{
		Rows:     func(p *programme.Programme) *[]programme.Goal { return &p.Goals },
		ID:       func(g *programme.Goal) string { return g.ID },
		Title:    func(g *programme.Goal) string { return g.Title },
		Detail:   v.goalDetail,
		New:      func() programme.Goal { return programme.Goal{ID: programme.NewID()} },
		Form:     v.goalForm,
		Empty:    lang.L("goals.emptyGoals"),
		AddLabel: lang.L("goals.addGoal"),
		OnChange: v.changed,
		Delete:   (*programme.Programme).DeleteGoal,
		Move:     (*programme.Programme).MoveGoal,
	})
	v.goalSelect = widgets.NewSelect(nil, nil)
	v.goalSelect.PlaceHolder = lang.L("goals.chooseGoal")
	v.goalSelect.OnChanged = func(string) { v.onGoalChosen() }
	v.moved = widget.NewLabel("")
	v.moved.Wrapping = fyne.TextWrapWord
	v.moved.Hide()
	v.measures = newRowEditor(c, rowSpec[programme.Measure]{
		Rows: func(p *programme.Programme) *[]programme.Measure {
			if g := p.Goal(v.goalID); g != nil {
				return &g.Measures
			}
			return nil
		},
		ID:     func(m *programme.Measure) string { return m.ID },
		Title:  func(m *programme.Measure) string { return m.Title },
		Detail: func(m *programme.Measure) string { return measureDetail(v.ctx.programme(), m) },
		Delete: (*programme.Programme).DeleteMeasure,
		Move:   (*programme.Programme).MoveMeasure,
		New: func() programme.Measure {
			return programme.Measure{ID: programme.NewID(), Status: programme.MeasurePlanned}
		},
		Form:     v.measureForm,
		Empty:    lang.L("goals.emptyMeasures"),
		AddLabel: lang.L("goals.addMeasure"),
		OnChange: v.changed,
	})
	if len(c.programme().Goals) > 0 {
		v.goalID = c.programme().Goals[0].ID
	}
	v.refreshGoalChoices()
	openFirstRow(v.goals)
	openFirstRow(v.measures)
	return v
}

func (v *goalsView) content() fyne.CanvasObject {
	measuresTop := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel(lang.L("goals.measuresOf")), nil, v.goalSelect),
		v.moved,
	)
	v.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("goals.tabGoals"), theme.ListIcon(), v.goals.content),
		container.NewTabItemWithIcon(lang.L("goals.tabMeasures"), theme.DocumentIcon(),
			container.NewBorder(container.NewPadded(measuresTop), nil, nil, nil, v.measures.content)),
	)
	v.tabs.OnSelected = func(*container.TabItem) {
		v.refreshGoalChoices()
		v.updateShowMeasures()
	}
	return widgets.NewShowNotifier(withFindings(v.findings, v.tabs), v.findings.refresh)
}

// changed runs after every edit of a goal or measure. A deleted goal's
// links from indicators are dropped here, since the list editor deletes rows
// without knowing what points at them.
func (v *goalsView) changed() {
	if v.ctx.programme().LostGoalLinks() {
		v.ctx.edit(func(p *programme.Programme) { p.DropLostGoalLinks() })
	}
	v.findings.refresh()
	v.updateShowMeasures()
}

// goalDetail is the goal's second line in the list: theme and measures.
func (v *goalsView) goalDetail(g *programme.Goal) string {
	parts := []string{}
	if t := g.ThemeLabel(v.ctx.template(), i18n.Language()); t != "" {
		parts = append(parts, t)
	}
	if n := len(g.Measures); n == 0 {
		parts = append(parts, lang.L("goals.measureCountNone"))
	} else {
		parts = append(parts, lang.XN("goals.measureCount", "goals.measureCount", n, map[string]any{"Count": n}))
	}
	return strings.Join(parts, " · ")
}

// measureDetail is the measure's second line: who, when and its current
// state (the latest follow-up round's when one records it).
func measureDetail(p *programme.Programme, m *programme.Measure) string {
	parts := []string{}
	if r := strings.TrimSpace(m.Responsible); r != "" {
		parts = append(parts, r)
	}
	if s := scheduleText(m.Start, m.End); s != "" {
		parts = append(parts, s)
	}
	parts = append(parts, i18n.MeasureStatusText(p.CurrentStatus(*m)))
	return strings.Join(parts, " · ")
}

// scheduleText writes a schedule as "3/2026–12/2027", "alkaen 3/2026" …
func scheduleText(start, end programme.Date) string {
	switch {
	case start.IsZero() && end.IsZero():
		return ""
	case end.IsZero():
		return lang.L("goals.from", map[string]any{"Date": start.Format(i18n.Language())})
	case start.IsZero():
		return lang.L("goals.until", map[string]any{"Date": end.Format(i18n.Language())})
	}
	return start.Format(i18n.Language()) + "–" + end.Format(i18n.Language())
}

// goalTitle names a goal in choices, also before it has a title.
func goalTitle(g *programme.Goal, i int) string {
	if t := strings.TrimSpace(g.Title); t != "" {
		return t
	}
	return lang.L("goals.untitledGoal", map[string]any{"Number": i + 1})
}

// goalForm is the detail form of one goal.
func (v *goalsView) goalForm(f *rowForm[programme.Goal]) fyne.CanvasObject {
	tpl := v.ctx.template()
	l := i18n.Language()

	title := f.Entry(func(g *programme.Goal) string { return g.Title }, func(g *programme.Goal, s string) { g.Title = s })
	title.SetPlaceHolder(lang.L("goals.titlePlaceholder"))
	desc := f.MultiLine(3, func(g *programme.Goal) string { return g.Description }, func(g *programme.Goal, s string) { g.Description = s })
	desc.SetPlaceHolder(lang.L("goals.descriptionPlaceholder"))

	choices := make([]Choice, 0, len(tpl.Catalogues.Themes.Options)+1)
	for _, o := range tpl.Catalogues.Themes.Options {
		choices = append(choices, Choice{ID: o.ID, Label: o.Label.In(l)})
	}
	choices = append(choices, Choice{ID: customTheme, Label: lang.L("goals.customTheme")})
	custom := widget.NewEntry()
	custom.SetPlaceHolder(lang.L("goals.customThemePlaceholder"))
	if g := f.Row(); g != nil {
		custom.SetText(g.CustomTheme)
	}
	custom.OnChanged = func(s string) {
		f.Edit(func(g *programme.Goal) {
			if g.Theme == "" {
				g.CustomTheme = s
			}
		})
	}
	themeSel := f.Select(choices,
		func(g *programme.Goal) string {
			if g.Theme == "" && strings.TrimSpace(g.CustomTheme) != "" {
				return customTheme
			}
			return g.Theme
		},
		func(g *programme.Goal, id string) {
			// The custom text stays in its entry, so switching back and forth
			// does not lose it; only the chosen kind of theme is stored.
			if id == customTheme {
				g.Theme, g.CustomTheme = "", custom.Text
			} else {
				g.Theme, g.CustomTheme = id, ""
			}
		})
	showCustom := func() {
		if themeSel.SelectedIndex() == len(choices)-1 {
			custom.Show()
		} else {
			custom.Hide()
		}
	}
	showCustom()
	prev := themeSel.OnChanged
	themeSel.OnChanged = func(s string) {
		prev(s)
		showCustom()
	}

	// Municipal plans and the national goals (VALKO, the national
	// employment goals) are two groups of one list of links.
	var plans, national []Choice
	for _, o := range tpl.Catalogues.Strategies.Options {
		if o.National {
			national = append(national, Choice{ID: o.ID, Label: o.Label.In(l)})
		} else {
			plans = append(plans, Choice{ID: o.ID, Label: o.Label.In(l)})
		}
	}
	links := container.NewVBox(f.Checks(plans, func(g *programme.Goal) []string { return g.Strategies }, setStrategyGroup(tpl, plans)))
	if len(national) > 0 {
		links.Add(widgets.SubHeading(lang.L("goals.national")))
		links.Add(f.Checks(national, func(g *programme.Goal) []string { return g.Strategies }, setStrategyGroup(tpl, national)))
	}
	rationale := f.MultiLine(3, func(g *programme.Goal) string { return g.Rationale }, func(g *programme.Goal, s string) { g.Rationale = s })
	rationale.SetPlaceHolder(lang.L("goals.rationalePlaceholder"))

	id := f.ID()
	show := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { v.showMeasuresOf(id) })
	v.showBtn, v.showGoal = show, id
	v.updateShowMeasures()

	return container.NewVBox(
		fieldUnder(lang.L("goals.title"), title),
		fieldUnder(lang.L("goals.description"), desc),
		container.NewVBox(
			container.NewVBox(fieldUnder(lang.L("goals.theme"), container.NewVBox(themeSel, custom)), container.NewHBox(show)),
			fieldUnder(lang.L("goals.strategies"), links)),
		fieldUnder(lang.L("goals.rationale"), rationale),
	)
}

// setStrategyGroup returns the setter for one group of strategy links: the
// goal's links outside the group stay, including IDs of a newer template
// that this one does not list, and the links keep the catalogue's order.
func setStrategyGroup(tpl *checklist.Template, group []Choice) func(g *programme.Goal, ids []string) {
	return func(g *programme.Goal, ids []string) {
		inGroup := map[string]bool{}
		for _, c := range group {
			inGroup[c.ID] = true
		}
		on := map[string]bool{}
		for _, id := range ids {
			on[id] = true
		}
		var out, unknown []string
		for _, id := range g.Strategies {
			if _, ok := tpl.Catalogues.Strategies.Option(id); !ok {
				unknown = append(unknown, id)
			} else if !inGroup[id] {
				on[id] = true
			}
		}
		for _, o := range tpl.Catalogues.Strategies.Options {
			if on[o.ID] {
				out = append(out, o.ID)
			}
		}
		g.Strategies = append(out, unknown...)
	}
}

// measureForm is the detail form of one measure.
func (v *goalsView) measureForm(f *rowForm[programme.Measure]) fyne.CanvasObject {
	title := f.MultiLine(2, func(m *programme.Measure) string { return m.Title }, func(m *programme.Measure, s string) { m.Title = s })
	title.SetPlaceHolder(lang.L("goals.measurePlaceholder"))
	responsible := suggestEntry(f, v.partySuggestions(), lang.L("goals.responsiblePlaceholder"),
		func(m *programme.Measure) string { return m.Responsible }, func(m *programme.Measure, s string) { m.Responsible = s })
	partners := f.Entry(func(m *programme.Measure) string { return m.Partners }, func(m *programme.Measure, s string) { m.Partners = s })
	partners.SetPlaceHolder(lang.L("goals.partnersPlaceholder"))

	var start, end string
	if m := f.Row(); m != nil {
		start, end = m.Start.Format(i18n.Language()), m.End.Format(i18n.Language())
	}
	schedule := newCheckedGroup([]string{start, end},
		[]string{lang.L("goals.startPlaceholder"), lang.L("goals.endPlaceholder")},
		func(t []string) []error { return scheduleErrors(t[0], t[1]) },
		func(t []string, ok []bool) {
			f.Edit(func(m *programme.Measure) {
				if ok[0] {
					m.Start, _ = programme.ParseDate(t[0])
				}
				if ok[1] {
					m.End, _ = programme.ParseDate(t[1])
				}
			})
		})

	resources := f.Entry(func(m *programme.Measure) string { return m.Resources }, func(m *programme.Measure, s string) { m.Resources = s })
	resources.SetPlaceHolder(lang.L("goals.resourcesPlaceholder"))
	status := v.statusField(f)

	return container.NewVBox(
		fieldUnder(lang.L("goals.measureTitle"), title),
		container.NewGridWithColumns(2,
			fieldUnder(lang.L("goals.responsible"), responsible),
			fieldUnder(lang.L("goals.partners"), partners)),
		widgets.HelpText(lang.L("goals.responsibleHint")),
		container.NewGridWithColumns(2,
			fieldUnder(lang.L("goals.schedule"), container.NewGridWithColumns(2, schedule.entries[0], schedule.entries[1])),
			fieldUnder(lang.L("goals.status"), status)),
		schedule.message,
		widgets.HelpText(lang.L("goals.scheduleHint")),
		fieldUnder(lang.L("goals.resources"), resources),
		widget.NewSeparator(),
		v.moveBox(f.ID()),
	)
}

// statusField is the measure's state: a choice while no follow-up round
// records it; once one does, the round's state is the current one (the
// summaries, charts and reports read it), so the form shows it as text
// with the round's year and the way to the follow-up view, where it is
// changed, instead of a choice that would be ignored.
func (v *goalsView) statusField(f *rowForm[programme.Measure]) fyne.CanvasObject {
	if m := f.Row(); m != nil {
		p := v.ctx.programme()
		if year := p.CurrentStatusYear(*m); year != 0 {
			state := widget.NewLabelWithStyle(i18n.MeasureStatusText(p.CurrentStatus(*m)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			note := widgets.HelpText(lang.L("goals.statusFromFollowup", map[string]any{"Year": year}))
			box := container.NewVBox(state, note)
			if open := v.ctx.openFollowup(); open != nil {
				box.Add(widgets.NewLinkLabel(lang.L("goals.openFollowup"), open))
			}
			return box
		}
	}
	statuses := make([]Choice, len(programme.MeasureStatuses))
	for i, s := range programme.MeasureStatuses {
		statuses[i] = Choice{ID: string(s), Label: i18n.MeasureStatusText(s)}
	}
	return f.Select(statuses, func(m *programme.Measure) string {
		if m.Status == "" {
			return string(programme.MeasurePlanned)
		}
		return string(m.Status)
	}, func(m *programme.Measure, id string) { m.Status = programme.MeasureStatus(id) })
}

// moveBox offers to move a measure under another goal.
func (v *goalsView) moveBox(measureID string) fyne.CanvasObject {
	p := v.ctx.programme()
	var labels, ids []string
	for i := range p.Goals {
		if p.Goals[i].ID != v.goalID {
			labels = append(labels, goalTitle(&p.Goals[i], i))
			ids = append(ids, p.Goals[i].ID)
		}
	}
	if len(ids) == 0 {
		return widgets.HelpText(lang.L("goals.moveNoOther"))
	}
	target := widgets.NewSelect(labels, nil)
	target.PlaceHolder = lang.L("goals.moveChoose")
	btn := widget.NewButtonWithIcon(lang.L("goals.move"), theme.MailForwardIcon(), nil)
	btn.Disable()
	target.OnChanged = func(string) { widgets.SetEnabled(btn, target.SelectedIndex() >= 0) }
	btn.OnTapped = func() {
		if i := target.SelectedIndex(); i >= 0 {
			v.moveMeasure(measureID, ids[i])
		}
	}
	return fieldUnder(lang.L("goals.moveTo"), container.NewBorder(nil, nil, nil, btn, target))
}

// moveMeasure moves a measure to another goal and says where it went; the
// view stays on the current goal, so several measures can be moved in turn.
func (v *goalsView) moveMeasure(measureID, goalID string) {
	var err error
	v.ctx.edit(func(p *programme.Programme) { err = p.MoveMeasureTo(measureID, goalID) })
	if err != nil {
		v.moved.Importance = widget.DangerImportance
		v.moved.SetText(i18n.Describe(err))
		v.moved.Show()
		return
	}
	p := v.ctx.programme()
	i := 0
	for j := range p.Goals {
		if p.Goals[j].ID == goalID {
			i = j
		}
	}
	_, m := p.FindMeasure(measureID)
	name := ""
	if m != nil {
		name = m.Title
	}
	v.moved.Importance = widget.MediumImportance
	v.moved.SetText(lang.L("goals.moved", map[string]any{"Measure": name, "Goal": goalTitle(&p.Goals[i], i)}))
	v.moved.Show()
	v.measures.Reload()
	v.goals.refresh()
	v.changed()
}

// partySuggestions offers the responsible parties already used and the
// organisations of the cooperation group, so the same party is written the
// same way in every measure.
func (v *goalsView) partySuggestions() []string {
	p := v.ctx.programme()
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s != "" && !seen[strings.ToLower(s)] {
			seen[strings.ToLower(s)] = true
			out = append(out, s)
		}
	}
	for _, g := range p.Goals {
		for _, m := range g.Measures {
			add(m.Responsible)
		}
	}
	for _, m := range p.Cooperation.Members {
		add(m.Organisation)
	}
	return out
}

// refreshGoalChoices fills the measures tab's goal list from the goals as
// they are now (they may have been renamed, added or deleted meanwhile).
func (v *goalsView) refreshGoalChoices() {
	p := v.ctx.programme()
	labels := make([]string, len(p.Goals))
	v.goalIDs = make([]string, len(p.Goals))
	sel := -1
	for i := range p.Goals {
		labels[i] = goalTitle(&p.Goals[i], i)
		v.goalIDs[i] = p.Goals[i].ID
		if p.Goals[i].ID == v.goalID {
			sel = i
		}
	}
	if sel < 0 && len(p.Goals) > 0 {
		sel = 0
	}
	onChanged := v.goalSelect.OnChanged
	v.goalSelect.OnChanged = nil
	v.goalSelect.SetOptions(labels)
	if sel >= 0 {
		v.goalSelect.SetSelectedIndex(sel)
	} else {
		v.goalSelect.ClearSelected()
	}
	v.goalSelect.OnChanged = onChanged
	newID := ""
	if sel >= 0 {
		newID = v.goalIDs[sel]
	}
	if newID != v.goalID {
		v.goalID = newID
		v.measures.Reload()
		openFirstRow(v.measures)
	}
	if len(p.Goals) == 0 {
		v.goalSelect.Disable()
		v.measures.w.SetEmptyText(lang.L("goals.noGoalsForMeasures"))
	} else {
		v.goalSelect.Enable()
		v.measures.w.SetEmptyText(lang.L("goals.emptyMeasures"))
	}
	v.measures.refresh()
}

func (v *goalsView) onGoalChosen() {
	i := v.goalSelect.SelectedIndex()
	if i < 0 || i >= len(v.goalIDs) || v.goalIDs[i] == v.goalID {
		return
	}
	v.goalID = v.goalIDs[i]
	v.moved.Hide()
	v.measures.Reload()
	openFirstRow(v.measures)
}

// showMeasuresOf opens the measures tab on the given goal.
func (v *goalsView) showMeasuresOf(goalID string) {
	v.goalID = goalID
	v.moved.Hide()
	v.measures.Reload()
	openFirstRow(v.measures)
	v.tabs.SelectIndex(1)
	v.refreshGoalChoices()
}

// onFindingSelected opens the goal or measure a finding points at.
func (v *goalsView) onFindingSelected(fd programme.Finding) {
	kind, id, _ := strings.Cut(fd.Ref, ":")
	switch kind {
	case "goal":
		v.tabs.SelectIndex(0)
		v.goals.selectRow(id)
	case "measure":
		if g, _ := v.ctx.programme().FindMeasure(id); g != nil {
			v.showMeasuresOf(g.ID)
			v.measures.selectRow(id)
		}
	}
}
