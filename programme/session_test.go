package programme_test

import (
	"testing"
	"time"

	"fi.kotoutus/kotoutus/programme"
)

func TestSessionSavesAfterDelay(t *testing.T) {
	s, _ := openStore(t)
	p := sample("Akaa")
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	saved := make(chan programme.SaveEvent, 4)
	sess := programme.NewSession(s, p, 20*time.Millisecond, func(e programme.SaveEvent) { saved <- e })
	sess.Edit(func(p *programme.Programme) { p.EditItem("cooperation.group").Note = "Ryhmä koottu" })
	select {
	case e := <-saved:
		if e.Err != nil || e.At.IsZero() {
			t.Fatalf("save event %+v", e)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no save within 5 s")
	}
	got, err := s.Load(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Item("cooperation.group").Note != "Ryhmä koottu" {
		t.Error("edit not stored")
	}
	if sess.Dirty() {
		t.Error("session still dirty after save")
	}
}

// TestFlushKeepsLastKeystroke models closing the window right after typing:
// the save delay has not passed, and Flush must write the edit.
func TestFlushKeepsLastKeystroke(t *testing.T) {
	s, _ := openStore(t)
	p := sample("Akaa")
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	sess := programme.NewSession(s, p, time.Hour, nil)
	for _, text := range []string{"K", "Ko", "Kot"} {
		sess.Edit(func(p *programme.Programme) { p.EditStep("situation").Note = text })
	}
	if !sess.Dirty() {
		t.Fatal("not dirty after edits")
	}
	if err := sess.Flush(); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Load(p.ID)
	if got.Step("situation").Note != "Kot" {
		t.Errorf("stored note %q, want %q", got.Step("situation").Note, "Kot")
	}
}

func TestFailedSaveKeepsEdits(t *testing.T) {
	s, _ := openStore(t)
	p := sample("Akaa")
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	sess := programme.NewSession(s, p, time.Hour, nil)
	sess.Edit(func(p *programme.Programme) { p.Title = "Uusi nimi" })
	s.Close() // every write now fails
	if err := sess.Flush(); err == nil {
		t.Fatal("flush to a closed store succeeded")
	}
	if !sess.Dirty() {
		t.Error("failed save cleared the dirty flag: the edit would be lost")
	}
	if sess.Programme().Title != "Uusi nimi" {
		t.Error("edit lost from memory")
	}
}
