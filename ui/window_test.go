package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestCloseRightAfterTypingKeepsEveryKeystroke types into a note and closes
// the window before the autosave delay has passed.
func TestCloseRightAfterTypingKeepsEveryKeystroke(t *testing.T) {
	m, store := newTestWindow(t)
	p := openDemo(t, m)
	sp := newStepPage(m.editor, m.editor.tpl.Steps[0])
	sp.showChecklist()
	test.Type(sp.note, "Viimeiset sanat ennen sulkemista")
	m.requestClose()
	got, err := store.Load(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(got.Step("responsibility").Note, "Viimeiset sanat ennen sulkemista") {
		t.Errorf("note after close: %q", got.Step("responsibility").Note)
	}
}

func TestWindowRemembersSize(t *testing.T) {
	m, _ := newTestWindow(t)
	m.win.Resize(fyne.NewSize(900, 640))
	m.requestClose()
	if got := m.app.Preferences().String(prefWindowSize); got != "900x640" {
		t.Errorf("stored size %q, want 900x640", got)
	}
	for in, want := range map[string]fyne.Size{
		"900x640": fyne.NewSize(900, 640), "": fyne.NewSize(1100, 760), "12x12": fyne.NewSize(1100, 760), "wide": fyne.NewSize(1100, 760),
	} {
		if got := parseSize(in, fyne.NewSize(1100, 760)); got != want {
			t.Errorf("parseSize(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestFyneButtonsAreFinnish checks the keys of Fyne's own dialogs, which
// Fyne itself does not translate to Finnish.
func TestFyneButtonsAreFinnish(t *testing.T) {
	SetupLanguage("fi")
	for key, want := range map[string]string{"Cancel": "Peruuta", "Save": "Tallenna", "Open": "Avaa", "Yes": "Kyllä", "No": "Ei"} {
		if got := lang.L(key); got != want {
			t.Errorf("%s is %q, want %q", key, got, want)
		}
	}
}

func TestAboutProgrammeShowsClosingGuidance(t *testing.T) {
	m, _ := newTestWindow(t)
	m.showAboutProgramme()
	top := m.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no help dialog")
	}
	var texts []string
	walkLabels(top, func(s string) { texts = append(texts, s) })
	joined := strings.Join(texts, "\n")
	for _, want := range []string{"Ei kaiken kattava toimintakertomus", "heidän kanssaan", "kotoutuminen.fi"} {
		if !strings.Contains(joined, want) {
			t.Errorf("help lacks %q", want)
		}
	}
}

// walkLabels calls fn with the text of every label under o.
func walkLabels(o fyne.CanvasObject, fn func(string)) {
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			walkLabels(c, fn)
		}
		return
	case *widget.Label:
		fn(w.Text)
		return
	case fyne.Widget:
		r := test.WidgetRenderer(w)
		for _, c := range r.Objects() {
			walkLabels(c, fn)
		}
	}
}

// TestShortcutsAreOnMenuItems checks that every step, the step navigation
// and the common actions have a menu item with a shortcut: Fyne offers main
// menu shortcuts before the focused text field, so only these work while
// the user types.
func TestShortcutsAreOnMenuItems(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	items := map[string]*fyne.MenuItem{}
	for _, menu := range m.win.MainMenu().Items {
		for _, it := range menu.Items {
			if it.Shortcut != nil {
				items[it.Shortcut.ShortcutName()] = it
			}
		}
	}
	for _, want := range []fyne.Shortcut{newShortcut, listShortcut, quitShortcut, nextStepShortcut, prevStepShortcut, exportShortcut, dashboardShortcut} {
		if items[want.ShortcutName()] == nil {
			t.Errorf("no menu item for %s", want.ShortcutName())
		}
	}
	for i := range m.editor.tpl.Steps {
		name := (&desktop.CustomShortcut{KeyName: stepKeys[i], Modifier: fyne.KeyModifierShortcutDefault}).ShortcutName()
		it := items[name]
		if it == nil {
			t.Fatalf("no menu item for step %d", i+1)
		}
		it.Action()
		if m.editor.current != i {
			t.Errorf("%s went to step %d, want %d", it.Label, m.editor.current, i)
		}
	}
	items[prevStepShortcut.ShortcutName()].Action()
	if m.editor.current != len(m.editor.tpl.Steps)-2 {
		t.Errorf("previous step went to %d", m.editor.current)
	}
}
