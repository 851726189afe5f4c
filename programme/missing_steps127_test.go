package programme_test

import (
	"fmt"
	"slices"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// complete127 returns a programme whose steps 1, 2 and 7 lack nothing.
func complete127(tpl *checklist.Template) *programme.Programme {
	p := programme.New(tpl, []string{"Akaa"}, "Kotouttamisohjelma", 2026, 2029)
	r := &p.Responsibility
	r.Organisation = "Hyvinvointitoimiala"
	r.Lead = programme.Contact{ID: "lead", Name: "Aino", Email: "aino@akaa.fi"}
	r.ELY = programme.Contact{ID: "ely", Name: "Mikko"}
	r.Contacts = []programme.Contact{{ID: "c1", Name: "Sanna"}}
	r.Experts = []programme.Contact{{ID: "e1", Name: "Hanna"}}
	r.Milestones = []programme.Milestone{
		{ID: "m1", Date: "2026-12-07", Body: "Kunnanhallitus", Decision: "Esittää"},
		{ID: "m2", Date: "2026-12-14", Body: "Kunnanvaltuusto", Decision: "Hyväksyy"},
	}
	c := &p.Cooperation
	for i, o := range tpl.Catalogues.Sectors.Options {
		if o.Recommended {
			c.Members = append(c.Members, programme.Member{ID: fmt.Sprint("mem", i), Name: "Jäsen", Sector: o.ID})
		}
	}
	c.Hearings = []programme.Hearing{
		{ID: "h1", Date: "2026-03", Kind: programme.HearingMeeting, Summary: "Sovittiin"},
		{ID: "h2", Date: "2026-04-22", Kind: programme.HearingResident, Summary: "Kuultiin"},
	}
	c.Schedule = "- 12/2026 valtuusto"
	for _, o := range tpl.Catalogues.Audiences.Options {
		p.Communication.Rows = append(p.Communication.Rows, programme.CommRow{
			ID: "row-" + o.ID, Audience: o.ID,
			Message: "Viesti", Channel: "verkkosivut", Responsible: "viestintä", Languages: []string{programme.LangFinnish, programme.LangPlain},
		})
	}
	return p
}

// codeRefs lists "code ref" for each finding.
func codeRefs(fs []programme.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Code + " " + f.Ref
	}
	return out
}

func TestMissingSteps127(t *testing.T) {
	tpl := checklist.Default()
	for _, step := range []string{"responsibility", "cooperation", "communication"} {
		if fs := complete127(tpl).MissingIn(tpl, step); len(fs) != 0 {
			t.Errorf("complete programme lacks in %s: %v", step, codeRefs(fs))
		}
	}
	for _, tc := range []struct {
		step   string
		change func(p *programme.Programme)
		want   []string // exactly these "code ref" findings
	}{
		{
			"responsibility", func(p *programme.Programme) { p.Responsibility.Organisation = " " },
			[]string{"responsibility.noAuthority "},
		},
		{
			"responsibility", func(p *programme.Programme) { p.Responsibility.Lead = programme.Contact{Email: "a@b.fi"} },
			[]string{"responsibility.noLead "},
		},
		{
			"responsibility", func(p *programme.Programme) { p.Responsibility.Lead.Email = "" },
			[]string{"responsibility.leadUnreachable "},
		},
		{
			"responsibility", func(p *programme.Programme) { p.Responsibility.ELY.Name = "" },
			[]string{"responsibility.noEly "},
		},
		{
			"responsibility", func(p *programme.Programme) { p.Responsibility.Contacts[0].Name = "" },
			[]string{"responsibility.contactNoName contact:c1"},
		},
		{
			"responsibility", func(p *programme.Programme) { p.Responsibility.Experts[0].Name = "" },
			[]string{"responsibility.expertNoName expert:e1"},
		},
		{
			"responsibility", func(p *programme.Programme) { p.Responsibility.Milestones = nil },
			[]string{"responsibility.noMilestones "},
		},
		{
			"responsibility", func(p *programme.Programme) { p.Responsibility.Milestones[1].Body = "Kunnanhallitus" },
			[]string{"responsibility.noCouncil "},
		},
		{
			"responsibility", func(p *programme.Programme) { p.Responsibility.Milestones[0].Date = "" },
			[]string{"responsibility.milestoneNoDate milestone:m1"},
		},
		{
			"responsibility", func(p *programme.Programme) { p.Responsibility.Milestones[0].Body = "" },
			[]string{"responsibility.milestoneNoBody milestone:m1"},
		},

		{
			"cooperation", func(p *programme.Programme) { p.Cooperation.Members = nil },
			[]string{"cooperation.noMembers ", "cooperation.noImmigrants "},
		},
		{"cooperation", func(p *programme.Programme) {
			p.Cooperation.Members = slices.DeleteFunc(p.Cooperation.Members, func(m programme.Member) bool {
				return m.Sector == "immigrant-resident" || m.Sector == "immigrant-association"
			})
		}, []string{"cooperation.noImmigrants "}},
		{"cooperation", func(p *programme.Programme) {
			p.Cooperation.Members = slices.DeleteFunc(p.Cooperation.Members, func(m programme.Member) bool { return m.Sector == "kela" })
		}, []string{"cooperation.sectorMissing sector:kela"}},
		{
			"cooperation", func(p *programme.Programme) { p.Cooperation.Members[0].Name = "" },
			[]string{"cooperation.memberNoName member:mem0"},
		},
		{"cooperation", func(p *programme.Programme) {
			p.Cooperation.Members = append(p.Cooperation.Members, programme.Member{ID: "x", Name: "Uusi"})
		}, []string{"cooperation.memberNoSector member:x"}},
		{
			"cooperation", func(p *programme.Programme) { p.Cooperation.Hearings = nil },
			[]string{"cooperation.noHearings "},
		},
		{
			"cooperation", func(p *programme.Programme) { p.Cooperation.Hearings[1].Kind = programme.HearingMeeting },
			[]string{"cooperation.onlyMeetings "},
		},
		{
			"cooperation", func(p *programme.Programme) { p.Cooperation.Hearings[1].Date = "" },
			[]string{"cooperation.hearingNoDate hearing:h2"},
		},
		{
			"cooperation", func(p *programme.Programme) { p.Cooperation.Hearings[0].Summary = "\n" },
			[]string{"cooperation.hearingNoSummary hearing:h1"},
		},
		{
			"cooperation", func(p *programme.Programme) { p.Cooperation.Schedule = "" },
			[]string{"cooperation.noSchedule "},
		},

		{
			"communication", func(p *programme.Programme) { p.Communication.Rows = nil },
			[]string{"communication.noRows "},
		},
		{
			"communication", func(p *programme.Programme) { p.Communication.Rows[0].Audience = "" },
			[]string{"communication.audienceMissing audience:residents", "communication.rowNoAudience comm:row-residents"},
		},
		{"communication", func(p *programme.Programme) {
			p.Communication.Rows[0].Audience, p.Communication.Rows[0].CustomAudience = "", "Henkilöstö"
			p.Communication.Rows = append(p.Communication.Rows, programme.CommRow{ID: "r", Audience: "residents", Message: "m", Channel: "c", Responsible: "r"})
		}, nil},
		{
			"communication", func(p *programme.Programme) { p.Communication.Rows[1].Message = "" },
			[]string{"communication.rowNoMessage comm:row-stakeholders"},
		},
		{
			"communication", func(p *programme.Programme) { p.Communication.Rows[1].Channel = "" },
			[]string{"communication.rowNoChannel comm:row-stakeholders"},
		},
		{
			"communication", func(p *programme.Programme) { p.Communication.Rows[1].Responsible = "" },
			[]string{"communication.rowNoResponsible comm:row-stakeholders"},
		},
		{"communication", func(p *programme.Programme) {
			p.Communication.Rows[2].Languages = []string{programme.LangFinnish, programme.LangSwedish}
		}, []string{"communication.targetOfficialOnly comm:row-target-group"}},
		{"communication", func(p *programme.Programme) {
			p.Communication.Rows[1].Languages = []string{programme.LangFinnish}
		}, nil},
	} {
		name := tc.step
		if len(tc.want) > 0 {
			name = tc.want[0]
		}
		t.Run(name, func(t *testing.T) {
			p := complete127(tpl)
			tc.change(p)
			fs := p.MissingIn(tpl, tc.step)
			if got := codeRefs(fs); fmt.Sprint(got) != fmt.Sprint(tc.want) && !(len(got) == 0 && len(tc.want) == 0) {
				t.Errorf("findings = %q, want %q", got, tc.want)
			}
			for _, f := range fs {
				if f.Step != tc.step {
					t.Errorf("finding %s has step %q", f.Code, f.Step)
				}
			}
		})
	}
}

