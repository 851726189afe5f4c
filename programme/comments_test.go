package programme_test

import (
	"errors"
	"testing"
	"time"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

func TestCommentThreadLifecycle(t *testing.T) {
	p := sample("Akaa")
	goal := "goal:" + p.Goals[0].ID
	first, err := p.AddComment(goal, "Liisa", "  Onko tavoite mitattava?  ", t0)
	if err != nil {
		t.Fatal(err)
	}
	if first.Text != "Onko tavoite mitattava?" || first.About != goal || first.Author != "Liisa" {
		t.Errorf("comment not stored as written: %+v", first)
	}
	reply, err := p.Reply(first.ID, "Matti", "Lisätään indikaattori.", t0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	// A reply to the reply joins the same thread.
	second, err := p.Reply(reply.ID, "Liisa", "Hyvä.", t0.Add(2*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if second.ParentID != first.ID || second.About != goal {
		t.Errorf("reply to a reply: parent %q about %q, want %q %q", second.ParentID, second.About, first.ID, goal)
	}
	if _, err := p.AddComment("step:goals", "Matti", "Vaihe kesken", t0); err != nil {
		t.Fatal(err)
	}

	threads := p.Threads(goal, false)
	if len(threads) != 1 || len(threads[0].Replies) != 2 || threads[0].Replies[1].Text != "Hyvä." {
		t.Fatalf("threads about the goal: %+v", threads)
	}
	if n := p.OpenCount(""); n != 2 {
		t.Errorf("open threads %d, want 2 (replies are not threads)", n)
	}

	// Resolving through a reply resolves the thread.
	if err := p.ResolveComment(second.ID, "Liisa", t0.Add(3*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if got := p.Threads(goal, false); len(got) != 0 {
		t.Errorf("resolved thread still listed by default: %+v", got)
	}
	all := p.Threads(goal, true)
	if len(all) != 1 || !all[0].Root.Resolved || all[0].Root.ResolvedBy != "Liisa" || all[0].Open() {
		t.Errorf("resolved thread: %+v", all)
	}
	if n := p.OpenCount(goal); n != 0 {
		t.Errorf("open count after resolving: %d", n)
	}

	if err := p.ReopenComment(first.ID); err != nil {
		t.Fatal(err)
	}
	if got := p.Threads(goal, false); len(got) != 1 || got[0].Root.ResolvedBy != "" || !got[0].Root.ResolvedAt.IsZero() {
		t.Errorf("reopened thread: %+v", got)
	}

	if err := p.DeleteComment(first.ID); err != nil {
		t.Fatal(err)
	}
	if len(p.Comments) != 1 {
		t.Errorf("deleting a thread's start left %d comments, want the other thread only", len(p.Comments))
	}
}

func TestCommentErrors(t *testing.T) {
	p := sample("Akaa")
	if _, err := p.AddComment("step:goals", "A", "   ", t0); !errors.Is(err, programme.ErrEmptyComment) {
		t.Errorf("empty comment: %v", err)
	}
	if _, err := p.Reply("nope", "A", "x", t0); !errors.Is(err, programme.ErrCommentNotFound) {
		t.Errorf("reply to missing: %v", err)
	}
	for name, fn := range map[string]func() error{
		"resolve": func() error { return p.ResolveComment("nope", "A", t0) },
		"reopen":  func() error { return p.ReopenComment("nope") },
		"edit":    func() error { return p.EditComment("nope", "x") },
		"delete":  func() error { return p.DeleteComment("nope") },
	} {
		if err := fn(); !errors.Is(err, programme.ErrCommentNotFound) {
			t.Errorf("%s missing comment: %v", name, err)
		}
	}
}

func TestOrphanReplyStartsItsOwnThread(t *testing.T) {
	p := sample("Akaa")
	p.Comments = []programme.Comment{{ID: "r1", ParentID: "gone", About: "step:goals", Text: "vastaus", Created: t0}}
	if got := p.Threads("", false); len(got) != 1 || got[0].Root.ID != "r1" {
		t.Errorf("orphan reply hidden: %+v", got)
	}
}

func TestOpenCountsByStep(t *testing.T) {
	tpl := checklist.Default()
	p := sample("Akaa")
	add := func(about string) string {
		c, err := p.AddComment(about, "A", "huomio", t0)
		if err != nil {
			t.Fatal(err)
		}
		return c.ID
	}
	add("step:goals")
	add("goal:" + p.Goals[0].ID)
	add("measure:" + p.Goals[0].Measures[0].ID)
	add("item:cooperation.group")
	add("section:x")
	resolved := add("indicator:y")
	if err := p.ResolveComment(resolved, "A", t0); err != nil {
		t.Fatal(err)
	}
	add("programme")
	got := p.OpenCountsByStep(tpl)
	want := map[string]int{"goals": 3, "cooperation": 1, "document": 1, "": 1}
	if len(got) != len(want) {
		t.Errorf("counts %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("step %q: %d open, want %d", k, got[k], v)
		}
	}
}

func TestStepOf(t *testing.T) {
	tpl := checklist.Default()
	p := sample("Akaa")
	for ref, want := range map[string]string{
		"step:monitoring":          "monitoring",
		"step:nope":                "",
		"item:situation.q.count":   "situation",
		"item:nope":                "",
		"comm:1":                   "communication",
		"member:1":                 "cooperation",
		"milestone:1":              "responsibility",
		"":                         "",
		"something-else-entirely:": "",
	} {
		if got := p.StepOf(tpl, ref); got != want {
			t.Errorf("StepOf(%q) = %q, want %q", ref, got, want)
		}
	}
}
