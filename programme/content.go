package programme

import "strings"

// HasContent tells whether the user has entered any working content for a
// step beyond ticks and notes, so that a step with a full communication plan
// but no ticks is not shown as not started.
func (p *Programme) HasContent(stepID string) bool {
	switch stepID {
	case "responsibility":
		r := p.Responsibility
		return anyText(r.Organisation, r.Unit, r.Lead.Name, r.ELY.Name) || p.Form.IsPart() ||
			len(r.Contacts)+len(r.Experts)+len(r.Milestones) > 0
	case "cooperation":
		c := p.Cooperation
		return len(c.Members)+len(c.Hearings) > 0 || anyText(c.Schedule)
	case "situation":
		s := p.Situation
		for _, a := range s.Answers {
			if anyText(a) {
				return true
			}
		}
		return len(s.Questions)+len(s.Figures)+len(s.OtherSources)+len(s.Strengths)+len(s.Challenges)+len(s.MissingServices) > 0
	case "goals":
		return len(p.Goals) > 0
	case "document":
		for _, sec := range p.Document.Sections {
			if anyText(sec.Draft) {
				return true
			}
		}
		return false
	case "monitoring":
		m := p.Monitoring
		return len(m.Indicators) > 0 || anyText(m.Plan.Who, m.Plan.ReportsTo, m.Plan.Frequency, m.Plan.UpdateWhen)
	case "communication":
		return len(p.Communication.Rows) > 0
	}
	return false
}

func anyText(ss ...string) bool {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return true
		}
	}
	return false
}
