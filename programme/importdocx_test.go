package programme_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

const (
	wNS     = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`
	ctypes  = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`
	rootRel = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
)

// part is one entry of a hand-made archive.
type part struct{ name, body string }

// makeZip builds a zip archive of the given entries, in order.
func makeZip(t testing.TB, parts ...part) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// makeDOCX builds a minimal Word document around a body, with styles as
// a Finnish Word writes them (localised IDs, built-in English names), a
// numbering part, a footnote and a hyperlink relationship.
func makeDOCX(t testing.TB, body string) []byte {
	t.Helper()
	styles := `<?xml version="1.0"?><w:styles ` + wNS + `>` +
		`<w:style w:type="paragraph" w:styleId="Otsikko"><w:name w:val="Title"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Otsikko1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Otsikko2"><w:name w:val="heading 2"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="OmaOtsikko"><w:name w:val="Oma otsikko"/><w:basedOn w:val="Otsikko2"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Lainaus"><w:name w:val="Quote"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Sisluet1"><w:name w:val="toc 1"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Luettelomerkki"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>` +
		`<w:style w:type="character" w:styleId="Voimakas"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>` +
		`</w:styles>`
	numbering := `<?xml version="1.0"?><w:numbering ` + wNS + `>` +
		`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>` +
		`<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>` +
		`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`
	notes := `<?xml version="1.0"?><w:footnotes ` + wNS + `>` +
		`<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:id="1"><w:p><w:r><w:t>Laki 681/2023.</w:t></w:r></w:p></w:footnote></w:footnotes>`
	rels := `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
		`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>` +
		`<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://kunta.fi/a" TargetMode="External"/>` +
		`<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(1)" TargetMode="External"/>` +
		`</Relationships>`
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wNS + `><w:body>` + body + `<w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:body></w:document>`
	return makeZip(t,
		part{"[Content_Types].xml", ctypes}, part{"_rels/.rels", rootRel},
		part{"word/document.xml", doc}, part{"word/_rels/document.xml.rels", rels},
		part{"word/styles.xml", styles}, part{"word/numbering.xml", numbering}, part{"word/footnotes.xml", notes})
}

