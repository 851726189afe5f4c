package programme_test

import (
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func planningDemo(t *testing.T, tpl *checklist.Template) *programme.Programme {
	t.Helper()
	p, err := programme.DemoFor(tpl)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// guidancePage is the Koto24 page whose content rule the 2025 required
// content cites.
const guidancePage = "https://kotoutuminen.fi/koto24-kunnan-kotoutumisen-suunnittelu"

// TestPlanningRequiredContent: on the 2025 template, each part of the
// content rule (goals, measures, responsible parties, cooperation,
// monitoring with indicators) missing altogether is an error on its step,
// worded for the plan and citing the Koto24 guidance page, not the old
// checklist; the 2025 demo has none of them.
func TestPlanningRequiredContent(t *testing.T) {
	tpl := planningTemplate(t)
	tests := []struct {
		code      string
		step      string
		triggers  func(p *programme.Programme)
		stillFine func(p *programme.Programme)
	}{
		{
			"planning.noGoals", programme.StepGoals,
			func(p *programme.Programme) { p.Goals = nil },
			func(p *programme.Programme) { p.Goals = p.Goals[:1] },
		},
		{
			"planning.noMeasures", programme.StepGoals,
			func(p *programme.Programme) {
				for i := range p.Goals {
					p.Goals[i].Measures = nil
				}
			},
			func(p *programme.Programme) {
				for i := range p.Goals[1:] {
					p.Goals[i+1].Measures = nil
				}
			},
		},
		{
			"planning.noResponsible", programme.StepGoals,
			func(p *programme.Programme) {
				for i := range p.Goals {
					for j := range p.Goals[i].Measures {
						p.Goals[i].Measures[j].Responsible = " "
					}
				}
			},
			func(p *programme.Programme) {
				for i := range p.Goals {
					for j := range p.Goals[i].Measures {
						p.Goals[i].Measures[j].Responsible = ""
					}
				}
				p.Goals[0].Measures[0].Responsible = "Sivistyspalvelut"
			},
		},
		{
			"planning.noCooperation", programme.StepCooperation,
			func(p *programme.Programme) {
				p.Cooperation.Members = nil
				p.Cooperation.Hearings = nil
			},
			func(p *programme.Programme) { p.Cooperation.Members = nil }, // the hearings remain
		},
		{
			"planning.noIndicators", programme.StepMonitoring,
			func(p *programme.Programme) { p.Monitoring.Indicators = nil },
			func(p *programme.Programme) { p.Monitoring.Indicators = p.Monitoring.Indicators[:1] },
		},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			hit := planningDemo(t, tpl)
			tt.triggers(hit)
			got := findCode(hit, tpl, tt.code)
			if len(got) != 1 {
				t.Fatalf("triggering plan: %d findings %s, want 1: %+v", len(got), tt.code, got)
			}
			f := got[0]
			if f.Severity != programme.SeverityError || f.Step != tt.step || f.Rule != "planning.required" || f.Key != "check."+tt.code {
				t.Errorf("finding %+v: want an error on %s from planning.required", f, tt.step)
			}
			if f.Source == nil || f.Source.URL != guidancePage || !strings.Contains(f.Source.Section, "681/2023") {
				t.Errorf("source %+v: want the Koto24 guidance page and Act 681/2023", f.Source)
			}
			// The old checklist's missing rules do not say the same again.
			for _, old := range []string{"goals.none", "monitoring.none"} {
				if len(findCode(hit, tpl, old)) > 0 {
					t.Errorf("%s reported beside %s", old, tt.code)
				}
			}
			// The step page's "still missing" shows it too.
			in := false
			for _, m := range hit.MissingIn(tpl, tt.step) {
				in = in || m.Code == tt.code
			}
			if !in {
				t.Errorf("%s not among step %s's missing findings", tt.code, tt.step)
			}

			fine := planningDemo(t, tpl)
			tt.stillFine(fine)
			if got := findCode(fine, tpl, tt.code); len(got) > 0 {
				t.Errorf("plan that should pass: %+v", got)
			}
		})
	}
}

