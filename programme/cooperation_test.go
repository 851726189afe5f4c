package programme_test

import (
	"errors"
	"fmt"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func TestMemberRows(t *testing.T) {
	var c programme.Cooperation
	a := c.AddMember(programme.Member{ID: "a", Name: "Aino"})
	if a.ID != "a" || c.AddMember(programme.Member{}).ID == "" {
		t.Fatal("AddMember kept or gave the wrong ID")
	}
	c.AddMember(programme.Member{ID: "c", Organisation: "Kela"})
	c.Member("a").Role = "puheenjohtaja"
	if c.Members[0].Role != "puheenjohtaja" || c.Member("zz") != nil {
		t.Error("Member does not return the stored row")
	}
	if !c.MoveMember("a", 2) || c.Members[2].ID != "a" || c.Members[0].ID == "c" {
		t.Errorf("after moving a to the end: %v", orderOf(c.Members, func(m programme.Member) string { return m.ID }))
	}
	if c.MoveMember("a", 1) {
		t.Error("a move past the end reported a move")
	}
	if !c.DeleteMember("c") || c.DeleteMember("c") || len(c.Members) != 2 {
		t.Error("DeleteMember did not remove exactly one row")
	}
	if got := (programme.Member{Organisation: "Kela"}).Label(); got != "Kela" {
		t.Errorf("Label without a name = %q", got)
	}
}

func TestHearingRows(t *testing.T) {
	var c programme.Cooperation
	for _, id := range []string{"a", "b", "c"} {
		c.AddHearing(programme.Hearing{ID: id})
	}
	c.Hearing("b").Summary = "kuultiin"
	if c.Hearings[1].Summary != "kuultiin" || c.Hearing("zz") != nil {
		t.Error("Hearing does not return the stored row")
	}
	if !c.MoveHearing("c", -1) || orderOf(c.Hearings, func(h programme.Hearing) string { return h.ID }) != "[a c b]" {
		t.Errorf("after moving c up: %v", orderOf(c.Hearings, func(h programme.Hearing) string { return h.ID }))
	}
	if !c.DeleteHearing("a") || orderOf(c.Hearings, func(h programme.Hearing) string { return h.ID }) != "[c b]" {
		t.Error("DeleteHearing removed the wrong row")
	}
	if c.AddHearing(programme.Hearing{}).ID == "" {
		t.Error("AddHearing gave no ID")
	}
}

func TestHearingValidate(t *testing.T) {
	for _, tc := range []struct {
		name      string
		count, im int
		want      error
	}{
		{"nothing", 0, 0, nil},
		{"some", 40, 12, nil},
		{"all", 12, 12, nil},
		{"total unknown", 0, 30, nil},
		{"more immigrants than people", 10, 11, programme.ErrImmigrantCount},
		{"negative", -1, 0, programme.ErrBadCount},
		{"negative immigrants", 5, -1, programme.ErrBadCount},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := programme.Hearing{Count: tc.count, ImmigrantCount: tc.im}.Validate()
			if tc.want == nil && err != nil || !errors.Is(err, tc.want) {
				t.Errorf("Validate() = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestParseCount(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"", 0, true},
		{" 12 ", 12, true},
		{"1 200", 1200, true},
		{"1\u00a0200", 1200, true},
		{"0", 0, true},
		{"-3", 0, false},
		{"12,5", 0, false},
		{"noin 30", 0, false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := programme.ParseCount(tc.in)
			if (err == nil) != tc.ok || got != tc.want {
				t.Fatalf("ParseCount(%q) = %d, %v; want %d, ok %v", tc.in, got, err, tc.want, tc.ok)
			}
			if err != nil && !errors.Is(err, programme.ErrBadCount) {
				t.Errorf("error %v is not ErrBadCount", err)
			}
		})
	}
}

func TestKnownHearingKind(t *testing.T) {
	for _, k := range programme.HearingKinds {
		if !programme.KnownHearingKind(k) {
			t.Errorf("%q is not known", k)
		}
	}
	if !programme.KnownHearingKind("") || programme.KnownHearingKind("party") {
		t.Error("KnownHearingKind accepts the wrong kinds")
	}
}

func TestCoverage(t *testing.T) {
	tpl := checklist.Default()
	c := programme.Cooperation{Members: []programme.Member{
		{ID: "1", Sector: "kela"},
		{ID: "2", Sector: "kela"},
		{ID: "3", Sector: "immigrant-resident"},
		{ID: "4", Sector: "no-such-sector"},
		{ID: "5"},
	}}
	cov := c.Coverage(tpl)
	if len(cov) != len(tpl.Catalogues.Sectors.Options) {
		t.Fatalf("Coverage has %d sectors, want every sector of the catalogue", len(cov))
	}
	got := map[string]int{}
	for i, sc := range cov {
		if sc.Sector.ID != tpl.Catalogues.Sectors.Options[i].ID {
			t.Errorf("sector %d is %s, want catalogue order", i, sc.Sector.ID)
		}
		got[sc.Sector.ID] = sc.Members
	}
	if got["kela"] != 2 || got["immigrant-resident"] != 1 || got["ngo"] != 0 {
		t.Errorf("counts = %v", got)
	}
	if n := c.ImmigrantMembers(tpl); n != 1 {
		t.Errorf("ImmigrantMembers = %d, want 1", n)
	}
	c.Members = append(c.Members, programme.Member{ID: "6", Sector: "immigrant-association"})
	if n := c.ImmigrantMembers(tpl); n != 2 {
		t.Errorf("ImmigrantMembers with an association = %d, want 2", n)
	}
}

func TestHearingTotals(t *testing.T) {
	c := programme.Cooperation{Hearings: []programme.Hearing{{Count: 40, ImmigrantCount: 25}, {Count: 10}, {ImmigrantCount: 3}}}
	ev, all, im := c.HearingTotals()
	if got := fmt.Sprint(ev, all, im); got != "3 50 28" {
		t.Errorf("HearingTotals = %s, want 3 50 28", got)
	}
}
