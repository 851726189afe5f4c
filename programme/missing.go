package programme

import "fi.kotoutus/kotoutus/checklist"

// Finding is something still missing from a step. The step page, the
// dashboard, the exports and the guidance checker all read the same
// findings, so each rule is written once, here.
type Finding struct {
	// Step is the ID of the step the finding belongs to.
	Step string `json:"step"`
	// Code names the rule, e.g. "goal.noMeasures"; interfaces translate
	// "missing."+Code with Subject as {{.Subject}}.
	Code string `json:"code"`
	// Ref points at the row concerned, in Comment.About's scheme
	// ("goal:<id>"), or is empty for the step as a whole.
	Ref string `json:"ref,omitempty"`
	// Subject names the row for the message, e.g. the goal's title.
	Subject string `json:"subject,omitempty"`
}

// stepRules finds what is missing in one step's content.
var stepRules = map[string]func(p *Programme, tpl *checklist.Template) []Finding{
	"responsibility": missingResponsibility,
	"cooperation":    missingCooperation,
	"situation":      missingSituation,
	"goals":          missingGoals,
	"document":       missingDocument,
	"monitoring":     missingMonitoring,
	"communication":  missingCommunication,
}

// Missing returns what is still missing in every step, in step order.
func (p *Programme) Missing(tpl *checklist.Template) []Finding {
	var out []Finding
	for _, s := range tpl.Steps {
		out = append(out, p.MissingIn(tpl, s.ID)...)
	}
	return out
}

// MissingIn returns what is still missing in one step.
func (p *Programme) MissingIn(tpl *checklist.Template, stepID string) []Finding {
	rule, ok := stepRules[stepID]
	if !ok {
		return nil
	}
	return rule(p, tpl)
}
