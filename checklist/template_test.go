package checklist_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestDefaultFollowsSeed checks the default template against the structure of
// the official checklist: seven steps, and per step the number of bullets of
// each kind.
func TestDefaultFollowsSeed(t *testing.T) {
	tpl := checklist.Default()
	want := []struct {
		id    string
		kinds map[checklist.Kind]int
	}{
		{"responsibility", map[checklist.Kind]int{checklist.KindTask: 5}},
		{"cooperation", map[checklist.Kind]int{checklist.KindTask: 5}},
		{"situation", map[checklist.Kind]int{checklist.KindTask: 1, checklist.KindQuestion: 10, checklist.KindSource: 4}},
		{"goals", map[checklist.Kind]int{checklist.KindTask: 4, checklist.KindQuestion: 3}},
		{"document", map[checklist.Kind]int{checklist.KindElement: 12}},
		{"monitoring", map[checklist.Kind]int{checklist.KindTask: 3, checklist.KindQuestion: 2, checklist.KindIndicator: 11, checklist.KindIndicatorSource: 7}},
		{"communication", map[checklist.Kind]int{checklist.KindTask: 3, checklist.KindAudience: 4}},
	}
	if len(tpl.Steps) != len(want) {
		t.Fatalf("template has %d steps, want %d", len(tpl.Steps), len(want))
	}
	for i, w := range want {
		s := tpl.Steps[i]
		t.Run(w.id, func(t *testing.T) {
			if s.ID != w.id || s.Number != i+1 {
				t.Fatalf("step %d is %q (number %d), want %q", i+1, s.ID, s.Number, w.id)
			}
			got := map[checklist.Kind]int{}
			for _, it := range s.Items {
				got[it.Kind]++
			}
			for _, k := range checklist.Kinds {
				if got[k] != w.kinds[k] {
					t.Errorf("%d items of kind %s, want %d", got[k], k, w.kinds[k])
				}
			}
			if s.Heading.String() == "" {
				t.Error("no heading")
			}
		})
	}
}

func TestTypedContent(t *testing.T) {
	tpl := checklist.Default()
	for _, el := range tpl.ItemsOf(checklist.KindElement) {
		if el.Title.String() == "" {
			t.Errorf("document element %s has no section title", el.ID)
		}
	}
	for _, ind := range tpl.ItemsOf(checklist.KindIndicator) {
		if ind.Title.String() == "" || len(ind.Sources) == 0 || ind.Unit == "" {
			t.Errorf("indicator %s lacks a title, unit or source", ind.ID)
		}
	}
	if n := len(tpl.About.Points); n != 6 {
		t.Errorf("closing guidance has %d points, want 6", n)
	}
	c := tpl.Catalogues
	if len(c.Sectors.Options) < 15 || len(c.Themes.Options) != 5 || len(c.Strategies.Options) != 5 || len(c.Audiences.Options) != 4 {
		t.Errorf("catalogue sizes: %d sectors, %d themes, %d strategies, %d audiences",
			len(c.Sectors.Options), len(c.Themes.Options), len(c.Strategies.Options), len(c.Audiences.Options))
	}
	immigrant := 0
	for _, o := range c.Sectors.Options {
		if o.Immigrant {
			immigrant++
		}
	}
	if immigrant != 2 {
		t.Errorf("%d sectors mark immigrants' own participation, want 2", immigrant)
	}
	if tpl.Source.Title == "" || tpl.Source.Publisher != "kotoutuminen.fi" {
		t.Errorf("source not recorded: %+v", tpl.Source)
	}
}

// TestIDsAreStable compares every step and item ID with the released list:
// stored programmes refer to them, so a rename must fail here.
func TestIDsAreStable(t *testing.T) {
	for _, id := range checklist.IDs() {
		tpl, err := checklist.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, s := range tpl.Steps {
			b.WriteString(s.ID + "\n")
			for _, it := range s.Items {
				b.WriteString("  " + it.ID + "\n")
			}
		}
		for _, cat := range []checklist.Catalogue{tpl.Catalogues.Sectors, tpl.Catalogues.Themes, tpl.Catalogues.Strategies, tpl.Catalogues.Audiences} {
			for _, o := range cat.Options {
				b.WriteString("option " + o.ID + "\n")
			}
		}
		golden := filepath.Join("testdata", id+".ids")
		if *update {
			if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("read golden IDs: %v (run with -update once for a new template)", err)
		}
		if got := b.String(); got != string(want) {
			t.Errorf("IDs of template %s changed; released IDs must stay.\n got:\n%s\nwant:\n%s", id, got, want)
		}
	}
}

func TestParseRejects(t *testing.T) {
	cases := map[string]string{
		"not json":       `{`,
		"no id":          `{"steps":[]}`,
		"duplicate item": `{"id":"x","source":{"url":"https://a"},"law":{"act":{"fi":"L"}},"checked":"2026-01-01","steps":[{"id":"a","number":1,"title":{"fi":"A"},"guidance":{"fi":"g"},"items":[{"id":"i","kind":"task","text":{"fi":"t"}},{"id":"i","kind":"task","text":{"fi":"t"}}]}]}`,
		"wrong number":   `{"id":"x","steps":[{"id":"a","number":2,"title":{"fi":"A"},"guidance":{"fi":"g"}}]}`,
		"no finnish":     `{"id":"x","steps":[{"id":"a","number":1,"title":{"sv":"A"},"guidance":{"fi":"g"}}]}`,
		"bad source":     `{"id":"x","steps":[{"id":"a","number":1,"title":{"fi":"A"},"guidance":{"fi":"g"},"items":[{"id":"i","kind":"indicator","text":{"fi":"t"},"sources":["nope"]}]}]}`,
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := checklist.Parse([]byte(data)); err == nil {
				t.Error("accepted")
			}
		})
	}
}

func TestTextFallsBack(t *testing.T) {
	txt := checklist.Text{"fi": "Hei", "sv": "Hej"}
	if txt.In("sv") != "Hej" || txt.In("en") != "Hei" {
		t.Errorf("In: sv=%q en=%q", txt.In("sv"), txt.In("en"))
	}
}
