package programme

// checkRules is the checker's table of built-in rules, independent of the
// template (a template's own rules are added with RegisterRule). The
// missing family comes before them, one rule per step, made from the step
// registry (registry.go).
var checkRules = []Rule{
	{
		ID: "plan.measureOutsidePeriod", Family: FamilyPlan, Step: StepGoals, Severity: SeverityWarning,
		Source: SourceRef{Step: StepGoals}, Find: measureOutsidePeriod,
	},
	{
		ID: "plan.targetOutsidePeriod", Family: FamilyPlan, Step: StepMonitoring, Severity: SeverityWarning,
		Source: SourceRef{Step: StepMonitoring}, Find: targetOutsidePeriod,
	},
	{
		ID: "participation.notHeard", Family: FamilyParticipation, Step: StepCooperation, Severity: SeverityWarning,
		Source: SourceRef{Step: StepCooperation}, Find: immigrantsNotHeard,
	},
	{
		ID: "document.longSection", Family: FamilyDocument, Step: StepDocument, Severity: SeverityHint,
		Source: SourceRef{About: "about.concise"}, Find: longSection,
	},
	{
		ID: "document.servicesWithoutGoal", Family: FamilyDocument, Step: StepDocument, Severity: SeverityHint,
		Source: SourceRef{About: "about.services"}, Find: servicesWithoutGoal,
	},
	{
		ID: "document.translations", Family: FamilyDocument, Step: StepDocument, Severity: SeverityWarning,
		Source: SourceRef{Step: StepDocument}, Find: translationFindings,
	},
	{
		ID: "communication.onlyFinnish", Family: FamilyCommunication, Step: StepCommunication, Severity: SeverityWarning,
		Source: SourceRef{Step: StepCommunication}, Find: onlyFinnish,
	},
}
