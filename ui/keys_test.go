package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"fi.kotoutus/kotoutus/programme"
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
	if m.editor.docForm == nil {
		t.Fatal("step 5 built no section form")
	}
	form := m.editor.docForm
	if form.id == "" {
		t.Fatal("no section open")
	}
	// No preview timer may outlive the test (fyne.Do runs on the timer's
	// goroutine in the test driver).
	form.schedule = func(time.Duration, func()) func() { return func() {} }
	c := m.win.Canvas()
	c.Focus(form.draft)
	// F11 typed into the draft reaches the window through the key hook.
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyF11})
	if !form.focused || c.Content() == m.root {
		t.Fatal("F11 in the draft did not start the focus mode")
	}
	if !inTree(c.Content(), form.draft) {
		t.Fatal("the focus view does not hold the draft")
	}
	test.Type(form.draft, "Z")
	if got := form.section().Draft; len(got) == 0 || got[0] != 'Z' {
		t.Errorf("typing in the focus view stored %.10q", got)
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if form.focused || c.Content() != m.root || !inTree(m.root, form.draft) {
		t.Error("Escape did not bring the draft back to the step page")
	}
	// The preview toggles and the choice is kept.
	on := form.previewOn
	form.togglePreview()
	if form.previewOn == on || m.app.Preferences().Bool(prefPreview) == on {
		t.Error("the preview toggle did not switch or was not kept")
	}
}

// inTree tells whether o is drawn under root.
func inTree(root, o fyne.CanvasObject) bool {
	if root == o {
		return true
	}
	switch w := root.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			if inTree(c, o) {
				return true
			}
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			if inTree(c, o) {
				return true
			}
		}
	}
	return false
}
