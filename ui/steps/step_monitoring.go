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
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/progress"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// monitoringView is step 6's content: the chosen indicators, the checklist's
// indicator catalogue to choose from, and the monitoring plan, with what is
// still missing above them.
type monitoringView struct {
	ctx        *Context
	findings   *findingsPanel
	tabs       *container.AppTabs
	indicators *rowEditor[programme.Indicator]
	catalogue  *catalogueView
	plan       [4]*widget.Entry
	progress   *progress.StepView
}

// The tabs of the monitoring view, in order.
const (
	monitoringTabIndicators = iota
	monitoringTabCatalogue
	monitoringTabPlan
	monitoringTabProgress
)

// monitoringEditor builds the step's content tab.
func monitoringEditor(c *Context) fyne.CanvasObject {
	return newMonitoringView(c).content()
}

func newMonitoringView(c *Context) *monitoringView {
	v := &monitoringView{ctx: c}
	v.findings = c.findingsPanel(v.onFindingSelected)
	v.indicators = newRowEditor(c, rowSpec[programme.Indicator]{
		Rows:     func(p *programme.Programme) *[]programme.Indicator { return &p.Monitoring.Indicators },
		Delete:   func(p *programme.Programme, id string) bool { return p.Monitoring.DeleteIndicator(id) },
		Move:     func(p *programme.Programme, id string, delta int) bool { return p.Monitoring.MoveIndicator(id, delta) },
		ID:       func(i *programme.Indicator) string { return i.ID },
		Title:    func(i *programme.Indicator) string { return i.Name },
		Detail:   v.indicatorDetail,
		New:      func() programme.Indicator { return programme.Indicator{ID: programme.NewID()} },
		Form:     v.indicatorForm,
		Empty:    lang.L("monitoring.emptyIndicators"),
		AddLabel: lang.L("monitoring.addCustom"),
		OnChange: v.changed,
	})
	openFirstRow(v.indicators)
	v.catalogue = newCatalogueView(c, v.choose)
	v.progress = progress.NewStepView(c.programme, c.openTimeline())
	pl := c.programme().Monitoring.Plan
	v.plan[0] = v.planEntry(pl.Who, lang.L("monitoring.planWhoPlaceholder"), func(pl *programme.Plan, s string) { pl.Who = s })
	v.plan[1] = v.planEntry(pl.ReportsTo, lang.L("monitoring.planReportsToPlaceholder"), func(pl *programme.Plan, s string) { pl.ReportsTo = s })
	v.plan[2] = v.planEntry(pl.Frequency, lang.L("monitoring.planFrequencyPlaceholder"), func(pl *programme.Plan, s string) { pl.Frequency = s })
	v.plan[3] = v.planEntry(pl.UpdateWhen, lang.L("monitoring.planUpdatePlaceholder"), func(pl *programme.Plan, s string) { pl.UpdateWhen = s })
	return v
}

func (v *monitoringView) content() fyne.CanvasObject {
	plan := container.NewVBox(
		widgets.HelpText(lang.L("monitoring.planHint")),
		fieldUnder(lang.L("monitoring.planWho"), v.plan[0]),
		fieldUnder(lang.L("monitoring.planReportsTo"), v.plan[1]),
		fieldUnder(lang.L("monitoring.planFrequency"), v.plan[2]),
		fieldUnder(lang.L("monitoring.planUpdate"), v.plan[3]),
	)
	v.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("monitoring.tabIndicators"), theme.ListIcon(), v.indicators.content),
		container.NewTabItemWithIcon(lang.L("monitoring.tabCatalogue"), theme.SearchIcon(), v.catalogue.content),
		container.NewTabItemWithIcon(lang.L("monitoring.tabPlan"), theme.DocumentIcon(), container.NewPadded(plan)),
		container.NewTabItemWithIcon(lang.L("progress.tab"), theme.GridIcon(), v.progress.Content),
	)
	v.tabs.OnSelected = func(*container.TabItem) {
		v.catalogue.refresh()
		if v.tabs.SelectedIndex() == monitoringTabProgress {
			v.progress.Refresh()
		}
	}
	return widgets.NewShowNotifier(withFindings(v.findings, v.tabs), v.findings.refresh)
}

func (v *monitoringView) changed() {
	v.findings.refresh()
}

// planEntry edits one part of the monitoring plan.
func (v *monitoringView) planEntry(text, placeholder string, set func(pl *programme.Plan, s string)) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(3)
	e.SetPlaceHolder(placeholder)
	e.SetText(text)
	e.OnChanged = v.ctx.guardLocal(e.Text, e.SetText, func(s string) {
		v.ctx.edit(func(p *programme.Programme) { set(&p.Monitoring.Plan, s) })
		v.findings.refresh()
	})
	return e
}

