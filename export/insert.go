package export

import (
	"strconv"
	"strings"
)

// An insert is the export of a plan written into another municipal plan
// (programme.PlanForm, "part of another plan"): it goes into, say, the
// welfare plan as one chapter. It has no title page and no contents; its
// title is a level-2 heading, its sections are level 3 and everything in
// them one level lower than in a separate programme; the table of goals,
// measures, responsible parties and indicators comes first as its core, and
// the appendix on the preparation is left out.
//
// For the PDF (pdf*.go): document.insert is the flag to honour. Skip the
// title page and the contents, start with the title as a heading, and lay
// the sections out HeadingShift() levels lower (insertBody is the Markdown
// with the shift applied).

// InsertShift is how many levels an insert's headings sit below those of a
// separate programme.
const InsertShift = 1

// HeadingShift returns how many levels the document's headings are moved
// down: InsertShift for an insert, else 0.
func (d *document) HeadingShift() int {
	if d.insert {
		return InsertShift
	}
	return 0
}

// makeInsert turns the assembled document d into an insert for the plan
// the programme is part of.
func (a *assembler) makeInsert(d *document) {
	d.insert = true
	d.host = a.p.Form.HostLabel(a.tpl, a.lang)
	d.act = a.tpl.Law.Act.In(a.lang)
	var kept []docSection
	for _, s := range d.sections {
		if s.id != "" { // the appendix has no programme section
			kept = append(kept, s)
		}
	}
	core := docSection{title: a.tx.get("insert.core"), body: a.coreTable()}
	d.sections = append([]docSection{core}, kept...)
	d.setAnchors()
}

// coreTable is the insert's core: one row per measure with its goal, the
// responsible party and partners, the schedule, and the goal's indicators.
func (a *assembler) coreTable() string {
	if len(a.p.Goals) == 0 {
		return emphasised(a.tx.get("goals.none"))
	}
	t := &mdTable{header: []string{a.tx.get("col.goal"), a.tx.get("col.measure"), a.tx.get("col.responsible"), a.tx.get("col.schedule"), a.tx.get("col.indicators")}}
	for i, g := range a.p.Goals {
		goal := oneLine(g.Title)
		if goal == "" {
			goal = a.tx.get("goal.untitled")
		}
		goal = a.tx.get("goal.heading", "n", strconv.Itoa(i+1), "title", goal)
		inds := a.goalIndicators(g.ID)
		if len(g.Measures) == 0 {
			t.addRow(goal, a.tx.get("insert.noMeasures"), "", "", inds)
			continue
		}
		for j, m := range g.Measures {
			resp := oneLine(m.Responsible)
			if partners := oneLine(m.Partners); partners != "" {
				resp = strings.TrimPrefix(strings.TrimSpace(resp+"; "+a.tx.get("measure.partners", "partners", partners)), "; ")
			}
			gcell, icell := goal, inds
			if j > 0 {
				// The goal and its indicators head the goal's first row.
				gcell, icell = "", ""
			}
			t.addRow(gcell, oneLine(m.Title), resp, a.schedule(m.Start, m.End), icell)
		}
	}
	return t.String()
}

// goalIndicators names a goal's indicators with their targets.
func (a *assembler) goalIndicators(goalID string) string {
	var out []string
	for _, in := range a.p.IndicatorsOf(goalID) {
		s := oneLine(in.Name)
		if tg := a.point(in.Target, in.Unit); tg != "" {
			s = a.tx.get("insert.indicatorTarget", "indicator", s, "target", tg)
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		return a.tx.get("insert.noIndicators")
	}
	return strings.Join(out, "; ")
}

// insertMarkdown writes an insert: the title one level down with a line on
// which plan it belongs to and the facts, then the sections one level down.
func (d *document) insertMarkdown() string {
	var b strings.Builder
	b.WriteString(strings.Repeat("#", 1+InsertShift) + " " + inline(d.title) + "\n\n")
	lead := d.tx.get("insert.leadNoHost", "act", d.act)
	if d.host != "" {
		lead = d.tx.get("insert.lead", "act", d.act, "host", d.host)
	}
	b.WriteString("*" + inline(lead) + "*\n\n")
	var facts []string
	for _, f := range d.facts {
		facts = append(facts, "**"+inline(f.label)+":** "+inline(f.value))
	}
	if len(facts) > 0 {
		b.WriteString(strings.Join(facts, "\\\n") + "\n\n")
	}
	b.WriteString(d.insertBody())
	return b.String()
}

// insertBody is body() with every heading moved InsertShift levels down.
func (d *document) insertBody() string {
	return string(shiftHeadings([]byte(d.body()), InsertShift))
}