// TestRequiredContentOnlyOn2025: the old template keeps its own rules
// (goals.none, monitoring.none, citing the old checklist) and gets none of
// the 2025 content rule's findings.
func TestRequiredContentOnlyOn2025(t *testing.T) {
	old := checklist.Default()
	p := programme.New(old, []string{"Akaa"}, "", 2026, 2029)
	for _, f := range p.Check(old) {
		if strings.HasPrefix(f.Code, "planning.") {
			t.Errorf("old template: %+v", f)
		}
	}
	for _, code := range []string{"goals.none", "monitoring.none"} {
		got := findCode(p, old, code)
		if len(got) != 1 || got[0].Source.URL != old.Source.URL || got[0].Severity != programme.SeverityError {
			t.Errorf("%s on the old template: %+v", code, got)
		}
	}

	tpl := planningTemplate(t)
	empty := programme.New(tpl, []string{"Akaa"}, "", 2026, 2029)
	want := map[string]bool{"planning.noGoals": true, "planning.noCooperation": true, "planning.noIndicators": true, "planning.noWellbeingCounty": true}
	for _, f := range empty.Check(tpl) {
		if f.Severity == programme.SeverityError && !want[f.Code] && f.Code != "responsibility.noAuthority" {
			t.Errorf("empty 2025 plan: unexpected error %s", f.Code)
		}
		delete(want, f.Code)
	}
	if len(want) > 0 {
		t.Errorf("empty 2025 plan lacks the errors %v", want)
	}
}

// TestPlanningVariants: rules shared by both templates read as the 2025
// guidance says on the 2025 template (hearings a strong recommendation,
// the council's adoption no longer the path's required end, the plan a
// "suunnitelma"), and as the old checklist says on the old one.
func TestPlanningVariants(t *testing.T) {
	tpl := planningTemplate(t)
	old := checklist.Default()
	tests := []struct {
		code       string
		triggers   func(p *programme.Programme)
		stillFine  func(p *programme.Programme)
		oldSev     programme.Severity
		planningTo string // the 2025 key
		planSev    programme.Severity
	}{
		{
			"cooperation.noHearings",
			func(p *programme.Programme) { p.Cooperation.Hearings = nil },
			func(p *programme.Programme) { p.Cooperation.Hearings = p.Cooperation.Hearings[:1] },
			programme.SeverityWarning, "check.planning.noHearings", programme.SeverityWarning,
		},
		{
			"responsibility.noCouncil",
			func(p *programme.Programme) {
				kept := p.Responsibility.Milestones[:0]
				for _, m := range p.Responsibility.Milestones {
					if !m.IsCouncil() {
						kept = append(kept, m)
					}
				}
				p.Responsibility.Milestones = kept
			},
			func(*programme.Programme) {},
			programme.SeverityWarning, "check.planning.noCouncil", programme.SeverityHint,
		},
		{
			"responsibility.noMilestones",
			func(p *programme.Programme) { p.Responsibility.Milestones = nil },
			func(*programme.Programme) {},
			programme.SeverityWarning, "check.planning.noMilestones", programme.SeverityWarning,
		},
		{
			"document.noDraft",
			func(p *programme.Programme) {
				for i := range p.Document.Sections {
					if s := &p.Document.Sections[i]; s.ElementID == "document.el.population" {
						s.Draft, s.NotApplicable = "", false
					}
				}
			},
			func(*programme.Programme) {},
			programme.SeverityWarning, "check.planning.noDraft", programme.SeverityWarning,
		},
		{
			"monitoring.planNoReportsTo",
			func(p *programme.Programme) { p.Monitoring.Plan.ReportsTo = "" },
			func(p *programme.Programme) { p.Monitoring.Plan.ReportsTo = "Kunnanhallitus" },
			programme.SeverityWarning, "check.planning.planNoReportsTo", programme.SeverityWarning,
		},
		{
			"monitoring.planNoFrequency",
			func(p *programme.Programme) { p.Monitoring.Plan.Frequency = "" },
			func(p *programme.Programme) { p.Monitoring.Plan.Frequency = "Kerran vuodessa" },
			programme.SeverityWarning, "check.planning.planNoFrequency", programme.SeverityWarning,
		},
		{
			"monitoring.planNoUpdate",
			func(p *programme.Programme) { p.Monitoring.Plan.UpdateWhen = " " },
			func(p *programme.Programme) { p.Monitoring.Plan.UpdateWhen = "Kun tilannekuva muuttuu olennaisesti" },
			programme.SeverityWarning, "check.planning.planNoUpdate", programme.SeverityWarning,
		},
		{
			"monitoring.noPlan",
			func(p *programme.Programme) { p.Monitoring.Plan = programme.Plan{} },
			func(p *programme.Programme) { p.Monitoring.Plan = programme.Plan{Who: "Koordinaattori"} },
			programme.SeverityWarning, "check.planning.noMonitoringPlan", programme.SeverityWarning,
		},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			for _, c := range []struct {
				tpl  *checklist.Template
				key  string
				sev  programme.Severity
				demo func() *programme.Programme
			}{
				{old, "missing." + tt.code, tt.oldSev, func() *programme.Programme { return programme.Demo(old) }},
				{tpl, tt.planningTo, tt.planSev, func() *programme.Programme { return planningDemo(t, tpl) }},
			} {
				hit := c.demo()
				tt.triggers(hit)
				got := findCode(hit, c.tpl, tt.code)
				if len(got) != 1 {
					t.Fatalf("%s: %d findings, want 1: %+v", c.tpl.ID, len(got), got)
				}
				if got[0].Key != c.key || got[0].Severity != c.sev {
					t.Errorf("%s: key %s severity %s, want %s %s", c.tpl.ID, got[0].Key, got[0].Severity, c.key, c.sev)
				}
				fine := c.demo()
				tt.stillFine(fine)
				if got := findCode(fine, c.tpl, tt.code); len(got) > 0 {
					t.Errorf("%s: programme that should pass: %+v", c.tpl.ID, got)
				}
			}
		})
	}
}

