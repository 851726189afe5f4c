package programme

import (
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// PlanKind is the form the plan takes (2025 checklist, step 1): a separate
// action programme or part of another municipal plan.
type PlanKind string

// The forms of the plan. The zero value is a separate programme, which is
// what every programme made before the choice existed is.
const (
	PlanSeparate PlanKind = ""
	PlanPart     PlanKind = "part"
)

// PlanForm records the form of the plan and, for a part of another plan,
// which plan it goes into.
type PlanForm struct {
	Kind PlanKind `json:"kind,omitempty"`
	// Host is an option ID of the template's strategy catalogue (e.g.
	// welfare-plan), or empty when HostName names the plan.
	Host     string `json:"host,omitempty"`
	HostName string `json:"hostName,omitempty"`
}

// IsPart tells whether the plan is written into another municipal plan, so
// that the export is an insert for that plan.
func (f PlanForm) IsPart() bool { return f.Kind == PlanPart }

// HostLabel names the plan the insert goes into, in language l: the user's
// name for it if given, else the catalogue's label.
func (f PlanForm) HostLabel(tpl *checklist.Template, l string) string {
	if n := strings.TrimSpace(f.HostName); n != "" {
		return n
	}
	if f.Host != "" && tpl != nil {
		if o, ok := tpl.Catalogues.Strategies.Option(f.Host); ok {
			return o.Label.In(l)
		}
	}
	return f.Host
}

// HostPlans returns the strategy catalogue's municipal plans, the ones a
// plan can be part of (not the national goals).
func HostPlans(tpl *checklist.Template) []checklist.Option {
	var out []checklist.Option
	for _, o := range tpl.Catalogues.Strategies.Options {
		if !o.National {
			out = append(out, o)
		}
	}
	return out
}