// p writes a paragraph of the given style with runs.
func p(style string, runs ...string) string {
	pr := ""
	if style != "" {
		pr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + pr + strings.Join(runs, "") + `</w:p>`
}

func r(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }

func rp(props, text string) string {
	return `<w:r><w:rPr>` + props + `</w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r>`
}

func li(numID, ilvl, text string) string {
	return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + numID + `"/></w:numPr></w:pPr>` + r(text) + `</w:p>`
}

func tc(props, text string) string {
	return `<w:tc><w:tcPr>` + props + `</w:tcPr>` + p("", r(text)) + `</w:tc>`
}

func TestDOCXMarkdown(t *testing.T) {
	body := p("Sisluet1", r("Vastuutahot 3")) + // the contents is left out
		p("", r("Esimerkkikunta")) +
		p("Otsikko", r("Kotouttamisohjelma 2026–2029")) +
		p("Otsikko1", r("1. Vastuutahot")) +
		p("", r("Kunta "), rp(`<w:b/>`, "vastaa"), r(" ja "), rp(`<w:i/>`, "seuraa"), r(", "), rp(`<w:b/><w:i/>`, "yhdessä"), r(" "), rp(`<w:strike/>`, "ei"), r(".")) +
		p("", r("Merkit *eivät* ole [korostusta] # 1. &lt;b&gt; &amp; a_b_c"), `<w:r><w:br/></w:r>`, r("- toinen rivi")) +
		p("", rp(`<w:rStyle w:val="Voimakas"/>`, "Tärkeää"), r(" ja "), rp(`<w:b w:val="0"/>`, "tavallista")) +
		p("", r("Katso "), `<w:hyperlink r:id="rId4"><w:r><w:t>sivut</w:t></w:r></w:hyperlink>`, r(" ja "), `<w:hyperlink r:id="rId5"><w:r><w:t>tämä</w:t></w:r></w:hyperlink>`, r("."),
			`<w:r><w:footnoteReference w:id="1"/></w:r>`) +
		p("", r("Pois"), `<w:del><w:r><w:delText>poistettu</w:delText></w:r></w:del>`, `<w:ins><w:r><w:t>lisätty</w:t></w:r></w:ins>`,
			`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`,
			`<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>-valinta</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>-varakopio</w:t></w:r></mc:Fallback></mc:AlternateContent>`) +
		p("Luettelomerkki", r("tyylin luettelo")) +
		li("1", "0", "luettelo") + li("1", "1", "ensimmäinen") + li("1", "1", "toinen") + li("1", "0", "jatkuu") +
		`<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr>` + r("Suora jäsennystaso") + `</w:p>` +
		li("2", "0", "yksi") + li("2", "0", "kaksi") +
		p("OmaOtsikko", r("Perityt tasot")) +
		p("Lainaus", r("Lainattu")) +
		`<w:tbl><w:tblPr/><w:tblGrid/><w:tr>` + tc("", "Toimi | pide") + tc("", "Vastuu") + tc("", "Vuosi") + `</w:tr>` +
		`<w:tr>` + tc(`<w:gridSpan w:val="2"/>`, "Yhdistetty") + tc(`<w:vMerge w:val="restart"/>`, "2026") + `</w:tr>` +
		`<w:tr>` + tc("", "Neuvonta") + tc("", "Kunta") + tc(`<w:vMerge/>`, "") + `</w:tr></w:tbl>` +
		p("Otsikko1", r("Seuranta")) + p("", r(""))

	md, err := programme.DOCXMarkdown(makeDOCX(t, body))
	if err != nil {
		t.Fatal(err)
	}
	want := `# Kotouttamisohjelma 2026–2029

Esimerkkikunta

## 1\. Vastuutahot

Kunta **vastaa** ja *seuraa*, ***yhdessä*** ~~ei~~.

Merkit \*eivät\* ole \[korostusta\] \# 1. \<b\> & a\_b\_c\
\- toinen rivi

**Tärkeää** ja tavallista

Katso [sivut](https://kunta.fi/a) ja tämä.\[1\]

Poislisätty7-valinta

- tyylin luettelo
- luettelo
  1. ensimmäinen
  2. toinen
- jatkuu

\[1\] Laki 681/2023.

### Suora jäsennystaso

1. yksi
2. kaksi

### Perityt tasot

> Lainattu

| Toimi \| pide | Vastuu | Vuosi |
| --- | --- | --- |
| Yhdistetty |  | 2026 |
| Neuvonta | Kunta |  |

## Seuranta
`
	if md != want {
		t.Errorf("got\n%s\nwant\n%s", md, want)
	}

	// The same review as a Markdown file: the title is the document's,
	// the headings find their elements.
	tpl := checklist.Default()
	pr := programme.New(tpl, []string{"Kunta"}, "", 2026, 2029)
	plan, err := programme.PlanImport(pr, tpl, makeDOCX(t, body), importOpt)
	if err != nil {
		t.Fatal(err)
	}
	if plan.DocumentTitle != "Kotouttamisohjelma 2026–2029" || plan.Level != 2 {
		t.Errorf("title %q level %d", plan.DocumentTitle, plan.Level)
	}
	var titles []string
	for _, e := range plan.Entries {
		titles = append(titles, string(e.Match)+":"+e.Title)
	}
	if got := strings.Join(titles, ", "); got != "new:Johdanto, exact:Vastuutahot, similar:Seuranta ja päivittäminen" {
		t.Errorf("plan %s", got)
	}
}

// TestDOCXHostileFilesRefused feeds files no word processor writes and
// checks each is refused with its error and nothing changes.
func TestDOCXHostileFilesRefused(t *testing.T) {
	good := makeDOCX(t, p("Otsikko1", r("Vastuutahot"))+p("", r("Teksti")))
	doc := func(body string) part {
		return part{"word/document.xml", `<?xml version="1.0"?><w:document ` + wNS + `><w:body>` + body + `</w:body></w:document>`}
	}
	base := []part{{"[Content_Types].xml", ctypes}, {"_rels/.rels", rootRel}}
	with := func(extra ...part) []byte { return makeZip(t, append(append([]part{}, base...), extra...)...) }
	laughs := `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>` +
		`<w:document ` + wNS + `><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`
	external := `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document ` + wNS + `><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`
	many := append([]part{}, base...)
	for i := range programme.MaxDOCXEntries {
		many = append(many, part{"media/x" + itoa(i), ""})
	}
	many = append(many, doc(p("", r("x"))))
	bomb := strings.Repeat(" ", programme.MaxDOCXPartBytes+1)
	half := strings.Repeat(" ", programme.MaxDOCXPartBytes-10)

	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"not a zip", []byte("PK\x03\x04 this is no archive"), programme.ErrDOCXNotDocx},
		{"old binary Word", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), programme.ErrDOCXLegacy},
		{"zip without content types", makeZip(t, doc(p("", r("x")))), programme.ErrDOCXNotDocx},
		{"zip without main document", with(part{"word/other.xml", "<x/>"}), programme.ErrDOCXNotDocx},
		{"path outside the archive", with(doc(p("", r("x"))), part{"../../etc/cron.d/x", "x"}), programme.ErrDOCXUnsafe},
		{"absolute path", with(doc(p("", r("x"))), part{"/etc/passwd", "x"}), programme.ErrDOCXUnsafe},
		{"backslash path", with(doc(p("", r("x"))), part{`word\..\..\x`, "x"}), programme.ErrDOCXUnsafe},
		{"duplicate entry", with(doc(p("", r("x"))), doc(p("", r("y")))), programme.ErrDOCXUnsafe},
		{"too many entries", makeZip(t, many...), programme.ErrDOCXUnsafe},
		{"entity expansion", with(part{"word/document.xml", laughs}), programme.ErrDOCXUnsafe},
		{"external entity", with(part{"word/document.xml", external}), programme.ErrDOCXUnsafe},
		{"deep nesting", with(doc(strings.Repeat("<w:sdt><w:sdtContent>", 150) + strings.Repeat("</w:sdtContent></w:sdt>", 150))), programme.ErrDOCXUnsafe},
		{"malformed XML", with(doc("<w:p><w:r>")), programme.ErrDOCXNotDocx},
		{"zip bomb part", with(doc(p("", r("x")) + "<!--" + bomb + "-->")), programme.ErrDOCXTooLarge},
		{"parts over the total", with(doc(p("", r("x"))+"<!--"+half+"-->"),
			part{"word/_rels/document.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
				`<Relationship Id="a" Type="x/styles" Target="styles.xml"/><Relationship Id="b" Type="x/numbering" Target="numbering.xml"/></Relationships>`},
			part{"word/styles.xml", "<s><!--" + half + "--></s>"}, part{"word/numbering.xml", "<n><!--" + half + "--></n>"}), programme.ErrDOCXTooLarge},
		{"huge file", append(append([]byte{}, good...), make([]byte, programme.MaxDOCXBytes)...), programme.ErrDOCXTooLarge},
	}
	tpl := checklist.Default()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pr := programme.New(tpl, []string{"Kunta"}, "", 2026, 2029)
			pr.Document.Sections[0].Draft = "Ennallaan."
			before := pr.Document.Sections[0].Draft
			plan, err := programme.PlanImport(pr, tpl, tc.data, importOpt)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if plan != nil || pr.Document.Sections[0].Draft != before {
				t.Errorf("a refused file changed the programme or made a plan")
			}
		})
	}
	if _, err := programme.DOCXMarkdown(good); err != nil {
		t.Errorf("the well-formed file is refused: %v", err)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// docxSeeds reads the Word files of testdata/docx: exports of the demo and
// of a freshly entered programme.
func docxSeeds(t testing.TB) [][]byte {
	t.Helper()
	names, err := filepath.Glob(filepath.Join("testdata", "docx", "*.docx"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no seed files in testdata/docx: %v", err)
	}
	var out [][]byte
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// checkDOCXResult is what the fuzz target and the mutation test require
// of any input: no panic, and either a known refusal or a plan.
func checkDOCXResult(t *testing.T, data []byte) {
	t.Helper()
	tpl := checklist.Default()
	pr := programme.New(tpl, []string{"Kunta"}, "", 2026, 2029)
	plan, err := programme.PlanImport(pr, tpl, data, importOpt)
	if err != nil {
		for _, known := range []error{
			programme.ErrDOCXNotDocx, programme.ErrDOCXLegacy, programme.ErrDOCXTooLarge, programme.ErrDOCXUnsafe,
			programme.ErrImportEmpty, programme.ErrImportTooLarge, programme.ErrImportTooDeep, programme.ErrImportTooManySections,
			programme.ErrImportBinary, programme.ErrImportEncoding,
			programme.ErrTooLarge, programme.ErrBadText, // a part over the draft limits
		} {
			if errors.Is(err, known) {
				return
			}
		}
		t.Fatalf("unexpected error %v", err)
	}
	if len(plan.Entries) == 0 {
		t.Fatalf("a plan without entries")
	}
}

func FuzzDOCXImport(f *testing.F) {
	for _, s := range docxSeeds(f) {
		f.Add(s)
	}
	f.Add(makeDOCX(f, p("Otsikko1", r("Vastuutahot"))+li("1", "0", "a")))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkDOCXResult(t, data)
	})
}

// TestDOCXImportMutations is a bounded fuzz run inside the ordinary suite:
// it damages the seed files' XML (the zip is rebuilt, so the damage reaches
// the parser rather than the checksum) and their raw bytes in fixed,
// reproducible ways.
func TestDOCXImportMutations(t *testing.T) {
	seeds := docxSeeds(t)
	state := uint64(0x9E3779B97F4A7C15)
	rnd := func(n int) int {
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		return int(state % uint64(n))
	}
	for si, seed := range seeds {
		zr, err := zip.NewReader(bytes.NewReader(seed), int64(len(seed)))
		if err != nil {
			t.Fatal(err)
		}
		var parts []part
		for _, f := range zr.File {
			rc, _ := f.Open()
			var b bytes.Buffer
			_, _ = b.ReadFrom(rc)
			rc.Close()
			parts = append(parts, part{f.Name, b.String()})
		}
		for i := range 150 {
			mutated := append([]part{}, parts...)
			k := rnd(len(mutated))
			body := []byte(mutated[k].body)
			if len(body) > 0 {
				for range 1 + rnd(4) {
					at := rnd(len(body))
					switch rnd(3) {
					case 0:
						const chars = "<>/\"&=;x \x00\xff"
						body[at] = chars[rnd(len(chars))]
					case 1:
						body = append(body[:at], body[min(len(body), at+1+rnd(40)):]...)
					default:
						end := min(len(body), at+rnd(200))
						body = append(body[:end], append(append([]byte{}, body[at:end]...), body[end:]...)...)
					}
					if len(body) == 0 {
						break
					}
				}
			}
			mutated[k].body = string(body)
			data := makeZip(t, mutated...)
			t.Run("xml-"+itoa(si)+"-"+itoa(i), func(t *testing.T) { checkDOCXResult(t, data) })
		}
		for i := range 50 {
			data := append([]byte{}, seed...)
			for range 1 + rnd(8) {
				data[rnd(len(data))] = byte(rnd(256))
			}
			t.Run("raw-"+itoa(si)+"-"+itoa(i), func(t *testing.T) { checkDOCXResult(t, data) })
		}
	}
}

// BenchmarkDOCXManyRuns converts a file built to be slow: one paragraph of
// 100,000 runs and a list of 20,000 items (linear work, no quadratic
// joining).
func BenchmarkDOCXManyRuns(b *testing.B) {
	var body strings.Builder
	body.WriteString("<w:p>")
	for range 100000 {
		body.WriteString(r("ab "))
	}
	body.WriteString("</w:p>")
	for range 20000 {
		body.WriteString(li("1", "0", "kohta"))
	}
	data := makeDOCX(b, body.String())
	b.ReportAllocs()
	for b.Loop() {
		if _, err := programme.DOCXMarkdown(data); err != nil {
			b.Fatal(err)
		}
	}
}
