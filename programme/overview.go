package programme

import (
	"time"

	"fi.kotoutus/kotoutus/checklist"
)

// Overview is the progress of a whole programme at a glance: what the
// dashboard shows and `kotoutus status` prints.
type Overview struct {
	ID             string    `json:"id"`
	Title          string    `json:"title"`
	Municipalities []string  `json:"municipalities"`
	StartYear      int       `json:"startYear"`
	EndYear        int       `json:"endYear"`
	Adoption       Adoption  `json:"adoption"`
	Updated        time.Time `json:"updated"`
	// Steps are the template's steps in order.
	Steps []StepOverview `json:"steps"`
	// Done counts the ticked items of all steps, Suggested the items not
	// ticked that the content shows done, Total the items that count.
	Done      int `json:"done"`
	Suggested int `json:"suggested,omitempty"`
	Total     int `json:"total"`
	// Findings counts what is still missing in all steps.
	Findings int `json:"findings"`
	// Check counts the checker's findings (all its rules) by severity.
	Check Counts `json:"check"`
	// OpenComments counts all open comment threads; GeneralComments those
	// about the programme as a whole rather than a step or its content.
	OpenComments    int `json:"openComments"`
	GeneralComments int `json:"generalComments"`
	// NextMilestone is the next decision still ahead, if any; Overdue are
	// decisions whose date has passed without being marked done.
	NextMilestone *Milestone  `json:"nextMilestone,omitempty"`
	Overdue       []Milestone `json:"overdue,omitempty"`
	// ReviewPending counts the parts of a renewed programme still to be
	// reviewed.
	ReviewPending int `json:"reviewPending,omitempty"`
}

// StepOverview is one step's line of the overview.
type StepOverview struct {
	ID     string `json:"id"`
	Number int    `json:"number"`
	// Status is the step's status; StatusSet tells whether the user set
	// it rather than it following the ticks.
	Status    Status `json:"status"`
	StatusSet bool   `json:"statusSet,omitempty"`
	// Done, Suggested and Total are the step's Progress.
	Done      int       `json:"done"`
	Suggested int       `json:"suggested,omitempty"`
	Total     int       `json:"total"`
	Findings  []Finding `json:"findings,omitempty"`
	// OpenComments counts the open threads about the step or its content.
	OpenComments  int `json:"openComments"`
	ReviewPending int `json:"reviewPending,omitempty"`
}

// Overview gathers the programme's progress on the given day.
func (p *Programme) Overview(tpl *checklist.Template, today time.Time) Overview {
	o := Overview{
		ID: p.ID, Title: p.Title, Municipalities: p.Municipalities, StartYear: p.StartYear, EndYear: p.EndYear,
		Adoption: p.Adoption, Updated: p.Updated,
	}
	comments := p.OpenCountsByStep(tpl)
	// A step's findings are the whole checker's about it, as its page
	// shows them (CheckStep), computed once for all steps.
	findings := map[string][]Finding{}
	for _, f := range p.Check(tpl) {
		findings[f.Step] = append(findings[f.Step], f)
	}
	for _, s := range tpl.Steps {
		pr := p.Progress(s)
		st := StepOverview{
			ID: s.ID, Number: s.Number, Status: p.StepStatus(s), Done: pr.Done, Suggested: pr.Suggested, Total: pr.Total,
			Findings: findings[s.ID], OpenComments: comments[s.ID], ReviewPending: len(p.ReviewPending(tpl, s.ID)),
		}
		if state, ok := p.Steps[s.ID]; ok && state.Status != StatusAuto {
			st.StatusSet = true
		}
		o.Steps = append(o.Steps, st)
		o.Done += pr.Done
		o.Suggested += pr.Suggested
		o.Total += pr.Total
		o.Findings += len(st.Findings)
		o.ReviewPending += st.ReviewPending
	}
	o.Check = CountFindings(p.Check(tpl))
	for _, n := range comments {
		o.OpenComments += n
	}
	o.GeneralComments = comments[""]
	if m, ok := p.Responsibility.NextMilestone(today); ok {
		o.NextMilestone = &m
	}
	for _, m := range p.Responsibility.Timeline() {
		if m.Overdue(today) {
			o.Overdue = append(o.Overdue, m)
		}
	}
	return o
}
