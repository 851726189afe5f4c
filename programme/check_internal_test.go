package programme

import (
	"reflect"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
)

// TestRegisteredRuleHangsOnItsTemplate: a rule a template brings checks
// programmes on that template only, with its own severity and source.
func TestRegisteredRuleHangsOnItsTemplate(t *testing.T) {
	saved := registered
	t.Cleanup(func() { registered = saved })
	other := "kotoutumisen-edistaminen-2025"
	src := Source{Title: "Koto24", URL: "https://kotoutuminen.fi/koto24-kunnan-kotoutumisen-suunnittelu", Section: "Suunnitelman sisältö"}
	RegisterRule(Rule{
		ID: "template.test", Family: FamilyTemplate, Step: StepCooperation, Severity: SeverityError,
		Templates: []string{other}, Source: SourceRef{Fixed: &src},
		Find: func(p *Programme, _ *checklist.Template) []Finding { return []Finding{{Code: "template.test"}} },
	})

	old := checklist.Default()
	for _, f := range New(old, []string{"Akaa"}, "x", 2026, 2029).Check(old) {
		if f.Rule == "template.test" {
			t.Fatalf("rule of %s checked a programme on %s", other, old.ID)
		}
	}
	tpl, err := checklist.Get(other)
	if err != nil {
		t.Fatal(err)
	}
	var got []Finding
	for _, f := range New(tpl, []string{"Akaa"}, "x", 2026, 2029).Check(tpl) {
		if f.Rule == "template.test" {
			got = append(got, f)
		}
	}
	if len(got) != 1 || got[0].Severity != SeverityError || !reflect.DeepEqual(*got[0].Source, src) || got[0].Key != "check.template.test" || got[0].Step != StepCooperation {
		t.Fatalf("findings of the template's rule: %+v", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("registering an ID twice did not panic")
		}
	}()
	RegisterRule(Rule{ID: "missing.goals", Severity: SeverityHint, Find: missingGoals})
}
