package programme

import "fi.kotoutus/kotoutus/checklist"

// Rules of the 2025 planning template (Act 681/2023 §45), registered for
// that template only.

// Sector and item IDs of the 2025 template that the rules read.
const (
	sectorWellbeingCounty = "wellbeing-county"
	itemWellbeingCounty   = "cooperation.wellbeing-county"
)

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

func init() {
	RegisterRule(Rule{
		ID: "planning.noWellbeingCounty", Family: FamilyTemplate, Step: StepCooperation,
		Severity: SeverityError, Source: SourceRef{Step: StepCooperation},
		Templates: []string{checklist.PlanningID}, Find: noWellbeingCounty,
	})
}
