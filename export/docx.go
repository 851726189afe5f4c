package export

import (
	"archive/zip"
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// DOCX writes programme p as a Word document (Office Open XML,
// WordprocessingML) for the preparer to edit in the municipality's own
// template: a title page, a table of contents field Word fills in when the
// file is opened (its entries are written in advance, without page numbers,
// for readers that do not update fields), the sections laid out from the
// same Markdown as Markdown() writes with real Word styles (Title, Heading
// 1–3, List Bullet / List Number with numbering definitions, a table style
// whose header row repeats on every page), "sivu X / Y" in the footer, the
// document's language and its core properties. Only http, https and mailto
// addresses become hyperlinks. Output is byte for byte the same for the
// same programme and Options.Now.
func DOCX(w io.Writer, p *programme.Programme, tpl *checklist.Template, opt Options) error {
	d, err := assemble(p, tpl, opt)
	if err != nil {
		return err
	}
	return renderDOCX(w, d, opt)
}

func init() {
	register(Format{
		ID: "docx", Aliases: []string{"word"}, Ext: ".docx", NameKey: "export.format.docx",
		MIME: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Order: 30,
	}, func(w io.Writer, d *document, opt Options, progress func(done, total int)) (Report, error) {
		if err := renderDOCX(w, d, opt); err != nil {
			return Report{}, err
		}
		progress(1, 1)
		return Report{}, nil
	})
}

// WordprocessingML namespaces and relationship types.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsRels    = "http://schemas.openxmlformats.org/package/2006/relationships"
	relDoc    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
	relCore   = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
	relApp    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
	relStyles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
	relNum    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
	relSet    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
	relFooter = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
	relHeader = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
	relLink   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
	relImage  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
)

// Page geometry in twentieths of a point: A4 with 2 cm side margins.
const (
	docxPageW   = 11906
	docxPageH   = 16838
	docxMarginX = 1134
	docxMarginY = 1304
	docxTextW   = docxPageW - 2*docxMarginX
)

// docxMedia is one picture part.
type docxMedia struct {
	name string
	data []byte
}

// docxRel is one relationship of the main document.
type docxRel struct {
	id, typ, target string
	external        bool
}

// docxPackage collects the parts of one DOCX file.
type docxPackage struct {
	rels []docxRel
	// media are the pictures (charts), written under word/media.
	media []docxMedia
	// links maps an external address to its relationship ID.
	links map[string]string
}

func (pk *docxPackage) addRel(typ, target string, external bool) string {
	id := "rId" + strconv.Itoa(len(pk.rels)+1)
	pk.rels = append(pk.rels, docxRel{id: id, typ: typ, target: target, external: external})
	return id
}

// link returns the relationship ID of an external hyperlink.
func (pk *docxPackage) link(url string) string {
	if id, ok := pk.links[url]; ok {
		return id
	}
	id := pk.addRel(relLink, url, true)
	pk.links[url] = id
	return id
}

// renderDOCX writes an assembled document as DOCX.
func renderDOCX(w io.Writer, d *document, opt Options) error {
	pk := &docxPackage{links: map[string]string{}}
	pk.addRel(relStyles, "styles.xml", false)
	pk.addRel(relNum, "numbering.xml", false)
	pk.addRel(relSet, "settings.xml", false)
	footerID := pk.addRel(relFooter, "footer1.xml", false)
	headerID := pk.addRel(relHeader, "header1.xml", false)

	firstID := pk.addRel(relHeader, "header2.xml", false)
	logoID := ""
	if d.logo != nil && !d.insert {
		logoID = pk.addRel(relImage, "media/logo.png", false)
	}

	// An insert for another plan has no title page or contents; its title
	// and sections come one heading level down.
	src := []byte(d.body())
	if d.insert {
		src = []byte(d.insertMarkdown())
	}
	root := parseMarkdown(src)
	r := newDOCXRenderer(d, pk)
	r.logoID = logoID
	r.sect = docxSect{header: headerID, first: firstID, footer: footerID}
	if !d.insert {
		r.setHeadingIDs(d.bodyAnchors(src, root))
	}
	var body bytes.Buffer
	body.Grow(len(src) * 4)
	if !d.insert {
		r.titlePage(&body)
		r.contents(&body)
	}
	bw := bufio.NewWriter(&body)
	rd := renderer.NewRenderer(renderer.WithNodeRenderers(util.Prioritized(r, 100)))
	if err := rd.Render(bw, src, root); err != nil {
		return fmt.Errorf("write docx: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write docx: %w", err)
	}

	lang := docxLang(d.tx.lang)
	now := opt.now().UTC().Truncate(time.Second)
	parts := []struct {
		name string
		data []byte
	}{
		{"[Content_Types].xml", []byte(docxContentTypes)},
		{"_rels/.rels", []byte(docxRootRels)},
		{"docProps/core.xml", docxCore(d, lang, now)},
		{"docProps/app.xml", docxApp(opt)},
		{"word/document.xml", docxDocument(body.Bytes(), r.sect.xml(r.landscape, r.breaks == 0 && !d.insert))},
		{"word/styles.xml", []byte(docxStyles(lang))},
		{"word/numbering.xml", r.numbering()},
		{"word/settings.xml", []byte(docxSettings(lang))},
		{"word/footer1.xml", docxFooter(d)},
		{"word/header1.xml", docxHeader(d, false)},
		{"word/header2.xml", docxHeader(d, true)},
		{"word/_rels/document.xml.rels", pk.relsXML()},
	}
	if logoID != "" {
		parts = append(parts, struct {
			name string
			data []byte
		}{"word/media/logo.png", d.logo.png})
	}
	for _, m := range pk.media {
		parts = append(parts, struct {
			name string
			data []byte
		}{m.name, m.data})
	}
	zw := zip.NewWriter(w)
	for _, part := range parts {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: part.name, Method: zip.Deflate, Modified: now})
		if err != nil {
			return fmt.Errorf("write docx %s: %w", part.name, err)
		}
		if _, err := fw.Write(part.data); err != nil {
			return fmt.Errorf("write docx %s: %w", part.name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write docx: %w", err)
	}
	return nil
}

