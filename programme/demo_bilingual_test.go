package programme_test

import (
	"slices"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func TestDemoBilingual(t *testing.T) {
	tpl := checklist.Default()
	p, err := programme.DemoBilingual(tpl)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(p.DocumentLanguages(), []string{"fi", "sv"}) {
		t.Fatalf("languages %v", p.DocumentLanguages())
	}
	st := p.TranslationStatus("sv")
	// Exactly the texts left out on purpose: an edit of the demo's Finnish
	// that forgets the Swedish fails here.
	if got, want := refKeys2(st.Missing), []string{"measure.title", "indicator.description"}; !slices.Equal(got, want) {
		t.Errorf("missing %v, want %v", got, want)
	}
	if got, want := refKeys2(st.Stale), []string{"plan.frequency"}; !slices.Equal(got, want) {
		t.Errorf("stale %v, want %v", got, want)
	}
	if st.Total < 80 {
		t.Errorf("only %d translatable texts", st.Total)
	}
	sv := p.InLanguage("sv", nil)
	if sv.Title != "Program för integrationsfrämjande 2026–2029" {
		t.Errorf("title %q", sv.Title)
	}
	// The Swedish uses the plan's own term and keeps the two actors apart.
	for _, ref := range sv.TranslatableTexts() {
		if st := p.TranslationStatus("sv"); slices.ContainsFunc(st.Missing, func(m programme.TextRef) bool { return m.RowID == ref.RowID && m.Field == ref.Field }) {
			continue
		}
		low := strings.ToLower(ref.Main)
		if strings.Contains(low, "integrationsprogram") {
			t.Errorf("%s %s says integrationsprogram: %q", ref.RowKind, ref.Field, ref.Main)
		}
		if strings.Contains(low, "arbetskraftsmyndigheten fpa") || strings.Contains(low, "ely-central") {
			t.Errorf("%s %s: term %q", ref.RowKind, ref.Field, ref.Main)
		}
		for _, fi := range []string{"ja ", "kunnan", "ohjelma"} {
			if strings.Contains(" "+low, " "+fi) {
				t.Errorf("%s %s looks Finnish: %q", ref.RowKind, ref.Field, ref.Main)
			}
		}
	}
	// The plain demo is untouched: still Finnish only.
	if plain := programme.Demo(tpl); len(plain.FurtherLanguages()) != 0 || plain.Goals[0].Tr != nil {
		t.Errorf("Demo has translations")
	}
	// The 2025 template's demo is bilingual too.
	planning, err := checklist.Get(checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	q, err := programme.DemoBilingual(planning)
	if err != nil {
		t.Fatal(err)
	}
	if st := q.TranslationStatus("sv"); !slices.Equal(refKeys2(st.Missing), []string{"measure.title", "indicator.description"}) || len(st.Stale) != 1 {
		t.Errorf("planning demo: missing %v, stale %d", refKeys2(st.Missing), len(st.Stale))
	}
}

func refKeys2(refs []programme.TextRef) []string {
	out := make([]string, len(refs))
	for i, r := range refs {
		out[i] = r.RowKind + "." + r.Field
	}
	return out
}
