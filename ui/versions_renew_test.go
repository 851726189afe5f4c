package ui

import (
	"testing"

	"fi.kotoutus/kotoutus/programme"
)

func TestStartANewPeriod(t *testing.T) {
	m, store := newTestWindow(t)
	p := openDemo(t, m)
	f := newRenewForm(m, m.editor.session.Programme().Summary())
	if f.title.Text != "Kotouttamisohjelma 2030–2033" || f.start.Text != "2030" || f.end.Text != "2033" {
		t.Errorf("suggested %q %s–%s", f.title.Text, f.start.Text, f.end.Text)
	}

	f.end.SetText("2029")
	if _, err := f.submit(); err == nil || f.errMsg.Text == "" {
		t.Fatal("an end before the start was accepted")
	}
	if list, _ := store.List(); len(list) != 1 {
		t.Fatal("a programme was created from a bad form")
	}
	if f.start.Text != "2030" {
		t.Error("typed text lost")
	}

	f.end.SetText("2033")
	n, err := f.submit()
	if err != nil {
		t.Fatal(err)
	}
	if n.ID == p.ID || n.StartYear != 2030 || n.EndYear != 2033 || n.Renewal == nil || n.Renewal.FromID != p.ID {
		t.Errorf("renewed %+v", n.Summary())
	}
	if m.editor.session.Programme().ID != n.ID {
		t.Error("the new programme did not open")
	}
	old, err := store.Load(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(programme.Compare(p, old)) != 0 {
		t.Error("the earlier programme changed")
	}
	if len(n.Renewal.Pending) == 0 {
		t.Error("nothing marked for review")
	}
}

func TestPrefsFormKeepsTheName(t *testing.T) {
	m, _ := newTestWindow(t)
	var got string
	f := newPrefsForm(m.app.Preferences(), func(name string) { got = name })
	f.author.SetText("   ")
	if f.save() || m.author() != "" {
		t.Fatal("a blank name was saved")
	}
	f.author.SetText(" Aino Virtanen ")
	if !f.save() || got != "Aino Virtanen" || m.author() != "Aino Virtanen" {
		t.Errorf("saved %q, callback %q", m.author(), got)
	}
	if again := newPrefsForm(m.app.Preferences(), nil); again.author.Text != "Aino Virtanen" {
		t.Errorf("form opens with %q", again.author.Text)
	}
}

func TestReviewingWhatANewPeriodTookOver(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	f := newRenewForm(m, m.editor.session.Programme().Summary())
	if _, err := f.submit(); err != nil {
		t.Fatal(err)
	}
	d := m.editor.dash
	var ds *dashStep
	for _, s := range d.steps {
		if s.review != nil && s.step.ID == "goals" {
			ds = s
		}
	}
	if ds == nil {
		t.Fatal("the goals row does not say what is left to review")
	}
	r := newReviewList(m.editor, "goals")
	if len(r.refs) == 0 || len(r.checks) != len(r.refs) {
		t.Fatalf("%d parts to review, %d boxes", len(r.refs), len(r.checks))
	}
	ref := r.refs[0]
	r.checks[0].SetChecked(true)
	if stored(t, m).NeedsReview(ref) {
		t.Error("ticking did not mark the part reviewed")
	}
	r.checks[0].SetChecked(false)
	if !stored(t, m).NeedsReview(ref) {
		t.Error("unticking did not bring the part back")
	}
}
