package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

// TestSteps127KeysTranslated checks the keys steps 1, 2 and 7 build at run
// time: hearing kinds, language choices, and the texts of every finding
// their rules can produce, which are collected by breaking a demo
// programme in every way the rules look at.
func TestSteps127KeysTranslated(t *testing.T) {
	SetupLanguage("fi")
	fi := loadTranslations(t, "fi")
	keys := map[string]bool{}
	for _, k := range programme.HearingKinds {
		keys["cooperation.kind."+string(k)] = true
	}
	for _, c := range programme.CommLanguages {
		keys["communication.lang."+c] = true
	}
	tpl := checklist.Default()
	var findings []programme.Finding
	collect := func(p *programme.Programme) {
		for _, s := range []string{"responsibility", "cooperation", "communication"} {
			findings = append(findings, p.MissingIn(tpl, s)...)
		}
	}
	collect(programme.New(tpl, []string{"Akaa"}, "Ohjelma", 2026, 2029))
	p := programme.Demo(tpl)
	p.Responsibility.Lead.Email, p.Responsibility.Lead.Phone = "", ""
	p.Responsibility.Contacts[0].Name = ""
	p.Responsibility.Milestones = append(p.Responsibility.Milestones, programme.Milestone{ID: "x", Date: "2026"})
	p.Cooperation.Members = append(p.Cooperation.Members, programme.Member{ID: "x"})
	p.Cooperation.Hearings = append(p.Cooperation.Hearings, programme.Hearing{ID: "x"})
	p.Communication.Rows = append(p.Communication.Rows, programme.CommRow{ID: "x", Audience: programme.AudienceTargetGroup, Languages: []string{"fi"}})
	p.Communication.Rows = append(p.Communication.Rows, programme.CommRow{ID: "y"})
	collect(p)
	p.Responsibility.Milestones = p.Responsibility.Milestones[:1]
	p.Cooperation.Hearings = []programme.Hearing{{ID: "m", Kind: programme.HearingMeeting}}
	collect(p)

	codes := map[string]bool{}
	for _, f := range findings {
		codes[f.Code] = true
		keys["missing."+f.Code] = true
		if text := i18n.FindingText(f); strings.Contains(text, "{{") || strings.Contains(text, "missing.") {
			t.Errorf("finding %s renders as %q", f.Code, text)
		}
	}
	if len(codes) != 27 { // 10 rules in step 1, 10 in step 2, 7 in step 7
		t.Errorf("%d finding codes were produced, want 27; the rules or this test changed: %v", len(codes), codes)
	}
	for k := range keys {
		if _, ok := fi[k]; !ok {
			t.Errorf("key %q has no Finnish translation", k)
		}
	}
	if got := lang.L("missing.responsibility.milestoneNoBody", map[string]any{"Subject": ""}); got != "Päätösvaiheelta puuttuu toimielin." {
		t.Errorf("finding without a subject = %q", got)
	}
}
