package programme_test

import (
	"strings"
	"testing"
	"time"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// TestRegistryCoversTemplates checks that every template's steps are the
// registry's, in the same order, each with content, findings and rows.
func TestRegistryCoversTemplates(t *testing.T) {
	for _, id := range checklist.IDs() {
		t.Run(id, func(t *testing.T) {
			tpl, err := checklist.Get(id)
			if err != nil {
				t.Fatal(err)
			}
			defs := programme.StepDefs()
			if len(defs) != len(tpl.Steps) {
				t.Fatalf("registry has %d steps, template %d", len(defs), len(tpl.Steps))
			}
			for i, s := range tpl.Steps {
				d := defs[i]
				if d.ID != s.ID {
					t.Errorf("step %d: registry %q, template %q", i+1, d.ID, s.ID)
				}
				if d.HasContent == nil || d.Missing == nil || d.Refs == nil || len(d.Rows) == 0 {
					t.Errorf("step %s: incomplete registry row", d.ID)
				}
			}
		})
	}
}

// TestRowRefsNamed checks every row the registry lists for the demo: it
// names its step, has a name and a label key, and a deleted row reads as
// gone.
func TestRowRefsNamed(t *testing.T) {
	tpl := checklist.Default()
	p := programme.Demo(tpl)
	for _, d := range programme.StepDefs() {
		t.Run(d.ID, func(t *testing.T) {
			refs := p.RowRefs(d.ID)
			if len(refs) == 0 {
				t.Fatal("the demo lists no rows")
			}
			for _, ref := range refs {
				if got := p.StepOf(tpl, ref); got != d.ID {
					t.Errorf("StepOf(%s) = %q", ref, got)
				}
				name, key, ok := p.RowName(tpl, checklist.DefaultLanguage, ref)
				if !ok || strings.TrimSpace(name) == "" || !strings.HasPrefix(key, "comments.about") {
					t.Errorf("RowName(%s) = %q, %q, %v", ref, name, key, ok)
				}
			}
			kind, _, _ := strings.Cut(refs[0], ":")
			if _, _, ok := p.RowName(tpl, checklist.DefaultLanguage, kind+":gone"); ok {
				t.Errorf("a missing %s is named", kind)
			}
		})
	}
}

// TestRowKindsOrder checks the order of a step's rows: a goal, then its
// measures, then the next goal.
func TestRowKindsOrder(t *testing.T) {
	p := programme.New(checklist.Default(), []string{"Kuopio"}, "", 2026, 2029)
	g1 := p.AddGoal(programme.Goal{ID: "g1"})
	g1.AddMeasure(programme.Measure{ID: "m1"})
	p.AddGoal(programme.Goal{ID: "g2"})
	got := strings.Join(p.RowRefs(programme.StepGoals), " ")
	if want := "goal:g1 measure:m1 goal:g2"; got != want {
		t.Errorf("RowRefs = %q, want %q", got, want)
	}
	if p.RowRefs("nosuchstep") != nil {
		t.Error("an unknown step has rows")
	}
}

// TestCompareNamesRowsByRegistry checks that the compare walk names each
// list's rows by the registry's kinds and puts them in their step: a
// change in every kind of row, in the checklist and in an answer.
func TestCompareNamesRowsByRegistry(t *testing.T) {
	tpl := checklist.Default()
	a := programme.New(tpl, []string{"Kuopio"}, "", 2026, 2029)
	b := programme.New(tpl, []string{"Kuopio"}, "", 2026, 2029)
	b.Responsibility.AddExpert(programme.Contact{ID: "e1", Name: "Asiantuntija"})
	b.Communication.AddRow(programme.CommRow{ID: "r1", Message: "Tiedote"})
	b.Cooperation.AddHearing(programme.Hearing{ID: "h1", Title: "Asukasilta"})
	b.Situation.SetAnswer("situation.q.count", "900")
	b.EditItem("goals.themes").Done = true
	b.EditStep(programme.StepMonitoring).Note = "Muistio"
	want := map[string]string{
		"expert:e1":              programme.StepResponsibility,
		"comm:r1":                programme.StepCommunication,
		"hearing:h1":             programme.StepCooperation,
		"item:situation.q.count": programme.StepSituation,
		"item:goals.themes":      programme.StepGoals,
		"step:monitoring":        programme.StepMonitoring,
	}
	got := map[string]string{}
	for _, c := range programme.Compare(a, b) {
		got[c.Ref] = c.Step
	}
	for ref, step := range want {
		if s, ok := got[ref]; !ok || s != step {
			t.Errorf("%s: step %q (present %v), want %q; changes %v", ref, s, ok, step, got)
		}
	}
}

// TestRowRefsOneScheme checks that comments, findings and the compare walk
// name a row the same way: step 1 offers its contacts and experts to
// comment on as well as its milestones, every finding about a row uses a
// registry kind, and a reference in the old "commrow:" scheme still
// resolves to the same row, step and open-comment count.
func TestRowRefsOneScheme(t *testing.T) {
	tpl := checklist.Default()
	p := programme.Demo(tpl)
	r := p.Responsibility
	if len(r.Contacts) == 0 || len(r.Experts) == 0 {
		t.Fatal("the demo has no contacts or experts to test with")
	}
	refs := map[string]bool{}
	for _, ref := range p.RowRefs(programme.StepResponsibility) {
		refs[ref] = true
		if _, _, ok := p.RowName(tpl, "fi", ref); !ok {
			t.Errorf("step 1 offers %q, which names no row", ref)
		}
	}
	for _, c := range r.Contacts {
		if !refs["contact:"+c.ID] {
			t.Errorf("step 1 does not offer contact %q to comment on", c.Name)
		}
	}
	for _, c := range r.Experts {
		if !refs["expert:"+c.ID] {
			t.Errorf("step 1 does not offer expert %q to comment on", c.Name)
		}
	}
	// A finding about a row names it as the comments do.
	p.Communication.Rows[0].Message = ""
	p.Communication.Rows[0].Channel = ""
	seen := false
	for _, f := range p.Check(tpl) {
		kind, _, ok := strings.Cut(f.Ref, ":")
		if !ok {
			continue
		}
		if kind == "commrow" {
			t.Errorf("finding %s uses the old scheme: %s", f.Code, f.Ref)
		}
		if f.Ref == "comm:"+p.Communication.Rows[0].ID {
			seen = true
		}
	}
	if !seen {
		t.Error("no finding names the emptied communication row comm:<id>")
	}
	// An old reference reads as the new one.
	row := p.Communication.Rows[1]
	old, now := "commrow:"+row.ID, "comm:"+row.ID
	if programme.CanonicalRef(old) != now || programme.CanonicalRef(now) != now || programme.CanonicalRef("goal:x") != "goal:x" {
		t.Errorf("CanonicalRef(%q) = %q", old, programme.CanonicalRef(old))
	}
	oldName, _, ok1 := p.RowName(tpl, "fi", old)
	newName, _, ok2 := p.RowName(tpl, "fi", now)
	if !ok1 || !ok2 || oldName != newName {
		t.Errorf("old ref names %q (%v), new %q (%v)", oldName, ok1, newName, ok2)
	}
	if s := p.StepOf(tpl, old); s != programme.StepCommunication {
		t.Errorf("old ref is in step %q", s)
	}
	before := p.OpenCount(now)
	if _, err := p.AddComment(old, "Testaaja", "Vanha viittaus", time.Now()); err != nil {
		t.Fatal(err)
	}
	if got := p.OpenCount(now); got != before+1 {
		t.Errorf("a comment stored with the old ref is not counted on the row: %d, want %d", got, before+1)
	}
}
