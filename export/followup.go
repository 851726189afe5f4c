package export

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/chart"
	"fi.kotoutus/kotoutus/internal/i18n/locale"
	"fi.kotoutus/kotoutus/programme"
)

// ErrNoRound means the programme has no follow-up round for the year asked.
var ErrNoRound = errors.New("no follow-up round for the year")

// ReportStatuses are the measure states in the order the follow-up report
// counts them: what is done first, what was given up last.
var ReportStatuses = []programme.MeasureStatus{
	programme.MeasureDone, programme.MeasureOngoing, programme.MeasureDelayed,
	programme.MeasurePlanned, programme.MeasureDropped,
}

// ReportTrends are the indicator trends in the report's order.
var ReportTrends = []programme.Trend{
	programme.TrendToward, programme.TrendAway, programme.TrendUnchanged, programme.TrendUnknown,
}

// WriteReport writes the follow-up report of year for the council in the
// registered format named id (pdf, md, docx …): a summary (measures by
// state, indicators toward or away from their targets), per goal the
// measures with their state and notes and the indicators with their values,
// and the monitoring body's proposal. It is one more document through the
// same document model and renderers as the programme; the PDF is tagged
// like the programme's. An open round's report carries the draft mark.
func WriteReport(w io.Writer, id string, p *programme.Programme, tpl *checklist.Template, year int, opt Options, progress func(done, total int)) (Report, error) {
	f, ok := LookupFormat(id)
	if !ok {
		return Report{}, fmt.Errorf("export: %w: %q", ErrUnknownFormat, id)
	}
	if f.render == nil {
		return Report{}, fmt.Errorf("export: format %q is not registered", f.ID)
	}
	if progress == nil {
		progress = func(int, int) {}
	}
	opt.Now = opt.now()
	d, err := assembleReport(p, tpl, year, opt)
	if err != nil {
		return Report{}, err
	}
	return f.render(w, d, opt, progress)
}

// ReportMarkdown returns the follow-up report of year as Markdown, for
// previews.
func ReportMarkdown(p *programme.Programme, tpl *checklist.Template, year int, opt Options) (string, error) {
	d, err := assembleReport(p, tpl, year, opt)
	if err != nil {
		return "", err
	}
	return d.markdown(), nil
}

// reportAssembler builds the follow-up report of one year.
type reportAssembler struct {
	*assembler
	year  int
	round *programme.Round
}

func assembleReport(p *programme.Programme, tpl *checklist.Template, year int, opt Options) (*document, error) {
	// The report names goals, measures and indicators; in a further
	// document language by their translations where there are some.
	p, opt = localizeLenient(p, opt)
	base, err := newAssembler(p, tpl, opt)
	if err != nil {
		return nil, err
	}
	r := p.Followup.RoundOf(year)
	if r == nil {
		return nil, fmt.Errorf("report %d: %w", year, ErrNoRound)
	}
	a := &reportAssembler{assembler: base, year: year, round: r}
	tx, y := a.tx, strconv.Itoa(year)
	d := &document{from: base, tx: tx, author: p.Municipality(), numbered: true}
	d.title = tx.get("report.title", "year", y)
	d.subject = tx.get("report.subject", "title", a.title(), "year", y)
	d.date = locale.Date(a.lang, opt.now())
	d.status = programme.DocDraft
	d.statusLine = tx.get("report.roundOpen")
	d.draftMark = tx.get("draft.mark")
	if r.Closed {
		d.status = programme.DocAdopted
		d.statusLine = tx.get("report.roundClosed", "date", locale.Date(a.lang, r.ClosedAt))
		d.draftMark = ""
	}
	d.facts = a.reportFacts(d)

	add := func(name, body string) {
		if body != "" {
			d.sections = append(d.sections, docSection{name: name, body: body})
		}
	}
	add(tx.get("report.summary"), a.summary())
	for i, g := range p.Goals {
		title := oneLine(g.Title)
		if title == "" {
			title = tx.get("goal.untitled")
		}
		add(tx.get("goal.heading", "n", strconv.Itoa(i+1), "title", title), a.goalBody(g))
	}
	var loose []programme.Indicator
	for _, ind := range p.Monitoring.Indicators {
		if !a.linked(ind) {
			loose = append(loose, ind)
		}
	}
	if len(loose) > 0 {
		add(tx.get("report.otherIndicators"), a.indicators(loose, sectionLevel+1))
	}
	proposal := embedDraft(r.Proposal, sectionLevel)
	if proposal == "" {
		proposal = emphasised(tx.get("report.noProposal"))
	}
	add(tx.get("report.proposal"), proposal)
	for i := range d.sections {
		s := &d.sections[i]
		s.number = strconv.Itoa(i + 1)
		s.body = numberHeadings(s.body, s.number)
		s.title = s.number + " " + s.name
	}
	d.setAnchors()
	return d, nil
}

