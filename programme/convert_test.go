package programme_test

import (
	"reflect"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func planningTemplate(t *testing.T) *checklist.Template {
	t.Helper()
	tpl, err := checklist.Get(checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	return tpl
}

// TestConvertDemoKeepsEverything converts the demo programme to the 2025
// template and compares every carried-over answer, tick, note, section,
// link and choice with the original; what has no home must be listed and
// still be in the programme.
func TestConvertDemoKeepsEverything(t *testing.T) {
	old := programme.Demo(checklist.Default())
	to := planningTemplate(t)
	m, err := checklist.MappingFor(checklist.DefaultID, checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := programme.Encode(old)
	got, err := programme.Convert(old, to)
	if err != nil {
		t.Fatal(err)
	}
	if after, _ := programme.Encode(old); string(after) != string(before) {
		t.Fatal("Convert changed the original programme")
	}
	if got.TemplateID != to.ID || got.TemplateRevision != to.Revision || got.Conversion == nil || got.Conversion.From != checklist.DefaultID {
		t.Fatalf("template %s rev %d, conversion %+v", got.TemplateID, got.TemplateRevision, got.Conversion)
	}
	lost := map[string]bool{}
	for _, u := range got.Conversion.Unplaced {
		lost[u.OldID+"@"+u.Ref] = true
		if u.Label == "" || u.Reason == "" {
			t.Errorf("unplaced %+v lacks a label or reason", u)
		}
	}

	for id, st := range old.Items {
		to, ok := m.Item(id)
		if !ok {
			if (st.Done || st.Note != "") && !lost[id+"@"] {
				t.Errorf("item %s with content neither carried over nor listed", id)
			}
			continue
		}
		if g := got.Items[to]; g == nil || *g != *st {
			t.Errorf("item %s → %s: %+v, want %+v", id, to, g, st)
		}
	}
	if len(old.Situation.Answers) == 0 {
		t.Fatal("the demo has no answers to compare")
	}
	for id, a := range old.Situation.Answers {
		to, ok := m.Item(id)
		if !ok {
			t.Errorf("answer %s has no home in the mapping", id)
			continue
		}
		if got.Situation.Answers[to] != a {
			t.Errorf("answer %s → %s: %q, want %q", id, to, got.Situation.Answers[to], a)
		}
	}
	// Every old section is still there with its text, by ID.
	unplacedSections := 0
	for _, s := range old.Document.Sections {
		g := got.Document.Section(s.ID)
		if g == nil {
			t.Errorf("section %s (%s) dropped", s.ID, s.ElementID)
			continue
		}
		if !strings.Contains(g.Draft, s.Draft) || !reflect.DeepEqual(g.Includes, s.Includes) {
			t.Errorf("section %s (%s) changed: draft %q includes %v", s.ID, s.ElementID, g.Draft, g.Includes)
		}
		if to, ok := m.Item(s.ElementID); ok || s.ElementID == "" {
			if s.ElementID != "" && g.ElementID != to {
				t.Errorf("section %s: element %s, want %s", s.ID, g.ElementID, to)
			}
			if g.NotApplicable != s.NotApplicable || g.Reason != s.Reason || g.Title != s.Title {
				t.Errorf("section %s: applicability or title changed", s.ID)
			}
			continue
		}
		unplacedSections++
		if !g.IsExtra() || !strings.HasPrefix(g.Title, programme.UnplacedPrefix) || !lost[s.ElementID+"@"+s.ID] {
			t.Errorf("section of %s without a home: extra=%v title %q, listed=%v", s.ElementID, g.IsExtra(), g.Title, lost[s.ElementID+"@"+s.ID])
		}
	}
	if unplacedSections != 2 {
		t.Errorf("%d sections without a home, want the 2 old group-specific elements", unplacedSections)
	}
	for _, el := range to.ItemsOf(checklist.KindElement) {
		if got.Document.ElementSection(el.ID) == nil {
			t.Errorf("new element %s has no section", el.ID)
		}
	}
	if len(old.Goals) != len(got.Goals) {
		t.Fatalf("%d goals, want %d", len(got.Goals), len(old.Goals))
	}
	for i, g := range old.Goals {
		n := got.Goals[i]
		if n.Title != g.Title || n.Description != g.Description || len(n.Measures) != len(g.Measures) || !reflect.DeepEqual(n.Measures, g.Measures) {
			t.Errorf("goal %s changed", g.ID)
		}
		if to, _ := m.Option(g.Theme); n.Theme != to {
			t.Errorf("goal %s theme %s, want %s", g.ID, n.Theme, to)
		}
		for _, s := range g.Strategies {
			if to, ok := m.Option(s); ok && !n.HasStrategy(to) {
				t.Errorf("goal %s lost its link %s", g.ID, s)
			} else if !ok && !lost[s+"@"+g.ID] {
				t.Errorf("goal %s: link %s neither kept nor listed", g.ID, s)
			}
		}
	}
	for i, mb := range old.Cooperation.Members {
		to, _ := m.Option(mb.Sector)
		if n := got.Cooperation.Members[i]; n.Sector != to || n.Name != mb.Name {
			t.Errorf("member %s: sector %s, want %s", mb.Name, n.Sector, to)
		}
	}
	for i, ind := range old.Monitoring.Indicators {
		n := got.Monitoring.Indicators[i]
		want := ind
		want.CatalogueID, _ = m.Item(ind.CatalogueID)
		if !reflect.DeepEqual(n, want) {
			t.Errorf("indicator %s changed", ind.Name)
		}
	}
	if !reflect.DeepEqual(got.Communication, old.Communication) || !reflect.DeepEqual(got.Comments, old.Comments) ||
		!reflect.DeepEqual(got.Responsibility, old.Responsibility) || !reflect.DeepEqual(got.Cooperation.Hearings, old.Cooperation.Hearings) {
		t.Error("communication, comments, responsibility or hearings changed")
	}
}

// TestConvertListsWhatHasNoHome uses content under every kind of ID the
// new template lacks.
func TestConvertListsWhatHasNoHome(t *testing.T) {
	p := programme.New(checklist.Default(), []string{"Ii"}, "Kotouttamisohjelma", 2023, 2026)
	p.EditItem("document.el.protection").Note = "kiintiöpakolaiset 2024"
	p.Goals = []programme.Goal{{ID: "g1", Title: "Työ", Strategies: []string{"national-programme", "municipal-strategy"}}}
	p.Cooperation.Members = []programme.Member{{ID: "m1", Name: "Aino", Sector: "municipal-employment"}}
	sec := p.Document.ElementSection("document.el.outside-workforce")
	sec.NotApplicable, sec.Reason = true, "Ei koske kuntaa."
	got, err := programme.Convert(p, planningTemplate(t))
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[programme.UnplacedKind]int{}
	for _, u := range got.Conversion.Unplaced {
		kinds[u.Kind]++
	}
	want := map[programme.UnplacedKind]int{programme.UnplacedItem: 1, programme.UnplacedStrategy: 1, programme.UnplacedSection: 2}
	if !reflect.DeepEqual(kinds, want) {
		t.Errorf("unplaced kinds %v, want %v", kinds, want)
	}
	if g := got.Goals[0]; !reflect.DeepEqual(g.Strategies, []string{"municipal-strategy"}) {
		t.Errorf("goal links %v", g.Strategies)
	}
	if got.Cooperation.Members[0].Sector != "employment-authority" {
		t.Errorf("municipal employment services became %s", got.Cooperation.Members[0].Sector)
	}
	s := got.Document.Section(sec.ID)
	if s.NotApplicable || !strings.Contains(s.Draft, "Ei koske kuntaa.") {
		t.Errorf("not-applicable reason lost: %+v", s)
	}
	if _, err := programme.Convert(got, planningTemplate(t)); err == nil {
		t.Error("converting a 2025 programme again was accepted")
	}
}

// TestStoreConvertSnapshotsFirst checks that the stored programme before the
// conversion is kept as a snapshot.
func TestStoreConvertSnapshotsFirst(t *testing.T) {
	s, _ := openStore(t)
	p := programme.Demo(checklist.Default())
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	got, err := s.Convert(p.ID, planningTemplate(t))
	if err != nil {
		t.Fatal(err)
	}
	snaps, err := s.Snapshots(p.ID)
	if err != nil || len(snaps) != 1 || snaps[0].Reason != programme.ReasonBeforeConvert || snaps[0].Key != got.Conversion.Snapshot {
		t.Fatalf("snapshots %+v (%v), conversion %+v", snaps, err, got.Conversion)
	}
	before, err := s.LoadSnapshot(p.ID, snaps[0].Key)
	if err != nil || before.TemplateID != checklist.DefaultID {
		t.Fatalf("snapshot holds template %v (%v)", before, err)
	}
	stored, err := s.Load(p.ID)
	if err != nil || stored.TemplateID != checklist.PlanningID || len(stored.Conversion.Unplaced) == 0 {
		t.Fatalf("stored %v (%v)", stored, err)
	}
}

// TestDemoOnPlanningTemplate checks the example on the 2025 template: its
// own template, every element in place, nothing waiting for a place, the
// old group-specific texts kept in the 2025 elements, and national links.
func TestDemoOnPlanningTemplate(t *testing.T) {
	tpl := planningTemplate(t)
	p, err := programme.DemoFor(tpl)
	if err != nil {
		t.Fatal(err)
	}
	old := programme.Demo(checklist.Default())
	if p.TemplateID != tpl.ID || p.Conversion != nil || strings.Contains(p.Title, "kotouttamisohjelma") || strings.Contains(strings.ToLower(p.Title), "kotouttamis") {
		t.Errorf("template %s, conversion %v, title %q", p.TemplateID, p.Conversion, p.Title)
	}
	for _, el := range tpl.ItemsOf(checklist.KindElement) {
		// The app's own elements (summary, communication) show data of
		// other steps and need no text.
		if s := p.Document.ElementSection(el.ID); s == nil || (strings.TrimSpace(s.Draft) == "" && !s.NotApplicable && !el.Extra) {
			t.Errorf("element %s empty or missing", el.ID)
		}
	}
	all := ""
	for _, s := range p.Document.Sections {
		if strings.HasPrefix(s.Title, programme.UnplacedPrefix) {
			t.Errorf("section %q still waits for a place", s.Title)
		}
		all += s.Draft
	}
	for _, id := range []string{"document.el.outside-workforce", "document.el.protection"} {
		s := old.Document.ElementSection(id)
		text := s.Draft
		if s.NotApplicable {
			text = s.Reason
		}
		if !strings.Contains(all, text) {
			t.Errorf("the text of old %s is not in the 2025 demo", id)
		}
	}
	national := 0
	for _, g := range p.Goals {
		for _, id := range g.Strategies {
			if o, ok := tpl.Catalogues.Strategies.Option(id); ok && o.National {
				national++
			}
		}
	}
	if national < 3 {
		t.Errorf("%d links to national goals, want at least 3", national)
	}
	if d, err := programme.DemoFor(checklist.Default()); err != nil || d.TemplateID != checklist.DefaultID {
		t.Errorf("demo on the old template: %v %v", d, err)
	}
}

// TestConvertRenamesTheDocument: a title that names the old document
// ("Kotouttamisohjelma 2022–2025") is renamed for the 2025 law on
// conversion, the old title kept in the record; the user's own title
// stays.
func TestConvertRenamesTheDocument(t *testing.T) {
	from, to := checklist.Default(), planningTemplate(t)
	cases := []struct {
		title, want string
		renamed     bool
	}{
		{"Kotouttamisohjelma 2022–2025", "Kotoutumisen edistämisen suunnitelma 2022–2025", true},
		{"kotouttamisohjelma", "Kotoutumisen edistämisen suunnitelma", true},
		{"  Kotouttamisohjelma 2026–2029 ", "Kotoutumisen edistämisen suunnitelma 2026–2029", true},
		{"Kotouttamisohjelmatyö 2022", "Kotouttamisohjelmatyö 2022", false},
		{"Akaan monikulttuurisuusohjelma", "Akaan monikulttuurisuusohjelma", false},
		{"", "", false},
	}
	for _, c := range cases {
		got, ok := programme.ConvertedTitle(c.title, from, to)
		if got != c.want || ok != c.renamed {
			t.Errorf("ConvertedTitle(%q) = %q, %v; want %q, %v", c.title, got, ok, c.want, c.renamed)
		}
	}

	old := programme.Demo(from)
	old.Title = "Kotouttamisohjelma 2022–2025"
	got, err := programme.Convert(old, to)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Kotoutumisen edistämisen suunnitelma 2022–2025" || got.Conversion.OldTitle != "Kotouttamisohjelma 2022–2025" {
		t.Errorf("converted title %q (old %q)", got.Title, got.Conversion.OldTitle)
	}
	if old.Title != "Kotouttamisohjelma 2022–2025" {
		t.Error("Convert renamed the original")
	}
	own := programme.Demo(from)
	own.Title = "Akaan monikulttuurisuusohjelma"
	if got, err := programme.Convert(own, to); err != nil || got.Title != own.Title || got.Conversion.OldTitle != "" {
		t.Errorf("own title converted to %q (old %q), %v", got.Title, got.Conversion.OldTitle, err)
	}
}