func TestMissingSubjects(t *testing.T) {
	tpl := checklist.Default()
	p := complete127(tpl)
	p.Responsibility.Milestones[0].Date = ""
	p.Communication.Rows[1].Channel = ""
	p.Cooperation.Members = slices.DeleteFunc(p.Cooperation.Members, func(m programme.Member) bool { return m.Sector == "kela" })
	got := map[string]string{}
	for _, f := range p.Missing(tpl) {
		got[f.Code] = f.Subject
	}
	for code, want := range map[string]string{
		"responsibility.milestoneNoDate": "Kunnanhallitus",
		"communication.rowNoChannel":     "Sidosryhmät",
		"cooperation.sectorMissing":      "Kela",
	} {
		if got[code] != want {
			t.Errorf("%s subject = %q, want %q", code, got[code], want)
		}
	}
}

func TestEmptyAndDemoFindings127(t *testing.T) {
	tpl := checklist.Default()
	empty := programme.New(tpl, []string{"Akaa"}, "Ohjelma", 2026, 2029)
	var got []string
	for _, step := range []string{"responsibility", "cooperation", "communication"} {
		for _, f := range empty.MissingIn(tpl, step) {
			got = append(got, f.Code)
		}
	}
	want := []string{
		"responsibility.noAuthority", "responsibility.noLead", "responsibility.noEly", "responsibility.noMilestones",
		"cooperation.noMembers", "cooperation.noImmigrants", "cooperation.noHearings", "cooperation.noSchedule",
		"communication.noRows",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("empty programme findings = %v, want %v", got, want)
	}

	// The demo shows every structure but keeps a few realistic gaps.
	demo := programme.Demo(tpl)
	got = nil
	for _, step := range []string{"responsibility", "cooperation", "communication"} {
		got = append(got, codeRefs(demo.MissingIn(tpl, step))...)
	}
	for _, prefix := range []string{
		"responsibility.milestoneNoDate milestone:", "responsibility.expertNoName expert:",
		"cooperation.sectorMissing sector:kela", "cooperation.sectorMissing sector:company", "cooperation.hearingNoSummary hearing:",
		"communication.audienceMissing audience:decision-makers", "communication.rowNoResponsible comm:",
	} {
		if !slices.ContainsFunc(got, func(s string) bool { return len(s) >= len(prefix) && s[:len(prefix)] == prefix }) {
			t.Errorf("demo lacks the gap %q; findings: %v", prefix, got)
		}
	}
	if len(got) > 9 {
		t.Errorf("demo has %d findings in steps 1, 2, 7; it should look nearly done: %v", len(got), got)
	}
}