func (a *reportAssembler) reportFacts(d *document) []fact {
	tx, p := a.tx, a.p
	var out []fact
	if len(p.Municipalities) > 1 {
		out = append(out, fact{tx.get("title.municipalities"), p.Municipality()})
	} else if len(p.Municipalities) == 1 {
		out = append(out, fact{tx.get("title.municipality"), p.Municipality()})
	}
	out = append(out, fact{tx.get("report.programme"), a.title()})
	if period := a.period(); period != "" {
		out = append(out, fact{tx.get(a.termKey("title.period")), period})
	}
	out = append(out, fact{tx.get("report.year"), strconv.Itoa(a.year)}, fact{tx.get("report.round"), d.statusLine})
	if who := oneLine(p.Monitoring.Plan.Who); who != "" {
		out = append(out, fact{tx.get("plan.who"), who})
	}
	if to := oneLine(p.Monitoring.Plan.ReportsTo); to != "" {
		out = append(out, fact{tx.get("plan.reportsTo"), to})
	}
	return append(out, fact{tx.get("title.date"), d.date})
}

// linked tells whether the indicator follows a goal of the programme.
func (a *reportAssembler) linked(ind programme.Indicator) bool {
	for _, id := range ind.GoalIDs {
		if _, ok := a.goalNumber[id]; ok {
			return true
		}
	}
	return false
}

// summary counts the measures by state and the indicators by trend, and
// says whether the plan is being updated.
func (a *reportAssembler) summary() string {
	tx := a.tx
	s := a.p.SummaryOf(a.year)
	measures, indicators := 0, len(a.p.Monitoring.Indicators)
	for _, n := range s.Measures {
		measures += n
	}
	parts := []string{inline(tx.get("report.summaryLead", "year", strconv.Itoa(a.year),
		"measures", strconv.Itoa(measures), "indicators", strconv.Itoa(indicators)))}
	mt := &mdTable{header: []string{tx.get("report.colState"), tx.get("report.colMeasures")}, right: []bool{false, true}}
	for _, st := range ReportStatuses {
		mt.addRow(a.measureStatus(st), strconv.Itoa(s.Measures[st]))
	}
	mt.total = []string{tx.get("report.total"), strconv.Itoa(measures)}
	parts = append(parts, mt.String())
	if indicators > 0 {
		it := &mdTable{header: []string{tx.get("report.colTrend"), tx.get("report.colIndicators")}, right: []bool{false, true}}
		for _, tr := range ReportTrends {
			it.addRow(tx.get("trend."+string(tr)), strconv.Itoa(s.Indicators[tr]))
		}
		parts = append(parts, it.String())
	}
	if u := a.p.Followup.Updating(); u != nil {
		line := tx.get("report.updating", "date", locale.Date(a.lang, u.Started))
		if r := oneLine(u.Reason); r != "" {
			line += " " + tx.get("report.updateReason", "reason", ensureStop(r))
		}
		parts = append(parts, inline(line))
	}
	return strings.Join(parts, "\n\n")
}

// goalBody lists a goal's measures with their state and notes in the year,
// then the indicators that follow it.
func (a *reportAssembler) goalBody(g programme.Goal) string {
	tx := a.tx
	var parts []string
	if len(g.Measures) == 0 {
		parts = append(parts, emphasised(tx.get("goal.noMeasures")))
	} else {
		parts = append(parts, heading(blockLevel, tx.get("report.measures")), a.measuresTable(g.Measures).String())
	}
	if inds := a.p.IndicatorsOf(g.ID); len(inds) > 0 {
		list := make([]programme.Indicator, len(inds))
		for i, ind := range inds {
			list[i] = *ind
		}
		parts = append(parts, heading(blockLevel, tx.get("report.indicators")), a.indicators(list, blockLevel+1))
	}
	return strings.Join(parts, "\n\n")
}

// measuresTable lists measures with who is responsible, the state in the
// year and, when any is recorded, the progress note and the money spent.
func (a *reportAssembler) measuresTable(ms []programme.Measure) *mdTable {
	tx := a.tx
	spent, notes := false, false
	for _, m := range ms {
		pr := a.round.Progress(m.ID)
		spent = spent || !pr.Spent.IsZero()
		notes = notes || oneLine(pr.Note) != ""
	}
	header := []string{tx.get("col.measure"), tx.get("col.responsible"), tx.get("report.colStateIn", "year", strconv.Itoa(a.year))}
	if notes {
		header = append(header, tx.get("report.colNote"))
	}
	if spent {
		header = append(header, tx.get("report.colSpent"))
	}
	t := &mdTable{header: header}
	for _, m := range ms {
		title := oneLine(m.Title)
		if title == "" {
			title = tx.get("report.untitledMeasure")
		}
		pr := a.round.Progress(m.ID)
		row := []string{title, m.Responsible, a.measureStatus(a.p.StatusIn(m, a.year))}
		if notes {
			row = append(row, oneLine(pr.Note))
		}
		if spent {
			row = append(row, pr.Spent.Format(a.lang))
		}
		t.addRow(row...)
	}
	return t
}

