package checklist_test

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"fi.kotoutus/kotoutus/checklist"
)

func planning(t *testing.T) *checklist.Template {
	t.Helper()
	tpl, err := checklist.Get(checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	return tpl
}

// TestPlanningSteps checks the 2025 template's structure: the seven steps
// under the IDs the step editors know, steps 1–3 from the readable official
// checklist, and the later ones derived and saying so.
func TestPlanningSteps(t *testing.T) {
	tpl := planning(t)
	old := checklist.Default()
	if len(tpl.Steps) != len(old.Steps) {
		t.Fatalf("%d steps, want %d", len(tpl.Steps), len(old.Steps))
	}
	// Items of steps 1–3 that are not in the readable official text.
	derivedEarly := map[string]bool{"responsibility.form": true}
	for i, s := range tpl.Steps {
		t.Run(s.ID, func(t *testing.T) {
			if s.ID != old.Steps[i].ID {
				t.Errorf("step %d is %q, want the editor's ID %q", i+1, s.ID, old.Steps[i].ID)
			}
			if s.Heading.String() == "" || s.Source == "" {
				t.Error("no heading or source address")
			}
			if i >= 3 && s.Derived.String() == "" {
				t.Error("a step after 3 must say it is derived")
			}
			for _, it := range s.Items {
				if u, err := url.Parse(it.Source); err != nil || u.Scheme != "https" {
					t.Errorf("item %s: source %q is not a page address", it.ID, it.Source)
				}
				official := i < 2 || (i == 2 && (it.ID == "situation.quantitative-qualitative" || it.ID == "situation.q.count"))
				if official && !derivedEarly[it.ID] {
					if it.IsDerived() {
						t.Errorf("item %s follows the official list but is marked derived", it.ID)
					}
					if it.Source != tpl.Source.URL {
						t.Errorf("item %s cites %s, want the checklist %s", it.ID, it.Source, tpl.Source.URL)
					}
					continue
				}
				d := it.Derived.String()
				if !strings.HasPrefix(d, "johdettu: ") || !strings.HasSuffix(d, "tarkista ajantasainen tarkistuslista kotoutuminen.fi:stä") {
					t.Errorf("item %s: derived note %q", it.ID, d)
				}
			}
		})
	}
}

// TestPlanningWording checks the terms of the new law: no TE office, the
// wellbeing services county as its own item and sector, the municipality's
// own integration services, Statistics Finland as a source, and the §45 plan
// never called a kotoutumisohjelma.
func TestPlanningWording(t *testing.T) {
	tpl := planning(t)
	var texts []string
	add := func(where string, txt checklist.Text) { texts = append(texts, where+"\t"+txt.String()) }
	add("name", tpl.Name)
	add("documentTitle", tpl.DocumentTitle)
	add("about", tpl.About.Title)
	for _, s := range tpl.Steps {
		add(s.ID+" title", s.Title)
		add(s.ID+" heading", s.Heading)
		add(s.ID+" guidance", s.Guidance)
		for _, it := range s.Items {
			add(it.ID, it.Text)
			add(it.ID+" title", it.Title)
		}
	}
	for _, o := range tpl.Catalogues.Sectors.Options {
		add("sector "+o.ID, o.Label)
	}
	// The service package may be named only where the item is about it.
	servicePackage := map[string]bool{"document.integration-programme": true, "document.el.integration-programme": true, "document.el.integration-programme title": true, "document guidance": true}
	for _, line := range texts {
		where, txt, _ := strings.Cut(line, "\t")
		low := strings.ToLower(txt)
		if strings.Contains(low, "te-toimisto") || strings.Contains(low, "te-palvelu") || strings.Contains(low, "kotouttamisohjelma") {
			t.Errorf("%s uses a term of the old law: %q", where, txt)
		}
		if strings.Contains(low, "kotoutumisohjelma") && !servicePackage[where] {
			t.Errorf("%s calls something a kotoutumisohjelma (the service package since 2025): %q", where, txt)
		}
		if strings.Contains(low, "kotoutumisohjelma") && !strings.Contains(low, "alkuvaiheen") {
			t.Errorf("%s names the kotoutumisohjelma without saying it is the initial-phase service package: %q", where, txt)
		}
	}
	if it, ok := tpl.Item("cooperation.wellbeing-county"); !ok || it.IsDerived() {
		t.Error("cooperation with the wellbeing services county is not an official item of its own")
	}
	for _, id := range []string{"wellbeing-county", "employment-authority", "municipal-integration", "vitality-centre"} {
		if _, ok := tpl.Catalogues.Sectors.Option(id); !ok {
			t.Errorf("sector %s missing", id)
		}
	}
	if o, _ := tpl.Catalogues.Sectors.Option("employment-authority"); !strings.Contains(o.Label.String(), "työllisyysalue") {
		t.Errorf("employment authority sector reads %q", o.Label.String())
	}
	tilasto := 0
	for _, k := range []checklist.Kind{checklist.KindSource, checklist.KindIndicatorSource} {
		for _, it := range tpl.ItemsOf(k) {
			if strings.Contains(it.Text.String(), "Tilastokeskus") {
				tilasto++
			}
		}
	}
	if tilasto < 2 {
		t.Errorf("Tilastokeskus is a source in %d items, want it in step 3 and step 6", tilasto)
	}
	if g := tpl.Steps[0].Guidance.String(); !strings.Contains(g, "elinvoimakesk") || !strings.Contains(g, "https://tem.fi/Elinvoimakeskusten-toimeenpanohanke") {
		t.Error("step 1 does not say where the ELY centres' immigration tasks went")
	}
}

// TestNationalGoals checks the national link targets beside the municipal plans.
func TestNationalGoals(t *testing.T) {
	tpl := planning(t)
	var valko, employment, municipal int
	for _, o := range tpl.Catalogues.Strategies.Options {
		switch {
		case o.National && strings.HasPrefix(o.Label.String(), "VALKO 2024–2027"):
			valko++
		case o.National && strings.Contains(o.Label.String(), "Työllisyyden edistämisen valtakunnalliset tavoitteet"):
			employment++
		case !o.National:
			municipal++
		}
	}
	if valko != 4 || employment != 1 || municipal < 3 {
		t.Errorf("%d VALKO goals, %d employment goals, %d municipal plans; want 4, 1 and at least 3", valko, employment, municipal)
	}
}

// TestTemplatesCarryLaw checks that every template names its Act, its
// checklist's address, when its texts were checked, and the coming
// amendment.
func TestTemplatesCarryLaw(t *testing.T) {
	for _, id := range checklist.IDs() {
		tpl, err := checklist.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(id, func(t *testing.T) {
			if tpl.Law.Act.String() == "" || !strings.HasPrefix(tpl.Law.URL, "https://") || !strings.HasPrefix(tpl.Source.URL, "https://") {
				t.Errorf("law or checklist address missing: %+v %+v", tpl.Law, tpl.Source)
			}
			if d := tpl.CheckedDate(); d.IsZero() || d.After(time.Now()) {
				t.Errorf("checked date %q", tpl.Checked)
			}
			if !strings.Contains(tpl.Law.Pending.String(), "1.1.2027") || tpl.Law.PendingSource == "" {
				t.Errorf("no note of the amendment due 1.1.2027: %q", tpl.Law.Pending.String())
			}
		})
	}
	if tpl := planning(t); !strings.Contains(tpl.Law.Act.String(), "681/2023") || !strings.Contains(tpl.Law.Act.String(), "45 §") {
		t.Errorf("2025 template follows %q", tpl.Law.Act.String())
	}
}

func TestIDForPeriod(t *testing.T) {
	for year, want := range map[int]string{2022: checklist.DefaultID, 2024: checklist.DefaultID, 2025: checklist.PlanningID, 2026: checklist.PlanningID} {
		if got := checklist.IDForPeriod(year); got != want {
			t.Errorf("IDForPeriod(%d) = %s, want %s", year, got, want)
		}
	}
}

func TestParseRejectsMissingLaw(t *testing.T) {
	step := `"steps":[{"id":"a","number":1,"title":{"fi":"A"},"guidance":{"fi":"g"}}]`
	for name, data := range map[string]string{
		"no act":     `{"id":"x","source":{"url":"https://a"},"checked":"2026-01-01",` + step + `}`,
		"no checked": `{"id":"x","source":{"url":"https://a"},"law":{"act":{"fi":"L"}},` + step + `}`,
	} {
		if _, err := checklist.Parse([]byte(data)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
