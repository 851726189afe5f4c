package programme

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// DocStatuses lists the document stages in the order they follow.
var DocStatuses = []DocStatus{DocDraft, DocProposal, DocAdopted}

// ParseDocStatus reads a stage by its stored name ("draft", "proposal",
// "adopted"); empty text is a draft.
func ParseDocStatus(s string) (DocStatus, error) {
	switch st := DocStatus(strings.ToLower(strings.TrimSpace(s))); st {
	case "", DocDraft:
		return DocDraft, nil
	case DocProposal, DocAdopted:
		return st, nil
	}
	return "", fmt.Errorf("%q: %w", s, ErrBadStatus)
}

// Stage returns the stage, a draft when none was set.
func (a Adoption) Stage() DocStatus {
	if a.Status == "" {
		return DocDraft
	}
	return a.Status
}

// Validate checks that a stage carries what it needs: an adoption names
// the body and the day of the decision; a § number is digits (with an
// optional letter, "45 a").
func (a Adoption) Validate() error {
	if _, err := ParseDocStatus(string(a.Status)); err != nil {
		return err
	}
	if a.Status == DocAdopted {
		if strings.TrimSpace(a.Body) == "" {
			return fmt.Errorf("adoption: %w", ErrNoAdoptionBody)
		}
		if len(a.Date) != len("2006-01-02") {
			return fmt.Errorf("adoption: %w", ErrNoAdoptionDate)
		}
	}
	if !a.Date.IsZero() && !a.Date.valid() {
		return fmt.Errorf("adoption %q: %w", a.Date, ErrBadDate)
	}
	if p := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(a.Paragraph), "§")); p != "" {
		if !unicode.IsDigit(rune(p[0])) || len(p) > 12 {
			return fmt.Errorf("adoption §%q: %w", a.Paragraph, ErrBadParagraph)
		}
	}
	return nil
}

// SetAdoption records the document's stage after checking it. A draft
// forgets nothing but its stage, so that going back to a draft and forward
// again keeps the body typed. An adoption also appears in the decision
// path of step 1 as a milestone done, unless the path already has the
// decision on that day.
func (p *Programme) SetAdoption(a Adoption) error {
	a.Body = strings.TrimSpace(a.Body)
	a.Paragraph = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(a.Paragraph), "§"))
	if a.Status == "" {
		a.Status = DocDraft
	}
	if err := a.Validate(); err != nil {
		return err
	}
	p.Adoption = a
	if a.Status == DocAdopted {
		p.Responsibility.ensureAdoptionMilestone(a)
	}
	return nil
}

// ensureAdoptionMilestone marks the decision path's milestone of the
// adoption done, or adds it as the path's last milestone.
func (r *Responsibility) ensureAdoptionMilestone(a Adoption) {
	for i := range r.Milestones {
		m := &r.Milestones[i]
		if m.Date == a.Date && (m.IsCouncil() || strings.EqualFold(strings.TrimSpace(m.Body), a.Body)) {
			m.Done = true
			return
		}
	}
	r.AddMilestone(Milestone{Date: a.Date, Body: a.Body, Decision: AdoptionDecision, Done: true})
}

// AdoptionBody is the body of the adoption milestone the decision path
// offers: the council, which adopts the programme.
const AdoptionBody = "Kunnanvaltuusto"

// AdoptionOffered tells whether the decision path lacks the council's
// decision, so that step 1 offers to add it as the path's last milestone.
func (r Responsibility) AdoptionOffered() bool {
	return !slices.ContainsFunc(r.Milestones, Milestone.IsCouncil)
}

// AddAdoptionMilestone adds the council's adoption of the programme as the
// decision path's last milestone, without a date (the user knows the
// meeting), and returns it; nil when the path has a council milestone
// already.
func (r *Responsibility) AddAdoptionMilestone() *Milestone {
	if !r.AdoptionOffered() {
		return nil
	}
	return r.AddMilestone(Milestone{Body: AdoptionBody, Decision: AdoptionDecision})
}

// AdoptionDecision is the decision text of the milestone an adoption adds
// to the decision path.
const AdoptionDecision = "Kotouttamisohjelman hyväksyminen"

// AdoptionMilestone returns the decision path's milestone that adopts the
// programme, which the state form offers to copy: the last council
// milestone in date order, else the last milestone.
func (r Responsibility) AdoptionMilestone() (Milestone, bool) {
	tl := r.Timeline()
	for i := len(tl) - 1; i >= 0; i-- {
		if tl[i].IsCouncil() {
			return tl[i], true
		}
	}
	if len(tl) > 0 {
		return tl[len(tl)-1], true
	}
	return Milestone{}, false
}

// ErrBadStatus means a document stage other than draft, proposal or adopted.
var ErrBadStatus = errors.New("not a document stage")

// ErrNoAdoptionBody means an adoption without the body that decided it.
var ErrNoAdoptionBody = errors.New("adoption needs the deciding body")

// ErrNoAdoptionDate means an adoption without the day of the decision.
var ErrNoAdoptionDate = errors.New("adoption needs the day of the decision")

// ErrBadParagraph means a § number of the minutes that is not a number.
var ErrBadParagraph = errors.New("not a paragraph number")
