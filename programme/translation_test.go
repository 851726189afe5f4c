package programme_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// bilingual is rich() with Swedish as a further language and a few texts
// translated.
func bilingual(t *testing.T) *programme.Programme {
	t.Helper()
	p := rich()
	if err := p.AddDocLanguage("sv"); err != nil {
		t.Fatal(err)
	}
	for _, tr := range []struct{ kind, id, field, text string }{
		{"programme", "", "title", "Program för integrationsfrämjande 2026–2029"},
		{"goal", "g1", "title", "Sysselsättningen förbättras"},
		{"measure", "me1", "title", "Språkkafé"},
		{"section", "s1", "draft", "Första stycket.\n\nAndra stycket.\n\nTredje stycket."},
		{"responsibility", "", "organisation", "Akaa stad"},
		{"milestone", "ms1", "body", "Bildningsnämnden"},
		{"milestone", "ms1", "decision", "utlåtande"},
		{"milestone", "ms2", "body", "Stadsfullmäktige"},
		{"milestone", "ms2", "decision", "godkännande"},
		{"member", "m1", "organisation", "Akaa stad"},
		{"member", "m2", "organisation", "TE-tjänsterna"},
		{"hearing", "h1", "title", "Invånarkväll"},
		{"answer", "situation.q.count", "answer", "Cirka 1 200."},
		{"figure", "f1", "label", "Med främmande modersmål"},
	} {
		if err := p.SetTranslation(tr.kind, tr.id, tr.field, "sv", tr.text); err != nil {
			t.Fatalf("SetTranslation(%s %s %s): %v", tr.kind, tr.id, tr.field, err)
		}
	}
	return p
}

func refKeys(refs []programme.TextRef) []string {
	out := make([]string, len(refs))
	for i, r := range refs {
		out[i] = r.RowKind + ":" + r.RowID + "." + r.Field
	}
	return out
}

func TestDocumentLanguages(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(p *programme.Programme) error
		want []string
	}{
		{"old programme is Finnish only", func(*programme.Programme) error { return nil }, []string{"fi"}},
		{"add Swedish", func(p *programme.Programme) error { return p.AddDocLanguage("sv") }, []string{"fi", "sv"}},
		{"add twice", func(p *programme.Programme) error {
			_ = p.AddDocLanguage("sv")
			return p.AddDocLanguage("sv")
		}, []string{"fi", "sv"}},
		{"remove", func(p *programme.Programme) error {
			_ = p.AddDocLanguage("en")
			_ = p.AddDocLanguage("sv")
			p.RemoveDocLanguage("en")
			return nil
		}, []string{"fi", "sv"}},
		{"hand-edited file with junk", func(p *programme.Programme) error {
			p.DocLanguages = []string{"fi", "xx", "sv", "sv"}
			return nil
		}, []string{"fi", "sv"}},
		{"main Swedish", func(p *programme.Programme) error { return p.SetMainLanguage("sv") }, []string{"sv"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := rich()
			if err := tc.edit(p); err != nil {
				t.Fatal(err)
			}
			if got := p.DocumentLanguages(); !slices.Equal(got, tc.want) {
				t.Errorf("DocumentLanguages = %v, want %v", got, tc.want)
			}
		})
	}
	p := rich()
	for _, bad := range []string{"fi", "de", ""} {
		if err := p.AddDocLanguage(bad); !errors.Is(err, programme.ErrBadLanguage) {
			t.Errorf("AddDocLanguage(%q) = %v, want ErrBadLanguage", bad, err)
		}
	}
	if err := p.SetTranslation("goal", "g1", "title", "fi", "x"); !errors.Is(err, programme.ErrBadLanguage) {
		t.Errorf("translation into the main language: %v, want ErrBadLanguage", err)
	}
	if err := p.SetTranslation("goal", "nope", "title", "sv", "x"); !errors.Is(err, programme.ErrNoSuchRow) {
		t.Errorf("translation of a missing row: %v, want ErrNoSuchRow", err)
	}
	if err := p.SetTranslation("goal", "g1", "nope", "sv", "x"); !errors.Is(err, programme.ErrNoSuchRow) {
		t.Errorf("translation of an unknown field: %v, want ErrNoSuchRow", err)
	}
}

