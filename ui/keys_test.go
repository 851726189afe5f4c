package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

func TestEscapeClosesDialogFromFocusedField(t *testing.T) {
	m, _ := newTestWindow(t)
	f := newCreateForm(func(*programme.Programme) error { return nil })
	f.show(m.win)
	c := m.win.Canvas()
	if c.Overlays().Top() == nil || c.Focused() != f.municipality {
		t.Fatal("the create dialog did not open with the cursor in its first field")
	}
	test.Type(f.municipality, "Espoo")
	if f.municipality.Text != "Espoo" {
		t.Fatalf("typing gave %q", f.municipality.Text)
	}
	// What the desktop driver does with a key while a field has focus.
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Overlays().Top() != nil {
		t.Error("Escape in a focused field did not close the dialog")
	}
	// Other keys still reach the field.
	f.municipality.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	if f.municipality.Text != "Espo" {
		t.Errorf("backspace gave %q", f.municipality.Text)
	}
}

func TestEveryMenuItemShowsItsShortcut(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	var f1, f11 bool
	for _, menu := range m.win.MainMenu().Items {
		for _, it := range menu.Items {
			if it.Shortcut == nil {
				continue
			}
			switch it.Shortcut.ShortcutName() {
			case helpKey.ShortcutName():
				f1 = true
			case focusKey.ShortcutName():
				f11 = true
			}
		}
	}
	if !f1 || !f11 {
		t.Errorf("menu shows F1 %v, F11 %v; want both on their items", f1, f11)
	}
}

func TestFocusModeGivesTheDraftTheWindow(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	m.goToStep(4)
	focus := m.editor.focusMode()
	if focus == nil {
		t.Fatal("step 5 built no section form")
	}
	c := m.win.Canvas()
	draft := firstEntryIn(m.root)
	if draft == nil {
		t.Fatal("step 5 shows no draft")
	}
	c.Focus(draft)
	// F11 typed into the draft reaches the window through the key hook.
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyF11})
	if !focus.Focused() || c.Content() == m.root {
		t.Fatal("F11 in the draft did not start the focus mode")
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if focus.Focused() || c.Content() != m.root {
		t.Error("Escape did not bring the draft back to the step page")
	}
	// Leaving the step leaves the focus mode too.
	m.toggleFocus()
	if !focus.Focused() {
		t.Fatal("the menu's F11 did not start the focus mode")
	}
	m.goToStep(3)
	if focus.Focused() || c.Content() != m.root {
		t.Error("changing the step kept the focus mode")
	}
}

// The overview is a page change like the others (leavePage): it must end
// the focus mode, or the draft keeps the window over the overview.
func TestOverviewEndsFocusMode(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	m.goToStep(4)
	focus := m.editor.focusMode()
	if focus == nil {
		t.Fatal("step 5 built no section form")
	}
	m.toggleFocus()
	if !focus.Focused() {
		t.Fatal("the menu's F11 did not start the focus mode")
	}
	m.editor.showDashboard()
	if focus.Focused() || m.win.Canvas().Content() != m.root {
		t.Error("showing the overview kept the focus mode")
	}
	if m.editor.dash == nil {
		t.Error("the overview did not show")
	}
}

// firstEntryIn finds the first of our entries drawn under root.
func firstEntryIn(root fyne.CanvasObject) fyne.Focusable {
	switch w := root.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			if f := firstEntryIn(c); f != nil {
				return f
			}
		}
	case *widgets.Entry, *widgets.GrowingEntry: // ours pass keys to the window
		return w.(fyne.Focusable)
	case fyne.Widget:
		if !w.Visible() {
			return nil
		}
		for _, c := range test.WidgetRenderer(w).Objects() {
			if f := firstEntryIn(c); f != nil {
				return f
			}
		}
	}
	return nil
}

func TestReopensLastProgrammeStepTabAndScroll(t *testing.T) {
	m, store := newTestWindow(t)
	p := openDemo(t, m)
	m.win.Resize(fyne.NewSize(1366, 768))
	m.goToStep(0)
	sp := m.editor.stepPage
	tabs := firstTabs(sp.views.body)
	if tabs == nil || sp.page == nil {
		t.Fatal("step 1 has no tabs or no page scroll")
	}
	tabs.SelectIndex(3)
	sp.page.Scroll.Offset.Y = 120
	m.goToStep(2)
	m.goToStep(0)
	sp = m.editor.stepPage
	if got := firstTabs(sp.views.body).SelectedIndex(); got != 3 {
		t.Errorf("back on step 1 the tab is %d, want 3", got)
	}
	if got := sp.page.Scroll.Offset.Y; got != 120 {
		t.Errorf("back on step 1 the page is scrolled to %v, want 120", got)
	}

	// A new window on the same preferences, as at the next start.
	m.goToStep(3)
	if err := m.Flush(); err != nil {
		t.Fatal(err)
	}
	m2 := NewMainWindow(m.app, store, "test")
	m2.ReopenLast()
	if m2.editor == nil || m2.editor.session.Programme().ID != p.ID || m2.editor.current != 3 {
		t.Fatalf("reopened %v at step %d, want %s at step 4", m2.editor != nil, m2.currentStep(), p.ID)
	}
	m2.showHome()
	m3 := NewMainWindow(m.app, store, "test")
	m3.ReopenLast()
	if m3.editor != nil {
		t.Error("after going back to the list, the next start reopened a programme")
	}
}
