package programme

// checkRules is the checker's table of built-in rules, independent of the
// template (a template's own rules are added with RegisterRule). The
// missing family comes first, one rule per step; the codes it reports as
// something other than a warning are listed with the rule.
var checkRules = []Rule{
	missingRule(StepResponsibility, missingResponsibility, map[string]Severity{
		"responsibility.noAuthority":  SeverityError,
		"responsibility.expertNoName": SeverityHint,
	}),
	missingRule(StepCooperation, missingCooperation, map[string]Severity{
		"cooperation.sectorMissing":    SeverityHint,
		"cooperation.onlyMeetings":     SeverityHint,
		"cooperation.hearingNoSummary": SeverityHint,
	}),
	missingRule(StepSituation, missingSituation, map[string]Severity{
		"situation.figureNoYear":   SeverityHint,
		"situation.noQualitative":  SeverityWarning,
		"situation.unanswered":     SeverityHint,
		"situation.unansweredMany": SeverityHint,
	}),
	missingRule(StepGoals, missingGoals, map[string]Severity{
		"goals.none":           SeverityError,
		"goals.endBeforeStart": SeverityError,
		"goals.noTheme":        SeverityHint,
	}),
	missingRule(StepDocument, missingDocument, nil),
	missingRule(StepMonitoring, missingMonitoring, map[string]Severity{
		"monitoring.none":                 SeverityError,
		"monitoring.targetBeforeBaseline": SeverityError,
	}),
	missingRule(StepCommunication, missingCommunication, map[string]Severity{
		"communication.audienceMissing": SeverityHint,
	}),

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
		ID: "communication.onlyFinnish", Family: FamilyCommunication, Step: StepCommunication, Severity: SeverityWarning,
		Source: SourceRef{Step: StepCommunication}, Find: onlyFinnish,
	},
}
