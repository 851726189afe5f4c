package programme_test

import (
	"reflect"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func TestRenew(t *testing.T) {
	tpl := checklist.Default()
	old := rich()
	old.EditItem("situation.q.count").Done = true // ticked, no note: dropped
	old.EditStep("responsibility").Status = programme.StatusDone
	old.Responsibility.Milestones[0].Done = true
	old.Adoption = programme.Adoption{Status: programme.DocAdopted, Date: "2026-06-15", Body: "Kaupunginvaltuusto"}
	old.Monitoring.Indicators[0].Measurements = []programme.Measurement{
		{Year: 2027, Value: programme.TextValue("57")},
		{Year: 2028, Value: programme.TextValue("58,5")},
		{Year: 2029}, // not yet known
	}
	_ = old.ResolveComment("k1", "Liisa", t0)
	open, _ := old.AddComment("step:goals", "Matti", "Päivitä tavoitteet", t0)
	_, _ = old.Reply(open.ID, "Liisa", "Teen", t0)
	before := old.Clone()

	n := programme.Renew(old, tpl, " Kotouttamisohjelma 2030–2033 ", 2030, 2033, t0)

	if !reflect.DeepEqual(old, before) {
		t.Fatal("renewing changed the earlier programme")
	}
	if n.ID == old.ID || n.Title != "Kotouttamisohjelma 2030–2033" || n.StartYear != 2030 || n.EndYear != 2033 {
		t.Errorf("identity: %q %q %d–%d", n.ID, n.Title, n.StartYear, n.EndYear)
	}
	if n.Adoption != (programme.Adoption{Status: programme.DocDraft}) {
		t.Errorf("adoption %+v", n.Adoption)
	}
	if n.Item("responsibility.authority").Done || n.Item("cooperation.group").Note != "Ryhmä koolla" {
		t.Errorf("ticks and notes: %+v %+v", n.Items["responsibility.authority"], n.Items["cooperation.group"])
	}
	if _, ok := n.Items["situation.q.count"]; ok {
		t.Error("an item with nothing left in it was kept")
	}
	if n.Steps["responsibility"].Status != programme.StatusAuto || n.Steps["goals"].Status != programme.StatusAuto {
		t.Error("step statuses not reset")
	}
	ms := n.Responsibility.Milestones[0]
	if ms.Done || ms.Date != "" || ms.Body != "Sivistyslautakunta" {
		t.Errorf("milestone %+v", ms)
	}
	if len(n.Cooperation.Hearings) != 0 || len(n.Cooperation.Members) != 2 {
		t.Errorf("hearings %d members %d", len(n.Cooperation.Hearings), len(n.Cooperation.Members))
	}
	ind := n.Monitoring.Indicators[0]
	if ind.Baseline.Year != 2028 || ind.Baseline.Value.String() != "58,5" || len(ind.Measurements) != 0 || ind.Target.Year != 2033 {
		t.Errorf("indicator %+v", ind)
	}
	if len(n.Comments) != 2 || n.Comments[0].ID != open.ID {
		t.Errorf("comments %+v, want the open thread only", n.Comments)
	}
	if n.Goals[0].ID != "g1" || n.Document.Sections[0].Draft != old.Document.Sections[0].Draft {
		t.Error("content did not carry over with its IDs")
	}

	r := n.Renewal
	if r == nil || r.FromID != old.ID || r.FromStartYear != 2026 || r.FromEndYear != 2029 {
		t.Fatalf("renewal %+v", r)
	}
	for _, ref := range []string{"step:goals", "goal:g1", "goal:g2", "indicator:i1", "section:s1", "figure:f1"} {
		if !n.NeedsReview(ref) {
			t.Errorf("%s not marked for review", ref)
		}
	}
	if got := n.ReviewPending(tpl, "goals"); !reflect.DeepEqual(got, []string{"goal:g1", "goal:g2", "step:goals"}) {
		t.Errorf("pending in goals: %v", got)
	}
	n.MarkReviewed("goal:g1")
	if n.NeedsReview("goal:g1") || len(n.ReviewPending(tpl, "goals")) != 2 {
		t.Error("marking reviewed did not stick")
	}
	if old.NeedsReview("goal:g1") {
		t.Error("an ordinary programme needs review")
	}
}

func TestRenewedReviewsMergeWithoutConflict(t *testing.T) {
	base := programme.Renew(rich(), checklist.Default(), "Uusi", 2030, 2033, t0)
	ours, theirs := base.Clone(), base.Clone()
	ours.MarkReviewed("goal:g1")
	theirs.MarkReviewed("section:s1")
	m := programme.NewMerge(base, ours, theirs)
	got, err := m.Result()
	if err != nil {
		t.Fatal(err)
	}
	if got.NeedsReview("goal:g1") || got.NeedsReview("section:s1") || !got.NeedsReview("goal:g2") {
		t.Errorf("pending after merge: %v", got.Renewal.Pending)
	}
}

func TestStoreRenew(t *testing.T) {
	s, _ := openStore(t)
	p := rich()
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	n, err := s.Renew(p.ID, "Kotouttamisohjelma 2030–2033", 2030, 2033)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := s.Load(n.ID)
	if err != nil {
		t.Fatal(err)
	}
	if stored.Renewal == nil || stored.Renewal.FromID != p.ID || !stored.NeedsReview("step:goals") {
		t.Errorf("stored renewal %+v", stored.Renewal)
	}
	if list, _ := s.List(); len(list) != 2 {
		t.Errorf("programmes after renewing: %d", len(list))
	}
}
