package programme_test

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"fi.kotoutus/kotoutus/programme"
)

// changeKeys writes changes as "kind path" lines, sorted, for comparison.
func changeKeys(cs []programme.Change) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = string(c.Kind) + " " + c.Path
	}
	sort.Strings(out)
	return out
}

func TestCompareIdentical(t *testing.T) {
	a := rich()
	b := a.Clone()
	b.ID = "other"
	b.Updated = t0.AddDate(1, 0, 0)
	b.Item("situation.q.count") // an empty entry equals no entry
	if got := programme.Compare(a, b); len(got) != 0 {
		t.Errorf("identical content compared as changed: %v", changeKeys(got))
	}
}

func TestCompareListsExactlyTheChanges(t *testing.T) {
	a := rich()
	b := a.Clone()
	b.Title = "Kotouttamisohjelma 2026–2030"
	b.EditItem("cooperation.residents").Done = true
	b.EditItem("cooperation.group").Note = ""
	b.Goals[0].Measures[1].Title = "Työnhaun valmennus"
	b.Goals[0].Measures = append(b.Goals[0].Measures, programme.Measure{ID: "me3", Title: "Mentorointi"})
	b.Goals[1], b.Goals[0] = b.Goals[0], b.Goals[1]
	b.Cooperation.Members = b.Cooperation.Members[:1]
	b.Situation.Figures[0].Value = programme.TextValue("1 250")
	b.Monitoring.Indicators[0].Target.Year = 2030
	b.Communication.Rows[0].Languages = []string{"fi", "sv"}
	b.Document.Sections[0].Draft = "Ensimmäinen kappale.\n\nToinen, muokattu kappale.\n\nKolmas kappale."
	b.Document.Sections = append(b.Document.Sections, programme.Section{ID: "s3", Title: "Sanasto"})
	b.Responsibility.Milestones[0].Done = true
	b.Comments[0].Resolved = true

	want := []string{
		"added document/sections/s3",
		"added goals/g1/measures/me3",
		"changed comments/k1/resolved",
		"changed communication/rows/c1/languages",
		"changed document/sections/s1/draft",
		"changed goals/g1/measures/me2/title",
		"changed items/cooperation.group/note",
		"changed items/cooperation.residents/done",
		"changed monitoring/indicators/i1/target/year",
		"changed responsibility/milestones/ms1/done",
		"changed situation/figures/f1/value",
		"changed title",
		"moved goals",
		"removed cooperation/members/m2",
	}
	got := programme.Compare(a, b)
	if !reflect.DeepEqual(changeKeys(got), want) {
		t.Errorf("changes:\n got %s\nwant %s", strings.Join(changeKeys(got), "\n     "), strings.Join(want, "\n     "))
	}
	byPath := map[string]programme.Change{}
	for _, c := range got {
		byPath[string(c.Kind)+" "+c.Path] = c
	}
	cases := []struct {
		key                       string
		ref, step, field, subject string
		old, new                  string
	}{
		{"changed goals/g1/measures/me2/title", "measure:me2", "goals", "title", "Työnhaun valmennus", "Työnhakuvalmennus", "Työnhaun valmennus"},
		{"changed items/cooperation.residents/done", "item:cooperation.residents", "cooperation", "done", "", "ei", "kyllä"},
		{"changed monitoring/indicators/i1/target/year", "indicator:i1", "monitoring", "target.year", "Työllisyysaste", "2029", "2030"},
		{"changed situation/figures/f1/value", "figure:f1", "situation", "value", "Vieraskielisiä", "1\u00a0200", "1\u00a0250"},
		{"changed title", "", "", "title", "", "Kotouttamisohjelma 2026–2029", "Kotouttamisohjelma 2026–2030"},
		{"removed cooperation/members/m2", "member:m2", "cooperation", "", "Matti Mäki", "Matti Mäki", ""},
		{"added goals/g1/measures/me3", "measure:me3", "goals", "", "Mentorointi", "", "Mentorointi"},
		{"changed communication/rows/c1/languages", "comm:c1", "communication", "languages", "Ohjelma valmistuu", "fi, plain", "fi, sv"},
	}
	for _, tc := range cases {
		t.Run(tc.key, func(t *testing.T) {
			c := byPath[tc.key]
			got := fmt.Sprintf("%s|%s|%s|%s|%s|%s", c.Ref, c.Step, c.Field, c.Subject,
				programme.ValueText("fi", c.Old, "kyllä", "ei"), programme.ValueText("fi", c.New, "kyllä", "ei"))
			want := fmt.Sprintf("%s|%s|%s|%s|%s|%s", tc.ref, tc.step, tc.field, tc.subject, tc.old, tc.new)
			if got != want {
				t.Errorf("got  %s\nwant %s", got, want)
			}
		})
	}
	draft := byPath["changed document/sections/s1/draft"]
	wantLines := []programme.DiffLine{
		{Op: "=", Text: "Ensimmäinen kappale."},
		{Op: "=", Text: ""},
		{Op: "-", Text: "Toinen kappale."},
		{Op: "+", Text: "Toinen, muokattu kappale."},
		{Op: "=", Text: ""},
		{Op: "=", Text: "Kolmas kappale."},
	}
	if !reflect.DeepEqual(draft.Lines, wantLines) {
		t.Errorf("draft diff %+v", draft.Lines)
	}
}

