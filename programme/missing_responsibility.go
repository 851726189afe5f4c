package programme

import (
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// missingResponsibility lists what step 1 still lacks. The checklist asks
// for a named coordinating authority, a responsible person, early contact
// with the ELY centre and decision-makers committed to a schedule; the
// schedule shows as the decision path, which must end in the council's
// decision since the council adopts the programme.
//
// Rules, by code:
//   - responsibility.noAuthority: no coordinating organisation.
//   - responsibility.noLead: no responsible person's name.
//   - responsibility.leadUnreachable: the lead has neither e-mail nor phone.
//   - responsibility.noEly: no ELY centre contact's name.
//   - responsibility.contactNoName / expertNoName: a row added but not named
//     (Ref contact:<id> / expert:<id>).
//   - responsibility.noMilestones: no decision path at all.
//   - responsibility.noCouncil: a path without the council's decision.
//   - responsibility.milestoneNoDate: a milestone that cannot be placed on the
//     timeline (Ref milestone:<id>).
//   - responsibility.milestoneNoBody: a milestone without the deciding body.
func missingResponsibility(p *Programme, _ *checklist.Template) []Finding {
	const step = StepResponsibility
	r := p.Responsibility
	var out []Finding
	add := func(code, ref, subject string) {
		out = append(out, Finding{Step: step, Code: code, Ref: ref, Subject: subject})
	}
	if strings.TrimSpace(r.Organisation) == "" {
		add("responsibility.noAuthority", "", "")
	}
	switch {
	case !r.Lead.Named():
		add("responsibility.noLead", "", "")
	case !r.Lead.Reachable():
		add("responsibility.leadUnreachable", "", r.Lead.Name)
	}
	if !r.ELY.Named() {
		add("responsibility.noEly", "", "")
	}
	for _, c := range r.Contacts {
		if !c.Named() {
			add("responsibility.contactNoName", "contact:"+c.ID, c.Organisation)
		}
	}
	for _, c := range r.Experts {
		if !c.Named() {
			add("responsibility.expertNoName", "expert:"+c.ID, c.Organisation)
		}
	}
	if len(r.Milestones) == 0 {
		add("responsibility.noMilestones", "", "")
		return out
	}
	council := false
	for _, m := range r.Timeline() {
		council = council || m.IsCouncil()
		if m.Date.IsZero() {
			add("responsibility.milestoneNoDate", "milestone:"+m.ID, m.Label())
		}
		if strings.TrimSpace(m.Body) == "" {
			add("responsibility.milestoneNoBody", "milestone:"+m.ID, strings.TrimSpace(m.Decision))
		}
	}
	if !council {
		add("responsibility.noCouncil", "", "")
	}
	return out
}