func TestTranslatableTexts(t *testing.T) {
	p := rich()
	got := refKeys(p.TranslatableTexts())
	want := []string{
		"programme:.title",
		"responsibility:.organisation",
		"milestone:ms1.body", "milestone:ms1.decision", "milestone:ms2.body", "milestone:ms2.decision",
		"member:m1.organisation", "member:m2.organisation", "hearing:h1.title",
		"answer:situation.q.count.answer", "figure:f1.label",
		"goal:g1.title", "measure:me1.title", "measure:me2.title", "goal:g2.title",
		"section:s1.draft", "section:s2.title", "section:s2.draft",
		"indicator:i1.name",
		"comm:c1.message",
	}
	if !slices.Equal(got, want) {
		t.Errorf("TranslatableTexts =\n  %v\nwant\n  %v", got, want)
	}
	for _, r := range p.TranslatableTexts() {
		if r.Main == "" || (r.RowID != "") != (r.Ref() == r.RowKind+":"+r.RowID) || (r.RowID == "" && r.Ref() != "") {
			t.Errorf("%s: Main %q Ref %q", r.RowKind, r.Main, r.Ref())
		}
		if r.Markdown != (r.Field == "draft" || r.Field == "answer") {
			t.Errorf("%s.%s: Markdown = %v", r.RowKind, r.Field, r.Markdown)
		}
		if (r.RowKind == "section" && r.RowID == "s1" || r.RowKind == "answer") && r.Label == "" {
			t.Errorf("%s %s has no label: the template's title was not used", r.RowKind, r.RowID)
		}
	}
}

func TestTranslationStatus(t *testing.T) {
	for _, tc := range []struct {
		name           string
		edit           func(t *testing.T, p *programme.Programme)
		lang           string
		missing, stale []string
	}{
		{
			name: "untranslated texts are missing", lang: "sv",
			missing: []string{"measure:me2.title", "goal:g2.title", "section:s2.title", "section:s2.draft", "indicator:i1.name", "comm:c1.message"},
		},
		{
			name: "main text changed after translation is stale", lang: "sv",
			edit:    func(_ *testing.T, p *programme.Programme) { p.Goals[0].Title = "Työllisyys paranee selvästi" },
			missing: []string{"measure:me2.title", "goal:g2.title", "section:s2.title", "section:s2.draft", "indicator:i1.name", "comm:c1.message"},
			stale:   []string{"goal:g1.title"},
		},
		{
			name: "space and line endings do not make it stale", lang: "sv",
			edit: func(_ *testing.T, p *programme.Programme) {
				p.Document.Sections[0].Draft = strings.ReplaceAll(p.Document.Sections[0].Draft, "\n", "\r\n") + "\n"
			},
			missing: []string{"measure:me2.title", "goal:g2.title", "section:s2.title", "section:s2.draft", "indicator:i1.name", "comm:c1.message"},
		},
		{
			name: "marked up to date", lang: "sv",
			edit: func(t *testing.T, p *programme.Programme) {
				p.Goals[0].Title = "Työllisyys paranee!"
				if err := p.MarkTranslationCurrent("goal", "g1", "title", "sv"); err != nil {
					t.Fatal(err)
				}
			},
			missing: []string{"measure:me2.title", "goal:g2.title", "section:s2.title", "section:s2.draft", "indicator:i1.name", "comm:c1.message"},
		},
		{
			name: "emptied main text is neither", lang: "sv",
			edit: func(_ *testing.T, p *programme.Programme) {
				p.Goals[0].Title = ""
				p.Goals[1].Title = ""
			},
			missing: []string{"measure:me2.title", "section:s2.title", "section:s2.draft", "indicator:i1.name", "comm:c1.message"},
		},
		{
			name: "empty translation deletes it", lang: "sv",
			edit: func(t *testing.T, p *programme.Programme) {
				if err := p.SetTranslation("measure", "me1", "title", "sv", "  "); err != nil {
					t.Fatal(err)
				}
			},
			missing: []string{"measure:me1.title", "measure:me2.title", "goal:g2.title", "section:s2.title", "section:s2.draft", "indicator:i1.name", "comm:c1.message"},
		},
		{name: "main language has nothing missing", lang: "fi"},
		{
			name: "removing the language keeps the texts", lang: "sv",
			edit: func(t *testing.T, p *programme.Programme) {
				p.RemoveDocLanguage("sv")
				if slices.Contains(p.DocumentLanguages(), "sv") {
					t.Fatal("sv still a document language")
				}
				if err := p.AddDocLanguage("sv"); err != nil {
					t.Fatal(err)
				}
			},
			missing: []string{"measure:me2.title", "goal:g2.title", "section:s2.title", "section:s2.draft", "indicator:i1.name", "comm:c1.message"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := bilingual(t)
			if tc.edit != nil {
				tc.edit(t, p)
			}
			st := p.TranslationStatus(tc.lang)
			if got := refKeys(st.Missing); !slices.Equal(got, tc.missing) {
				t.Errorf("Missing = %v, want %v", got, tc.missing)
			}
			if got := refKeys(st.Stale); !slices.Equal(got, tc.stale) {
				t.Errorf("Stale = %v, want %v", got, tc.stale)
			}
			if st.Current() != st.Total-len(tc.missing)-len(tc.stale) || st.Total == 0 {
				t.Errorf("Total %d, Current %d", st.Total, st.Current())
			}
		})
	}
}

