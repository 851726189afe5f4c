package export

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// draftCases reads testdata/drafts.txt: small Markdown drafts separated by
// lines "//- - - - -//".
func draftCases(t testing.TB) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "drafts.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(data), "//- - - - -//\n")
}

// draftProgramme is a programme whose first section has the given draft.
func draftProgramme(draft string) (*programme.Programme, *checklist.Template) {
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Kunta"}, "Ohjelma", 2026, 2029)
	for i := range p.Document.Sections {
		p.Document.Sections[i].ID = "s" + itoa(i)
	}
	p.Document.Sections[0].Draft = draft
	return p, tpl
}

func TestDraftCasesRender(t *testing.T) {
	cases := draftCases(t)
	if len(cases) < 10 {
		t.Fatalf("only %d cases", len(cases))
	}
	p, tpl := draftProgramme(strings.Join(cases, "\n\n"))
	path, rep := writePDF(t, p, tpl)
	text := squeeze(runTool(t, "pdftotext", "-enc", "UTF-8", path, "-"))
	for _, want := range []string{
		"Luonnoksenpääotsikko", "Kuudes", "Setext-otsikko", "vieläsyvemmällä", "kaksib", "alkaaseitsemästä",
		"Sisäkkäinenlainaus.", `fmt.Println("sisennyssäilyy")`, "sisennettykoodilohko", "(https://kotoutuminen.fi)",
		"[Kaaviokotoutumisenpolusta]", "Yliviivattu", "&©€A", "<div>", "<!--kommenttijääauki", "avoinkoodilohko",
		"Čđŋšŧž", "Привет", "[]tehtävä",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	if len(rep.MissingGlyphs) != 1 || rep.MissingGlyphs[0] != '😀' {
		t.Errorf("missing glyphs %U, want only U+1F600", rep.MissingGlyphs)
	}
}

// FuzzDraft feeds arbitrary drafts to both exports: neither may fail or
// panic, and no draft may change the document's outline.
func FuzzDraft(f *testing.F) {
	for _, c := range draftCases(f) {
		f.Add(c)
	}
	if demoMD, err := os.ReadFile(filepath.Join("testdata", "demo.md")); err == nil {
		f.Add(string(demoMD))
	}
	for _, c := range draftCases(f) {
		p, tpl := draftProgramme(c)
		if _, err := PDF(io.Discard, p, tpl, testOptions()); err != nil {
			f.Fatalf("seed %q: %v", c, err)
		}
	}
	f.Fuzz(func(t *testing.T, draft string) {
		// Bounded: longer inputs only slow the fuzzer down.
		if len(draft) > 4000 {
			draft = draft[:4000]
		}
		p, tpl := draftProgramme(draft)
		var md bytes.Buffer
		if err := Markdown(&md, p, tpl, testOptions()); err != nil {
			t.Fatal(err)
		}
		o := parseOutline(t, md.Bytes())
		if top, exp := topHeadings(o), expectedTopHeadings(p, tpl); !equalHeadings(top, exp) {
			t.Fatalf("draft %q changed the outline:\n got %q\nwant %q", draft, top, exp)
		}
		// The layout, where a draft could make the renderer fail, runs
		// on a dry surface: parsing the fonts into fpdf for every input
		// would slow the fuzzer to a few inputs a minute. The seeds also
		// go through the whole PDF path.
		d, err := assemble(p, tpl, testOptions())
		if err != nil {
			t.Fatal(err)
		}
		fonts, err := loadFonts()
		if err != nil {
			t.Fatal(err)
		}
		src := []byte(d.body())
		r, err := renderPDF(d, fonts, testOptions(), src, parseMarkdown(src), true, func() {})
		if err != nil {
			t.Fatal(err)
		}
		if r.f.PageNo() < 3 {
			t.Fatalf("%d pages", r.f.PageNo())
		}
	})
}
