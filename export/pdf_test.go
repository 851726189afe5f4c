package export

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/mdtext"
	"fi.kotoutus/kotoutus/programme"
)

// The PDF tests read the output back with poppler's pdftotext and pdfinfo
// and with qpdf; the Makefile installs both (poppler-utils, qpdf).
func tool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s is needed to read PDFs back: install poppler-utils and qpdf (make deps)", name)
	}
	return path
}

// writePDF exports p and stores the PDF in a temporary file.
func writePDF(t *testing.T, p *programme.Programme, tpl *checklist.Template) (string, Report) {
	t.Helper()
	var buf bytes.Buffer
	rep, err := PDF(&buf, p, tpl, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, rep
}

func runTool(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(tool(t, name), args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

// pageTexts returns the text of every page.
func pageTexts(t *testing.T, path string) []string {
	t.Helper()
	pages := strings.Split(runTool(t, "pdftotext", "-layout", "-enc", "UTF-8", path, "-"), "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	return pages
}

// squeeze drops white space, so text compares across line breaks.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// headingsOf returns the plain text of every heading in the document's
// Markdown body, with its level.
func headingsOf(t *testing.T, p *programme.Programme, tpl *checklist.Template) []heading2 {
	t.Helper()
	d, err := assemble(p, tpl, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	src := []byte(d.body())
	var out []heading2
	_ = ast.Walk(parseMarkdown(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			out = append(out, heading2{h.Level, mdtext.Plain(h, src)})
		}
		return ast.WalkContinue, nil
	})
	return out
}

func TestPDFDemo(t *testing.T) {
	p, tpl := demo(t)
	path, rep := writePDF(t, p, tpl)
	if out := runTool(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
	pages := pageTexts(t, path)
	if rep.Pages != len(pages) {
		t.Errorf("report says %d pages, the file has %d", rep.Pages, len(pages))
	}
	if rep.Pages < 6 || rep.Pages > 40 {
		t.Errorf("demo programme has %d pages, want 6–40", rep.Pages)
	}
	if len(rep.MissingGlyphs) > 0 {
		t.Errorf("the demo needs glyphs the font lacks: %q", rep.MissingGlyphs)
	}
	all := squeeze(strings.Join(pages, ""))
	heads := headingsOf(t, p, tpl)
	for _, h := range heads {
		if !strings.Contains(all, squeeze(h.text)) {
			t.Errorf("heading %q is missing from the PDF text", h.text)
		}
	}

	info := runTool(t, "pdfinfo", path)
	for _, want := range []string{
		"Title:           " + p.Title,
		"Author:          " + p.Municipality(),
		"Creator:         Kotoutus test",
		"Subject:         Kotouttamisohjelma vuosille 2026–2029",
		"CreationDate:    Mon Mar  2 09:00:00 2026 UTC",
		"Pages:           " + strconv.Itoa(rep.Pages),
		"Page size:       595.28 x 841.89 pts (A4)",
	} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	catalog := runTool(t, "qpdf", "--show-object=trailer", path)
	if !strings.Contains(catalog, "/Root") {
		t.Fatalf("no catalog: %s", catalog)
	}
	js := runTool(t, "qpdf", "--json", "--json-key=qpdf", path)
	if !strings.Contains(js, `"/Lang": "u:fi"`) {
		t.Errorf("the catalog has no /Lang fi")
	}

	// The outline has every heading, with the sections at the top level.
	var outlines struct {
		Outlines []outlineEntry `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(runTool(t, "qpdf", "--json", "--json-key=outlines", path)), &outlines); err != nil {
		t.Fatal(err)
	}
	var titles []string
	var walk func([]outlineEntry)
	walk = func(es []outlineEntry) {
		for _, e := range es {
			titles = append(titles, e.Title)
			walk(e.Kids)
		}
	}
	walk(outlines.Outlines)
	if len(titles) != len(heads)+2 {
		t.Errorf("%d bookmarks, want %d (title, contents and every heading)", len(titles), len(heads)+2)
	}
	top := map[string]bool{}
	for _, e := range outlines.Outlines {
		top[e.Title] = true
	}
	for _, h := range heads {
		if h.level == sectionLevel && !top[h.text] {
			t.Errorf("section %q is not a top-level bookmark", h.text)
		}
	}

	// Running header and footer on every page but the title page.
	for i, pg := range pages[1:] {
		n := i + 2
		if !strings.Contains(pg, "sivu "+strconv.Itoa(n)+" / "+strconv.Itoa(len(pages))) {
			t.Errorf("page %d has no footer", n)
		}
		if !strings.Contains(pg, p.Title) {
			t.Errorf("page %d has no running header", n)
		}
	}
	checkContentsPages(t, pages, p, tpl)
}

type outlineEntry struct {
	Title string         `json:"title"`
	Kids  []outlineEntry `json:"kids"`
}

// checkContentsPages reads the page numbers from the contents page and
// checks that each section's heading is on that page.
func checkContentsPages(t *testing.T, pages []string, p *programme.Programme, tpl *checklist.Template) {
	t.Helper()
	tx, _ := loadTexts("fi")
	toc := pages[1]
	if !strings.Contains(toc, tx.get("toc")) {
		t.Fatalf("page 2 is not the contents:\n%s", toc)
	}
	entry := regexp.MustCompile(`(?m)^\s*(\S.*?)\s*(?:\.\s*)+\s*(\d+)\s*$`)
	found := map[string]int{}
	for _, m := range entry.FindAllStringSubmatch(toc, -1) {
		n, _ := strconv.Atoi(m[2])
		found[squeeze(m[1])] = n
	}
	exp := expectedTopHeadings(p, tpl)[2:]
	for _, h := range exp {
		n, ok := found[squeeze(h.text)]
		if !ok {
			t.Errorf("contents has no entry for %q", h.text)
			continue
		}
		if n < 3 || n > len(pages) || !strings.Contains(squeeze(pages[n-1]), squeeze(h.text)) {
			t.Errorf("contents says %q is on page %d, but it is not there", h.text, n)
		}
	}
}

func TestPDFIsDeterministic(t *testing.T) {
	p, tpl := demo(t)
	var a, b bytes.Buffer
	if _, err := PDF(&a, p, tpl, testOptions()); err != nil {
		t.Fatal(err)
	}
	if _, err := PDF(&b, p, tpl, testOptions()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two exports of the same programme differ")
	}
}

func TestPDFScriptsAndMissingGlyphs(t *testing.T) {
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Ohcejohka – Utsjoki"}, "Ohjelma", 2026, 2029)
	p.Document.Sections[0].Draft = "Sámi: Čđŋšŧž Áá. Eesti: Õun ja üks. Русский: Привет, мир. " +
		"العربية: محمد علي. Emoji: 😀 ja 👍🏽. Yhdistelmä: a\u030a."
	path, rep := writePDF(t, p, tpl)
	text := runTool(t, "pdftotext", "-enc", "UTF-8", path, "-")
	for _, want := range []string{"Čđŋšŧž", "Áá", "Õun", "üks", "Привет", "Ohcejohka", "å", "□"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	// Arabic is drawn in joined presentation forms; pdftotext maps them
	// back to letters, in some order: check the letters are there.
	for _, r := range "محمدعلي" {
		if !strings.ContainsRune(baseLetters(text), r) {
			t.Errorf("Arabic letter %q missing from the PDF text", r)
		}
	}
	want := []rune{0x1F3FD, 0x1F44D, 0x1F600}
	if len(rep.MissingGlyphs) != len(want) {
		t.Fatalf("missing glyphs %U, want %U", rep.MissingGlyphs, want)
	}
	for i := range want {
		if rep.MissingGlyphs[i] != want[i] {
			t.Errorf("missing glyphs %U, want %U", rep.MissingGlyphs, want)
		}
	}
}

// baseLetters maps Arabic presentation forms back to base letters for comparing.
func baseLetters(s string) string {
	rev := map[rune]rune{}
	for base, forms := range arabicForms {
		for _, f := range forms {
			if f != 0 {
				rev[f] = base
			}
		}
	}
	return strings.Map(func(r rune) rune {
		if b, ok := rev[r]; ok {
			return b
		}
		return r
	}, s)
}

// bboxPage is the part of pdftotext -bbox output the margin test reads.
type bboxPage struct {
	Width float64 `xml:"width,attr"`
	Words []struct {
		XMax float64 `xml:"xMax,attr"`
		YMax float64 `xml:"yMax,attr"`
		Text string  `xml:",chardata"`
	} `xml:"word"`
}

func TestPDFTextStaysInsideMargins(t *testing.T) {
	p, tpl := hostileProgramme(t)
	p.Document.Sections[4].Draft = strings.Repeat("Maahanmuuttajataustaistenasukkaidenkotoutumispalvelukokonaisuudenkehittämissuunnitelma ", 6) +
		"\n\n| Sarake | Toinen |\n| --- | --- |\n| " + strings.Repeat("Kotoutumiskoulutuspalvelutarjonta", 4) + " | x |"
	path, rep := writePDF(t, p, tpl)
	if rep.Pages < 5 {
		t.Fatalf("only %d pages", rep.Pages)
	}
	out := runTool(t, "pdftotext", "-bbox", "-enc", "UTF-8", path, "-")
	// pdftotext writes XHTML; the page elements are what we need.
	dec := xml.NewDecoder(strings.NewReader(out))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	right := (pageW - marginR + 0.6) * 72 / 25.4
	bottom := (pageH - 8) * 72 / 25.4
	pagesSeen, words := 0, 0
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "page" {
			continue
		}
		var pg bboxPage
		if err := dec.DecodeElement(&pg, &se); err != nil {
			t.Fatal(err)
		}
		pagesSeen++
		for _, w := range pg.Words {
			words++
			if w.XMax > right || w.YMax > bottom {
				t.Errorf("page %d: %q ends at x=%.1f y=%.1f pt, past the margin (%.1f)", pagesSeen, w.Text, w.XMax, w.YMax, right)
			}
		}
	}
	if pagesSeen != rep.Pages || words < 500 {
		t.Fatalf("read %d pages and %d words of %d pages", pagesSeen, words, rep.Pages)
	}
}

func TestPDFTableHeaderRepeats(t *testing.T) {
	p, tpl := large(t, 2)
	path, _ := writePDF(t, p, tpl)
	pages := pageTexts(t, path)
	tx, _ := loadTexts("fi")
	// A page that goes on with a measures table starts with its header.
	continued := 0
	for i, pg := range pages {
		lines := nonEmptyLines(pg)
		// lines[0] is the running header; a row of measures right below
		// it means the table goes on from the previous page.
		if len(lines) < 3 || !(strings.Contains(lines[1], "Työnhakuvalmennus") || strings.Contains(lines[2], "Työnhakuvalmennus")) {
			continue
		}
		continued++
		if !strings.Contains(lines[1], tx.get("col.measure")) || !strings.Contains(lines[1], tx.get("col.status")) {
			t.Errorf("page %d continues a table without its header row:\n%s", i+1, strings.Join(lines[:3], "\n"))
		}
	}
	if continued == 0 {
		t.Fatal("no table continued over a page break; the test proves nothing")
	}
}

func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

func TestPDFProgress(t *testing.T) {
	p, tpl := demo(t)
	var calls [][2]int
	var buf bytes.Buffer
	if _, err := PDFWithProgress(&buf, p, tpl, testOptions(), func(done, total int) {
		calls = append(calls, [2]int{done, total})
	}); err != nil {
		t.Fatal(err)
	}
	if len(calls) < 5 {
		t.Fatalf("only %d progress calls", len(calls))
	}
	last := calls[len(calls)-1]
	if last[0] != last[1] {
		t.Errorf("last progress call %v does not say done", last)
	}
	for i := 1; i < len(calls); i++ {
		if calls[i][0] < calls[i-1][0] || float64(calls[i][0])/float64(calls[i][1]) < float64(calls[i-1][0])/float64(calls[i-1][1]) {
			t.Errorf("progress went back: %v after %v", calls[i], calls[i-1])
		}
	}
}

func TestLargeProgrammeHasOver100Pages(t *testing.T) {
	p, tpl := large(t, benchScale)
	var buf bytes.Buffer
	rep, err := PDF(&buf, p, tpl, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Pages < 100 {
		t.Errorf("the benchmark's large programme has %d pages, want at least 100", rep.Pages)
	}
}

func TestTextsFallBackToFinnish(t *testing.T) {
	fi, err := loadTexts("fi")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"sv", "en", "xx", ""} {
		tx, err := loadTexts(l)
		if err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		if tx.get("toc") == "toc" || tx.get("page.footer", "page", "1", "total", "2") == "" {
			t.Errorf("%s: no fallback", l)
		}
	}
	if got := fi.get("page.footer", "page", "3", "total", "12"); got != "sivu 3 / 12" {
		t.Errorf("footer %q", got)
	}
}

// TestEveryTextKeyExists checks the keys the package looks up, literal and
// built from enumerations, against the Finnish document texts.
func TestEveryTextKeyExists(t *testing.T) {
	fi, _ := loadTexts("fi")
	var keys []string
	files, _ := filepath.Glob("*.go")
	pat := regexp.MustCompile(`\.get\("([^"]+)"`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range pat.FindAllStringSubmatch(string(src), -1) {
			if !strings.HasSuffix(m[1], ".") { // prefixes of built keys are listed below
				keys = append(keys, m[1])
			}
		}
	}
	if len(keys) < 40 {
		t.Fatalf("found only %d keys; is the pattern right?", len(keys))
	}
	for _, s := range []programme.DocStatus{programme.DocDraft, programme.DocProposal, programme.DocAdopted} {
		keys = append(keys, "status."+string(s))
	}
	for _, s := range programme.MeasureStatuses {
		keys = append(keys, "measure."+string(s))
	}
	for _, k := range programme.HearingKinds {
		keys = append(keys, "hearing."+string(k))
	}
	for _, l := range programme.CommLanguages {
		keys = append(keys, "lang."+l)
	}
	for _, b := range programme.Blocks {
		keys = append(keys, "block."+string(b))
	}
	for _, k := range keys {
		if !fi.has(k) {
			t.Errorf("document text %q is missing from assets/doc/fi.json", k)
		}
	}
}

// TestPDFTableHeadersNotHyphenated checks that no header cell's word is
// broken over two lines ("Lähtöta-so"), in the demo's tables and in a
// table of many narrow columns.
func TestPDFTableHeadersNotHyphenated(t *testing.T) {
	p, tpl := demo(t)
	p.Document.Sections[2].Draft = "| Lähtötaso | Tavoitetaso | Seurantatiheys | Kohderyhmä | Vastuutaho | Yhteistyökumppanit | Aikataulu | Rahoituslähde |\n" +
		"| --- | --- | --- | --- | --- | --- | --- | --- |\n| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 |\n"
	path, _ := writePDF(t, p, tpl)
	text := runTool(t, "pdftotext", "-raw", "-enc", "UTF-8", path, "-")
	d, err := assemble(p, tpl, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	src := []byte(d.body())
	words := 0
	_ = ast.Walk(parseMarkdown(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Kind() != extast.KindTableHeader {
			return ast.WalkContinue, nil
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			for _, w := range strings.Fields(strings.ReplaceAll(mdtext.Plain(c, src), "\u00ad", "")) {
				words++
				if !strings.Contains(text, w) {
					t.Errorf("header word %q is broken in the PDF", w)
				}
			}
		}
		return ast.WalkSkipChildren, nil
	})
	if words < 20 {
		t.Fatalf("only %d header words; the test proves little", words)
	}
}

// TestPDFNoHeadingAtFootOfPage checks that no page of the demo ends with a
// heading: a heading keeps the start of what follows on its page, a
// table's header and first row included (a heading over a sub-heading over
// a table was once left alone at the foot of a page).
func TestPDFNoHeadingAtFootOfPage(t *testing.T) {
	p, tpl := demo(t)
	path, _ := writePDF(t, p, tpl)
	heads := map[string]bool{}
	for _, h := range headingsOf(t, p, tpl) {
		heads[squeeze(h.text)] = true
	}
	for i, page := range pageTexts(t, path) {
		var last string
		for _, line := range strings.Split(page, "\n") {
			l := strings.TrimSpace(line)
			if l == "" || strings.HasPrefix(l, "sivu ") {
				continue
			}
			last = l
		}
		if heads[squeeze(last)] {
			t.Errorf("page %d ends with the heading %q", i+1, last)
		}
	}
}