func TestRemovedLanguageKeepsTranslations(t *testing.T) {
	p := bilingual(t)
	p.RemoveDocLanguage("sv")
	data, err := programme.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	q, err := programme.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := q.AddDocLanguage("sv"); err != nil {
		t.Fatal(err)
	}
	if tr, ok := q.Goals[0].Tr.Get("sv", "title"); !ok || tr.Text != "Sysselsättningen förbättras" {
		t.Errorf("translation after remove, save and add: %+v %v", tr, ok)
	}
}

func TestInLanguage(t *testing.T) {
	p := bilingual(t)
	var filled []string
	sv := p.InLanguage("sv", func(ref programme.TextRef) string {
		filled = append(filled, ref.RowKind+":"+ref.RowID+"."+ref.Field)
		return "[saknas] " + ref.Main
	})
	wantFilled := []string{"measure:me2.title", "goal:g2.title", "section:s2.title", "section:s2.draft", "indicator:i1.name", "comm:c1.message"}
	if !slices.Equal(filled, wantFilled) {
		t.Errorf("fill called for %v, want %v", filled, wantFilled)
	}
	for _, c := range []struct{ what, got, want string }{
		{"title", sv.Title, "Program för integrationsfrämjande 2026–2029"},
		{"goal", sv.Goals[0].Title, "Sysselsättningen förbättras"},
		{"measure", sv.Goals[0].Measures[0].Title, "Språkkafé"},
		{"missing measure", sv.Goals[0].Measures[1].Title, "[saknas] Työnhakuvalmennus"},
		{"draft", sv.Document.Sections[0].Draft, "Första stycket.\n\nAndra stycket.\n\nTredje stycket."},
		{"empty section title stays empty", sv.Document.Sections[0].Title, ""},
		{"comm", sv.Communication.Rows[0].Message, "[saknas] Ohjelma valmistuu"},
		{"main language", sv.Main(), "sv"},
	} {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.what, c.got, c.want)
		}
	}
	if len(sv.DocLanguages) != 0 || sv.Tr != nil || sv.Goals[0].Tr != nil {
		t.Errorf("the copy keeps translation data: %v %v %v", sv.DocLanguages, sv.Tr, sv.Goals[0].Tr)
	}
	if p.Goals[0].Title != "Työllisyys paranee" || p.Goals[0].Tr == nil {
		t.Errorf("InLanguage changed the original: %q", p.Goals[0].Title)
	}
	// Nil fill falls back to the main text; the main language is a copy.
	if got := p.InLanguage("sv", nil).Goals[1].Title; got != "Lapset osallistuvat varhaiskasvatukseen" {
		t.Errorf("nil fill: %q", got)
	}
	if fi := p.InLanguage("fi", nil); fi.Goals[0].Title != "Työllisyys paranee" || fi == p {
		t.Errorf("main language: %q", fi.Goals[0].Title)
	}
	// Every text that InLanguage does not fill is translated: nothing in
	// the list escapes the replacement.
	full := bilingual(t)
	for _, ref := range full.TranslatableTexts() {
		if err := full.SetTranslation(ref.RowKind, ref.RowID, ref.Field, "sv", "SV "+ref.Main); err != nil {
			t.Fatal(err)
		}
	}
	done := full.InLanguage("sv", func(ref programme.TextRef) string {
		t.Errorf("fill called for %s.%s though translated", ref.RowKind, ref.Field)
		return ""
	})
	for _, ref := range done.TranslatableTexts() {
		if !strings.HasPrefix(ref.Main, "SV ") {
			t.Errorf("%s:%s.%s not replaced: %q", ref.RowKind, ref.RowID, ref.Field, ref.Main)
		}
	}
}

