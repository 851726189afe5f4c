package programme

import (
	"slices"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// The Name functions of the step registry's row kinds: a row's name for
// people, and whether the programme still has the row.

func milestoneName(p *Programme, _ *checklist.Template, l, id string) (string, bool) {
	m := p.Responsibility.Milestone(id)
	if m == nil {
		return "", false
	}
	label := m.Label()
	if !m.Date.IsZero() {
		label = strings.TrimSpace(label + " " + m.Date.Format(l))
	}
	return label, true
}

func contactName(p *Programme, _ *checklist.Template, _, id string) (string, bool) {
	for _, list := range [][]Contact{p.Responsibility.Contacts, p.Responsibility.Experts} {
		if i := contactIndex(list, id); i >= 0 {
			c := list[i]
			return firstText(c.Name, c.Title, c.Organisation), true
		}
	}
	return "", false
}

func memberName(p *Programme, _ *checklist.Template, _, id string) (string, bool) {
	if i := memberIndex(p.Cooperation.Members, id); i >= 0 {
		m := p.Cooperation.Members[i]
		return firstText(m.Name, m.Organisation), true
	}
	return "", false
}

func hearingName(p *Programme, _ *checklist.Template, _, id string) (string, bool) {
	if h := p.Cooperation.Hearing(id); h != nil {
		return h.Title, true
	}
	return "", false
}

func figureName(p *Programme, _ *checklist.Template, _, id string) (string, bool) {
	if i := slices.IndexFunc(p.Situation.Figures, func(f Figure) bool { return f.ID == id }); i >= 0 {
		return p.Situation.Figures[i].Label, true
	}
	return "", false
}

func questionName(p *Programme, _ *checklist.Template, _, id string) (string, bool) {
	if i := slices.IndexFunc(p.Situation.Questions, func(q Question) bool { return q.ID == id }); i >= 0 {
		return p.Situation.Questions[i].Question, true
	}
	return "", false
}

func goalRowName(p *Programme, _ *checklist.Template, _, id string) (string, bool) {
	if g := p.Goal(id); g != nil {
		return g.Title, true
	}
	return "", false
}

func measureName(p *Programme, _ *checklist.Template, _, id string) (string, bool) {
	if _, m := p.FindMeasure(id); m != nil {
		return m.Title, true
	}
	return "", false
}

func sectionName(p *Programme, tpl *checklist.Template, l, id string) (string, bool) {
	if s := p.Document.Section(id); s != nil {
		return s.Heading(tpl, l), true
	}
	return "", false
}

func indicatorName(p *Programme, _ *checklist.Template, _, id string) (string, bool) {
	if ind := p.Monitoring.Indicator(id); ind != nil {
		return ind.Name, true
	}
	return "", false
}

func commName(p *Programme, tpl *checklist.Template, l, id string) (string, bool) {
	if r := p.Communication.Row(id); r != nil {
		return firstText(r.Message, r.AudienceLabel(tpl, l)), true
	}
	return "", false
}
