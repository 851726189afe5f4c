package programme_test

import (
	"strconv"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// findCode returns the checker's findings with the given code.
func findCode(p *programme.Programme, tpl *checklist.Template, code string) []programme.Finding {
	var out []programme.Finding
	for _, f := range p.Check(tpl) {
		if f.Code == code {
			out = append(out, f)
		}
	}
	return out
}

func words(n int, word string) string { return strings.TrimSpace(strings.Repeat(word+" ", n)) }

// TestCheckRules gives each rule of the checker a programme that triggers it
// and one that does not, both made from the demo, which triggers none.
func TestCheckRules(t *testing.T) {
	tpl := checklist.Default()
	noImmigrantMembers := func(p *programme.Programme) {
		kept := p.Cooperation.Members[:0]
		for _, m := range p.Cooperation.Members {
			if o, ok := tpl.Catalogues.Sectors.Option(m.Sector); !ok || !o.Immigrant {
				kept = append(kept, m)
			}
		}
		p.Cooperation.Members = kept
	}
	evenSections := func(p *programme.Programme, n int) {
		for i := range p.Document.Sections {
			p.Document.Sections[i].Draft = words(n, "Kotoutuminen")
			p.Document.Sections[i].NotApplicable = false
		}
	}
	tests := []struct {
		code      string
		ref       string // prefix of the finding's Ref; "" for none
		severity  programme.Severity
		triggers  func(p *programme.Programme)
		stillFine func(p *programme.Programme)
	}{
		{
			"plan.measureOutsidePeriod", "measure:", programme.SeverityWarning,
			func(p *programme.Programme) {
				p.Goals[0].Measures[0].Start = "2019-01"
				p.Goals[0].Measures[0].Status = ""
			},
			func(p *programme.Programme) {
				p.Goals[0].Measures[0].Start = programme.Date(strconv.Itoa(p.StartYear) + "-01")
				p.Goals[0].Measures[1].Status = programme.MeasureDone
				p.Goals[0].Measures[1].Start = "2019-01" // done measures are history
			},
		},
		{
			"plan.measureOutsidePeriod", "measure:", programme.SeverityWarning,
			func(p *programme.Programme) {
				p.Goals[0].Measures[0].End = programme.Date(strconv.Itoa(p.EndYear+1) + "-06")
			},
			func(p *programme.Programme) {
				p.Goals[0].Measures[0].End = programme.Date(strconv.Itoa(p.EndYear) + "-12")
			},
		},
		{
			"plan.targetOutsidePeriod", "indicator:", programme.SeverityWarning,
			func(p *programme.Programme) { p.Monitoring.Indicators[0].Target.Year = p.EndYear + 3 },
			func(p *programme.Programme) { p.Monitoring.Indicators[0].Target.Year = p.EndYear },
		},
		{
			"participation.notHeard", "", programme.SeverityWarning,
			func(p *programme.Programme) {
				noImmigrantMembers(p)
				for i := range p.Cooperation.Hearings {
					p.Cooperation.Hearings[i].ImmigrantCount = 0
				}
			},
			func(p *programme.Programme) {
				noImmigrantMembers(p) // the roster rule speaks of this
				for i := range p.Cooperation.Hearings {
					p.Cooperation.Hearings[i].ImmigrantCount = 0
				}
				p.Cooperation.Hearings[0].ImmigrantCount = 4
			},
		},
		{
			"document.longSection", "section:", programme.SeverityHint,
			func(p *programme.Programme) {
				evenSections(p, 150)
				p.Document.Sections[2].Draft = words(1200, "Kotoutuminen")
			},
			func(p *programme.Programme) { evenSections(p, 1200) },
		},
		{
			"document.servicesWithoutGoal", "section:", programme.SeverityHint,
			func(p *programme.Programme) {
				p.Document.Sections[4].Draft = words(20, "Kunnassa on neuvontapalvelu, kirjastopalvelut ja nuorisopalveluja.")
			},
			func(p *programme.Programme) {
				p.Document.Sections[4].Draft = words(20, "Kunnassa on neuvontapalvelu, kirjastopalvelut ja nuorisopalveluja.") +
					" Tavoitteena on, että neuvonnan asiakkaista puolet saa palvelun omalla kielellään."
			},
		},
		{
			"communication.onlyFinnish", "", programme.SeverityWarning,
			func(p *programme.Programme) {
				for i := range p.Communication.Rows {
					p.Communication.Rows[i].Languages = []string{programme.LangFinnish}
					p.Communication.Rows[i].OtherLanguages = ""
				}
			},
			func(p *programme.Programme) {
				for i := range p.Communication.Rows {
					p.Communication.Rows[i].Languages = []string{programme.LangFinnish}
					p.Communication.Rows[i].OtherLanguages = ""
				}
				p.Communication.Rows[0].Languages = []string{programme.LangFinnish, programme.LangPlain}
			},
		},
		{
			"communication.audienceMissing", "audience:decision-makers", programme.SeverityWarning,
			func(p *programme.Programme) {
				kept := p.Communication.Rows[:0]
				for _, r := range p.Communication.Rows {
					if r.Audience != programme.AudienceDecisionMakers {
						kept = append(kept, r)
					}
				}
				p.Communication.Rows = kept
			},
			func(p *programme.Programme) {
				p.Communication.Rows = append(p.Communication.Rows, programme.CommRow{
					ID: "dm", Audience: programme.AudienceDecisionMakers,
					Message: "Tilannekatsaus", Channel: "Valtuustoseminaari", Responsible: "Koordinaattori",
				})
			},
		},
		{
			"communication.audienceMissing", "audience:target-group", programme.SeverityWarning,
			func(p *programme.Programme) {
				kept := p.Communication.Rows[:0]
				for _, r := range p.Communication.Rows {
					if r.Audience != programme.AudienceTargetGroup {
						kept = append(kept, r)
					}
				}
				p.Communication.Rows = kept
			},
			func(p *programme.Programme) {
				p.Communication.Rows = append(p.Communication.Rows, programme.CommRow{
					ID: "tg", Audience: programme.AudienceTargetGroup, Languages: []string{programme.LangPlain},
					Message: "Mitä suunnitelma muuttaa", Channel: "Kielikahvila", Responsible: "Koordinaattori",
				})
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			hit := programme.Demo(tpl)
			tt.triggers(hit)
			got := findCode(hit, tpl, tt.code)
			if tt.ref != "" {
				kept := got[:0]
				for _, f := range got {
					if strings.HasPrefix(f.Ref, tt.ref) {
						kept = append(kept, f)
					}
				}
				got = kept
			}
			if len(got) != 1 {
				t.Fatalf("triggering programme: %d findings %s (%s), want 1: %+v", len(got), tt.code, tt.ref, got)
			}
			f := got[0]
			if f.Severity != tt.severity {
				t.Errorf("severity %s, want %s", f.Severity, tt.severity)
			}
			if f.Source == nil || f.Source.URL == "" || f.Source.Section == "" {
				t.Errorf("finding without its source: %+v", f.Source)
			}
			if f.Key == "" || f.Rule == "" || f.Step == "" {
				t.Errorf("finding without key, rule or step: %+v", f)
			}

			fine := programme.Demo(tpl)
			tt.stillFine(fine)
			for _, f := range findCode(fine, tpl, tt.code) {
				if tt.ref == "" || strings.HasPrefix(f.Ref, tt.ref) {
					t.Errorf("programme that should pass: %+v", f)
				}
			}
		})
	}
}

// TestDemoHasNoErrors: the example programme, on either template, may
// carry warnings and hints (it shows what the checker says) but no error.
func TestDemoHasNoErrors(t *testing.T) {
	for _, id := range checklist.IDs() {
		t.Run(id, func(t *testing.T) {
			tpl, err := checklist.Get(id)
			if err != nil {
				t.Fatal(err)
			}
			p, err := programme.DemoFor(tpl) // what `kotoutus demo --template` makes
			if err != nil {
				t.Fatal(err)
			}
			fs := p.Check(tpl)
			if len(fs) == 0 {
				t.Fatal("the demo shows no findings at all")
			}
			for _, f := range fs {
				if f.Severity == programme.SeverityError {
					t.Errorf("demo has an error: %+v", f)
				}
			}
		})
	}
}

// TestMissingIsTheCheckersMissingFamily: the step pages' "still missing"
// and the checker are one engine, the missing findings carrying the
// checker's severity, key and source.
func TestMissingIsTheCheckersMissingFamily(t *testing.T) {
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Akaa"}, "Ohjelma", 2026, 2029)
	missing := p.Missing(tpl)
	all := p.Check(tpl)
	inCheck := map[string]bool{}
	for _, f := range all {
		inCheck[f.Code+" "+f.Ref] = true
	}
	for _, f := range missing {
		if !inCheck[f.Code+" "+f.Ref] {
			t.Errorf("missing finding %s not in the checker's", f.Code)
		}
		if f.Key != "missing."+f.Code {
			t.Errorf("%s: key %q", f.Code, f.Key)
		}
	}
	none := findCode(p, tpl, "goals.none")
	if len(none) != 1 || none[0].Severity != programme.SeverityError {
		t.Fatalf("goals.none on an empty programme: %+v", none)
	}
	step, _ := tpl.Step(programme.StepGoals)
	if src := none[0].Source; src.URL != tpl.Source.URL || !strings.HasPrefix(src.Section, "4. ") || !strings.Contains(src.Section, step.Heading.String()) {
		t.Errorf("goals.none source %+v", src)
	}
	c := programme.CountFindings(all)
	if c.Errors == 0 || c.Total() != len(all) {
		t.Errorf("counts %+v of %d findings", c, len(all))
	}
}

// TestFindingSubjectsInEveryLanguage: where a finding names a row by the
// template's words (a section's element, a row's audience, a checklist
// question) or by a date, it carries them in every language, and its
// source cites the Swedish page for a Swedish reader.
func TestFindingSubjectsInEveryLanguage(t *testing.T) {
	tpl := checklist.Default()
	p := programme.Demo(tpl)
	p.Communication.Rows = append(p.Communication.Rows, programme.CommRow{ID: "tg", Audience: programme.AudienceTargetGroup})
	p.Cooperation.Hearings = append(p.Cooperation.Hearings, programme.Hearing{ID: "h", Date: "2026-03-05"})
	var section string
	for i, s := range p.Document.Sections {
		if it, ok := tpl.Item(s.ElementID); ok && !it.Extra && s.Title == "" && !s.NotApplicable {
			p.Document.Sections[i].Draft = ""
			section = s.ID
			break
		}
	}
	st, _ := tpl.Step(programme.StepSituation)
	question := st.ItemsOf(checklist.KindQuestion)[0]
	delete(p.Situation.Answers, question.ID)
	want := map[string]string{
		"comm:tg":                 "Target group",
		"hearing:h":               "5 March 2026",
		"section:" + section:      "",
		"question:" + question.ID: question.Text.In("en"),
	}
	found := map[string]bool{}
	for _, f := range p.Check(tpl) {
		w, ok := want[f.Ref]
		if !ok {
			continue
		}
		found[f.Ref] = true
		// Swedish writes dates as Finnish does.
		if f.SubjectText.In("fi") != f.Subject || (f.SubjectText.In("sv") == f.Subject && f.Ref != "hearing:h") || f.SubjectText.In("en") == f.Subject {
			t.Errorf("%s %s: subject %q in sv %q, en %q", f.Code, f.Ref, f.Subject, f.SubjectText.In("sv"), f.SubjectText.In("en"))
		}
		if w != "" && f.SubjectText.In("en") != w {
			t.Errorf("%s %s: English subject %q, want %q", f.Code, f.Ref, f.SubjectText.In("en"), w)
		}
		if f.Source != nil && f.Source.Translations != nil {
			if sv := f.Source.In("sv"); !strings.Contains(sv.URL, "/sv/") || sv.Title == f.Source.Title {
				t.Errorf("%s: Swedish source %+v", f.Code, sv)
			}
		}
	}
	for ref := range want {
		if !found[ref] {
			t.Errorf("no finding about %s", ref)
		}
	}
	// A subject the user typed stays as typed.
	for _, f := range p.Check(tpl) {
		if strings.HasPrefix(f.Ref, "goal:") && len(f.SubjectText) > 0 {
			t.Errorf("%s: a goal's own title got template words %v", f.Code, f.SubjectText)
		}
	}
}