// TestDerivedStepsCiteTheirOwnPage: a finding on a derived step of the
// 2025 template cites the page the step follows (the guidance page, the
// old checklist for communication) and says it is derived; steps 1-3 cite
// the current checklist.
func TestDerivedStepsCiteTheirOwnPage(t *testing.T) {
	tpl := planningTemplate(t)
	p := programme.New(tpl, []string{"Akaa"}, "", 2026, 2029)
	p.Goals = []programme.Goal{{ID: "g1", Title: "Työllisyys paranee"}} // a goal without measures
	seen := map[string]programme.Source{}
	for _, f := range p.Check(tpl) {
		if f.Rule == "missing."+f.Step && f.Source != nil {
			seen[f.Step] = *f.Source
		}
	}
	for step, want := range map[string]struct {
		url     string
		derived bool
	}{
		programme.StepResponsibility: {tpl.Source.URL, false},
		programme.StepCooperation:    {tpl.Source.URL, false},
		programme.StepGoals:          {guidancePage, true},
		programme.StepMonitoring:     {guidancePage, true},
		programme.StepCommunication:  {"https://kotoutuminen.fi/tarkistuslista-kunnan-kotouttamisohjelman-laatiminen-tai-paivittaminen", true},
	} {
		src, ok := seen[step]
		if !ok {
			t.Errorf("no missing finding on %s", step)
			continue
		}
		if src.URL != want.url || src.Derived != want.derived || src.Title == "" {
			t.Errorf("%s: source %+v, want %s derived=%v with a title", step, src, want.url, want.derived)
		}
	}
}

func TestNoWellbeingCounty(t *testing.T) {
	planning := planningTemplate(t)
	cases := []struct {
		name string
		tpl  *checklist.Template
		edit func(p *programme.Programme)
		want bool
	}{
		{"no county on the 2025 template", planning, func(*programme.Programme) {}, true},
		{"a county member", planning, func(p *programme.Programme) {
			p.Cooperation.Members = append(p.Cooperation.Members, programme.Member{ID: "m1", Name: "Hanna", Sector: "wellbeing-county"})
		}, false},
		{"the item ticked", planning, func(p *programme.Programme) {
			p.EditItem("cooperation.wellbeing-county").Done = true
		}, false},
		{"old template", checklist.Default(), func(*programme.Programme) {}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := programme.New(c.tpl, []string{"Järvilahti"}, "", 2026, 2029)
			c.edit(p)
			got := false
			for _, f := range p.Check(c.tpl) {
				if f.Rule == "planning.noWellbeingCounty" {
					got = true
					if f.Severity != programme.SeverityError || f.Step != programme.StepCooperation || f.Source == nil || f.Source.URL == "" {
						t.Errorf("finding %+v: want an error on step 2 with its source", f)
					}
				}
			}
			if got != c.want {
				t.Errorf("finding present = %v, want %v", got, c.want)
			}
		})
	}
}

