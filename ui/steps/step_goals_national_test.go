package steps

import (
	"reflect"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// TestGoalLinksToNationalGoals links a goal of a 2025 plan to a municipal
// plan and to VALKO goals and the national employment goals, and checks
// that the two groups of links do not undo each other.
func TestGoalLinksToNationalGoals(t *testing.T) {
	m, _ := newTestWindow(t)
	tpl, _ := checklist.Get(checklist.PlanningID)
	p := programme.New(tpl, []string{"Akaa"}, "Kotoutumisen edistämisen suunnitelma", 2026, 2029)
	if err := m.store.Save(p); err != nil {
		t.Fatal(err)
	}
	m.openProgramme(p.ID)
	v := newGoalsView(stepCtx(t, m, "goals"))
	test.NewWindow(v.content()).Resize(fyne.NewSize(1200, 800))
	test.Tap(v.goals.w.AddButton())
	form := v.goals.w.Detail()
	checkLabelled(t, form, "Kuntastrategia").SetChecked(true)
	checkLabelled(t, form, "VALKO 2024–2027: Suomeen kotoudutaan työllä").SetChecked(true)
	checkLabelled(t, form, "Työllisyyden edistämisen valtakunnalliset tavoitteet (TEM) kotoutuja-asiakkaiden osalta").SetChecked(true)
	checkLabelled(t, form, "Hyvinvointisuunnitelma").SetChecked(true)
	got := stored(t, m).Goals[0].Strategies
	want := []string{"municipal-strategy", "welfare-plan", "valko-work", "national-employment"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("links %v, want %v", got, want)
	}
	checkLabelled(t, form, "VALKO 2024–2027: Suomeen kotoudutaan työllä").SetChecked(false)
	if got := stored(t, m).Goals[0].Strategies; !reflect.DeepEqual(got, []string{"municipal-strategy", "welfare-plan", "national-employment"}) {
		t.Errorf("after unlinking VALKO: %v", got)
	}
}
