package ui

import (
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// TestConvertConfirmNamesTheNewTitle: the confirmation of a conversion says
// that the title naming the old document changes, and to what; after it
// the programme has that title.
func TestConvertConfirmNamesTheNewTitle(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	m.editor.Edit(func(p *programme.Programme) { p.Title = "Kotouttamisohjelma 2022–2025" })
	m.showConvert()
	text := exportLabels(m.win.Canvas().Overlays().Top())
	if !strings.Contains(text, "”Kotouttamisohjelma 2022–2025” → ”Kotoutumisen edistämisen suunnitelma 2022–2025”") {
		t.Fatalf("the confirmation does not name the new title:\n%s", text)
	}
	to, err := checklist.Get(checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	if !m.convertOpen(to) {
		t.Fatal("conversion failed")
	}
	if got := stored(t, m).Title; got != "Kotoutumisen edistämisen suunnitelma 2022–2025" {
		t.Errorf("title after conversion %q", got)
	}
}
