package programme_test

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func TestCheckEmail(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"", true},
		{"  ", true},
		{"aino.virtanen@esimerkkikunta.fi", true},
		{" aino@kunta.fi ", true},
		{"aino", false},
		{"040 123 4567", false},
		{"aino@kunta", false},
		{"@kunta.fi", false},
		{"aino@.fi", false},
		{"aino@kunta.fi.", false},
		{"aino virtanen@kunta.fi", false},
		{"a@b@kunta.fi", false},
		{"aino@kunta.fi, jari@kunta.fi", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			err := programme.CheckEmail(tc.in)
			if (err == nil) != tc.ok {
				t.Fatalf("CheckEmail(%q) = %v, want ok %v", tc.in, err, tc.ok)
			}
			if err != nil && !errors.Is(err, programme.ErrBadEmail) {
				t.Errorf("error %v is not ErrBadEmail", err)
			}
		})
	}
}

func TestCheckPhone(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"", true},
		{"040 123 4567", true},
		{"+358 40 123 4567", true},
		{"(09) 310 1691", true},
		{"0295-000-123", true},
		{"112", false},
		{"040 123 4567 ext", false},
		{"aino@kunta.fi", false},
		{"358+40", false},
		{"1234567890123456", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			err := programme.CheckPhone(tc.in)
			if (err == nil) != tc.ok {
				t.Fatalf("CheckPhone(%q) = %v, want ok %v", tc.in, err, tc.ok)
			}
			if err != nil && !errors.Is(err, programme.ErrBadPhone) {
				t.Errorf("error %v is not ErrBadPhone", err)
			}
		})
	}
}

func TestContactValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    programme.Contact
		want error
	}{
		{"empty", programme.Contact{}, nil},
		{"good", programme.Contact{Name: "Aino", Email: "aino@kunta.fi", Phone: "040 1234567"}, nil},
		{"email in phone", programme.Contact{Phone: "aino@kunta.fi"}, programme.ErrBadPhone},
		{"phone in email", programme.Contact{Email: "040 1234567"}, programme.ErrBadEmail},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.c.Validate(); !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
				t.Errorf("Validate() = %v, want %v", err, tc.want)
			}
		})
	}
	if !(programme.Contact{ID: "x"}).IsZero() || (programme.Contact{ID: "x", Phone: "1"}).IsZero() {
		t.Error("IsZero looks at more or less than the typed fields")
	}
	if (programme.Contact{Name: " "}).Named() || !(programme.Contact{Name: "Aino"}).Named() {
		t.Error("Named is wrong")
	}
	if (programme.Contact{Name: "Aino"}).Reachable() || !(programme.Contact{Email: "a@b.fi"}).Reachable() {
		t.Error("Reachable is wrong")
	}
}

// orderOf returns the IDs of rows in order, for comparing orders.
func orderOf[T any](rows []T, id func(T) string) string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = id(r)
	}
	return fmt.Sprint(out)
}

func TestContactRows(t *testing.T) {
	id := func(c programme.Contact) string { return c.ID }
	for _, tc := range []struct {
		name string
		add  func(r *programme.Responsibility, c programme.Contact) *programme.Contact
		get  func(r *programme.Responsibility, id string) *programme.Contact
		del  func(r *programme.Responsibility, id string) bool
		move func(r *programme.Responsibility, id string, d int) bool
		list func(r *programme.Responsibility) []programme.Contact
	}{
		{
			"contacts", (*programme.Responsibility).AddContact, (*programme.Responsibility).Contact,
			(*programme.Responsibility).DeleteContact, (*programme.Responsibility).MoveContact,
			func(r *programme.Responsibility) []programme.Contact { return r.Contacts },
		},
		{
			"experts", (*programme.Responsibility).AddExpert, (*programme.Responsibility).Expert,
			(*programme.Responsibility).DeleteExpert, (*programme.Responsibility).MoveExpert,
			func(r *programme.Responsibility) []programme.Contact { return r.Experts },
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var r programme.Responsibility
			a := tc.add(&r, programme.Contact{ID: "a", Name: "Aino"})
			b := tc.add(&r, programme.Contact{Name: "Bertta"})
			if b.ID == "" {
				t.Fatal("added contact got no ID")
			}
			bid := b.ID
			tc.add(&r, programme.Contact{ID: "c"})
			if a.Name != "Aino" || tc.get(&r, bid).Name != "Bertta" || tc.get(&r, "zz") != nil {
				t.Fatal("lookup by ID is wrong")
			}
			tc.get(&r, "a").Title = "koordinaattori"
			if tc.list(&r)[0].Title != "koordinaattori" {
				t.Error("the returned pointer does not edit the stored row")
			}
			if !tc.move(&r, "c", -2) || orderOf(tc.list(&r), id) != fmt.Sprint([]string{"c", "a", bid}) {
				t.Errorf("after moving c to the top: %s", orderOf(tc.list(&r), id))
			}
			if tc.move(&r, "c", -1) || tc.move(&r, bid, 1) || tc.move(&r, "zz", 1) {
				t.Error("a move past the ends or of an unknown row reported a move")
			}
			if !tc.del(&r, "a") || tc.del(&r, "a") {
				t.Error("delete did not report correctly")
			}
			if got := orderOf(tc.list(&r), id); got != fmt.Sprint([]string{"c", bid}) {
				t.Errorf("after delete: %s", got)
			}
		})
	}
}

