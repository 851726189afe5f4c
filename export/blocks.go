package export

import (
	"strconv"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// blockLevel is the heading level of an included block inside a section;
// blockLevel+1 heads the parts of a block (one goal, the hearings).
const blockLevel = sectionLevel + 1

// block returns the Markdown of one included block, built from the
// programme's current data, under its heading; "" when the step has
// nothing for it yet, so that no placeholder sentence is printed.
func (a *assembler) block(b programme.Block) string {
	body := a.blockBody(b)
	if body == "" {
		return ""
	}
	return heading(blockLevel, a.tx.get("block."+string(b))) + "\n\n" + body
}

// blockBody returns a block's content without its heading, or "".
func (a *assembler) blockBody(b programme.Block) string {
	switch b {
	case programme.BlockGoals:
		return a.goalsBlock()
	case programme.BlockCooperation:
		return a.cooperationBlock()
	case programme.BlockFigures:
		return a.figuresBlock()
	case programme.BlockSituation:
		return a.situationBlock()
	case programme.BlockIndicators:
		return a.indicatorsBlock()
	case programme.BlockMonitoringPlan:
		return a.monitoringPlanBlock()
	case programme.BlockCommunication:
		return a.communicationBlock()
	case programme.BlockSummary:
		return a.summaryBlock()
	}
	return ""
}

// heading returns a Markdown heading of plain text s.
func heading(level int, s string) string {
	return strings.Repeat("#", level) + " " + inline(s)
}

// emphasised returns plain text s as an italic paragraph.
func emphasised(s string) string { return "*" + inline(s) + "*" }

// goalsBlock lists each goal with its measures.
func (a *assembler) goalsBlock() string {
	if len(a.p.Goals) == 0 {
		return ""
	}
	var parts []string
	for i, g := range a.p.Goals {
		title := oneLine(g.Title)
		if title == "" {
			title = a.tx.get("goal.untitled")
		}
		parts = append(parts, heading(blockLevel+1, a.tx.get("goal.heading", "n", strconv.Itoa(i+1), "title", title)))
		if d := paragraphs(g.Description); d != "" {
			parts = append(parts, d)
		}
		var facts []string
		if theme := a.goalTheme(g); theme != "" {
			facts = append(facts, "**"+inline(a.tx.get("goal.theme"))+":** "+inline(theme))
		}
		plans, national := a.splitStrategies(g.Strategies)
		if s := a.strategies(plans); s != "" {
			facts = append(facts, "**"+inline(a.tx.get("goal.strategies"))+":** "+inline(s))
		}
		if s := a.strategies(national); s != "" {
			facts = append(facts, "**"+inline(a.tx.get("goal.national"))+":** "+inline(s))
		}
		if r := oneLine(g.Rationale); r != "" {
			facts = append(facts, "**"+inline(a.tx.get("goal.rationale"))+":** "+inline(r))
		}
		if len(facts) > 0 {
			// A backslash at the end of a line is a hard line break.
			parts = append(parts, strings.Join(facts, "\\\n"))
		}
		if len(g.Measures) == 0 {
			parts = append(parts, emphasised(a.tx.get("goal.noMeasures")))
			continue
		}
		parts = append(parts, a.measuresTable(g.Measures).String())
	}
	return strings.Join(parts, "\n\n")
}

// measuresTable lists a goal's measures with who is responsible, the
// partners, the schedule, the resources and funding, and the state. The
// partners and resources columns appear only when some measure has them.
func (a *assembler) measuresTable(ms []programme.Measure) *mdTable {
	partners, resources := false, false
	for _, m := range ms {
		partners = partners || oneLine(m.Partners) != ""
		resources = resources || oneLine(m.Resources) != ""
	}
	header := []string{a.tx.get("col.measure"), a.tx.get("col.responsible")}
	if partners {
		header = append(header, a.tx.get("col.partners"))
	}
	header = append(header, a.tx.get("col.schedule"))
	if resources {
		header = append(header, a.tx.get("col.resources"))
	}
	header = append(header, a.tx.get("col.status"))
	t := &mdTable{header: header}
	for _, m := range ms {
		row := []string{m.Title, m.Responsible}
		if partners {
			row = append(row, m.Partners)
		}
		row = append(row, a.schedule(m.Start, m.End))
		if resources {
			row = append(row, m.Resources)
		}
		t.addRow(append(row, a.measureStatus(m.Status))...)
	}
	return t
}

// goalTheme names a goal's theme from the catalogue or the user's own.
func (a *assembler) goalTheme(g programme.Goal) string {
	if g.Theme != "" {
		if o, ok := a.tpl.Catalogues.Themes.Option(g.Theme); ok {
			return o.Label.In(a.lang)
		}
	}
	return oneLine(g.CustomTheme)
}

// strategies names the strategies a goal is tied to.
func (a *assembler) strategies(ids []string) string {
	return strings.Join(a.labels(a.tpl.Catalogues.Strategies, ids), ", ")
}

// splitStrategies parts a goal's links into municipal plans and national
// goals (options marked National); unknown IDs count as plans.
func (a *assembler) splitStrategies(ids []string) (plans, national []string) {
	for _, id := range ids {
		if o, ok := a.tpl.Catalogues.Strategies.Option(id); ok && o.National {
			national = append(national, id)
		} else {
			plans = append(plans, id)
		}
	}
	return plans, national
}

// labels names catalogue options; unknown IDs are shown as they are.
func (a *assembler) labels(c checklist.Catalogue, ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if o, ok := c.Option(id); ok {
			out = append(out, o.Label.In(a.lang))
		} else if id != "" {
			out = append(out, id)
		}
	}
	return out
}

