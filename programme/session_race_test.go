package programme_test

import (
	"testing"
	"time"

	"fi.kotoutus/kotoutus/programme"
)

// TestSessionSaverSharesNothing lets the autosave run after an edit and
// then reads the programme on the editing goroutine as the UI does: the
// overview reads the save time and the summary, a step page looks up a
// step and an item that have no state yet. Under -race this fails if the
// saver writes the programme (it used to stamp Programme.Updated) or the
// lookups write its maps (they used to insert empty entries), since
// nothing orders those accesses against the saver's.
func TestSessionSaverSharesNothing(t *testing.T) {
	s, _ := openStore(t)
	p := sample("Akaa")
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	opened := p.Updated
	saved := make(chan programme.SaveEvent, 16)
	sess := programme.NewSession(s, p, time.Millisecond, func(e programme.SaveEvent) { saved <- e })
	for round := 0; round < 3; round++ {
		sess.Edit(func(p *programme.Programme) { p.EditItem("cooperation.group").Note += "x" })
		// Wait without synchronising with the saver, as a user pausing.
		time.Sleep(30 * time.Millisecond)
		_ = p.Summary().Updated.String()
		if st := p.Step("communication"); st.Status != programme.StatusAuto || st.Note != "" {
			t.Fatalf("untouched step has state %+v", st)
		}
		if it := p.Item("monitoring.concrete"); it.Done {
			t.Fatal("untouched item is ticked")
		}
	}
	if _, ok := p.Steps["communication"]; ok {
		t.Error("looking up a step created its entry")
	}
	if _, ok := p.Items["monitoring.concrete"]; ok {
		t.Error("looking up an item created its entry")
	}
	if err := sess.Flush(); err != nil {
		t.Fatal(err)
	}
	// Flush waits for a save the timer has begun, but that save's event is
	// sent after it; on a loaded machine it may not be in the channel yet.
	// Events are sent microseconds after their save, so two idle seconds
	// mean none is left.
	for drained := false; !drained; {
		select {
		case e := <-saved:
			if e.Err != nil {
				t.Fatal(e.Err)
			}
			sess.MarkSaved(e.At)
		case <-time.After(2 * time.Second):
			drained = true
		}
	}
	got, err := s.Load(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Updated.After(opened) || !p.Updated.Equal(got.Updated) {
		t.Errorf("save time: stored %v, in memory %v, opened %v", got.Updated, p.Updated, opened)
	}
	if got.Item("cooperation.group").Note != "xxx" {
		t.Errorf("stored note %q", got.Item("cooperation.group").Note)
	}
}