func TestMilestoneRowsAndTimeline(t *testing.T) {
	var r programme.Responsibility
	for _, m := range []programme.Milestone{
		{ID: "council", Date: "2026-12-14", Body: "Kunnanvaltuusto"},
		{ID: "undated", Body: "Valtuustoseminaari"},
		{ID: "board", Date: "2026-11", Body: "Sivistyslautakunta", Done: true},
		{ID: "start", Date: "2026-02-09", Body: "Kunnanhallitus", Done: true},
		{ID: "exec", Date: "2026-12-07", Body: "Kunnanhallitus"},
		{ID: "report", Date: "2027", Body: "Kunnanhallitus"},
	} {
		r.AddMilestone(m)
	}
	id := func(m programme.Milestone) string { return m.ID }
	stored := orderOf(r.Milestones, id)
	want := fmt.Sprint([]string{"start", "board", "exec", "council", "report", "undated"})
	if got := orderOf(r.Timeline(), id); got != want {
		t.Errorf("Timeline = %s, want %s", got, want)
	}
	if orderOf(r.Milestones, id) != stored {
		t.Error("Timeline changed the stored order")
	}

	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	for _, tc := range []struct {
		today, want string
	}{
		{"2026-01-01", "exec"}, // start and board are done
		{"2026-12-07", "exec"}, // the day itself is still ahead
		{"2026-12-08", "council"},
		{"2026-12-15", "report"},
		{"2027-12-31", "report"}, // a year-dated milestone lasts the year
		{"2028-01-01", ""},
	} {
		t.Run(tc.today, func(t *testing.T) {
			m, ok := r.NextMilestone(day(tc.today))
			if m.ID != tc.want || ok != (tc.want != "") {
				t.Errorf("NextMilestone = %q, %v; want %q", m.ID, ok, tc.want)
			}
		})
	}
	if !r.Milestone("exec").Overdue(day("2026-12-08")) || r.Milestone("exec").Overdue(day("2026-12-07")) {
		t.Error("Overdue is wrong around the milestone's day")
	}
	if r.Milestone("board").Overdue(day("2027-01-01")) || r.Milestone("undated").Overdue(day("2027-01-01")) {
		t.Error("done or undated milestones must not be overdue")
	}

	if r.MoveMilestone("undated", -5) {
		t.Error("a move past the top reported a move")
	}
	if !r.MoveMilestone("undated", 2) || orderOf(r.Milestones, id) != fmt.Sprint([]string{"council", "board", "start", "undated", "exec", "report"}) {
		t.Errorf("after moving undated two down: %s", orderOf(r.Milestones, id))
	}
	r.SortMilestones()
	if got := orderOf(r.Milestones, id); got != want {
		t.Errorf("SortMilestones = %s, want %s", got, want)
	}
	if !r.DeleteMilestone("board") || r.Milestone("board") != nil || len(r.Milestones) != 5 {
		t.Error("DeleteMilestone did not remove the row")
	}
	if r.AddMilestone(programme.Milestone{}).ID == "" {
		t.Error("AddMilestone gave no ID")
	}
}

func TestMilestoneIsCouncil(t *testing.T) {
	for body, want := range map[string]bool{
		"Kunnanvaltuusto":               true,
		"kaupunginvaltuusto":            true,
		"Stadsfullmäktige":              true,
		"Valtuustoseminaari":            false,
		"Valtuusto":                     true,
		"Kunnanvaltuuston kokous":       true,
		"Kaupunginvaltuusto/lautakunta": true,
		"Kunnanhallitus":                false,
		"Lautakunta":                    false,
		"":                              false,
	} {
		if got := (programme.Milestone{Body: body}).IsCouncil(); got != want {
			t.Errorf("IsCouncil(%q) = %v, want %v", body, got, want)
		}
	}
}

func TestOtherMunicipalities(t *testing.T) {
	for _, tc := range []struct {
		name   string
		typed  string
		want   []string
		joint  bool
		others []string
	}{
		{"own", "", []string{"Akaa"}, false, nil},
		{"one other", "Urjala", []string{"Akaa", "Urjala"}, true, []string{"Urjala"}},
		{"several", " Urjala, Valkeakoski;\nKangasala ", []string{"Akaa", "Urjala", "Valkeakoski", "Kangasala"}, true, []string{"Urjala", "Valkeakoski", "Kangasala"}},
		{"repeats and self dropped", "akaa, Urjala, urjala,,", []string{"Akaa", "Urjala"}, true, []string{"Urjala"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := programme.New(checklist.Default(), []string{"Akaa", "Old"}, "Ohjelma", 2026, 2029)
			p.SetOtherMunicipalities(programme.SplitNames(tc.typed))
			if !reflect.DeepEqual(p.Municipalities, tc.want) {
				t.Errorf("Municipalities = %q, want %q", p.Municipalities, tc.want)
			}
			if p.Joint() != tc.joint {
				t.Errorf("Joint = %v", p.Joint())
			}
			if !reflect.DeepEqual(p.OtherMunicipalities(), tc.others) {
				t.Errorf("OtherMunicipalities = %q, want %q", p.OtherMunicipalities(), tc.others)
			}
		})
	}
}
