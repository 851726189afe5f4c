package steps

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/assets"
	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

// testWindow is a headless window with a store and, once a programme is
// open, the Host the step editors get: what the main window gives them, and
// nothing else.
type testWindow struct {
	app    fyne.App
	win    fyne.Window
	store  *programme.Store
	editor *testHost // nil until openProgramme
	// errors are what ShowError was given; opened the steps OpenStep was
	// asked for.
	errors []error
	opened []string
}

// testHost is the open programme of a testWindow (steps.Host).
type testHost struct {
	w       *testWindow
	session *programme.Session
	tpl     *checklist.Template
}

func (h *testHost) Programme() *programme.Programme      { return h.session.Programme() }
func (h *testHost) Edit(fn func(p *programme.Programme)) { h.session.Edit(fn) }
func (h *testHost) edit(fn func(p *programme.Programme)) { h.session.Edit(fn) }
func (h *testHost) Template() *checklist.Template        { return h.tpl }
func (h *testHost) Window() fyne.Window                  { return h.w.win }
func (h *testHost) ShowError(err error)                  { h.w.errors = append(h.w.errors, err) }
func (h *testHost) OpenStep(stepID string)               { h.w.opened = append(h.w.opened, stepID) }

// newTestWindow opens a fresh database and a headless window on it.
func newTestWindow(t testing.TB) (*testWindow, *programme.Store) {
	t.Helper()
	i18n.Setup("fi")
	a := test.NewTempApp(t)
	store, err := programme.Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	w := a.NewWindow("test")
	w.Resize(fyne.NewSize(1100, 760))
	t.Cleanup(w.Close)
	return &testWindow{app: a, win: w, store: store}, store
}

// openProgramme loads programme id with a session that saves only when the
// test flushes it: a timer saving behind the test's back would race with it
// (Fyne's test driver runs fyne.Do inline).
func (m *testWindow) openProgramme(id string) error {
	p, err := m.store.Load(id)
	if err != nil {
		return fmt.Errorf("load %s: %w", id, err)
	}
	tpl, err := p.Template()
	if err != nil {
		return fmt.Errorf("template of %s: %w", id, err)
	}
	m.editor = &testHost{w: m, session: programme.NewSession(m.store, p, time.Hour, nil), tpl: tpl}
	return nil
}

// Flush writes the open programme's pending edits.
func (m *testWindow) Flush() error {
	if m.editor == nil {
		return nil
	}
	return m.editor.session.Flush()
}

func open(t testing.TB, m *testWindow, p *programme.Programme) *programme.Programme {
	t.Helper()
	if err := m.store.Save(p); err != nil {
		t.Fatal(err)
	}
	if err := m.openProgramme(p.ID); err != nil {
		t.Fatal(err)
	}
	return p
}

// openDemo stores the example programme and opens it in m.
func openDemo(t testing.TB, m *testWindow) *programme.Programme {
	t.Helper()
	return open(t, m, programme.Demo(checklist.Default()))
}

// openEmpty stores an empty programme and opens it in m.
func openEmpty(t testing.TB, m *testWindow) *programme.Programme {
	t.Helper()
	return open(t, m, programme.New(checklist.Default(), []string{"Akaa"}, "Kotouttamisohjelma", 2026, 2029))
}

// stored flushes the open programme and reads it back from the store, so a
// test asserts on what reached the database, not on memory.
func stored(t testing.TB, m *testWindow) *programme.Programme {
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

// stepCtx returns the content context of the step with the given ID.
func stepCtx(t testing.TB, m *testWindow, id string) *Context {
	t.Helper()
	step, ok := m.editor.tpl.Step(id)
	if !ok {
		t.Fatalf("no step %s", id)
	}
	return NewContext(m.editor, step)
}

// loadTranslations merges every translation file of language l.
func loadTranslations(t *testing.T, l string) map[string]any {
	t.Helper()
	out := map[string]any{}
	entries, err := assets.Translations.ReadDir(assets.TranslationsDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), "."+l+".json") {
			continue
		}
		data, err := fs.ReadFile(assets.Translations, assets.TranslationsDir+"/"+e.Name())
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

// remove deletes the row with the given ID as the delete confirmation does.
func (e *rowEditor[T]) remove(id string) { e.w.Remove(e.index(id)) }

// add adds a row as the add button does.
func (e *rowEditor[T]) add() { test.Tap(e.w.AddButton()) }

// drawn collects what is drawn under o, looking into widgets' renderers:
// how a test reads a dialog, whose content sits inside a pop-up widget.
func drawn(o fyne.CanvasObject) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	seen := map[fyne.CanvasObject]bool{}
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || seen[o] {
			return
		}
		seen[o] = true
		out = append(out, o)
		switch w := o.(type) {
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(w).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

// dialogButton is the button with the given text drawn under o.
func dialogButton(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	for _, c := range drawn(o) {
		if b, ok := c.(*widget.Button); ok && b.Text == text {
			return b
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

// dialogText joins the labels drawn under o.
func dialogText(o fyne.CanvasObject) string {
	var out []string
	for _, c := range drawn(o) {
		if l, ok := c.(*widget.Label); ok && l.Text != "" {
			out = append(out, l.Text)
		}
	}
	return strings.Join(out, " | ")
}
