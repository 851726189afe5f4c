package checklist_test

import (
	"testing"

	"fi.kotoutus/kotoutus/checklist"
)

// TestMappingCoversEveryID checks the conversion table against both
// templates: every item and option of the old template either maps to one
// that exists in the new template (of the same kind or catalogue) or is
// listed as having no home with a reason; nothing is silently left out.
func TestMappingCoversEveryID(t *testing.T) {
	m, err := checklist.MappingFor(checklist.DefaultID, checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	from, to := checklist.Default(), planning(t)
	seen := 0
	for _, s := range from.Steps {
		for _, it := range s.Items {
			target, ok := m.Item(it.ID)
			_, noHome := m.NoHome[it.ID]
			switch {
			case ok && noHome:
				t.Errorf("item %s both mapped and without a home", it.ID)
			case ok:
				seen++
				got, exists := to.Item(target)
				if !exists {
					t.Errorf("item %s maps to %s, which the new template lacks", it.ID, target)
				} else if got.Kind != it.Kind {
					t.Errorf("item %s (%s) maps to %s of kind %s", it.ID, it.Kind, target, got.Kind)
				}
			case noHome:
				seen++
				if m.NoHome[it.ID].String() == "" {
					t.Errorf("item %s has no home and no reason", it.ID)
				}
			default:
				t.Errorf("item %s is neither mapped nor listed without a home", it.ID)
			}
		}
	}
	cats := func(tpl *checklist.Template) map[string]checklist.Catalogue {
		c := tpl.Catalogues
		return map[string]checklist.Catalogue{"sectors": c.Sectors, "themes": c.Themes, "strategies": c.Strategies, "audiences": c.Audiences}
	}
	newCats := cats(to)
	for name, cat := range cats(from) {
		for _, o := range cat.Options {
			target, ok := m.Option(o.ID)
			if _, noHome := m.NoHome[o.ID]; noHome {
				if ok {
					t.Errorf("option %s both mapped and without a home", o.ID)
				}
				continue
			}
			if !ok {
				t.Errorf("%s option %s is neither mapped nor listed without a home", name, o.ID)
				continue
			}
			if _, exists := newCats[name].Option(target); !exists {
				t.Errorf("%s option %s maps to %s, which the new %s catalogue lacks", name, o.ID, target, name)
			}
		}
	}
	if len(m.Items)+countItems(m.NoHome, from) != seen {
		t.Errorf("the table lists IDs the old template does not have")
	}
	if _, err := checklist.MappingFor(checklist.PlanningID, checklist.DefaultID); err == nil {
		t.Error("a backward conversion is offered")
	}
}

func countItems(noHome map[string]checklist.Text, tpl *checklist.Template) int {
	n := 0
	for id := range noHome {
		if _, ok := tpl.Item(id); ok {
			n++
		}
	}
	return n
}