func TestSetMainLanguageSwaps(t *testing.T) {
	p := bilingual(t)
	if err := p.SetMainLanguage("sv"); err != nil {
		t.Fatal(err)
	}
	if p.Main() != "sv" || !slices.Equal(p.DocumentLanguages(), []string{"sv", "fi"}) {
		t.Fatalf("languages %v", p.DocumentLanguages())
	}
	if p.Goals[0].Title != "Sysselsättningen förbättras" {
		t.Errorf("main text %q", p.Goals[0].Title)
	}
	if tr, ok := p.Goals[0].Tr.Get("fi", "title"); !ok || tr.Text != "Työllisyys paranee" {
		t.Errorf("former main text as translation: %+v %v", tr, ok)
	}
	st := p.TranslationStatus("fi")
	if len(st.Stale) != 0 || slices.Contains(refKeys(st.Missing), "goal:g1.title") {
		t.Errorf("after the swap the Finnish texts are current: missing %v stale %v", refKeys(st.Missing), refKeys(st.Stale))
	}
	if p.Goals[0].Tr.Get("sv", "title"); len(p.Goals[0].Tr["sv"]) != 0 {
		t.Errorf("translation into the new main language kept: %v", p.Goals[0].Tr)
	}
}

func TestTranslationsJSON(t *testing.T) {
	p := bilingual(t)
	data, err := programme.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	q, err := programme.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if cs := programme.Compare(p, q); len(cs) != 0 {
		t.Errorf("round trip changed %v", changeKeys(cs))
	}
	if !slices.Equal(q.DocumentLanguages(), []string{"fi", "sv"}) {
		t.Errorf("languages after round trip %v", q.DocumentLanguages())
	}
	if !strings.Contains(string(data), `"tr":{"sv":{"title":{"text":"Sysselsättningen förbättras","basis":"`) {
		t.Errorf("stored form lacks the goal's translation: %s", data)
	}
	// A programme without translations stores none of the new fields.
	plain, _ := programme.Encode(rich())
	for _, name := range []string{`"tr"`, `"mainLanguage"`, `"docLanguages"`} {
		if strings.Contains(string(plain), name) {
			t.Errorf("plain programme stores %s", name)
		}
	}
}

func TestOldFileOpensAsFinnish(t *testing.T) {
	// A programme stored at schema 3, before document languages.
	raw, err := json.Marshal(rich())
	if err != nil {
		t.Fatal(err)
	}
	old, _ := json.Marshal(map[string]any{"schema": 3, "programme": json.RawMessage(raw)})
	p, err := programme.Decode(old)
	if err != nil {
		t.Fatal(err)
	}
	if p.Main() != "fi" || !slices.Equal(p.DocumentLanguages(), []string{"fi"}) || p.Goals[0].Tr != nil {
		t.Errorf("old file: main %q, languages %v", p.Main(), p.DocumentLanguages())
	}
	if fs := translationFindings(t, p); len(fs) != 0 {
		t.Errorf("old file has translation findings: %+v", fs)
	}
}

func translationFindings(t *testing.T, p *programme.Programme) []programme.Finding {
	t.Helper()
	var out []programme.Finding
	for _, f := range p.Check(checklist.Default()) {
		if f.Rule == "document.translations" {
			out = append(out, f)
		}
	}
	return out
}

func TestTranslationFindings(t *testing.T) {
	p := bilingual(t)
	p.Goals[0].Title = "Työllisyys paranee selvästi"
	if err := p.AddDocLanguage("en"); err != nil {
		t.Fatal(err)
	}
	fs := translationFindings(t, p)
	type got struct {
		code, key string
		count     any
	}
	var gots []got
	for _, f := range fs {
		if f.Step != programme.StepDocument || f.Severity != programme.SeverityWarning || f.Source == nil {
			t.Errorf("finding %+v", f)
		}
		gots = append(gots, got{f.Code, f.Key, f.Args["Count"]})
	}
	want := []got{
		{"document.translationMissing", "check.document.translationMissing.sv", 6},
		{"document.translationStale", "check.document.translationStale.sv", 1},
		{"document.translationMissing", "check.document.translationMissing.en", 20},
	}
	if !slices.Equal(gots, want) {
		t.Errorf("findings %+v, want %+v", gots, want)
	}
	// CheckStep, which the step page and overview use, has them too.
	n := 0
	for _, f := range p.CheckStep(checklist.Default(), programme.StepDocument) {
		if f.Rule == "document.translations" {
			n++
		}
	}
	if n != 3 {
		t.Errorf("CheckStep(document) has %d translation findings, want 3", n)
	}
}

