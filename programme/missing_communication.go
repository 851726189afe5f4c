package programme

import (
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// missingCommunication lists what step 7 still lacks: a plan that reaches
// every audience the checklist names, with rows that say what is said,
// where and by whom.
//
// Rules, by code:
//   - communication.noRows: no plan yet.
//   - communication.audienceMissing: an audience of the catalogue that no row
//     addresses (Ref audience:<id>); only checked once the plan has rows.
//   - communication.rowNoAudience, rowNoMessage, rowNoChannel,
//     rowNoResponsible: an incomplete row (Ref comm:<id>).
//   - communication.targetOfficialOnly: a row for the target group in
//     Finnish or Swedish only; immigrants new to the country are reached in
//     plain language or their own languages.
//
// keyAudiences are the audiences whose absence from the plan is a warning
// rather than a hint.
var keyAudiences = map[string]bool{AudienceTargetGroup: true, AudienceDecisionMakers: true}

func missingCommunication(p *Programme, tpl *checklist.Template) []Finding {
	const step = StepCommunication
	c := p.Communication
	var out []Finding
	add := func(code, ref, subject string) {
		out = append(out, Finding{Step: step, Code: code, Ref: ref, Subject: subject})
	}
	if len(c.Rows) == 0 {
		add("communication.noRows", "", "")
		return out
	}
	for _, o := range c.AudiencesWithoutRow(tpl) {
		add("communication.audienceMissing", "audience:"+o.ID, o.Label.String())
		out[len(out)-1].SubjectText = o.Label
		if keyAudiences[o.ID] {
			// The decision-makers and the programme's target group are the
			// two audiences the plan exists for; the rest are a hint.
			out[len(out)-1].Severity = SeverityWarning
		}
	}
	for _, r := range c.Rows {
		ref := "comm:" + r.ID
		subject := r.AudienceLabel(tpl, checklist.DefaultLanguage)
		if subject == "" {
			subject = strings.TrimSpace(r.Message)
			add("communication.rowNoAudience", ref, subject)
		}
		if strings.TrimSpace(r.Message) == "" {
			add("communication.rowNoMessage", ref, subject)
		}
		if strings.TrimSpace(r.Channel) == "" {
			add("communication.rowNoChannel", ref, subject)
		}
		if strings.TrimSpace(r.Responsible) == "" {
			add("communication.rowNoResponsible", ref, subject)
		}
		if r.Audience == AudienceTargetGroup && len(r.Languages) > 0 && !r.BeyondOfficial() {
			add("communication.targetOfficialOnly", ref, subject)
		}
	}
	return out
}
