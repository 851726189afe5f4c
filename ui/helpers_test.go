package ui

import (
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// newTestWindow opens a fresh database and a headless main window on it.
func newTestWindow(t *testing.T) (*MainWindow, *programme.Store) {
	t.Helper()
	SetupLanguage("fi")
	a := test.NewTempApp(t)
	store, err := programme.Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	m := NewMainWindow(a, store, "test")
	// Saves happen through stored(t, m); a timer saving behind the test's
	// back would race with it (Fyne's test driver runs fyne.Do inline).
	m.saveDelay = time.Hour
	t.Cleanup(func() {
		for _, w := range a.Driver().AllWindows() {
			if w == m.win { // not closed by the test itself
				w.Close()
			}
		}
	})
	return m, store
}

// openStored stores p and opens it in m, as a user opening it from the
// list.
func openStored(t testing.TB, m *MainWindow, p *programme.Programme) {
	t.Helper()
	if err := m.store.Save(p); err != nil {
		t.Fatal(err)
	}
	m.openProgramme(p.ID)
	if m.editor == nil {
		t.Fatal("programme did not open")
	}
}

// openDemo stores the example programme and opens it in m.
func openDemo(t *testing.T, m *MainWindow) *programme.Programme {
	t.Helper()
	p := programme.Demo(checklist.Default())
	openStored(t, m, p)
	return p
}

// stored flushes the open programme and reads it back from the store, so a
// test asserts on what reached the database, not on memory.
func stored(t *testing.T, m *MainWindow) *programme.Programme {
	t.Helper()
	if err := m.Flush(); err != nil {
		t.Fatal(err)
	}
	p, err := m.store.Load(m.editor.session.Programme().ID)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// openEmpty stores an empty programme and opens it in m.
func openEmpty(t *testing.T, m *MainWindow) *programme.Programme {
	t.Helper()
	p := programme.New(checklist.Default(), []string{"Akaa"}, "Kotouttamisohjelma", 2026, 2029)
	openStored(t, m, p)
	return p
}

// quietSession replaces the open programme's session with one that saves
// only when the test flushes it. The usual session saves from a timer and
// reports through fyne.Do, which the test driver runs on the timer's
// goroutine, where it could race with the test's own widget work.
func quietSession(m *MainWindow) {
	m.editor.session = programme.NewSession(m.store, m.editor.session.Programme(), time.Hour, nil)
}

// sectionOf returns the stored section of a template element.
func sectionOf(t *testing.T, p *programme.Programme, elementID string) *programme.Section {
	t.Helper()
	s := p.Document.ElementSection(elementID)
	if s == nil {
		t.Fatalf("no section for %s", elementID)
	}
	return s
}
