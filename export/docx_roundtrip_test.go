package export

import (
	"bytes"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/mdtext"
	"fi.kotoutus/kotoutus/programme"
)

// TestDOCXRoundTrip exports a programme as DOCX and imports the file back
// through the Markdown import's plan: the title is the document's, every
// section lands on itself by its heading with the same text (tables and
// lists included), and the appendix comes back as a new section.
func TestDOCXRoundTrip(t *testing.T) {
	tpl := checklist.Default()
	dp, _ := demo(t)
	for name, p := range map[string]*programme.Programme{"demo": dp, "fresh": freshProgramme(tpl)} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := DOCX(&buf, p, tpl, testOptions()); err != nil {
				t.Fatal(err)
			}
			d, err := assemble(p, tpl, testOptions())
			if err != nil {
				t.Fatal(err)
			}
			plan, err := programme.PlanImport(p, tpl, buf.Bytes(), programme.ImportOptions{Language: "fi", PreambleTitle: "Johdanto"})
			if err != nil {
				t.Fatal(err)
			}
			if plan.DocumentTitle != d.title {
				t.Errorf("document title %q, want %q", plan.DocumentTitle, d.title)
			}
			bySection := map[string]programme.ImportEntry{}
			byTitle := map[string]programme.ImportEntry{}
			for _, e := range plan.Entries {
				if e.SectionID != "" {
					bySection[e.SectionID] = e
				}
				byTitle[e.Title] = e
			}
			for _, s := range d.sections {
				e, ok := bySection[s.id]
				if s.id == "" {
					e, ok = byTitle[s.title]
					if ok && e.Match != programme.MatchNew {
						t.Errorf("the appendix %q is matched %s", s.title, e.Match)
					}
				} else if want := wantMatch(p, s.id); ok && e.Match != want {
					t.Errorf("section %q is matched %s, want %s", s.title, e.Match, want)
				}
				if !ok {
					t.Errorf("section %q does not come back", s.title)
					continue
				}
				// Charts are pictures made from the data; they do not come back.
				if got, want := squeeze(plainMarkdown(e.Draft)), squeeze(plainMarkdown(withoutCharts(s.body))); got != want {
					t.Errorf("section %q comes back as\n%s\nwant the text of\n%s", s.title, e.Draft, s.body)
				}
			}
			// Besides the sections only the title page's text (the
			// municipality and the facts) comes back, as the introduction.
			if extra := len(plan.Entries) - len(d.sections); extra != 1 {
				t.Errorf("%d entries beyond the sections, want the title page's one", extra)
			}
		})
	}
}

// plainMarkdown returns the text of Markdown without its markup.
func plainMarkdown(md string) string {
	src := []byte(md)
	return mdtext.Plain(parseMarkdown(src), src)
}

// wantMatch is how a section's own heading matches it: an element exactly,
// an extra section as the existing one.
func wantMatch(p *programme.Programme, id string) programme.MatchKind {
	if s := p.Document.Section(id); s != nil && s.IsExtra() {
		return programme.MatchExisting
	}
	return programme.MatchExact
}
