package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// TestConvertOpenDemo converts the open example from the window and checks
// that it reopens on the 2025 template, a snapshot exists, and the "needs a
// place" list shows what found no place.
func TestConvertOpenDemo(t *testing.T) {
	m, _ := newTestWindow(t)
	p := programme.Demo(checklist.Default())
	if err := m.store.Save(p); err != nil {
		t.Fatal(err)
	}
	m.openProgramme(p.ID)
	to, _ := checklist.Get(checklist.PlanningID)
	if !m.convertOpen(to) {
		t.Fatal("conversion failed")
	}
	if m.editor == nil || m.editor.tpl.ID != checklist.PlanningID {
		t.Fatal("programme not reopened on the 2025 template")
	}
	snaps, err := m.store.Snapshots(p.ID)
	if err != nil || len(snaps) != 1 || reasonLabel(snaps[0].Reason) != "Ennen siirtoa uuteen pohjaan" {
		t.Fatalf("snapshots %+v %v", snaps, err)
	}
	v := newUnplacedView(m.editor.session.Programme())
	if v.list.Length() != 3 {
		t.Fatalf("%d unplaced entries, want 3", v.list.Length())
	}
	var texts []string
	for i := 0; i < v.list.Length(); i++ {
		obj := v.createItem()
		v.updateItem(i, obj)
		for _, o := range obj.(*fyne.Container).Objects {
			texts = append(texts, o.(*widget.Label).Text)
		}
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"Asiakirjan osio: Kansainvälistä tai tilapäistä suojelua saaneet", "Asiakirjan osio: Lapset, nuoret ja työvoiman ulkopuolella olevat", "Tavoitteen kytkös: Valtion kotoutumisen edistämisen ohjelma"} {
		if !strings.Contains(all, want) {
			t.Errorf("list lacks %q:\n%s", want, all)
		}
	}
	// Drawn at the dialog's width, each row is as tall as its wrapped title
	// and reason need: taller than one line of each.
	w := test.NewWindow(v.content)
	defer w.Close()
	w.Resize(fyne.NewSize(760, 520))
	oneLine := v.createItem().MinSize().Height
	for i := 0; i < v.list.Length(); i++ {
		v.updateItem(i, v.createItem())
	}
	tall := 0
	for _, h := range v.heights {
		if h > oneLine {
			tall++
		}
	}
	if len(v.heights) != 3 || tall == 0 {
		t.Errorf("row heights %v, one line %v: the reasons do not wrap", v.heights, oneLine)
	}
	if !strings.Contains(v.head.Text, "3") {
		t.Errorf("head %q", v.head.Text)
	}
	// The step pages of the converted programme open.
	for _, s := range m.editor.tpl.Steps {
		newStepPage(m.editor, s)
	}
}