// choose adds an indicator from the catalogue and opens it for filling in.
func (v *monitoringView) choose(catalogueID string) {
	var id string
	var err error
	v.ctx.edit(func(p *programme.Programme) {
		var ind *programme.Indicator
		if ind, err = p.ChooseIndicator(v.ctx.template(), catalogueID); err == nil {
			id = ind.ID
		}
	})
	if err != nil {
		v.ctx.host.ShowError(err)
		return
	}
	v.tabs.SelectIndex(monitoringTabIndicators)
	v.indicators.changed()
	v.indicators.selectRow(id)
}

// indicatorDetail is an indicator's second line: baseline, target, latest
// (the latest year's value, a follow-up round's included, as the charts
// and the report show it).
func (v *monitoringView) indicatorDetail(ind *programme.Indicator) string {
	var parts []string
	if !ind.Baseline.IsZero() {
		parts = append(parts, lang.L("monitoring.baselineShort", map[string]any{"Point": pointText(ind.Baseline, ind.Unit)}))
	}
	if !ind.Target.IsZero() {
		parts = append(parts, lang.L("monitoring.targetShort", map[string]any{"Point": pointText(ind.Target, ind.Unit)}))
	}
	if series := v.ctx.programme().IndicatorSeries(*ind); len(series) > 0 {
		m := series[len(series)-1]
		parts = append(parts, lang.L("monitoring.latestShort", map[string]any{"Point": pointText(programme.Point{Value: m.Value, Year: m.Year}, ind.Unit)}))
	}
	if len(parts) == 0 {
		return lang.L("monitoring.noValuesYet")
	}
	return strings.Join(parts, " · ")
}

// pointText writes a value with its unit and year: "58,4 % (2023)".
func pointText(pt programme.Point, unit string) string {
	s := pt.Value.Format(i18n.Language())
	if s != "" && unit != "" {
		s += " " + unit
	}
	if pt.Year != 0 {
		if s == "" {
			return strconv.Itoa(pt.Year)
		}
		s += " (" + strconv.Itoa(pt.Year) + ")"
	}
	return s
}

