package steps

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// TestPlanFormChoice picks "part of another plan" and the welfare plan in
// step 1 and checks what is stored, and that the choice shows again.
func TestPlanFormChoice(t *testing.T) {
	m, _ := newTestWindow(t)
	tpl, _ := checklist.Get(checklist.PlanningID)
	p := programme.New(tpl, []string{"Akaa"}, "Kotoutumisen edistämisen suunnitelma", 2026, 2029)
	if err := m.store.Save(p); err != nil {
		t.Fatal(err)
	}
	m.openProgramme(p.ID)
	s := newResponsibilityStep(stepCtx(t, m, "responsibility"))
	f := s.form
	if f.hostBox.Visible() || f.kind.Selected != "Erillinen toimenpideohjelma" {
		t.Fatalf("new programme: %q selected, host fields visible=%v", f.kind.Selected, f.hostBox.Visible())
	}
	f.kind.SetSelected("Osa muuta kunnan suunnitelmaa")
	if !f.hostBox.Visible() {
		t.Error("host plan fields hidden for a part of another plan")
	}
	f.host.SetSelected("Hyvinvointisuunnitelma")
	test.Type(f.hostName, "Hyvinvointisuunnitelma 2025–2028")
	got := stored(t, m).Form
	want := programme.PlanForm{Kind: programme.PlanPart, Host: "welfare-plan", HostName: "Hyvinvointisuunnitelma 2025–2028"}
	if got != want {
		t.Errorf("stored %+v, want %+v", got, want)
	}
	for _, o := range f.host.Options {
		if o == "VALKO 2024–2027: Suomeen kotoudutaan työllä" {
			t.Error("a national goal is offered as the plan to write into")
		}
	}
	again := newResponsibilityStep(stepCtx(t, m, "responsibility")).form
	if again.kind.Selected != "Osa muuta kunnan suunnitelmaa" || again.host.Selected != "Hyvinvointisuunnitelma" || !again.hostBox.Visible() {
		t.Errorf("reopened: %q, %q, visible=%v", again.kind.Selected, again.host.Selected, again.hostBox.Visible())
	}
	f.kind.SetSelected("Erillinen toimenpideohjelma")
	if stored(t, m).Form.IsPart() {
		t.Error("back to a separate programme not stored")
	}
}
