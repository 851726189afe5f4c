package i18n

import (
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// TestEveryFindingIsTranslated: on both templates, every finding the
// checker makes of an empty programme, the demo and a demo emptied of its
// monitoring plan, hearings and council reads as a Finnish sentence, and
// its source as a line, never as a raw key.
func TestEveryFindingIsTranslated(t *testing.T) {
	Setup("fi")
	for _, id := range checklist.IDs() {
		t.Run(id, func(t *testing.T) {
			tpl, err := checklist.Get(id)
			if err != nil {
				t.Fatal(err)
			}
			demo, err := programme.DemoFor(tpl)
			if err != nil {
				t.Fatal(err)
			}
			bare, err := programme.DemoFor(tpl)
			if err != nil {
				t.Fatal(err)
			}
			bare.Monitoring.Plan = programme.Plan{Who: "Koordinaattori"}
			bare.Cooperation.Hearings = nil
			bare.Responsibility.Milestones = bare.Responsibility.Milestones[:1]
			keys := map[string]bool{}
			for _, p := range []*programme.Programme{programme.New(tpl, []string{"Akaa"}, "", 2026, 2029), demo, bare} {
				for _, f := range p.Check(tpl) {
					keys[f.Key] = true
					text := FindingText(f)
					if text == f.Key || strings.Contains(text, "{{") || strings.Contains(text, "<no value>") {
						t.Errorf("%s: untranslated %q", f.Key, text)
					}
					if src := SourceText(f); !strings.Contains(src, f.Source.URL) || strings.Contains(src, "{{") {
						t.Errorf("%s: source line %q", f.Key, src)
					}
				}
			}
			if len(keys) < 20 {
				t.Errorf("only %d keys reached", len(keys))
			}
		})
	}
}
