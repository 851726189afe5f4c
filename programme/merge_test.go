package programme_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"fi.kotoutus/kotoutus/programme"
)

// sameContent fails the test when two programmes' contents differ.
func sameContent(t *testing.T, what string, got, want *programme.Programme) {
	t.Helper()
	if cs := programme.Compare(want, got); len(cs) != 0 {
		t.Errorf("%s differs from what was expected:\n  %s", what, strings.Join(changeKeys(cs), "\n  "))
	}
}

func TestMergeDisjointEdits(t *testing.T) {
	base := rich()
	ours, theirs, want := base.Clone(), base.Clone(), base.Clone()
	edits := []struct {
		name string
		fn   func(p *programme.Programme)
		side *programme.Programme
	}{
		{"goal title", func(p *programme.Programme) { p.Goals[0].Title = "Työllisyysaste nousee" }, ours},
		{"tick", func(p *programme.Programme) { p.EditItem("goals.themes").Done = true }, ours},
		{"new measure", func(p *programme.Programme) {
			p.Goals[0].Measures = append(p.Goals[0].Measures, programme.Measure{ID: "me9", Title: "Kesätyöt"})
		}, ours},
		{"member organisation", func(p *programme.Programme) { p.Cooperation.Members[0].Organisation = "Akaan sivistyspalvelut" }, theirs},
		{"new goal", func(p *programme.Programme) {
			p.Goals = append(p.Goals, programme.Goal{ID: "g3", Title: "Asukkaat osallistuvat"})
		}, theirs},
		{"hearing deleted", func(p *programme.Programme) { p.Cooperation.Hearings = nil }, theirs},
		{"draft", func(p *programme.Programme) { p.Document.Sections[1].Draft = "Liite 1\nLiite 2" }, theirs},
		{"same change on both", func(p *programme.Programme) { p.Situation.Answers["situation.q.count"] = "Noin 1 300." }, ours},
		{"same change on both", func(p *programme.Programme) { p.Situation.Answers["situation.q.count"] = "Noin 1 300." }, theirs},
		{"figure value", func(p *programme.Programme) { p.Situation.Figures[0].Value = programme.TextValue("1 310") }, theirs},
		{"step note", func(p *programme.Programme) { p.EditStep("document").Note = "Luonnos valmis" }, theirs},
	}
	for _, e := range edits {
		e.fn(e.side)
		e.fn(want)
	}
	m := programme.NewMerge(base, ours, theirs)
	if len(m.Conflicts) != 0 {
		t.Fatalf("disjoint edits gave conflicts: %+v", m.Conflicts)
	}
	got, err := m.Result()
	if err != nil {
		t.Fatal(err)
	}
	sameContent(t, "merge of disjoint edits", got, want)
	if got.ID != ours.ID {
		t.Errorf("merged programme has ID %q, want ours %q", got.ID, ours.ID)
	}
	// The result is a copy: editing it leaves the inputs alone.
	got.Goals[0].Measures[0].Title = "muutettu"
	if ours.Goals[0].Measures[0].Title == "muutettu" || theirs.Goals[0].Measures[0].Title == "muutettu" {
		t.Error("merge result shares rows with its inputs")
	}
}

func TestMergeSameFieldIsAConflict(t *testing.T) {
	base := rich()
	ours, theirs := base.Clone(), base.Clone()
	ours.Goals[0].Measures[0].Title = "Kielikahvila kirjastossa"
	theirs.Goals[0].Measures[0].Title = "Kielikahvila nuorisotalolla"
	ours.Cooperation.Schedule = "Valmis toukokuussa"
	theirs.Cooperation.Schedule = "Valmis kesäkuussa"

	m := programme.NewMerge(base, ours, theirs)
	if len(m.Conflicts) != 2 {
		t.Fatalf("conflicts %+v, want 2", m.Conflicts)
	}
	c := m.Conflicts[0]
	want := programme.Conflict{
		Kind: programme.ConflictEdited, Path: "cooperation/schedule", Step: "cooperation", Field: "cooperation.schedule",
		Base: "", Ours: "Valmis toukokuussa", Theirs: "Valmis kesäkuussa",
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("conflict\n got %+v\nwant %+v", c, want)
	}
	c = m.Conflicts[1]
	if c.Path != "goals/g1/measures/me1/title" || c.Ref != "measure:me1" || c.Field != "title" || c.Step != "goals" ||
		c.Base != "Kielikahvila" || c.Ours != "Kielikahvila kirjastossa" || c.Theirs != "Kielikahvila nuorisotalolla" {
		t.Errorf("measure conflict %+v", c)
	}
	if _, err := m.Result(); !errors.Is(err, programme.ErrUnresolved) {
		t.Fatalf("result with open conflicts: %v", err)
	}
	if m.Preview().Goals[0].Measures[0].Title != "Kielikahvila kirjastossa" {
		t.Error("preview does not keep ours for an undecided conflict")
	}
	if err := m.Resolve("goals/g1/measures/me1/title", programme.Theirs); err != nil {
		t.Fatal(err)
	}
	if err := m.Resolve("nope", programme.Theirs); err == nil {
		t.Error("resolving an unknown conflict succeeded")
	}
	if m.Unresolved() != 1 {
		t.Errorf("unresolved %d, want 1", m.Unresolved())
	}
	m.ResolveAll(programme.Ours)
	if s, _ := m.Choice("goals/g1/measures/me1/title"); s != programme.Theirs {
		t.Error("ResolveAll overrode a decision already made")
	}
	got, err := m.Result()
	if err != nil {
		t.Fatal(err)
	}
	if got.Goals[0].Measures[0].Title != "Kielikahvila nuorisotalolla" || got.Cooperation.Schedule != "Valmis toukokuussa" {
		t.Errorf("resolved values: %q, %q", got.Goals[0].Measures[0].Title, got.Cooperation.Schedule)
	}
}

