package export

import (
	"sort"
	"strconv"
	"strings"

	"fi.kotoutus/kotoutus/programme"
)

// appendix returns the body of the appendix on the preparation process:
// who prepared the programme, who took part (the cooperation group by
// sector), which hearings were held and how many people with an immigrant
// background took part, and the decision path. The council reads it as the
// evidence that the programme was prepared together with residents.
//
// A table a section already shows (the cooperation block) is not printed
// again: the appendix refers to that section, unless the user asked for
// the tables to be repeated (Layout.RepeatTables). Parts with nothing
// recorded are left out.
func (a *assembler) appendix(d *document) string {
	parts := []string{inline(a.tx.get("appendix.intro"))}
	if who := a.leadText(); who != "" {
		parts = append(parts, inline(a.tx.get("appendix.lead", "who", who)))
	}
	c := a.p.Cooperation
	if where := a.shownIn(d, programme.BlockCooperation); where != "" && !a.p.Document.Layout.RepeatTables {
		if len(c.Members) > 0 || len(c.Hearings) > 0 {
			parts = append(parts, inline(a.tx.get("appendix.seeSection", "section", where)))
		}
		if len(c.Hearings) > 0 {
			parts = append(parts, inline(a.hearingSummary()))
		}
	} else {
		if len(c.Members) > 0 {
			parts = append(parts, heading(blockLevel, a.tx.get("appendix.roster")))
			parts = append(parts, a.roster()...)
		}
		if len(c.Hearings) > 0 {
			parts = append(parts, heading(blockLevel, a.tx.get("appendix.hearings")))
			parts = append(parts, a.hearingsHeld()...)
		}
	}
	if ms := a.p.Responsibility.Milestones; len(ms) > 0 {
		parts = append(parts, heading(blockLevel, a.tx.get("appendix.decisions")))
		t := &mdTable{header: []string{a.tx.get("col.date"), a.tx.get("col.body"), a.tx.get("col.decision")}}
		for _, m := range sortedMilestones(ms) {
			t.addRow(m.Date.Format(a.lang), m.Body, m.Decision)
		}
		parts = append(parts, t.String())
	}
	return strings.Join(parts, "\n\n")
}

// leadText names the person responsible for the preparation with title
// and organisation.
func (a *assembler) leadText() string {
	r := a.p.Responsibility
	name := oneLine(r.Lead.Name)
	if name == "" {
		return ""
	}
	var extra []string
	if t := oneLine(r.Lead.Title); t != "" {
		extra = append(extra, t)
	}
	org := oneLine(r.Lead.Organisation)
	if org == "" {
		org = strings.TrimSpace(oneLine(r.Organisation) + ", " + oneLine(r.Unit))
		org = strings.Trim(org, ", ")
	}
	if org != "" {
		extra = append(extra, org)
	}
	if len(extra) == 0 {
		return name
	}
	return name + " (" + strings.Join(extra, ", ") + ")"
}

// roster lists the cooperation group by sector, in the catalogue's order.
func (a *assembler) roster() []string {
	members := a.p.Cooperation.Members
	order := map[string]int{}
	for i, o := range a.tpl.Catalogues.Sectors.Options {
		order[o.ID] = i
	}
	rank := func(id string) int {
		if i, ok := order[id]; ok {
			return i
		}
		return len(order)
	}
	bySector := map[string][]string{}
	var sectors []string
	for _, m := range members {
		name := oneLine(m.Name)
		org := oneLine(m.Organisation)
		switch {
		case name != "" && org != "":
			name += " (" + org + ")"
		case name == "":
			name = org
		}
		if name == "" {
			continue
		}
		label := a.sectorName(m.Sector)
		if _, seen := bySector[label]; !seen {
			sectors = append(sectors, m.Sector)
		}
		bySector[label] = append(bySector[label], name)
	}
	sort.SliceStable(sectors, func(i, j int) bool { return rank(sectors[i]) < rank(sectors[j]) })
	t := &mdTable{header: []string{a.tx.get("col.sector"), a.tx.get("col.members")}}
	done := map[string]bool{}
	for _, id := range sectors {
		label := a.sectorName(id)
		if done[label] {
			continue
		}
		done[label] = true
		t.addRow(label, strings.Join(bySector[label], ", "))
	}
	return []string{inline(a.tx.get("appendix.rosterIntro")), t.String()}
}

// hearingsHeld lists the hearings with participant counts and a total.
func (a *assembler) hearingsHeld() []string {
	hs := a.p.Cooperation.Hearings
	t := &mdTable{
		header: []string{a.tx.get("col.date"), a.tx.get("col.event"), a.tx.get("col.kind"), a.tx.get("col.count"), a.tx.get("col.immigrants")},
		right:  []bool{false, false, false, true, true},
	}
	count, immigrants := 0, 0
	for _, h := range sortedHearings(hs) {
		t.addRow(h.Date.Format(a.lang), h.Title, a.hearingKind(h.Kind), countText(h.Count), countText(h.ImmigrantCount))
		count += h.Count
		immigrants += h.ImmigrantCount
	}
	t.total = []string{a.tx.get("total"), "", "", strconv.Itoa(count), strconv.Itoa(immigrants)}
	return []string{t.String(), inline(a.hearingSummary())}
}

// hearingSummary says how many hearings were held and how many took part.
func (a *assembler) hearingSummary() string {
	hs := a.p.Cooperation.Hearings
	count, immigrants := 0, 0
	for _, h := range hs {
		count += h.Count
		immigrants += h.ImmigrantCount
	}
	return a.tx.get("appendix.hearingTotals", "events", strconv.Itoa(len(hs)),
		"count", strconv.Itoa(count), "immigrants", strconv.Itoa(immigrants))
}

// shownIn names the printed section that shows block b with something in
// it ("4 Yhteistyön muodot"), or "" when none does.
func (a *assembler) shownIn(d *document, b programme.Block) string {
	if a.blockBody(b) == "" {
		return ""
	}
	for _, s := range a.shown {
		if !s.Shows(b) || s.NotApplicable {
			continue
		}
		for _, ds := range d.sections {
			if ds.id == s.ID {
				if ds.number != "" {
					return ds.number + " " + ds.name
				}
				return ds.name
			}
		}
	}
	return ""
}

func countText(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// sortedHearings returns the hearings in date order; undated ones last.
func sortedHearings(hs []programme.Hearing) []programme.Hearing {
	out := append([]programme.Hearing(nil), hs...)
	sort.SliceStable(out, func(i, j int) bool { return dateLess(out[i].Date, out[j].Date) })
	return out
}

// sortedMilestones returns the decision path in date order.
func sortedMilestones(ms []programme.Milestone) []programme.Milestone {
	out := append([]programme.Milestone(nil), ms...)
	sort.SliceStable(out, func(i, j int) bool { return dateLess(out[i].Date, out[j].Date) })
	return out
}

func dateLess(a, b programme.Date) bool {
	switch {
	case a.IsZero():
		return false
	case b.IsZero():
		return true
	}
	return a.Before(b)
}
