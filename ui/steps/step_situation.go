package steps

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/internal/i18n/locale"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// situationView is step 3's content: answers to the guiding questions, key
// figures, the data sources used and the qualitative findings, with what is
// still missing above them.
type situationView struct {
	ctx       *Context
	findings  *findingsPanel
	tabs      *container.AppTabs
	questions *questionsView
	figures   *rowEditor[programme.Figure]
	// sourceRows show which checklist sources are ticked; they are redrawn
	// when the tab shows, since ticking happens on the checklist tab.
	sourceRows *fyne.Container
	other      *widget.Entry
	strengths  *widget.Entry
	challenges *widget.Entry
	services   *widget.Entry
}

// situationEditor builds the step's content tab.
func situationEditor(c *Context) fyne.CanvasObject {
	return newSituationView(c).content()
}

func newSituationView(c *Context) *situationView {
	v := &situationView{ctx: c}
	v.findings = c.findingsPanel(v.onFindingSelected)
	v.questions = newQuestionsView(c, v.findings.refresh)
	v.figures = newRowEditor(c, rowSpec[programme.Figure]{
		Rows:     func(p *programme.Programme) *[]programme.Figure { return &p.Situation.Figures },
		Delete:   func(p *programme.Programme, id string) bool { return p.Situation.DeleteFigure(id) },
		Move:     func(p *programme.Programme, id string, delta int) bool { return p.Situation.MoveFigure(id, delta) },
		ID:       func(f *programme.Figure) string { return f.ID },
		Title:    func(f *programme.Figure) string { return f.Label },
		Detail:   figureDetail,
		New:      func() programme.Figure { return programme.Figure{ID: programme.NewID()} },
		Form:     v.figureForm,
		Empty:    lang.L("situation.emptyFigures"),
		AddLabel: lang.L("situation.addFigure"),
		OnChange: v.findings.refresh,
	})
	s := &c.programme().Situation
	v.other = v.listEntry(s.OtherSources, lang.L("situation.otherSourcesPlaceholder"), func(s *programme.Situation, l []string) { s.OtherSources = l })
	v.strengths = v.listEntry(s.Strengths, lang.L("situation.strengthsPlaceholder"), func(s *programme.Situation, l []string) { s.Strengths = l })
	v.challenges = v.listEntry(s.Challenges, lang.L("situation.challengesPlaceholder"), func(s *programme.Situation, l []string) { s.Challenges = l })
	v.services = v.listEntry(s.MissingServices, lang.L("situation.servicesPlaceholder"), func(s *programme.Situation, l []string) { s.MissingServices = l })
	v.sourceRows = container.NewVBox()
	v.refreshSources()
	openFirstRow(v.figures)
	return v
}

func (v *situationView) content() fyne.CanvasObject {
	sources := container.NewVBox(
		widgets.SubHeading(lang.L("situation.checklistSources")),
		widgets.HelpText(lang.L("situation.checklistSourcesHint")),
		v.sourceRows,
		widgets.SubHeading(lang.L("situation.otherSources")),
		widgets.HelpText(lang.L("situation.onePerLine")),
		v.other,
	)
	qualitative := container.NewVBox(
		widgets.HelpText(lang.L("situation.qualitativeHint")),
		widgets.SubHeading(lang.L("situation.strengths")), v.strengths,
		widgets.SubHeading(lang.L("situation.challenges")), v.challenges,
		widgets.SubHeading(lang.L("situation.services")), v.services,
	)
	v.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("situation.tabQuestions"), theme.QuestionIcon(), v.questions.content),
		container.NewTabItemWithIcon(lang.L("situation.tabFigures"), theme.GridIcon(), v.figures.content),
		container.NewTabItemWithIcon(lang.L("situation.tabSources"), theme.StorageIcon(), container.NewPadded(sources)),
		container.NewTabItemWithIcon(lang.L("situation.tabQualitative"), theme.ListIcon(), container.NewPadded(qualitative)),
	)
	v.tabs.OnSelected = func(*container.TabItem) { v.refreshSources() }
	return widgets.NewShowNotifier(withFindings(v.findings, v.tabs), func() {
		v.refreshSources()
		v.findings.refresh()
	})
}

// listEntry edits a short list one entry per line; blank lines are dropped
// from what is stored but stay in the entry while the user types.
func (v *situationView) listEntry(lines []string, placeholder string, set func(s *programme.Situation, l []string)) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(4)
	e.SetPlaceHolder(placeholder)
	e.SetText(strings.Join(lines, "\n"))
	e.OnChanged = v.ctx.guardLocal(e.Text, e.SetText, func(text string) {
		v.ctx.edit(func(p *programme.Programme) { set(&p.Situation, programme.CleanList(strings.Split(text, "\n"))) })
		v.findings.refresh()
	})
	return e
}

