package cli

import (
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
)

// TestChecklistInEveryLanguage writes the 2025 checklist as Markdown in each
// language (what kotoutus --lang sv checklist prints) and checks its source
// and terms: the publisher's own page in that language, the step headings
// as kotoutuminen.fi words them, and no Finnish left in the texts.
func TestChecklistInEveryLanguage(t *testing.T) {
	tpl, err := checklist.Get(checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		lang     string
		want     []string
		notWants []string
	}{
		{"sv", []string{
			"# Checklista för kommunens planering av integrationsfrämjande",
			"https://kotoutuminen.fi/sv/koto24-checklista-integrationsplanering",
			"## 1. Ansvarig aktör", "Kommunen säkerställer samarbetet och samråden",
			"arbetskraftsmyndigheten, FPA, välfärdsområdet",
		}, []string{"Tarkistuslista:", "Vastuutaho", "FPA som arbetskraftsmyndighet"}},
		{"en", []string{
			"# Checklist: Planning the promotion of municipal integration",
			"## 2. Cooperation and consultation", "the employment authority, Kela, the wellbeing services county",
		}, []string{"Tarkistuslista:", "Vastuutaho"}},
		{"fi", []string{"# Tarkistuslista: Kunnan kotoutumisen edistämisen suunnittelu", "## 1. Vastuutaho"}, []string{"Ansvarig"}},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			var b strings.Builder
			if err := writeChecklistMarkdown(&b, tpl, c.lang); err != nil {
				t.Fatal(err)
			}
			md := b.String()
			for _, w := range c.want {
				if !strings.Contains(md, w) {
					t.Errorf("lacks %q", w)
				}
			}
			for _, w := range c.notWants {
				if strings.Contains(md, w) {
					t.Errorf("contains %q", w)
				}
			}
		})
	}
}
