package programme

import "fmt"

// checkModel applies to a programme from outside the checks the editors
// apply as the user types, so that an exchange file cannot store what the
// app itself would refuse: a plausible period whose end is not before its
// start, valid stage, schedules, counts, figures and indicators, and one
// measurement per year. Contact details are not checked: older versions
// stored them as free text.
func (p *Programme) checkModel() error {
	switch {
	case p.StartYear != 0 && !yearInRange(p.StartYear), p.EndYear != 0 && !yearInRange(p.EndYear):
		return fmt.Errorf("period %d–%d: %w", p.StartYear, p.EndYear, ErrBadYear)
	case p.StartYear != 0 && p.EndYear != 0 && p.EndYear < p.StartYear:
		return fmt.Errorf("period %d–%d: %w", p.StartYear, p.EndYear, ErrEndBeforeStart)
	}
	if p.Adoption.Status != "" {
		if err := p.Adoption.Validate(); err != nil {
			return err
		}
	}
	for _, g := range p.Goals {
		for _, m := range g.Measures {
			if err := m.Validate(); err != nil {
				return fmt.Errorf("measure %q: %w", m.Title, err)
			}
		}
	}
	for _, h := range p.Cooperation.Hearings {
		if err := h.Validate(); err != nil {
			return fmt.Errorf("hearing %q: %w", h.Label(), err)
		}
	}
	for _, f := range p.Situation.Figures {
		if err := f.Validate(); err != nil {
			return err
		}
	}
	for _, ind := range p.Monitoring.Indicators {
		if err := ind.Validate(); err != nil {
			return fmt.Errorf("indicator %q: %w", ind.ID, err)
		}
		seen := map[int]bool{}
		for _, m := range ind.Measurements {
			if m.Year != 0 && seen[m.Year] {
				return fmt.Errorf("indicator %q, %d: %w", ind.ID, m.Year, ErrDuplicateYear)
			}
			seen[m.Year] = true
		}
	}
	return p.Followup.checkFollowup()
}