// schedule writes a measure's start and end.
func (a *assembler) schedule(start, end programme.Date) string {
	switch {
	case !start.IsZero() && !end.IsZero():
		return a.tx.get("schedule.range", "start", start.Format(a.lang), "end", end.Format(a.lang))
	case !start.IsZero():
		return a.tx.get("schedule.from", "start", start.Format(a.lang))
	case !end.IsZero():
		return a.tx.get("schedule.until", "end", end.Format(a.lang))
	}
	return ""
}

// measureStatus names a measure's state.
func (a *assembler) measureStatus(s programme.MeasureStatus) string {
	if s == "" {
		return ""
	}
	if key := "measure." + string(s); a.tx.has(key) {
		return a.tx.get(key)
	}
	return string(s)
}

// hearingKind names the form of a hearing.
func (a *assembler) hearingKind(k programme.HearingKind) string {
	if k == "" {
		return ""
	}
	if key := "hearing." + string(k); a.tx.has(key) {
		return a.tx.get(key)
	}
	return string(k)
}

// sectorName names a sector of the cooperation group.
func (a *assembler) sectorName(id string) string {
	if o, ok := a.tpl.Catalogues.Sectors.Option(id); ok {
		return o.Label.In(a.lang)
	}
	return a.tx.get("sector.unknown")
}

// cooperationBlock lists the cooperation group and the hearings held, with
// the number of participants and of those with an immigrant background.
func (a *assembler) cooperationBlock() string {
	c := a.p.Cooperation
	if len(c.Members) == 0 && len(c.Hearings) == 0 {
		return ""
	}
	var parts []string
	if len(c.Members) > 0 {
		parts = append(parts, heading(blockLevel+1, a.tx.get("cooperation.members")))
		t := &mdTable{header: []string{a.tx.get("col.name"), a.tx.get("col.organisation"), a.tx.get("col.sector"), a.tx.get("col.role")}}
		for _, m := range c.Members {
			sector := ""
			if m.Sector != "" {
				sector = a.sectorName(m.Sector)
			}
			t.addRow(m.Name, m.Organisation, sector, m.Role)
		}
		parts = append(parts, t.String())
	}
	if len(c.Hearings) > 0 {
		parts = append(parts, heading(blockLevel+1, a.tx.get("cooperation.hearings")))
		t := &mdTable{
			header: []string{a.tx.get("col.date"), a.tx.get("col.event"), a.tx.get("col.kind"), a.tx.get("col.participants"), a.tx.get("col.count"), a.tx.get("col.immigrants")},
			right:  []bool{false, false, false, false, true, true},
		}
		count, immigrants := 0, 0
		for _, h := range sortedHearings(c.Hearings) {
			t.addRow(h.Date.Format(a.lang), h.Title, a.hearingKind(h.Kind), h.Participants, countText(h.Count), countText(h.ImmigrantCount))
			count += h.Count
			immigrants += h.ImmigrantCount
		}
		if count > 0 || immigrants > 0 {
			t.total = []string{a.tx.get("total"), "", "", "", strconv.Itoa(count), strconv.Itoa(immigrants)}
		}
		parts = append(parts, t.String())
	}
	return strings.Join(parts, "\n\n")
}