func TestMergeDeletionAgainstEdit(t *testing.T) {
	base := rich()
	ours, theirs := base.Clone(), base.Clone()
	ours.Cooperation.Members = ours.Cooperation.Members[:1] // we delete m2 …
	theirs.Cooperation.Members[1].Role = "varajäsen"        // … which they edited
	theirs.Goals = theirs.Goals[:1]                         // they delete g2 …
	ours.Goals[1].Description = "Osallistumisaste nousee"   // … which we edited

	m := programme.NewMerge(base, ours, theirs)
	kinds := map[string]programme.ConflictKind{}
	for _, c := range m.Conflicts {
		kinds[c.Path] = c.Kind
	}
	want := map[string]programme.ConflictKind{
		"cooperation/members/m2": programme.ConflictDeletedOurs,
		"goals/g2":               programme.ConflictDeletedTheirs,
	}
	if !reflect.DeepEqual(kinds, want) {
		t.Fatalf("conflicts %v, want %v", kinds, want)
	}
	for _, c := range m.Conflicts {
		if c.Path == "goals/g2" && (c.Subject != "Lapset osallistuvat varhaiskasvatukseen" || c.Theirs != nil || c.Ours == nil) {
			t.Errorf("deletion conflict shows %+v", c)
		}
	}

	cases := []struct {
		side              programme.Side
		members, goals    int
		role, description string
	}{
		{programme.Ours, 1, 2, "", "Osallistumisaste nousee"},
		{programme.Theirs, 2, 1, "varajäsen", ""},
	}
	for _, tc := range cases {
		t.Run(string(tc.side), func(t *testing.T) {
			m := programme.NewMerge(base, ours, theirs)
			m.ResolveAll(tc.side)
			got, err := m.Result()
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Cooperation.Members) != tc.members || len(got.Goals) != tc.goals {
				t.Fatalf("members %d goals %d, want %d %d", len(got.Cooperation.Members), len(got.Goals), tc.members, tc.goals)
			}
			if tc.role != "" && got.Cooperation.Members[1].Role != tc.role {
				t.Errorf("kept member lost their edit: %+v", got.Cooperation.Members[1])
			}
			if tc.description != "" && got.Goals[1].Description != tc.description {
				t.Errorf("kept goal lost our edit: %+v", got.Goals[1])
			}
		})
	}
}

func TestMergeDeletionOfUnchangedRowNeedsNoDecision(t *testing.T) {
	base := rich()
	ours, theirs := base.Clone(), base.Clone()
	theirs.Cooperation.Members = theirs.Cooperation.Members[1:]
	ours.Goals[1].Title = "Lapset osallistuvat"
	m := programme.NewMerge(base, ours, theirs)
	got, err := m.Result()
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Cooperation.Members) != 1 || got.Cooperation.Members[0].ID != "m2" || got.Goals[1].Title != "Lapset osallistuvat" {
		t.Errorf("members %+v goals %+v", got.Cooperation.Members, got.Goals)
	}
}

