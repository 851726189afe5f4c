package programme

import (
	"strconv"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// missingSituation lists what the situation picture still lacks:
//   - situation.unanswered: a guiding question of the checklist, or one of the
//     municipality's own questions, has no answer (one finding per question,
//     so the user can go straight to it); when more than maxQuestionFindings
//     checklist questions are open, situation.unansweredMany counts them in
//     one finding (Subject is the count) that points at the first, so a
//     fresh programme's list is not all questions;
//   - situation.noFigures: no key figures at all;
//   - situation.figureNoValue, figureNoYear, figureNoSource: a key figure that
//     cannot be read or checked without them;
//   - situation.noSources: neither a ticked checklist source nor a source of
//     the municipality's own;
//   - situation.noQualitative: no strengths, challenges or missing services,
//     i.e. the picture is numbers only (the checklist asks for both kinds).
//
// maxQuestionFindings is how many unanswered checklist questions are listed
// one by one before they are counted in one finding.
const maxQuestionFindings = 3

func missingSituation(p *Programme, tpl *checklist.Template) []Finding {
	const step = StepSituation
	s := &p.Situation
	var out []Finding
	if st, ok := tpl.Step(step); ok {
		var open []Finding
		for _, it := range st.ItemsOf(checklist.KindQuestion) {
			if strings.TrimSpace(s.Answers[it.ID]) == "" {
				open = append(open, Finding{Step: step, Code: "situation.unanswered", Ref: "question:" + it.ID, Subject: it.Text.String()})
			}
		}
		if len(open) > maxQuestionFindings {
			open = []Finding{{Step: step, Code: "situation.unansweredMany", Ref: open[0].Ref, Subject: strconv.Itoa(len(open))}}
		}
		out = append(out, open...)
	}
	for i, q := range s.Questions {
		if strings.TrimSpace(q.Answer) == "" {
			out = append(out, Finding{Step: step, Code: "situation.unanswered", Ref: "question:" + q.ID, Subject: findingSubject(q.Question, i)})
		}
	}
	if len(s.Figures) == 0 {
		out = append(out, Finding{Step: step, Code: "situation.noFigures"})
	}
	for i, f := range s.Figures {
		ref, subj := "figure:"+f.ID, findingSubject(f.Label, i)
		if f.Value.IsZero() {
			out = append(out, Finding{Step: step, Code: "situation.figureNoValue", Ref: ref, Subject: subj})
		}
		if f.Year == 0 {
			out = append(out, Finding{Step: step, Code: "situation.figureNoYear", Ref: ref, Subject: subj})
		}
		if strings.TrimSpace(f.Source) == "" {
			out = append(out, Finding{Step: step, Code: "situation.figureNoSource", Ref: ref, Subject: subj})
		}
	}
	if len(p.SourcesUsed(tpl)) == 0 && len(CleanList(s.OtherSources)) == 0 {
		out = append(out, Finding{Step: step, Code: "situation.noSources"})
	}
	if len(CleanList(s.Strengths))+len(CleanList(s.Challenges))+len(CleanList(s.MissingServices)) == 0 {
		out = append(out, Finding{Step: step, Code: "situation.noQualitative"})
	}
	return out
}