// figuresBlock lists the key figures of the situation picture.
func (a *assembler) figuresBlock() string {
	figs := a.p.Situation.Figures
	if len(figs) == 0 {
		return ""
	}
	t := &mdTable{
		header: []string{a.tx.get("col.figure"), a.tx.get("col.value"), a.tx.get("col.year"), a.tx.get("col.area"), a.tx.get("col.source")},
		right:  []bool{false, true, true},
	}
	for _, f := range figs {
		t.addRow(f.Label, withUnit(f.Value.Format(a.lang), f.Unit), yearText(f.Year), f.Area, f.Source)
	}
	return t.String()
}

// indicatorsBlock lists the indicators the programme follows.
func (a *assembler) indicatorsBlock() string {
	inds := a.p.Monitoring.Indicators
	if len(inds) == 0 {
		return ""
	}
	t := &mdTable{header: []string{
		a.tx.get("col.indicator"), a.tx.get("col.goal"), a.tx.get("col.baseline"),
		a.tx.get("col.target"), a.tx.get("col.source"), a.tx.get("col.frequency"),
	}}
	for _, in := range inds {
		t.addRow(in.Name, a.goalRefs(in.GoalIDs), a.point(in.Baseline, in.Unit), a.point(in.Target, in.Unit), in.Source, in.Frequency)
	}
	if a.withCharts {
		if charts := a.indicatorCharts(); charts != "" {
			return t.String() + "\n\n" + charts
		}
	}
	return t.String()
}

// goalRefs names the goals an indicator follows by number and title.
func (a *assembler) goalRefs(ids []string) string {
	var out []string
	for _, id := range ids {
		n, ok := a.goalNumber[id]
		if !ok {
			continue
		}
		g := a.p.Goals[n-1]
		title := oneLine(g.Title)
		if title == "" {
			title = a.tx.get("goal.untitled")
		}
		out = append(out, strconv.Itoa(n)+". "+title)
	}
	return strings.Join(out, "; ")
}

// point writes a baseline or target with its unit and year.
func (a *assembler) point(pt programme.Point, unit string) string {
	v := withUnit(pt.Value.Format(a.lang), unit)
	if v == "" {
		return ""
	}
	if pt.Year > 0 {
		return a.tx.get("value.withYear", "value", v, "year", strconv.Itoa(pt.Year))
	}
	return v
}

// communicationBlock lists the communication plan.
func (a *assembler) communicationBlock() string {
	rows := a.p.Communication.Rows
	if len(rows) == 0 {
		return ""
	}
	t := &mdTable{header: []string{
		a.tx.get("col.audience"), a.tx.get("col.message"), a.tx.get("col.channel"),
		a.tx.get("col.timing"), a.tx.get("col.languages"), a.tx.get("col.responsible"),
	}}
	for _, r := range rows {
		audience := oneLine(r.CustomAudience)
		if r.Audience != "" {
			if o, ok := a.tpl.Catalogues.Audiences.Option(r.Audience); ok {
				audience = o.Label.In(a.lang)
			}
		}
		t.addRow(audience, r.Message, r.Channel, r.Timing, a.languages(r), r.Responsible)
	}
	return t.String()
}

// languages names the languages of a communication row.
func (a *assembler) languages(r programme.CommRow) string {
	var out []string
	for _, l := range r.Languages {
		switch {
		case l == programme.LangOther && oneLine(r.OtherLanguages) != "":
			out = append(out, oneLine(r.OtherLanguages))
		case a.tx.has("lang." + l):
			out = append(out, a.tx.get("lang."+l))
		default:
			out = append(out, l)
		}
	}
	return strings.Join(out, ", ")
}

// withUnit joins a value and its unit: "12,5 %", "340 henkilöä".
func withUnit(v, unit string) string {
	v, unit = oneLine(v), oneLine(unit)
	if v == "" || unit == "" || strings.HasSuffix(v, unit) {
		return v
	}
	return v + "\u00a0" + unit
}

func yearText(y int) string {
	if y <= 0 {
		return ""
	}
	return strconv.Itoa(y)
}