func TestLineDiff(t *testing.T) {
	cases := []struct {
		name, a, b string
		want       string
	}{
		{"empty to text", "", "a\nb", "+a +b"},
		{"text to empty", "a\nb", "", "-a -b"},
		{"insert middle", "a\nc", "a\nb\nc", "=a +b =c"},
		{"delete middle", "a\nb\nc", "a\nc", "=a -b =c"},
		{"replace all", "x\ny", "p\nq", "-x -y +p +q"},
		{"common subsequence", "a\nb\nc\nd", "b\nx\nd\ny", "-a =b -c +x =d +y"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var parts []string
			for _, l := range programme.LineDiff(tc.a, tc.b) {
				parts = append(parts, string(l.Op)+l.Text)
			}
			if got := strings.Join(parts, " "); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestLineDiffLongTextsStayCorrect(t *testing.T) {
	var a, b []string
	for i := 0; i < 3000; i++ {
		a = append(a, fmt.Sprintf("rivi %d", i))
		b = append(b, fmt.Sprintf("toinen %d", i))
	}
	lines := programme.LineDiff(strings.Join(a, "\n"), strings.Join(b, "\n"))
	var gotA, gotB []string
	for _, l := range lines {
		if l.Op != programme.DiffAdded {
			gotA = append(gotA, l.Text)
		}
		if l.Op != programme.DiffRemoved {
			gotB = append(gotB, l.Text)
		}
	}
	if !reflect.DeepEqual(gotA, a) || !reflect.DeepEqual(gotB, b) {
		t.Error("a long diff does not rebuild both texts")
	}
}

// TestValueTextInLanguage: a compared date, number or save time reads as
// the reader's language writes it, not always the Finnish way.
func TestValueTextInLanguage(t *testing.T) {
	n := 1234.5
	at := time.Date(2026, 12, 2, 14, 32, 0, 0, time.Local)
	for _, c := range []struct {
		lang string
		v    any
		want string
	}{
		{"fi", programme.Date("2026-12-02"), "2.12.2026"},
		{"sv", programme.Date("2026-12-02"), "2.12.2026"},
		{"en", programme.Date("2026-12-02"), "2 December 2026"},
		{"fi", programme.Value{Number: &n, Text: "1 234,5"}, "1\u00a0234,5"},
		{"en", programme.Value{Number: &n, Text: "1 234,5"}, "1,234.5"},
		{"en", programme.Value{Text: "arabia, venäjä"}, "arabia, venäjä"},
		{"fi", at, "2.12.2026 14.32"},
		{"en", at, "2 December 2026, 14:32"},
	} {
		if got := programme.ValueText(c.lang, c.v, "yes", "no"); got != c.want {
			t.Errorf("%s %v: %q, want %q", c.lang, c.v, got, c.want)
		}
	}
}
