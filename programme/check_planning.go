package programme

import (
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// Rules of the 2025 planning template (Act 681/2023 §45), registered for
// that template only, and the variants that word the shared rules for it.

// Sector and item IDs of the 2025 template that the rules read.
const (
	sectorWellbeingCounty = "wellbeing-county"
	itemWellbeingCounty   = "cooperation.wellbeing-county"
)

// contentRule is the part of the Koto24 guidance page that lists what the
// municipality records: goals, measures, responsible parties, cooperation
// and monitoring with indicators (Act 681/2023, chapter 5).
var contentRule = Source{
	Title:   "Koto24: Kunta suunnittelee ja kehittää kotoutumisen edistämistä yhteistyössä (kotoutuminen.fi)",
	URL:     "https://kotoutuminen.fi/koto24-kunnan-kotoutumisen-suunnittelu",
	Section: "Kunta toteuttaa suunnittelun ja kehittämisen tarpeidensa ja tilanteensa mukaisesti (laki 681/2023, 5 luku, 45 §)",
}

// requiredContent finds the parts of the content rule a plan lacks
// altogether, each an error on the step where it is written:
//   - planning.noGoals: no goals;
//   - planning.noMeasures: goals, but not one measure under any of them;
//   - planning.noResponsible: measures, but none with a responsible party;
//   - planning.noCooperation: no cooperation recorded at all, neither a
//     member of the group nor a hearing (the county has its own rule);
//   - planning.noIndicators: no indicator to monitor the plan with.
//
// Partial gaps (one goal without measures, one measure without a
// responsible party) stay the missing family's warnings.
func requiredContent(p *Programme, _ *checklist.Template) []Finding {
	var out []Finding
	add := func(step, code string) { out = append(out, Finding{Step: step, Code: code}) }
	measures, responsible := 0, 0
	for _, g := range p.Goals {
		for _, m := range g.Measures {
			measures++
			if strings.TrimSpace(m.Responsible) != "" {
				responsible++
			}
		}
	}
	switch {
	case len(p.Goals) == 0:
		add(StepGoals, "planning.noGoals")
	case measures == 0:
		add(StepGoals, "planning.noMeasures")
	case responsible == 0:
		add(StepGoals, "planning.noResponsible")
	}
	if len(p.Cooperation.Members) == 0 && len(p.Cooperation.Hearings) == 0 {
		add(StepCooperation, "planning.noCooperation")
	}
	if len(p.Monitoring.Indicators) == 0 {
		add(StepMonitoring, "planning.noIndicators")
	}
	return out
}

// noWellbeingCounty finds a plan whose cooperation does not include the
// wellbeing services county: the 2025 checklist's step 2 opens with the
// municipality ensuring that cooperation, its one unconditional item. A
// county representative in the group, or the item ticked (cooperation
// arranged outside the group), both count.
func noWellbeingCounty(p *Programme, _ *checklist.Template) []Finding {
	if p.Item(itemWellbeingCounty).Done {
		return nil
	}
	for _, m := range p.Cooperation.Members {
		if m.Sector == sectorWellbeingCounty {
			return nil
		}
	}
	return []Finding{{Code: "planning.noWellbeingCounty", Ref: "item:" + itemWellbeingCounty}}
}

// planningVariants word the shared rules for the 2025 template: the plan
// is a "suunnitelma"; hearing immigrants is the checklist's strong
// recommendation, not the old checklist's "must"; and the council's
// adoption is no longer the path's required end (the checklist asks only
// to schedule what goes to political decision-making), so its absence is a
// hint.
var planningVariants = map[string]Variant{
	"cooperation.noHearings":      {Key: "check.planning.noHearings"},
	"participation.notHeard":      {Key: "check.planning.notHeard"},
	"cooperation.noImmigrants":    {Key: "check.planning.noImmigrants"},
	"responsibility.noCouncil":    {Key: "check.planning.noCouncil", Severity: SeverityHint},
	"responsibility.noMilestones": {Key: "check.planning.noMilestones"},
	"document.noDraft":            {Key: "check.planning.noDraft"},
	"monitoring.noPlan":           {Key: "check.planning.noMonitoringPlan"},
	"monitoring.planNoWho":        {Key: "check.planning.planNoWho"},
	"monitoring.planNoReportsTo":  {Key: "check.planning.planNoReportsTo"},
	"monitoring.planNoFrequency":  {Key: "check.planning.planNoFrequency"},
	"monitoring.planNoUpdate":     {Key: "check.planning.planNoUpdate"},
}

func init() {
	only := []string{checklist.PlanningID}
	RegisterRule(Rule{
		ID: "planning.required", Family: FamilyTemplate, Severity: SeverityError,
		Source: SourceRef{Fixed: &contentRule}, Templates: only, Find: requiredContent,
		Supersedes: []string{"goals.none", "monitoring.none"},
	})
	RegisterRule(Rule{
		ID: "planning.noWellbeingCounty", Family: FamilyTemplate, Step: StepCooperation,
		Severity: SeverityError, Source: SourceRef{Step: StepCooperation},
		Templates: only, Find: noWellbeingCounty,
	})
	RegisterRule(Rule{
		ID: "planning.oldTerms", Family: FamilyTerms, Severity: SeverityHint,
		Source: SourceRef{Fixed: &contentRule}, Templates: only, Find: oldTermsUsed,
	})
	for code, v := range planningVariants {
		RegisterVariant(checklist.PlanningID, code, v)
	}
}
