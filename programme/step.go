package programme

import (
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// Status is the state of a step.
type Status string

// The states of a step. StatusAuto, the zero value, means the user has not
// set one and the suggestion from the ticks applies.
const (
	StatusAuto       Status = ""
	StatusNotStarted Status = "not-started"
	StatusInProgress Status = "in-progress"
	StatusDone       Status = "done"
)

// StepState is the user's work on one step.
type StepState struct {
	// Status is what the user set; StatusAuto follows the ticks.
	Status Status `json:"status,omitempty"`
	Note   string `json:"note,omitempty"`
}

// ItemState is a tick and a note on one checklist item.
type ItemState struct {
	Done bool   `json:"done,omitempty"`
	Note string `json:"note,omitempty"`
}

// SuggestedStatus derives a step's state from its ticks, notes and content:
// every item ticked is done, nothing touched is not started, anything
// between (an item the content shows done among them) is in progress. Done
// takes the user's ticks: an item the content proves counts as met in
// Progress but is the user's to accept.
func (p *Programme) SuggestedStatus(s checklist.Step) Status {
	pr := p.Progress(s)
	switch {
	case pr.Total > 0 && pr.Done == pr.Total:
		return StatusDone
	case pr.Met() > 0:
		return StatusInProgress
	}
	if st, ok := p.Steps[s.ID]; ok && strings.TrimSpace(st.Note) != "" {
		return StatusInProgress
	}
	if p.HasContent(s.ID) {
		return StatusInProgress
	}
	for _, it := range s.Items {
		if st, ok := p.Items[it.ID]; ok && strings.TrimSpace(st.Note) != "" {
			return StatusInProgress
		}
	}
	return StatusNotStarted
}

// StepStatus returns the status the user set, or the suggestion.
func (p *Programme) StepStatus(s checklist.Step) Status {
	if st, ok := p.Steps[s.ID]; ok && st.Status != StatusAuto {
		return st.Status
	}
	return p.SuggestedStatus(s)
}