// indicatorFigure returns ind's captioned chart as the report shows it:
// baseline, the values measured up to the report's year and the target,
// or "" when there is no number to draw. The table of values written
// below it is the chart's text alternative.
func (a *reportAssembler) indicatorFigure(ind programme.Indicator, name string) string {
	data := IndicatorChartData(a.p, ind)
	data.Values = slices.DeleteFunc(data.Values, func(v chart.YearValue) bool { return v.Year > a.year })
	if data.Baseline == nil && data.Target == nil && len(data.Values) == 0 {
		return ""
	}
	a.figures++
	caption := a.reportCaption(data)
	return "**" + inline(caption) + "**\n\n" +
		a.addChart(docChart{kind: chartIndicator, caption: caption, alt: a.indicatorAlt(name, data, ind.Unit), ind: data})
}

// reportCaption names what an indicator's chart in the report shows (the
// baseline, the measured years, the target), not the indicator: its name
// is the heading right above.
func (a *reportAssembler) reportCaption(c chart.Indicator) string {
	var shows []string
	if c.Baseline != nil {
		shows = append(shows, a.tx.get("report.chartBaseline", "year", strconv.Itoa(c.Baseline.Year)))
	}
	if n := len(c.Values); n > 0 {
		from, to := c.Values[0].Year, c.Values[0].Year
		for _, v := range c.Values {
			from, to = min(from, v.Year), max(to, v.Year)
		}
		if from == to {
			shows = append(shows, a.tx.get("report.chartValue", "year", strconv.Itoa(from)))
		} else {
			shows = append(shows, a.tx.get("report.chartValues", "from", strconv.Itoa(from), "to", strconv.Itoa(to)))
		}
	}
	if c.Target != nil {
		shows = append(shows, a.tx.get("report.chartTarget", "year", strconv.Itoa(c.Target.Year)))
	}
	s := shows[0]
	if n := len(shows); n > 1 {
		s = strings.Join(shows[:n-1], ", ") + a.tx.get("report.chartAnd") + shows[n-1]
	}
	r, size := utf8.DecodeRuneInString(s)
	return a.tx.get("chart.caption", "n", strconv.Itoa(a.figures), "name", string(unicode.ToUpper(r))+s[size:])
}

// indicators writes each indicator under a heading of level: its chart
// when it has a number to draw, the table of its values (the
// chart's text alternative) and its trend in the year.
func (a *reportAssembler) indicators(inds []programme.Indicator, level int) string {
	tx := a.tx
	var parts []string
	for _, ind := range inds {
		name := oneLine(ind.Name)
		if name == "" {
			name = tx.get("report.untitledIndicator")
		}
		parts = append(parts, heading(level, name))
		if fig := a.indicatorFigure(ind, name); fig != "" {
			parts = append(parts, fig)
		}
		t := &mdTable{header: []string{tx.get("report.colYear"), tx.get("report.colValue"), tx.get("col.source")}, right: []bool{false, true, false}}
		base := ind.Baseline
		baseDone := base.IsZero()
		addBase := func() {
			t.addRow(a.yearLabel(tx.get("report.baseline"), base.Year), withUnit(base.Value.Format(a.lang), ind.Unit), "")
			baseDone = true
		}
		for _, pt := range a.p.IndicatorSeries(ind) {
			if pt.Year > a.year {
				break
			}
			if !baseDone && base.Year != 0 && pt.Year > base.Year {
				addBase()
			}
			label := strconv.Itoa(pt.Year)
			if !baseDone && pt.Year == base.Year {
				if sameNumber(pt.Value, base.Value) {
					label = tx.get("report.baselineYear", "year", label)
					baseDone = true
				} else {
					addBase() // the year's value has changed since the baseline was set
				}
			}
			t.addRow(label, withUnit(pt.Value.Format(a.lang), ind.Unit), oneLine(pt.Source))
		}
		if !baseDone {
			addBase()
		}
		if !ind.Target.IsZero() {
			t.addRow(a.yearLabel(tx.get("report.target"), ind.Target.Year), withUnit(ind.Target.Value.Format(a.lang), ind.Unit), "")
		}
		parts = append(parts, t.String())
		line := tx.get("report.trendIn", "year", strconv.Itoa(a.year), "trend", tx.get("trend."+string(a.p.TrendIn(ind, a.year))))
		if v := a.round.Value(ind.ID); oneLine(v.Note) != "" {
			line += " " + ensureStop(oneLine(v.Note))
		}
		parts = append(parts, inline(line))
	}
	return strings.Join(parts, "\n\n")
}

func (a *reportAssembler) yearLabel(label string, year int) string {
	if year == 0 {
		return label
	}
	return label + " " + strconv.Itoa(year)
}

// sameNumber tells whether two values are the same number.
func sameNumber(a, b programme.Value) bool {
	return a.Number != nil && b.Number != nil && *a.Number == *b.Number
}
