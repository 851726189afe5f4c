package programme

import (
	"fmt"
	"maps"
	"reflect"

	"fi.kotoutus/kotoutus/checklist"
)

// Finding is one thing the checker (check.go) reports: something missing
// from a step, or a gap against the guidance. The step pages, the
// dashboard, the exports and `kotoutus check` read the same findings, so
// each rule is written once, here.
type Finding struct {
	// Step is the ID of the step the finding belongs to, "" for the
	// programme as a whole.
	Step string `json:"step"`
	// Code names what was found, e.g. "goals.noMeasures".
	Code string `json:"code"`
	// Ref points at the row concerned, in Comment.About's scheme
	// ("goal:<id>"), or is empty for the step as a whole.
	Ref string `json:"ref,omitempty"`
	// Subject names the row for the message, e.g. the goal's title.
	Subject string `json:"subject,omitempty"`
	// SubjectText, when set, is Subject in every language: a template's
	// own label (a sector, an audience) rather than text the user typed.
	SubjectText checklist.Text `json:"subjectText,omitempty"`
	// Severity, Rule and Source are filled in by the checker from its rule.
	Severity Severity `json:"severity,omitempty"`
	Rule     string   `json:"rule,omitempty"`
	Source   *Source  `json:"source,omitempty"`
	// Key is the translation key of the one-sentence explanation
	// ("missing."+Code for the missing family, else "check."+Code); it is
	// given Subject as {{.Subject}} and Args.
	Key  string         `json:"key,omitempty"`
	Args map[string]any `json:"args,omitempty"`
}

// missingRules are the missing family of the checker: one rule per step
// of the registry, each listing what the step's content still lacks. The
// registry's init fills them in.
var missingRules []Rule

// missingRule is the missing family's rule for one step of the registry.
func missingRule(s StepDef) Rule {
	return Rule{
		ID: "missing." + s.ID, Family: FamilyMissing, Step: s.ID, Severity: SeverityWarning,
		Severities: s.Severities, Source: SourceRef{Step: s.ID}, Find: s.Missing,
	}
}

// Missing returns what is still missing in every step, in step order: the
// checker's missing family and the template's required content.
func (p *Programme) Missing(tpl *checklist.Template) []Finding {
	return p.check(tpl, isMissingRule)
}

// MissingIn returns what is still missing in one step, errors first (the
// step page and the overview show the first few; the checker sorts so).
func (p *Programme) MissingIn(tpl *checklist.Template, stepID string) []Finding {
	var out []Finding
	for _, f := range p.check(tpl, func(r Rule) bool { return isMissingRule(r) && (r.Step == stepID || r.Step == "") }) {
		if f.Step == stepID {
			out = append(out, f)
		}
	}
	return out
}

func isMissingRule(r Rule) bool { return r.Family == FamilyMissing || r.Family == FamilyTemplate }

// Equal tells whether two findings say the same thing about the same
// place (Finding holds a map, so it cannot be compared with ==).
func (f Finding) Equal(g Finding) bool {
	if f.Step != g.Step || f.Code != g.Code || f.Ref != g.Ref || f.Subject != g.Subject ||
		f.Severity != g.Severity || f.Rule != g.Rule || f.Key != g.Key || len(f.Args) != len(g.Args) {
		return false
	}
	for k, v := range f.Args {
		if w, ok := g.Args[k]; !ok || fmt.Sprint(v) != fmt.Sprint(w) {
			return false
		}
	}
	return (f.Source == nil) == (g.Source == nil) && (f.Source == nil || reflect.DeepEqual(*f.Source, *g.Source)) &&
		maps.Equal(f.SubjectText, g.SubjectText)
}
