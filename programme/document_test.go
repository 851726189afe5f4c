package programme_test

import (
	"errors"
	"slices"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func TestWordCount(t *testing.T) {
	cases := []struct {
		name string
		text string
		want int
	}{
		{"empty", "", 0},
		{"spaces", "  \n\t ", 0},
		{"plain", "Kunta edistää kotoutumista.", 3},
		{"markup is not a word", "## Otsikko\n\n- yksi\n- kaksi\n\n| a | b |\n|---|---|", 5},
		{"numbers count", "Vuonna 2026 noin 1 200 asukasta", 6},
		{"punctuation glued to words", "(esim. kielikahvila), ks. liite", 4},
		{"dash alone", "työ – ja elinkeinopalvelut", 3},
		{"non-breaking space separates", "1\u00a0200 henkeä", 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := programme.WordCount(c.text); got != c.want {
				t.Errorf("WordCount(%q) = %d, want %d", c.text, got, c.want)
			}
		})
	}
}

func newDoc(t *testing.T) (*programme.Programme, *checklist.Template) {
	t.Helper()
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Testikunta"}, "Ohjelma", 2026, 2029)
	if n, want := len(p.Document.Sections), len(tpl.ItemsOf(checklist.KindElement)); n != want || want != 12 {
		t.Fatalf("new programme has %d sections, want the template's 12 elements (%d)", n, want)
	}
	return p, tpl
}

func ids(d *programme.Document) []string {
	var out []string
	for _, s := range d.Sections {
		out = append(out, s.ID)
	}
	return out
}

func TestSectionsAddMoveDelete(t *testing.T) {
	p, tpl := newDoc(t)
	d := &p.Document
	first := d.Sections[0].ID

	intro := d.AddSection("  Johdanto ", 0)
	if d.Sections[0].ID != intro || d.Sections[0].Title != "Johdanto" || !d.Sections[0].IsExtra() {
		t.Fatalf("intro not first with trimmed title: %+v", d.Sections[0])
	}
	appx := d.AddSection("Liitteet", -1)
	if last := d.Sections[len(d.Sections)-1]; last.ID != appx {
		t.Fatalf("-1 did not append: last is %q", last.Title)
	}
	if got := d.Sections[0].Heading(tpl, "fi"); got != "Johdanto" {
		t.Errorf("extra heading = %q", got)
	}
	if got := d.Sections[2].Heading(tpl, "fi"); got != "Kytkös kuntastrategiaan ja alueen maahanmuuttostrategiaan" {
		t.Errorf("element heading = %q", got)
	}

	before := ids(d)
	if !d.MoveSection(intro, 1) || d.Index(intro) != 1 || d.Index(first) != 0 {
		t.Fatalf("move down: intro at %d, first at %d", d.Index(intro), d.Index(first))
	}
	if d.MoveSection(appx, 5) {
		t.Error("moving the last section further down reported a move")
	}
	if !d.MoveSection(appx, -100) || d.Index(appx) != 0 {
		t.Errorf("move to top clamped wrongly: at %d", d.Index(appx))
	}
	if len(d.Sections) != len(before) {
		t.Fatalf("moves changed the number of sections")
	}

	if err := d.DeleteSection(first); !errors.Is(err, programme.ErrElementSection) {
		t.Errorf("deleting an element: err = %v, want ErrElementSection", err)
	}
	if err := d.DeleteSection("nope"); !errors.Is(err, programme.ErrNoSection) {
		t.Errorf("deleting unknown: err = %v", err)
	}
	if err := d.DeleteSection(appx); err != nil {
		t.Fatal(err)
	}
	if d.Index(appx) >= 0 || len(d.Sections) != 13 {
		t.Errorf("appendix not deleted: %d sections", len(d.Sections))
	}
}

