package programme

import (
	"fmt"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// missingGoals lists what the goals and measures still lack:
//   - goals.none: no goals at all;
//   - goals.noTitle, noTheme, noStrategy, noMeasures: a goal that cannot be
//     named, grouped, tied to the municipality's strategies (the checklist
//     asks for this link) or pursued;
//   - goals.noResponsible, noSchedule: a measure that nobody answers for or
//     that has neither start nor end; dropped and done measures are not
//     chased for schedules, since their time is past;
//   - goals.endBeforeStart: a stored schedule that ends before it starts
//     (the editor refuses these, but an imported or older file may hold one).
func missingGoals(p *Programme, tpl *checklist.Template) []Finding {
	const step = StepGoals
	var out []Finding
	if len(p.Goals) == 0 {
		return []Finding{{Step: step, Code: "goals.none"}}
	}
	for i, g := range p.Goals {
		ref, subj := "goal:"+g.ID, findingSubject(g.Title, i)
		if strings.TrimSpace(g.Title) == "" {
			out = append(out, Finding{Step: step, Code: "goals.noTitle", Ref: ref, Subject: subj})
		}
		if !g.HasTheme() {
			out = append(out, Finding{Step: step, Code: "goals.noTheme", Ref: ref, Subject: subj})
		}
		if len(g.Strategies) == 0 {
			out = append(out, Finding{Step: step, Code: "goals.noStrategy", Ref: ref, Subject: subj})
		}
		if len(g.Measures) == 0 {
			out = append(out, Finding{Step: step, Code: "goals.noMeasures", Ref: ref, Subject: subj})
		}
		for j, m := range g.Measures {
			mref, msubj := "measure:"+m.ID, findingSubject(m.Title, j)
			if strings.TrimSpace(m.Responsible) == "" {
				out = append(out, Finding{Step: step, Code: "goals.noResponsible", Ref: mref, Subject: msubj})
			}
			// The current state: a follow-up round's, once one records it.
			st := p.CurrentStatus(m)
			open := st != MeasureDone && st != MeasureDropped
			if open && m.Start.IsZero() && m.End.IsZero() {
				out = append(out, Finding{Step: step, Code: "goals.noSchedule", Ref: mref, Subject: msubj})
			}
			if m.Validate() != nil {
				out = append(out, Finding{Step: step, Code: "goals.endBeforeStart", Ref: mref, Subject: msubj})
			}
		}
	}
	return out
}

// findingSubject names a row for a finding: its title, or its position ("#2") when
// it has none yet, so the message still points somewhere.
func findingSubject(title string, i int) string {
	if t := strings.TrimSpace(title); t != "" {
		return t
	}
	return fmt.Sprintf("#%d", i+1)
}