func TestMergeKeepsBothSidesTranslations(t *testing.T) {
	base := bilingual(t)
	ours, theirs := base.Clone(), base.Clone()
	if err := ours.SetTranslation("goal", "g2", "title", "sv", "Barnen deltar i småbarnspedagogiken"); err != nil {
		t.Fatal(err)
	}
	if err := theirs.SetTranslation("measure", "me2", "title", "sv", "Jobbsökarträning"); err != nil {
		t.Fatal(err)
	}
	// The same row, different fields, on the two sides.
	if err := ours.SetTranslation("section", "s2", "title", "sv", "Bilagor"); err != nil {
		t.Fatal(err)
	}
	if err := theirs.SetTranslation("section", "s2", "draft", "sv", "Bilaga 1"); err != nil {
		t.Fatal(err)
	}
	m := programme.NewMerge(base, ours, theirs)
	if len(m.Conflicts) != 0 {
		t.Fatalf("conflicts: %+v", m.Conflicts)
	}
	got, err := m.Result()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ kind, id, field, want string }{
		{"goal", "g2", "title", "Barnen deltar i småbarnspedagogiken"},
		{"measure", "me2", "title", "Jobbsökarträning"},
		{"section", "s2", "title", "Bilagor"},
		{"section", "s2", "draft", "Bilaga 1"},
		{"goal", "g1", "title", "Sysselsättningen förbättras"},
	} {
		ref, _ := got.TextOf(c.kind, c.id, c.field)
		if tr, ok := ref.Get("sv"); !ok || tr.Text != c.want || ref.State("sv") != programme.TrCurrent {
			t.Errorf("%s %s %s: %+v %v %s, want %q current", c.kind, c.id, c.field, tr, ok, ref.State("sv"), c.want)
		}
	}

	// Both sides translating the same text differently is one conflict,
	// named by the row and the field.
	ours2, theirs2 := base.Clone(), base.Clone()
	_ = ours2.SetTranslation("goal", "g2", "title", "sv", "Barnen deltar")
	_ = theirs2.SetTranslation("goal", "g2", "title", "sv", "Barn deltar")
	m2 := programme.NewMerge(base, ours2, theirs2)
	if len(m2.Conflicts) != 1 {
		t.Fatalf("conflicts %+v, want one", m2.Conflicts)
	}
	c := m2.Conflicts[0]
	if c.Ref != "goal:g2" || c.Field != "tr.sv.title" || c.Step != programme.StepGoals || c.Subject != "Lapset osallistuvat varhaiskasvatukseen" {
		t.Errorf("conflict %+v", c)
	}
	if programme.ValueText("fi", c.Theirs, "", "") != "Barn deltar" {
		t.Errorf("conflict value text %q", programme.ValueText("fi", c.Theirs, "", ""))
	}
}

func TestCompareNamesTranslation(t *testing.T) {
	a := bilingual(t)
	b := a.Clone()
	_ = b.SetTranslation("section", "s1", "draft", "sv", "Första stycket.\n\nAndra stycket ändrat.\n\nTredje stycket.")
	_ = b.SetTranslation("programme", "", "title", "sv", "Program för integrationsfrämjande")
	cs := programme.Compare(a, b)
	if len(cs) != 2 {
		t.Fatalf("changes %v", changeKeys(cs))
	}
	title, draft := cs[0], cs[1]
	if title.Ref != "" || title.Field != "tr.sv.title" || title.Path != "tr/sv/title" {
		t.Errorf("title change %+v", title)
	}
	if draft.Ref != "section:s1" || draft.Step != programme.StepDocument || draft.Field != "tr.sv.draft" || len(draft.Lines) == 0 {
		t.Errorf("draft change %+v", draft)
	}
}

func TestTranslationLimits(t *testing.T) {
	p := bilingual(t)
	big := strings.Repeat("a", programme.MaxFieldBytes+1)
	if err := p.SetTranslation("goal", "g1", "title", "sv", big); !errors.Is(err, programme.ErrTooLarge) {
		t.Errorf("oversized translation: %v", err)
	}
	if err := p.SetTranslation("section", "s1", "draft", "sv", big); err != nil {
		t.Errorf("a draft's translation has the draft's limit: %v", err)
	}
	// A hostile file bypasses SetTranslation; CheckLimits still sees it.
	p.Goals[0].Tr["sv"]["title"] = programme.Translation{Text: big}
	if err := p.CheckLimits(); !errors.Is(err, programme.ErrTooLarge) {
		t.Errorf("CheckLimits on an oversized stored translation: %v", err)
	}
}