// refreshSources shows which of the checklist's data sources are ticked.
func (v *situationView) refreshSources() {
	p := v.ctx.programme()
	used := map[string]bool{}
	for _, id := range p.SourcesUsed(v.ctx.template()) {
		used[id] = true
	}
	var rows []fyne.CanvasObject
	for _, it := range v.ctx.step.ItemsOf(checklist.KindSource) {
		icon := widget.NewIcon(theme.NewDisabledResource(theme.CheckButtonIcon()))
		text := widget.NewLabel(it.Text.In(i18n.Language()))
		text.Wrapping = fyne.TextWrapWord
		text.Importance = widget.LowImportance
		if used[it.ID] {
			icon.SetResource(theme.NewPrimaryThemedResource(theme.CheckButtonCheckedIcon()))
			text.Importance = widget.MediumImportance
		}
		rows = append(rows, container.NewBorder(nil, nil, container.NewCenter(icon), nil, text))
	}
	v.sourceRows.Objects = rows
	v.sourceRows.Refresh()
}

// figureDetail is a figure's second line: value, unit, year and area.
func figureDetail(f *programme.Figure) string {
	var parts []string
	if val := f.Value.Format(i18n.Language()); val != "" {
		if f.Unit != "" {
			val += " " + f.Unit
		}
		parts = append(parts, val)
	}
	if f.Year != 0 {
		parts = append(parts, lang.L("situation.yearShort", map[string]any{"Year": f.Year}))
	}
	if a := strings.TrimSpace(f.Area); a != "" {
		parts = append(parts, a)
	}
	return strings.Join(parts, " · ")
}

// figureForm is the detail form of one key figure.
func (v *situationView) figureForm(f *rowForm[programme.Figure]) fyne.CanvasObject {
	label := f.Entry(func(r *programme.Figure) string { return r.Label }, func(r *programme.Figure, s string) { r.Label = s })
	label.SetPlaceHolder(lang.L("situation.figureLabelPlaceholder"))

	kind := widgets.HelpText("")
	showKind := func(s string) {
		switch val := programme.TextValueIn(i18n.Language(), s); {
		case val.IsZero():
			kind.SetText(lang.L("situation.valueHint"))
		case val.Number != nil:
			kind.SetText(lang.L("situation.valueIsNumber", map[string]any{"Number": locale.Number(i18n.Language(), *val.Number)}))
		default:
			kind.SetText(lang.L("situation.valueIsText"))
		}
	}
	value := f.Entry(func(r *programme.Figure) string { return r.Value.String() }, func(r *programme.Figure, s string) { r.Value = programme.TextValueIn(i18n.Language(), s) })
	value.SetPlaceHolder(lang.L("situation.valuePlaceholder"))
	setValue := value.OnChanged
	value.OnChanged = func(s string) {
		setValue(s)
		showKind(s)
	}
	showKind(value.Text)

	unit := suggestEntry(f, []string{"henkilöä", "%", "kpl", "€"}, lang.L("situation.unitPlaceholder"),
		func(r *programme.Figure) string { return r.Unit }, func(r *programme.Figure, s string) { r.Unit = s })
	year := ""
	if r := f.Row(); r != nil && r.Year != 0 {
		year = strconv.Itoa(r.Year)
	}
	yearGroup := newCheckedGroup([]string{year}, []string{lang.L("situation.yearPlaceholder")},
		func(t []string) []error { return []error{yearError(t[0])} },
		func(t []string, ok []bool) {
			if ok[0] {
				y, _ := programme.ParseYear(t[0])
				f.Edit(func(r *programme.Figure) { r.Year = y })
			}
		})
	area := f.Entry(func(r *programme.Figure) string { return r.Area }, func(r *programme.Figure, s string) { r.Area = s })
	area.SetPlaceHolder(v.ctx.programme().Municipality())
	source := suggestEntry(f, v.sourceSuggestions(), lang.L("situation.sourcePlaceholder"),
		func(r *programme.Figure) string { return r.Source }, func(r *programme.Figure, s string) { r.Source = s })

	return container.NewVBox(
		fieldUnder(lang.L("situation.figureLabel"), label),
		container.NewGridWithColumns(2,
			fieldUnder(lang.L("situation.value"), value),
			fieldUnder(lang.L("situation.unit"), unit)),
		kind,
		container.NewGridWithColumns(2,
			fieldUnder(lang.L("situation.year"), yearGroup.entries[0]),
			fieldUnder(lang.L("situation.area"), area)),
		yearGroup.message,
		fieldUnder(lang.L("situation.source"), source),
	)
}

// sourceSuggestions offers the sources already named in figures, the
// municipality's own sources and the checklist's sources.
func (v *situationView) sourceSuggestions() []string {
	p := v.ctx.programme()
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, f := range p.Situation.Figures {
		add(f.Source)
	}
	for _, s := range p.Situation.OtherSources {
		add(s)
	}
	for _, it := range v.ctx.step.ItemsOf(checklist.KindSource) {
		add(it.Text.In(i18n.Language()))
	}
	return out
}

// onFindingSelected opens the question or figure a finding points at.
func (v *situationView) onFindingSelected(fd programme.Finding) {
	kind, id, _ := strings.Cut(fd.Ref, ":")
	switch kind {
	case "question":
		v.tabs.SelectIndex(0)
		v.questions.selectQuestion(id)
	case "figure":
		v.tabs.SelectIndex(1)
		v.figures.selectRow(id)
	}
}
