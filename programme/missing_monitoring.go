package programme

import (
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// missingMonitoring lists what monitoring still lacks:
//   - monitoring.none: no indicators chosen;
//   - monitoring.goalNoIndicator: a goal that no indicator follows, so its
//     progress cannot be seen (only goals with a title, to avoid repeating
//     step 4's findings about half-made goals);
//   - monitoring.noGoal, noSource, noBaseline, noTarget: an indicator that
//     follows nothing, whose data cannot be had, or whose change cannot be
//     measured (the checklist asks for a known source for every indicator);
//   - monitoring.targetBeforeBaseline: a stored target year before the
//     baseline year (the editor refuses these; older files may hold one);
//   - monitoring.noPlan when the monitoring plan is empty, otherwise
//     planNoWho, planNoReportsTo, planNoFrequency and planNoUpdate for each
//     part the checklist's questions ask about.
func missingMonitoring(p *Programme, tpl *checklist.Template) []Finding {
	const step = StepMonitoring
	m := &p.Monitoring
	var out []Finding
	if len(m.Indicators) == 0 {
		out = append(out, Finding{Step: step, Code: "monitoring.none"})
	}
	for i, g := range p.Goals {
		if strings.TrimSpace(g.Title) != "" && len(m.Indicators) > 0 && len(p.IndicatorsOf(g.ID)) == 0 {
			out = append(out, Finding{Step: step, Code: "monitoring.goalNoIndicator", Ref: "goal:" + g.ID, Subject: findingSubject(g.Title, i)})
		}
	}
	for i, ind := range m.Indicators {
		ref, subj := "indicator:"+ind.ID, findingSubject(ind.Name, i)
		linked := 0
		for _, id := range ind.GoalIDs {
			if p.Goal(id) != nil {
				linked++
			}
		}
		if linked == 0 {
			out = append(out, Finding{Step: step, Code: "monitoring.noGoal", Ref: ref, Subject: subj})
		}
		if strings.TrimSpace(ind.Source) == "" {
			out = append(out, Finding{Step: step, Code: "monitoring.noSource", Ref: ref, Subject: subj})
		}
		if ind.Baseline.Value.IsZero() || ind.Baseline.Year == 0 {
			out = append(out, Finding{Step: step, Code: "monitoring.noBaseline", Ref: ref, Subject: subj})
		}
		if ind.Target.Value.IsZero() || ind.Target.Year == 0 {
			out = append(out, Finding{Step: step, Code: "monitoring.noTarget", Ref: ref, Subject: subj})
		}
		if ind.Baseline.Year != 0 && ind.Target.Year != 0 && ind.Target.Year < ind.Baseline.Year {
			out = append(out, Finding{Step: step, Code: "monitoring.targetBeforeBaseline", Ref: ref, Subject: subj})
		}
	}
	pl := m.Plan
	if pl.IsEmpty() {
		return append(out, Finding{Step: step, Code: "monitoring.noPlan"})
	}
	for _, part := range []struct{ text, code string }{
		{pl.Who, "monitoring.planNoWho"},
		{pl.ReportsTo, "monitoring.planNoReportsTo"},
		{pl.Frequency, "monitoring.planNoFrequency"},
		{pl.UpdateWhen, "monitoring.planNoUpdate"},
	} {
		if strings.TrimSpace(part.text) == "" {
			out = append(out, Finding{Step: step, Code: part.code})
		}
	}
	return out
}
