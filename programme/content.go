package programme

import "strings"

// The HasContent functions of the step registry: whether the user has
// entered working content for a step beyond ticks and notes.

func responsibilityHasContent(p *Programme) bool {
	r := p.Responsibility
	return anyText(r.Organisation, r.Unit, r.Lead.Name, r.ELY.Name) || p.Form.IsPart() ||
		len(r.Contacts)+len(r.Experts)+len(r.Milestones) > 0
}

func cooperationHasContent(p *Programme) bool {
	c := p.Cooperation
	return len(c.Members)+len(c.Hearings) > 0 || anyText(c.Schedule)
}

func situationHasContent(p *Programme) bool {
	s := p.Situation
	for _, a := range s.Answers {
		if anyText(a) {
			return true
		}
	}
	return len(s.Questions)+len(s.Figures)+len(s.OtherSources)+len(s.Strengths)+len(s.Challenges)+len(s.MissingServices) > 0
}

func documentHasContent(p *Programme) bool {
	for _, sec := range p.Document.Sections {
		if anyText(sec.Draft) {
			return true
		}
	}
	return false
}

func monitoringHasContent(p *Programme) bool {
	m := p.Monitoring
	return len(m.Indicators) > 0 || anyText(m.Plan.Who, m.Plan.ReportsTo, m.Plan.Frequency, m.Plan.UpdateWhen)
}

func anyText(ss ...string) bool {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return true
		}
	}
	return false
}

// firstText returns the first of list that is not blank, or "".
func firstText(list ...string) string {
	for _, s := range list {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