// TestOldTerms: on the 2025 template, prose that still speaks of the
// kotouttamisohjelma or the ELY centre is a hint at its place, citing the
// page that retires the term; the 2025 demo (rewritten from the old one)
// and the old template say nothing.
func TestOldTerms(t *testing.T) {
	tpl := planningTemplate(t)
	tests := []struct {
		name, code, step, ref string
		triggers              func(p *programme.Programme)
	}{
		{"title", "planning.oldTermProgramme", "", "", func(p *programme.Programme) { p.Title = "Kotouttamisohjelma 2026–2029" }},
		{"section", "planning.oldTermProgramme", programme.StepDocument, "section:", func(p *programme.Programme) {
			p.Document.Sections[1].Draft += " Kotouttamisohjelman tavoitteet on kirjattu talousarvioon."
		}},
		{"communication", "planning.oldTermProgramme", programme.StepCommunication, "comm:", func(p *programme.Programme) {
			p.Communication.Rows[0].Message = "Kerromme kotouttamisohjelmasta."
		}},
		{"ely contact", "planning.oldTermEly", programme.StepResponsibility, "", func(p *programme.Programme) {
			p.Responsibility.ELY.Organisation = "Keski-Suomen ELY-keskus"
		}},
		{"measure partner", "planning.oldTermTe", programme.StepGoals, "measure:", func(p *programme.Programme) {
			p.Goals[0].Measures[1].Partners = "Yrittäjäyhdistys, TE-palvelut"
		}},
		{"monitoring plan", "planning.oldTermEly", programme.StepMonitoring, "", func(p *programme.Programme) {
			p.Monitoring.Plan.ReportsTo = "Valtuustolle; tiedoksi ELY-keskukselle"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := planningDemo(t, tpl)
			if got := findCode(p, tpl, tt.code); len(got) > 0 {
				t.Fatalf("the 2025 demo already uses the old term: %+v", got)
			}
			tt.triggers(p)
			got := findCode(p, tpl, tt.code)
			if len(got) != 1 {
				t.Fatalf("%d findings %s, want 1: %+v", len(got), tt.code, got)
			}
			f := got[0]
			if f.Severity != programme.SeverityHint || f.Step != tt.step || !strings.HasPrefix(f.Ref, tt.ref) || f.Source == nil || f.Source.URL == "" {
				t.Errorf("finding %+v", f)
			}
			for _, m := range p.Missing(tpl) {
				if m.Code == tt.code {
					t.Error("a word choice listed as missing content")
				}
			}
			old := programme.Demo(checklist.Default())
			tt.triggers(old)
			if got := findCode(old, checklist.Default(), tt.code); len(got) > 0 {
				t.Errorf("old template: %+v", got)
			}
		})
	}
}

// TestMissingInListsErrorsFirst: a step's "still missing" and its checker
// findings, which the overview and the step page show the first few of,
// begin with its errors.
func TestMissingInListsErrorsFirst(t *testing.T) {
	for _, tpl := range []*checklist.Template{checklist.Default(), planningTemplate(t)} {
		p := programme.New(tpl, []string{"Akaa"}, "", 2026, 2029)
		for _, s := range tpl.Steps {
			fs := p.MissingIn(tpl, s.ID)
			if cs := p.CheckStep(tpl, s.ID); len(cs) > 0 && len(fs) > 0 && cs[0].Severity != fs[0].Severity {
				t.Errorf("%s step %s: the step page's first finding %s, the missing list's %s", tpl.ID, s.ID, cs[0].Code, fs[0].Code)
			}
			seenOther := false
			errors := 0
			for _, f := range fs {
				if f.Severity == programme.SeverityError {
					errors++
					if seenOther {
						t.Errorf("%s step %s: error %s after a lesser finding", tpl.ID, s.ID, f.Code)
					}
				} else {
					seenOther = true
				}
			}
			if s.ID == programme.StepCooperation && tpl.ID == checklist.PlanningID && (errors != 2 || fs[0].Severity != programme.SeverityError) {
				t.Errorf("empty 2025 plan, step 2: %d errors, first %s", errors, fs[0].Code)
			}
		}
	}
}