func TestRenameAndNotApplicable(t *testing.T) {
	p, tpl := newDoc(t)
	d := &p.Document
	el := d.ElementSection("document.el.responsibilities").ID
	if err := d.RenameSection(el, "Vastuut kunnassa"); err != nil {
		t.Fatal(err)
	}
	if got := d.Section(el).Heading(tpl, "fi"); got != "Vastuut kunnassa" {
		t.Errorf("renamed heading = %q", got)
	}
	if err := d.RenameSection(el, " "); err != nil {
		t.Fatal(err)
	}
	if got := d.Section(el).Heading(tpl, "fi"); got != "Vastuutahot" {
		t.Errorf("empty title should restore the template's: %q", got)
	}

	d.Section(el).Draft = "Luonnos jää talteen."
	if err := d.SetNotApplicable(el, true, "Ei koske kuntaa."); err != nil {
		t.Fatal(err)
	}
	s := d.Section(el)
	if !s.NotApplicable || s.Reason != "Ei koske kuntaa." || s.Draft == "" {
		t.Errorf("after marking: %+v", *s)
	}
	if s.Words() != 3 {
		t.Errorf("a section left out counts its reason: %d words", s.Words())
	}
	if err := d.SetNotApplicable(el, false, s.Reason); err != nil || d.Section(el).NotApplicable {
		t.Errorf("unmarking: %v", err)
	}
	extra := d.AddSection("Oma", -1)
	if err := d.SetNotApplicable(extra, true, "x"); !errors.Is(err, programme.ErrExtraNotApplicable) {
		t.Errorf("extra section marked not applicable: %v", err)
	}
}

func TestSetIncludesKeepsOrder(t *testing.T) {
	p, _ := newDoc(t)
	d := &p.Document
	id := d.Sections[0].ID
	err := d.SetIncludes(id, []programme.Block{programme.BlockIndicators, "bogus", programme.BlockGoals, programme.BlockIndicators})
	if err != nil {
		t.Fatal(err)
	}
	want := []programme.Block{programme.BlockIndicators, programme.BlockGoals}
	if got := d.Section(id).Includes; !slices.Equal(got, want) {
		t.Errorf("includes = %v, want %v", got, want)
	}
	if !d.Section(id).Shows(programme.BlockGoals) || d.Section(id).Shows(programme.BlockFigures) {
		t.Error("Shows disagrees with Includes")
	}
	if err := d.SetIncludes(id, nil); err != nil || d.Section(id).Includes != nil {
		t.Errorf("clearing: %v %v", err, d.Section(id).Includes)
	}
	if err := d.SetIncludes("nope", nil); !errors.Is(err, programme.ErrNoSection) {
		t.Errorf("unknown section: %v", err)
	}
}

func TestDocumentWordsAndEnsureElements(t *testing.T) {
	p, tpl := newDoc(t)
	d := &p.Document
	d.Sections[0].Draft = "yksi kaksi kolme"
	d.Sections[1].Draft = "neljä"
	d.Sections[1].NotApplicable = true
	d.Sections[1].Reason = "viisi kuusi"
	if got := d.Words(); got != 5 {
		t.Errorf("document words = %d, want 5", got)
	}
	if n := d.EnsureElements(tpl); n != 0 {
		t.Errorf("complete document got %d sections added", n)
	}
	gone := d.Sections[4].ElementID
	d.Sections = slices.Delete(d.Sections, 4, 5)
	if n := d.EnsureElements(tpl); n != 1 || d.ElementSection(gone) == nil {
		t.Errorf("missing element not restored (%d added)", n)
	}
}

func TestDemoDocument(t *testing.T) {
	tpl := checklist.Default()
	d := programme.Demo(tpl).Document
	if len(d.Sections) != 13 || d.Sections[0].ElementID != "document.el.summary" || d.Sections[1].Title != "Johdanto" || !d.Sections[1].IsExtra() {
		t.Fatalf("want the summary, the introduction and the other elements, got %d sections starting %+v", len(d.Sections), d.Sections[0])
	}
	notApplicable := 0
	blocks := map[programme.Block]int{}
	for _, s := range d.Sections {
		switch {
		case s.NotApplicable:
			notApplicable++
			if programme.WordCount(s.Reason) < 5 {
				t.Errorf("%s: not applicable without a real reason", s.ElementID)
			}
		case s.ElementID == "document.el.summary" || s.ElementID == "document.el.communication":
			// Assembled from the other steps.
		case programme.WordCount(s.Draft) < 40:
			t.Errorf("%s: draft of %d words is too thin for an example", s.Heading(tpl, "fi"), programme.WordCount(s.Draft))
		}
		for _, b := range s.Includes {
			blocks[b]++
		}
	}
	if notApplicable != 1 {
		t.Errorf("%d sections not applicable, want one", notApplicable)
	}
	for _, b := range programme.Blocks {
		if blocks[b] != 1 {
			t.Errorf("block %s included %d times, want once", b, blocks[b])
		}
	}
	if w := d.Words(); w < 600 || w > 2500 {
		t.Errorf("example document has %d words; it should read as a concise programme", w)
	}
}