// docxLang returns the language tag Word uses for a document language.
func docxLang(l string) string {
	switch l {
	case "fi", "":
		return "fi-FI"
	case "sv":
		return "sv-FI"
	case "en":
		return "en-GB"
	case "se":
		return "se-FI"
	}
	return l
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const docxContentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Default Extension="png" ContentType="image/png"/>` +
	`<Default Extension="jpeg" ContentType="image/jpeg"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
	`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
	`<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
	`</Types>`

const docxRootRels = xmlHeader + `<Relationships xmlns="` + nsRels + `">` +
	`<Relationship Id="rId1" Type="` + relDoc + `" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="` + relCore + `" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="` + relApp + `" Target="docProps/app.xml"/>` +
	`</Relationships>`

// relsXML writes the main document's relationships.
func (pk *docxPackage) relsXML() []byte {
	var b strings.Builder
	b.WriteString(xmlHeader + `<Relationships xmlns="` + nsRels + `">`)
	for _, r := range pk.rels {
		b.WriteString(`<Relationship Id="` + r.id + `" Type="` + r.typ + `" Target="` + xmlEscape(r.target) + `"`)
		if r.external {
			b.WriteString(` TargetMode="External"`)
		}
		b.WriteString(`/>`)
	}
	b.WriteString(`</Relationships>`)
	return []byte(b.String())
}

// docxCore writes the core properties: title, subject, creator, language
// and dates.
func docxCore(d *document, lang string, now time.Time) []byte {
	stamp := now.Format("2006-01-02T15:04:05Z")
	var b strings.Builder
	b.WriteString(xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	b.WriteString(`<dc:title>` + xmlEscape(oneLine(d.title)) + `</dc:title>`)
	b.WriteString(`<dc:subject>` + xmlEscape(oneLine(d.subject)) + `</dc:subject>`)
	b.WriteString(`<dc:creator>` + xmlEscape(oneLine(d.author)) + `</dc:creator>`)
	b.WriteString(`<cp:lastModifiedBy>` + xmlEscape(oneLine(d.author)) + `</cp:lastModifiedBy>`)
	b.WriteString(`<dc:language>` + lang + `</dc:language>`)
	if st := oneLine(d.statusLine); st != "" {
		// The stage, as the PDF has it in Keywords and xmp:Label.
		b.WriteString(`<cp:keywords>` + xmlEscape(st) + `</cp:keywords><cp:contentStatus>` + xmlEscape(st) + `</cp:contentStatus>`)
	}
	b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:created>`)
	b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:modified>`)
	b.WriteString(`</cp:coreProperties>`)
	return []byte(b.String())
}

// docxApp writes the extended properties: the application that wrote the
// file.
func docxApp(opt Options) []byte {
	app := oneLine(opt.Creator)
	if app == "" {
		app = "Kotoutus"
	}
	return []byte(xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
		`<Application>` + xmlEscape(app) + `</Application><DocSecurity>0</DocSecurity></Properties>`)
}

// docxDocument wraps the body in the document element, with sectPr, the
// last section's page setup.
func docxDocument(body []byte, sectPr string) []byte {
	var b bytes.Buffer
	b.Grow(len(body) + 1024)
	b.WriteString(xmlHeader + `<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"` +
		` xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"` +
		` xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"` +
		` xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>`)
	b.Write(body)
	b.WriteString(sectPr)
	b.WriteString(`</w:body></w:document>`)
	return b.Bytes()
}

// docxSect is the page setup of the document's sections: A4, the footer
// with page numbers and the running header on every page; the title page
// has a header of its own that carries only a draft's mark, and no footer.
type docxSect struct{ header, first, footer string }

// xml writes a section's properties: portrait or landscape A4 (the
// margins stay on the same edges of the text), with the title page's
// header if titlePage.
func (s docxSect) xml(landscape, titlePage bool) string {
	w, h, orient := docxPageW, docxPageH, ""
	if landscape {
		w, h, orient = docxPageH, docxPageW, ` w:orient="landscape"`
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<w:sectPr><w:headerReference w:type="default" r:id="%s"/><w:headerReference w:type="first" r:id="%s"/><w:footerReference w:type="default" r:id="%s"/>`+
		`<w:pgSz w:w="%d" w:h="%d"%s/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="708" w:footer="567" w:gutter="0"/>`,
		s.header, s.first, s.footer, w, h, orient, docxMarginY, docxMarginX, docxMarginY, docxMarginX)
	if titlePage {
		b.WriteString(`<w:titlePg/>`)
	}
	b.WriteString(`</w:sectPr>`)
	return b.String()
}

// docxFooter writes the footer: the page text of the document's language
// ("sivu X / Y") with PAGE and NUMPAGES fields in place of the numbers.
func docxFooter(d *document) []byte {
	const pageMark, totalMark = "\x00PAGE\x00", "\x00TOTAL\x00"
	text := d.tx.get("page.footer", "page", pageMark, "total", totalMark)
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:ftr xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="right"/></w:pPr>`)
	for _, piece := range splitKeep(text, pageMark, totalMark) {
		switch piece {
		case pageMark:
			b.WriteString(docxField("PAGE", "1"))
		case totalMark:
			b.WriteString(docxField("NUMPAGES", "1"))
		default:
			b.WriteString(docxRun(piece, ""))
		}
	}
	b.WriteString(`</w:p></w:ftr>`)
	return []byte(b.String())
}

// docxHeader writes the running header: a draft's mark ("LUONNOS"), the
// document's title and the municipality; on the title page (first) only
// the mark.
func docxHeader(d *document, first bool) []byte {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:hdr xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>`)
	if m := oneLine(d.draftMark); m != "" {
		b.WriteString(docxRun(m, `<w:b/><w:bCs/><w:color w:val="`+docxDraftColor+`"/>`))
		if !first {
			b.WriteString(docxRun("   ", ""))
		}
	}
	if !first {
		b.WriteString(docxRun(oneLine(d.title), ""))
		if a := oneLine(d.author); a != "" {
			b.WriteString(`<w:r><w:tab/></w:r>` + docxRun(a, ""))
		}
	}
	b.WriteString(`</w:p></w:hdr>`)
	return []byte(b.String())
}

// docxField writes a simple complex field (begin, instruction, separate,
// cached result, end).
func docxField(instr, cached string) string {
	return `<w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
		`<w:r><w:instrText xml:space="preserve"> ` + xmlEscape(instr) + ` </w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
		docxRun(cached, "") +
		`<w:r><w:fldChar w:fldCharType="end"/></w:r>`
}

// docxRun writes plain text as one run with the given run properties
// (the inside of w:rPr).
func docxRun(text, rPr string) string {
	if text == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<w:r>`)
	if rPr != "" {
		b.WriteString(`<w:rPr>` + rPr + `</w:rPr>`)
	}
	writeDOCXText(&b, text)
	b.WriteString(`</w:r>`)
	return b.String()
}

