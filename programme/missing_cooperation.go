package programme

import (
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// missingCooperation lists what step 2 still lacks: the group, its breadth,
// immigrants' own part in it, evidence of hearings and the agreed schedule.
//
// Rules, by code:
//   - cooperation.noMembers: the group has no members yet.
//   - cooperation.noImmigrants: no member comes from a sector through which
//     immigrants take part themselves (immigrant residents, immigrant
//     associations). The checklist requires their active participation, so
//     the UI shows this one as a warning.
//   - cooperation.sectorMissing: a recommended sector without a member (Ref
//     sector:<id>). Only checked once the group has members, so that an
//     empty step is not buried under a dozen sector lines.
//   - cooperation.memberNoName, memberNoSector: an incomplete member row
//     (Ref member:<id>).
//   - cooperation.noHearings: no meeting, hearing or event recorded.
//   - cooperation.onlyMeetings: only the working group's own meetings, no
//     hearing, workshop, survey or resident event that reaches others.
//   - cooperation.hearingNoDate, hearingNoSummary: a hearing that does not
//     yet serve as evidence (Ref hearing:<id>).
//   - cooperation.noSchedule: no agreed preparation schedule.
func missingCooperation(p *Programme, tpl *checklist.Template) []Finding {
	const step = StepCooperation
	c := p.Cooperation
	var out []Finding
	add := func(code, ref, subject string) {
		out = append(out, Finding{Step: step, Code: code, Ref: ref, Subject: subject})
	}
	if len(c.Members) == 0 {
		add("cooperation.noMembers", "", "")
	}
	if c.ImmigrantMembers(tpl) == 0 {
		add("cooperation.noImmigrants", "", "")
	}
	if len(c.Members) > 0 {
		for _, sc := range c.Coverage(tpl) {
			if sc.Sector.Recommended && !sc.Sector.Immigrant && sc.Members == 0 {
				add("cooperation.sectorMissing", "sector:"+sc.Sector.ID, sc.Sector.Label.String())
				out[len(out)-1].SubjectText = sc.Sector.Label
			}
		}
	}
	for _, m := range c.Members {
		if strings.TrimSpace(m.Name) == "" {
			add("cooperation.memberNoName", "member:"+m.ID, strings.TrimSpace(m.Organisation))
		}
		if _, ok := tpl.Catalogues.Sectors.Option(m.Sector); !ok {
			add("cooperation.memberNoSector", "member:"+m.ID, m.Label())
		}
	}
	if len(c.Hearings) == 0 {
		add("cooperation.noHearings", "", "")
	} else {
		outreach := false
		for _, h := range c.Hearings {
			outreach = outreach || (h.Kind != "" && h.Kind != HearingMeeting)
			if h.Date.IsZero() {
				add("cooperation.hearingNoDate", "hearing:"+h.ID, h.Label())
			}
			if strings.TrimSpace(h.Summary) == "" {
				add("cooperation.hearingNoSummary", "hearing:"+h.ID, h.Label())
			}
		}
		if !outreach {
			add("cooperation.onlyMeetings", "", "")
		}
	}
	if strings.TrimSpace(c.Schedule) == "" {
		add("cooperation.noSchedule", "", "")
	}
	return out
}