func TestMergeKeepsCommentsFromBothSides(t *testing.T) {
	base := rich()
	ours, theirs := base.Clone(), base.Clone()
	if _, err := ours.Reply("k1", "Matti", "Lisätään työllisyysaste.", t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	mine, _ := ours.AddComment("step:goals", "Matti", "Vaihe lähes valmis", t0.Add(2*time.Hour))
	theirsC, _ := theirs.AddComment("section:s1", "Liisa", "Kappale 2 on pitkä", t0.Add(90*time.Minute))
	if err := theirs.ResolveComment("k1", "Liisa", t0.Add(3*time.Hour)); err != nil {
		t.Fatal(err)
	}
	// A comment both sides added by chance with the same ID is one comment.
	shared := programme.Comment{ID: "k9", About: "step:situation", Author: "Liisa", Text: "Tilastot?", Created: t0}
	ours.Comments = append(ours.Comments, shared)
	theirs.Comments = append(theirs.Comments, shared)

	m := programme.NewMerge(base, ours, theirs)
	if len(m.Conflicts) != 0 {
		t.Fatalf("comments gave conflicts: %+v", m.Conflicts)
	}
	got, _ := m.Result()
	ids := map[string]programme.Comment{}
	for _, c := range got.Comments {
		ids[c.ID] = c
	}
	if len(got.Comments) != 5 || ids[mine.ID].ID == "" || ids[theirsC.ID].ID == "" {
		t.Fatalf("merged comments %+v", got.Comments)
	}
	if !ids["k1"].Resolved || ids["k1"].ResolvedBy != "Liisa" {
		t.Errorf("their resolution lost: %+v", ids["k1"])
	}
	var order []string
	for _, c := range got.Comments {
		order = append(order, c.ID)
	}
	// Ours's order leads; their new comment follows the one it follows there.
	if want := []string{"k1", theirsC.ID, ours.Comments[1].ID, mine.ID, "k9"}; !reflect.DeepEqual(order, want) {
		t.Errorf("comment order %v, want %v", order, want)
	}
}

func TestMergeDoesNotReorderComments(t *testing.T) {
	base := rich()
	base.Comments = append(base.Comments, programme.Comment{ID: "k0", About: "step:goals", Text: "vanhempi", Created: t0.Add(-time.Hour)})
	ours, theirs := base.Clone(), base.Clone()
	if _, err := theirs.AddComment("step:goals", "Matti", "uusi", t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	m := programme.NewMerge(base, ours, theirs)
	if got := changeKeys(m.Changes()); len(got) != 1 || !strings.HasPrefix(got[0], "added comments/") {
		t.Errorf("changes %v, want only the added comment", got)
	}
}

func TestMergeCommentResolution(t *testing.T) {
	early, late := t0.Add(time.Hour), t0.Add(2*time.Hour)
	cases := []struct {
		name           string
		ours, theirs   func(p *programme.Programme)
		resolved       bool
		by             string
		keepsDeleted   bool
		commentsExpect int
	}{
		{
			"both resolved: the first resolution stands",
			func(p *programme.Programme) { _ = p.ResolveComment("k1", "Matti", late) },
			func(p *programme.Programme) { _ = p.ResolveComment("k1", "Liisa", early) },
			true, "Liisa", false, 1,
		},
		{
			"reopened here, resolved again there: stays open",
			func(p *programme.Programme) { _ = p.ReopenComment("k1") },
			func(p *programme.Programme) { _ = p.ResolveComment("k1", "Liisa", late) },
			false, "", false, 1,
		},
		{
			"deleted there, edited here: kept",
			func(p *programme.Programme) { _ = p.EditComment("k1", "Mittari puuttuu yhä") },
			func(p *programme.Programme) { p.Comments = nil },
			true, "Aino", true, 1,
		},
		{
			"deleted there, untouched here: deleted",
			func(p *programme.Programme) {},
			func(p *programme.Programme) { p.Comments = nil },
			false, "", false, 0,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			base := rich()
			if tc.keepsDeleted {
				_ = base.ResolveComment("k1", "Aino", early)
			}
			if tc.name == "reopened here, resolved again there: stays open" {
				_ = base.ResolveComment("k1", "Aino", early)
			}
			ours, theirs := base.Clone(), base.Clone()
			tc.ours(ours)
			tc.theirs(theirs)
			m := programme.NewMerge(base, ours, theirs)
			got, err := m.Result()
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Comments) != tc.commentsExpect {
				t.Fatalf("comments %+v", got.Comments)
			}
			if tc.commentsExpect == 0 {
				return
			}
			c := got.Comments[0]
			if c.Resolved != tc.resolved || c.ResolvedBy != tc.by {
				t.Errorf("resolved %v by %q, want %v by %q", c.Resolved, c.ResolvedBy, tc.resolved, tc.by)
			}
		})
	}
}

