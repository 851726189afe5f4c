package programme

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"fi.kotoutus/kotoutus/checklist"
)

// Renewal records that a programme was started from an earlier one for a
// new period ("päivittäminen"), and which parts still need reviewing.
type Renewal struct {
	FromID        string    `json:"fromId"`
	FromTitle     string    `json:"fromTitle,omitempty"`
	FromStartYear int       `json:"fromStartYear,omitempty"`
	FromEndYear   int       `json:"fromEndYear,omitempty"`
	At            time.Time `json:"at"`
	// Pending holds the parts still to review, in Comment.About's scheme
	// ("step:goals", "goal:<id>"). A map rather than a list, so that two
	// members marking different parts reviewed merge without a conflict.
	Pending map[string]bool `json:"pending,omitempty"`
}

// Renew returns a new programme for the period startYear–endYear that starts
// from p's content, with p left as it is. What carries over is marked for
// review; what belongs to the earlier period does not carry over:
//
//   - ticks are cleared, notes kept; step statuses follow the ticks again;
//   - the decision path keeps its bodies but loses dates and decisions made;
//   - hearings are dropped (they were the earlier preparation's), members kept;
//   - follow-up rounds and updates stay with the earlier programme;
//   - an indicator's latest value (measured, or from a follow-up round)
//     becomes its baseline, and a target
//     set for the old period's end moves to the new end;
//   - resolved comment threads are dropped, open ones kept;
//   - the adoption decision is cleared.
//
// Rows keep their IDs, so comparing the two programmes shows what the
// renewal changed.
func Renew(p *Programme, tpl *checklist.Template, title string, startYear, endYear int, now time.Time) *Programme {
	n := p.Clone()
	n.ID = NewProgrammeID()
	n.Title = strings.TrimSpace(title)
	n.StartYear, n.EndYear = startYear, endYear
	n.Created = now.UTC().Truncate(time.Second)
	n.Updated = time.Time{}
	n.Adoption = Adoption{Status: DocDraft}

	for id, it := range n.Items {
		it.Done = false
		if strings.TrimSpace(it.Note) == "" {
			delete(n.Items, id)
		}
	}
	for _, st := range n.Steps {
		st.Status = StatusAuto
	}
	for i := range n.Responsibility.Milestones {
		ms := &n.Responsibility.Milestones[i]
		ms.Date, ms.Done = "", false
	}
	n.Cooperation.Hearings = nil
	// The follow-up was the earlier period's; its latest values still
	// become the baselines below.
	for i := range n.Monitoring.Indicators {
		ind := &n.Monitoring.Indicators[i]
		for _, pt := range n.IndicatorSeries(*ind) {
			if pt.Round && pt.Value.Number != nil {
				_ = ind.SetMeasurement(Measurement{Year: pt.Year, Value: pt.Value, Source: pt.Source})
			}
		}
	}
	n.Followup = Followup{}
	for i := range n.Monitoring.Indicators {
		renewIndicator(&n.Monitoring.Indicators[i], p.EndYear, endYear)
	}
	var kept []Comment
	open := map[string]bool{}
	for _, th := range n.Threads("", false) {
		open[th.Root.ID] = true
	}
	for _, c := range n.Comments {
		if open[c.ID] || open[c.ParentID] {
			kept = append(kept, c)
		}
	}
	n.Comments = kept

	pending := map[string]bool{}
	for _, s := range tpl.Steps {
		pending["step:"+s.ID] = true
	}
	for _, g := range n.Goals {
		pending["goal:"+g.ID] = true
	}
	for _, f := range n.Situation.Figures {
		pending["figure:"+f.ID] = true
	}
	for _, ind := range n.Monitoring.Indicators {
		pending["indicator:"+ind.ID] = true
	}
	for _, s := range n.Document.Sections {
		pending["section:"+s.ID] = true
	}
	n.Renewal = &Renewal{
		FromID: p.ID, FromTitle: p.Title, FromStartYear: p.StartYear, FromEndYear: p.EndYear,
		At: now.UTC().Truncate(time.Second), Pending: pending,
	}
	return n
}

func renewIndicator(ind *Indicator, oldEnd, newEnd int) {
	latest := -1
	for i, m := range ind.Measurements {
		if !m.Value.IsZero() && (latest < 0 || m.Year > ind.Measurements[latest].Year) {
			latest = i
		}
	}
	if latest >= 0 {
		m := ind.Measurements[latest]
		ind.Baseline = Point{Value: m.Value, Year: m.Year}
	}
	ind.Measurements = nil
	if ind.Target.Year == oldEnd && oldEnd != 0 {
		ind.Target.Year = newEnd
	}
}

// NeedsReview tells whether a part of a renewed programme (Comment.About's
// scheme) is still to be reviewed.
func (p *Programme) NeedsReview(ref string) bool {
	return p.Renewal != nil && p.Renewal.Pending[ref]
}

// MarkReviewed records that a part of a renewed programme was reviewed.
func (p *Programme) MarkReviewed(ref string) {
	if p.Renewal != nil {
		delete(p.Renewal.Pending, ref)
	}
}

// ReviewPending lists the parts of one step still to be reviewed, sorted;
// every step's when stepID is empty.
func (p *Programme) ReviewPending(tpl *checklist.Template, stepID string) []string {
	if p.Renewal == nil {
		return nil
	}
	var out []string
	for ref, on := range p.Renewal.Pending {
		if on && (stepID == "" || p.StepOf(tpl, ref) == stepID) {
			out = append(out, ref)
		}
	}
	sort.Strings(out)
	return out
}

// Renew stores a new programme started from programme id (see Renew) and
// returns it; the earlier programme is not changed.
func (s *Store) Renew(id, title string, startYear, endYear int) (*Programme, error) {
	p, err := s.Load(id)
	if err != nil {
		return nil, err
	}
	tpl, err := p.Template()
	if err != nil {
		return nil, fmt.Errorf("renew programme %s: %w", id, err)
	}
	n := Renew(p, tpl, title, startYear, endYear, s.now())
	if err := s.Save(n); err != nil {
		return nil, err
	}
	return n, nil
}