// writeDOCXText writes the text of a run: w:t with spaces kept, tabs as
// w:tab and line breaks as w:br.
func writeDOCXText(b interface {
	io.Writer
	io.StringWriter
}, text string,
) {
	start := 0
	flush := func(end int) {
		if end > start {
			b.WriteString(`<w:t xml:space="preserve">`)
			b.WriteString(xmlEscape(text[start:end]))
			b.WriteString(`</w:t>`)
		}
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\t':
			flush(i)
			b.WriteString(`<w:tab/>`)
			start = i + 1
		case '\n':
			flush(i)
			b.WriteString(`<w:br/>`)
			start = i + 1
		}
	}
	flush(len(text))
}

// splitKeep splits s around the markers, keeping them as pieces.
func splitKeep(s string, marks ...string) []string {
	var out []string
	for s != "" {
		at, which := -1, ""
		for _, m := range marks {
			if i := strings.Index(s, m); i >= 0 && (at < 0 || i < at) {
				at, which = i, m
			}
		}
		if at < 0 {
			out = append(out, s)
			break
		}
		if at > 0 {
			out = append(out, s[:at])
		}
		out = append(out, which)
		s = s[at+len(which):]
	}
	return out
}

// xmlEscape escapes text for XML content and attribute values and drops
// the characters XML 1.0 cannot hold (most control characters, lone
// surrogates, U+FFFE and U+FFFF), which would make Word refuse the file.
func xmlEscape(s string) string {
	clean := true
	for _, r := range s {
		if r == '&' || r == '<' || r == '>' || r == '"' || !xmlChar(r) || r == 0xFFFD {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case !xmlChar(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// xmlChar tells whether XML 1.0 allows rune r in a document.
func xmlChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20:
		return false
	case r >= 0xD800 && r <= 0xDFFF:
		return false
	case r == 0xFFFE || r == 0xFFFF:
		return false
	}
	return r <= 0x10FFFF
}
