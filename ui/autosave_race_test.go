package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// TestAutosaveWhileTyping saves a moment after every keystroke, as the app
// does, while the user types a step's note, opens the next checklist row
// and looks at the overview. Run under -race it shows that the saver's
// goroutine and the UI share nothing unguarded: the save time the overview
// shows and the checklist maps that building a row looks up. The other UI
// tests lengthen the delay to an hour and never run this path.
//
// The reads follow the save directly: the race detector only sees a race
// when no synchronisation lies between the two goroutines' accesses, and
// Fyne's rendering (sync.Pool, the store's locks) would add some.
func TestAutosaveWhileTyping(t *testing.T) {
	m, _ := newTestWindow(t)
	// The test is the UI goroutine: what the saver hands to the UI waits
	// in a queue until the test runs it, as Fyne's event loop would.
	queue := make(chan func(), 4096)
	m.runOnUI = func(fn func()) { queue <- fn }
	drain := func() {
		for {
			select {
			case fn := <-queue:
				fn()
			default:
				return
			}
		}
	}
	m.saveDelay = time.Millisecond
	p := openDemo(t, m)

	var typed string
	for _, i := range []int{0, 3, 5} {
		m.editor.selectStep(i)
		sp := m.editor.stepPage
		sp.showChecklist()
		for _, r := range "abc" {
			test.Type(sp.note, string(r))
			time.Sleep(time.Millisecond)
		}
		if i == 3 {
			typed = sp.note.Text
		}
		// The last keystroke's save runs; then, before its report reaches
		// the UI, a checklist row of a step not yet touched is built and
		// the overview is drawn.
		time.Sleep(30 * time.Millisecond)
		untouched := m.editor.tpl.Steps[(i+1)%len(m.editor.tpl.Steps)].Items[0]
		newItemRow(sp, untouched)
		newDashboard(m.editor, time.Now)
		drain()
	}
	got := stored(t, m)
	drain()
	if note := got.Step("goals").Note; note != typed {
		t.Errorf("stored note of step 4 = %q, want %q", note, typed)
	}
	if !got.Updated.After(p.Updated) {
		t.Errorf("stored save time %v is not after the opening one %v", got.Updated, p.Updated)
	}
	if shown := m.editor.session.Programme().Updated; !shown.Equal(got.Updated) {
		t.Errorf("programme's save time %v, stored %v", shown, got.Updated)
	}
	if m.editor.session.Dirty() {
		t.Error("session still dirty after the last save")
	}
	if s := m.status.Text; s == "" || strings.Contains(s, "epäonnistui") {
		t.Errorf("status line after saving = %q", s)
	}
}