func TestMergeWithoutBaseNeverDeletesOrOverwrites(t *testing.T) {
	ours := rich()
	theirs := ours.Clone()
	theirs.Cooperation.Members = theirs.Cooperation.Members[:1]
	theirs.Goals = append(theirs.Goals, programme.Goal{ID: "g3", Title: "Uusi"})
	theirs.Title = "Toinen nimi"
	m := programme.NewMerge(nil, ours, theirs)
	if len(m.Conflicts) != 1 || m.Conflicts[0].Path != "title" {
		t.Fatalf("conflicts without base: %+v", m.Conflicts)
	}
	m.ResolveAll(programme.Ours)
	got, _ := m.Result()
	if len(got.Cooperation.Members) != 2 || len(got.Goals) != 3 || got.Title != ours.Title {
		t.Errorf("members %d goals %d title %q", len(got.Cooperation.Members), len(got.Goals), got.Title)
	}
}

func TestMergeOrder(t *testing.T) {
	base := rich()
	base.Goals = append(base.Goals, programme.Goal{ID: "g3", Title: "Kolmas"})
	ours, theirs := base.Clone(), base.Clone()
	// They reorder; we add a goal after g1. Their order leads, our new goal
	// follows g1 there.
	theirs.Goals = []programme.Goal{theirs.Goals[2], theirs.Goals[0], theirs.Goals[1]}
	ours.Goals = append([]programme.Goal{ours.Goals[0], {ID: "g4", Title: "Neljäs"}}, ours.Goals[1:]...)
	got, err := programme.NewMerge(base, ours, theirs).Result()
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, g := range got.Goals {
		order = append(order, g.ID)
	}
	if want := []string{"g3", "g1", "g4", "g2"}; !reflect.DeepEqual(order, want) {
		t.Errorf("order %v, want %v", order, want)
	}
}

func TestMergeChangesListsWhatComesIn(t *testing.T) {
	base := rich()
	ours, theirs := base.Clone(), base.Clone()
	theirs.Monitoring.Plan.Who = "Kotouttamisen koordinaattori"
	m := programme.NewMerge(base, ours, theirs)
	got := changeKeys(m.Changes())
	if want := []string{"changed monitoring/plan/who"}; !reflect.DeepEqual(got, want) {
		t.Errorf("changes %v, want %v", got, want)
	}
}

func TestApplyMergeSnapshotsFirst(t *testing.T) {
	s, _ := openStore(t)
	base := rich()
	if err := s.Save(base); err != nil {
		t.Fatal(err)
	}
	ours, err := s.Load(base.ID)
	if err != nil {
		t.Fatal(err)
	}
	theirs := base.Clone()
	theirs.Goals[0].Title = "Heidän otsikkonsa"
	m := programme.NewMerge(base, ours, theirs)
	info, got, err := s.ApplyMerge(base.ID, m)
	if err != nil {
		t.Fatal(err)
	}
	if info.Reason != programme.ReasonBeforeMerge {
		t.Errorf("snapshot reason %q", info.Reason)
	}
	before, err := s.LoadSnapshot(base.ID, info.Key)
	if err != nil {
		t.Fatal(err)
	}
	sameContent(t, "snapshot before merge", before, ours)
	stored, _ := s.Load(base.ID)
	sameContent(t, "stored merge", stored, got)
	if stored.Goals[0].Title != "Heidän otsikkonsa" {
		t.Errorf("merge not stored: %q", stored.Goals[0].Title)
	}
	recorded, err := s.ExchangeBase(base.ID)
	if err != nil || recorded == nil {
		t.Fatalf("exchange base after merge: %v %v", recorded, err)
	}
	sameContent(t, "exchange base", recorded, theirs)

	// A merge prepared from an older state is refused.
	if _, _, err := s.ApplyMerge(base.ID, m); !errors.Is(err, programme.ErrChangedMeanwhile) {
		t.Errorf("stale merge: %v", err)
	}
	// So is one with open conflicts, before anything is written.
	ours2, _ := s.Load(base.ID)
	theirs2 := ours2.Clone()
	ours2mod := ours2.Clone()
	ours2mod.Title = "A"
	theirs2.Title = "B"
	snaps, _ := s.Snapshots(base.ID)
	if _, _, err := s.ApplyMerge(base.ID, programme.NewMerge(ours2, ours2mod, theirs2)); !errors.Is(err, programme.ErrUnresolved) {
		t.Errorf("unresolved merge applied: %v", err)
	}
	after, _ := s.Snapshots(base.ID)
	if len(after) != len(snaps) {
		t.Error("a refused merge took a snapshot")
	}
}