// yearText is a year for an entry; 0 is empty.
func yearText(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

// indicatorForm is the detail form of one chosen indicator.
func (v *monitoringView) indicatorForm(f *rowForm[programme.Indicator]) fyne.CanvasObject {
	tpl := v.ctx.template()
	p := v.ctx.programme()
	ind := f.Row()
	if ind == nil {
		return widget.NewLabel("")
	}
	origin := widgets.HelpText(lang.L("monitoring.custom"))
	if it, ok := tpl.Item(ind.CatalogueID); ok {
		origin.SetText(lang.L("monitoring.fromCatalogue", map[string]any{"Name": it.Label(i18n.Language())}))
	}
	name := f.Entry(func(r *programme.Indicator) string { return r.Name }, func(r *programme.Indicator, s string) { r.Name = s })
	name.SetPlaceHolder(lang.L("monitoring.namePlaceholder"))
	desc := f.MultiLine(2, func(r *programme.Indicator) string { return r.Description }, func(r *programme.Indicator, s string) { r.Description = s })
	desc.SetPlaceHolder(lang.L("monitoring.descriptionPlaceholder"))

	var goals fyne.CanvasObject
	if len(p.Goals) == 0 {
		goals = widgets.HelpText(lang.L("monitoring.noGoalsYet"))
	} else {
		choices := make([]Choice, len(p.Goals))
		for i := range p.Goals {
			choices[i] = Choice{ID: p.Goals[i].ID, Label: goalTitle(&p.Goals[i], i)}
		}
		goals = f.Checks(choices, func(r *programme.Indicator) []string { return r.GoalIDs },
			func(r *programme.Indicator, ids []string) { r.GoalIDs = ids })
	}

	unit := suggestEntry(f, []string{"%", "henkilöä", "kpl", "%-yks.", "kurssia"}, lang.L("monitoring.unitPlaceholder"),
		func(r *programme.Indicator) string { return r.Unit }, func(r *programme.Indicator, s string) { r.Unit = s })

	points := newCheckedGroup(
		[]string{ind.Baseline.Value.String(), yearText(ind.Baseline.Year), ind.Target.Value.String(), yearText(ind.Target.Year)},
		[]string{lang.L("monitoring.valuePlaceholder"), lang.L("monitoring.yearPlaceholder"), lang.L("monitoring.valuePlaceholder"), lang.L("monitoring.yearPlaceholder")},
		pointErrors,
		func(t []string, ok []bool) {
			f.Edit(func(r *programme.Indicator) {
				if ok[0] {
					r.Baseline.Value, _ = programme.NumberValueIn(i18n.Language(), t[0])
				}
				if ok[1] {
					r.Baseline.Year, _ = programme.ParseYear(t[1])
				}
				if ok[2] {
					r.Target.Value, _ = programme.NumberValueIn(i18n.Language(), t[2])
				}
				if ok[3] {
					r.Target.Year, _ = programme.ParseYear(t[3])
				}
			})
		})
	e := points.entries
	pointGrid := container.NewGridWithColumns(3,
		widget.NewLabel(""), boldLabel(lang.L("monitoring.value")), boldLabel(lang.L("monitoring.year")),
		boldLabel(lang.L("monitoring.baseline")), e[0], e[1],
		boldLabel(lang.L("monitoring.target")), e[2], e[3],
	)

	source := suggestEntry(f, v.sourceSuggestions(ind.CatalogueID), lang.L("monitoring.sourcePlaceholder"),
		func(r *programme.Indicator) string { return r.Source }, func(r *programme.Indicator, s string) { r.Source = s })
	freq := suggestEntry(f, []string{
		lang.L("monitoring.freqYearly"), lang.L("monitoring.freqHalfYearly"),
		lang.L("monitoring.freqTwoYears"), lang.L("monitoring.freqEnd"),
	}, lang.L("monitoring.frequencyPlaceholder"),
		func(r *programme.Indicator) string { return r.Frequency }, func(r *programme.Indicator, s string) { r.Frequency = s })
	reporter := f.Entry(func(r *programme.Indicator) string { return r.Reporter }, func(r *programme.Indicator, s string) { r.Reporter = s })
	reporter.SetPlaceHolder(lang.L("monitoring.reporterPlaceholder"))

	return container.NewVBox(
		origin,
		fieldUnder(lang.L("monitoring.name"), name),
		fieldUnder(lang.L("monitoring.description"), desc),
		fieldUnder(lang.L("monitoring.goals"), goals),
		container.NewGridWithColumns(2,
			fieldUnder(lang.L("monitoring.unit"), unit),
			fieldUnder(lang.L("monitoring.source"), source)),
		pointGrid,
		points.message,
		container.NewGridWithColumns(2,
			fieldUnder(lang.L("monitoring.frequency"), freq),
			fieldUnder(lang.L("monitoring.reporter"), reporter)),
		widget.NewSeparator(),
		newMeasurementsBox(f).content,
	)
}

// pointErrors checks baseline value and year, target value and year. A
// target year before the baseline year is put on both years, so the one the
// user just changed is held back and the stored pair stays consistent.
func pointErrors(t []string) []error {
	errs := []error{numberError(t[0]), yearError(t[1]), numberError(t[2]), yearError(t[3])}
	if errs[1] == nil && errs[3] == nil {
		by, _ := programme.ParseYear(t[1])
		ty, _ := programme.ParseYear(t[3])
		if by != 0 && ty != 0 && ty < by {
			e := i18n.Message{Text: lang.L("monitoring.err.targetBeforeBaseline")}
			errs[1], errs[3] = e, e
		}
	}
	return errs
}

func boldLabel(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// sourceSuggestions offers the catalogue indicator's typical sources first,
// then the rest of the checklist's indicator sources.
func (v *monitoringView) sourceSuggestions(catalogueID string) []string {
	tpl := v.ctx.template()
	seen := map[string]bool{}
	var out []string
	add := func(id string) {
		if it, ok := tpl.Item(id); ok && !seen[id] {
			seen[id] = true
			out = append(out, it.Text.In(i18n.Language()))
		}
	}
	if it, ok := tpl.Item(catalogueID); ok {
		for _, s := range it.Sources {
			add(s)
		}
	}
	for _, it := range tpl.ItemsOf(checklist.KindIndicatorSource) {
		add(it.ID)
	}
	return out
}

// onFindingSelected opens the indicator a finding points at; a goal that no
// indicator follows is fixed on the indicators tab, so that tab opens.
func (v *monitoringView) onFindingSelected(fd programme.Finding) {
	kind, id, _ := strings.Cut(fd.Ref, ":")
	switch kind {
	case "indicator":
		v.tabs.SelectIndex(monitoringTabIndicators)
		v.indicators.selectRow(id)
	case "goal":
		v.tabs.SelectIndex(monitoringTabIndicators)
	}
}
