package export

import (
	"bufio"
	"bytes"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"fi.kotoutus/kotoutus/internal/mdtext"
)

// docxRenderer writes the syntax tree of the document's body as
// WordprocessingML paragraphs and tables. It is a goldmark NodeRenderer
// like the PDF's: each node kind has a small function called on entering
// and leaving it, and stacks keep the nesting (lists, quotes, inline
// styles). Word lays the text out itself, so nothing here measures or
// breaks lines.
type docxRenderer struct {
	doc *document
	pk  *docxPackage
	// pictures counts the pictures written, for their IDs.
	pictures int

	// lists is the stack of open lists.
	lists []docxList
	// quotes counts the open block quotes.
	quotes int
	// styles is the stack of inline styles; the top is the current one.
	styles []docxStyle
	// inPara tells whether a paragraph is open (w:p written, runs may follow).
	inPara bool
	// inCell and headerCell tell whether a table cell is open and whether
	// it is a header cell.
	inCell     bool
	headerCell bool
	// ordered lists the numbering instances of ordered lists, in order.
	ordered []docxOrdered
	// sectionNo counts the section headings seen.
	sectionNo int
	// bookmarks maps a section anchor to its bookmark name.
	bookmarks map[string]string
	// bookmarkID numbers the bookmarks.
	bookmarkID int
	// headingIDs are the anchors of the headings (bodyAnchors), so that
	// links reach headings inside the sections too; nil in an insert.
	headingIDs map[*ast.Heading]string
	// subBookmarks maps the anchor of a heading inside a section to its
	// bookmark name (setHeadingIDs).
	subBookmarks map[string]string
	// openBookmark is the ID of the bookmark of the heading being
	// written, ended with its paragraph.
	openBookmark string
	// logoID is the relationship of the logo's picture, "" without one.
	logoID string
	// sect is the page setup every section shares (headers, footer).
	sect docxSect
	// landscape tells whether the section being written is the landscape
	// timeline annex; breaks counts the section breaks written.
	landscape bool
	breaks    int
}

// sectionBreak ends the section written so far (a paragraph whose
// properties hold the section's page setup, as OOXML has it): portrait,
// or landscape for the timeline annex. Only the first section has a
// title page.
func (r *docxRenderer) sectionBreak(w util.BufWriter) {
	r.closePara(w)
	_, _ = w.WriteString(`<w:p><w:pPr>` + r.sect.xml(r.landscape, r.breaks == 0 && !r.doc.insert) + `</w:pPr></w:p>`)
	r.breaks++
}

// textW is the text width of the section being written, in twips.
func (r *docxRenderer) textW() int {
	if r.landscape {
		return docxPageH - 2*docxMarginX
	}
	return docxTextW
}

// setHeadingIDs records the headings' anchors and names a bookmark for
// each, numbered in the anchors' sorted order so that the output is the
// same on every run. Names starting with "_" are hidden in Word's
// bookmark list, as its own _Toc bookmarks are.
func (r *docxRenderer) setHeadingIDs(ids map[*ast.Heading]string) {
	r.headingIDs = ids
	anchors := slices.Sorted(maps.Values(ids))
	r.subBookmarks = make(map[string]string, len(anchors))
	for i, a := range anchors {
		r.subBookmarks[a] = "_Ref" + strconv.Itoa(100000+i)
	}
}

// bookmark returns the bookmark name of the heading with anchor a, or "".
func (r *docxRenderer) bookmark(a string) string {
	if b := r.bookmarks[a]; b != "" {
		return b
	}
	return r.subBookmarks[a]
}

var _ renderer.NodeRenderer = (*docxRenderer)(nil)

// docxList is one open list.
type docxList struct {
	numID int
	// pending tells that the next paragraph is the first of a list item and
	// carries its number or bullet.
	pending bool
}

// docxOrdered is the numbering instance of one ordered list.
type docxOrdered struct{ level, start int }

// docxStyle is an inline style.
type docxStyle struct {
	bold, italic, strike, code bool
	// link is the open hyperlink's destination, or "".
	link bool
}

func newDOCXRenderer(d *document, pk *docxPackage) *docxRenderer {
	r := &docxRenderer{doc: d, pk: pk, styles: []docxStyle{{}}, bookmarks: map[string]string{}}
	for i, s := range d.sections {
		r.bookmarks[s.anchor] = "_Toc" + strconv.Itoa(1000+i)
	}
	return r
}

// RegisterFuncs implements renderer.NodeRenderer.
func (r *docxRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindDocument, r.document)
	reg.Register(ast.KindHeading, r.heading)
	reg.Register(ast.KindParagraph, r.paragraph)
	reg.Register(ast.KindTextBlock, r.paragraph)
	reg.Register(ast.KindList, r.list)
	reg.Register(ast.KindListItem, r.listItem)
	reg.Register(ast.KindBlockquote, r.blockquote)
	reg.Register(ast.KindFencedCodeBlock, r.codeBlock)
	reg.Register(ast.KindCodeBlock, r.codeBlock)
	reg.Register(ast.KindHTMLBlock, r.codeBlock)
	reg.Register(ast.KindThematicBreak, r.thematicBreak)
	reg.Register(ast.KindText, r.text)
	reg.Register(ast.KindString, r.string)
	reg.Register(ast.KindEmphasis, r.emphasis)
	reg.Register(ast.KindCodeSpan, r.codeSpan)
	reg.Register(ast.KindLink, r.link)
	reg.Register(ast.KindAutoLink, r.autoLink)
	reg.Register(ast.KindImage, r.image)
	reg.Register(ast.KindRawHTML, r.rawHTML)
	reg.Register(extast.KindStrikethrough, r.strikethrough)
	reg.Register(extast.KindTable, r.table)
	reg.Register(extast.KindTableHeader, r.tableRow)
	reg.Register(extast.KindTableRow, r.tableRow)
	reg.Register(extast.KindTableCell, r.tableCell)
}

func (r *docxRenderer) cur() docxStyle { return r.styles[len(r.styles)-1] }

func (r *docxRenderer) pushStyle(f func(*docxStyle)) {
	st := r.cur()
	f(&st)
	r.styles = append(r.styles, st)
}

func (r *docxRenderer) popStyle() {
	if len(r.styles) > 1 {
		r.styles = r.styles[:len(r.styles)-1]
	}
}

// run writes text as a run in the current inline style.
func (r *docxRenderer) run(w util.BufWriter, text string) {
	if text == "" {
		return
	}
	st := r.cur()
	_, _ = w.WriteString(`<w:r>`)
	if st.bold || st.italic || st.strike || st.code || st.link || r.headerCell {
		_, _ = w.WriteString(`<w:rPr>`)
		switch {
		case st.link:
			_, _ = w.WriteString(`<w:rStyle w:val="Hyperlink"/>`)
		case st.code:
			_, _ = w.WriteString(`<w:rStyle w:val="SourceCodeChar"/>`)
		}
		if st.bold || r.headerCell {
			_, _ = w.WriteString(`<w:b/><w:bCs/>`)
		}
		if st.italic {
			_, _ = w.WriteString(`<w:i/><w:iCs/>`)
		}
		if st.strike {
			_, _ = w.WriteString(`<w:strike/>`)
		}
		_, _ = w.WriteString(`</w:rPr>`)
	}
	writeDOCXText(w, text)
	_, _ = w.WriteString(`</w:r>`)
}

// openPara starts a paragraph of the given style (empty: Normal) with
// extra paragraph properties, which must follow the order of w:pPr
// (keepNext … spacing, ind, jc, outlineLvl).
func (r *docxRenderer) openPara(w util.BufWriter, style, extra string) {
	_, _ = w.WriteString(`<w:p>`)
	var numPr, ind string
	if n := len(r.lists); n > 0 && style == "" {
		l := &r.lists[n-1]
		if l.pending {
			style = "ListParagraph"
			numPr = `<w:numPr><w:ilvl w:val="` + strconv.Itoa(min(n-1, docxMaxListLevel)) + `"/><w:numId w:val="` + strconv.Itoa(l.numID) + `"/></w:numPr>`
			l.pending = false
		} else {
			style = "ListParagraph"
			ind = `<w:ind w:left="` + strconv.Itoa(min(n, docxMaxListLevel+1)*docxListIndent) + `"/>`
		}
	}
	if r.quotes > 0 && style == "" {
		style = "Quote"
		if r.quotes > 1 {
			ind = `<w:ind w:left="` + strconv.Itoa(r.quotes*567) + `"/>`
		}
	}
	if style != "" || numPr != "" || ind != "" || extra != "" {
		_, _ = w.WriteString(`<w:pPr>`)
		if style != "" {
			_, _ = w.WriteString(`<w:pStyle w:val="` + style + `"/>`)
		}
		_, _ = w.WriteString(numPr)
		_, _ = w.WriteString(extra)
		_, _ = w.WriteString(ind)
		_, _ = w.WriteString(`</w:pPr>`)
	}
	r.inPara = true
}

func (r *docxRenderer) closePara(w util.BufWriter) {
	if r.inPara {
		_, _ = w.WriteString(`</w:p>`)
		r.inPara = false
	}
}

func (r *docxRenderer) document(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
	return ast.WalkContinue, nil
}

// heading writes a heading: the document's sections are Heading 1, the
// headings inside them Heading 2 and 3 (deeper ones stay Heading 3, the
// deepest level the contents lists). A section heading carries the
// bookmark the contents links to; the appendix starts a new page.
func (r *docxRenderer) heading(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	h := n.(*ast.Heading)
	if !entering {
		if r.openBookmark != "" {
			_, _ = w.WriteString(`<w:bookmarkEnd w:id="` + r.openBookmark + `"/>`)
			r.openBookmark = ""
		}
		r.closePara(w)
		return ast.WalkContinue, nil
	}
	level := min(max(h.Level-sectionLevel+1, 1), 3)
	section := h.Level == sectionLevel+r.doc.HeadingShift() && n.Parent() != nil && n.Parent().Kind() == ast.KindDocument
	extra := ""
	annex := r.doc.timelineAnnex > 0 && !r.doc.insert
	switch {
	case section && annex && r.sectionNo == r.doc.timelineAnnex-1:
		// The timeline annex is a landscape section of its own, so that
		// measure titles have room beside the years.
		r.sectionBreak(w)
		r.landscape = true
	case section && r.landscape:
		// The section after the annex is portrait again; the break
		// starts its page.
		r.sectionBreak(w)
		r.landscape = false
	case section && r.sectionNo == len(r.doc.sections)-1 && r.sectionNo > 0:
		extra = `<w:pageBreakBefore/>`
	}
	saved := r.lists
	r.lists = nil // a heading inside a list item is not a list paragraph
	r.openPara(w, "Heading"+strconv.Itoa(level), extra)
	r.lists = saved
	if a, ok := r.headingIDs[h]; ok && !section {
		// A heading inside a section: a bookmark around its text, for
		// links to it.
		id := strconv.Itoa(r.bookmarkID)
		r.bookmarkID++
		_, _ = w.WriteString(`<w:bookmarkStart w:id="` + id + `" w:name="` + r.subBookmarks[a] + `"/>`)
		r.openBookmark = id
	}
	if section {
		if r.sectionNo < len(r.doc.sections) {
			name := r.bookmarks[r.doc.sections[r.sectionNo].anchor]
			id := strconv.Itoa(r.bookmarkID)
			r.bookmarkID++
			_, _ = w.WriteString(`<w:bookmarkStart w:id="` + id + `" w:name="` + name + `"/>`)
			r.run(w, mdtext.Plain(h, src))
			_, _ = w.WriteString(`<w:bookmarkEnd w:id="` + id + `"/>`)
			r.sectionNo++
			return ast.WalkSkipChildren, nil // leaving closes the paragraph
		}
		r.sectionNo++
	}
	return ast.WalkContinue, nil
}

func (r *docxRenderer) paragraph(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if r.inCell {
		// A cell's content is one paragraph written by the cell itself.
		return ast.WalkContinue, nil
	}
	if c, ok := r.chartParagraph(n); ok {
		if entering {
			r.chart(w, c)
		}
		return ast.WalkSkipChildren, nil
	}
	if entering {
		r.openPara(w, "", "")
	} else {
		r.closePara(w)
	}
	return ast.WalkContinue, nil
}

func (r *docxRenderer) list(_ util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	l := n.(*ast.List)
	if !entering {
		r.lists = r.lists[:len(r.lists)-1]
		return ast.WalkContinue, nil
	}
	numID := docxBulletNum
	if l.IsOrdered() {
		r.ordered = append(r.ordered, docxOrdered{level: min(len(r.lists), docxMaxListLevel), start: max(l.Start, 0)})
		numID = docxFirstOrderedNum + len(r.ordered) - 1
	}
	r.lists = append(r.lists, docxList{numID: numID})
	return ast.WalkContinue, nil
}

func (r *docxRenderer) listItem(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if len(r.lists) == 0 {
		return ast.WalkContinue, nil
	}
	l := &r.lists[len(r.lists)-1]
	if entering {
		l.pending = true
		return ast.WalkContinue, nil
	}
	if l.pending {
		// An empty item still shows its bullet.
		r.openPara(w, "", "")
		r.closePara(w)
	}
	return ast.WalkContinue, nil
}

func (r *docxRenderer) blockquote(_ util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		r.quotes++
	} else {
		r.quotes--
	}
	return ast.WalkContinue, nil
}

// codeBlock writes a code block (and raw HTML, which is shown as the text
// it is) as one paragraph of fixed-width lines.
func (r *docxRenderer) codeBlock(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	var b strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b.Write(seg.Value(src))
	}
	if hb, ok := n.(*ast.HTMLBlock); ok && hb.HasClosure() {
		b.Write(hb.ClosureLine.Value(src))
	}
	text := strings.TrimRight(b.String(), "\n")
	saved := r.lists
	if len(saved) > 0 && saved[len(saved)-1].pending {
		r.openPara(w, "", "")
	} else {
		r.openPara(w, "SourceCode", "")
	}
	r.lists = saved
	r.run(w, text)
	r.closePara(w)
	return ast.WalkSkipChildren, nil
}

func (r *docxRenderer) thematicBreak(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString(`<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="` + docxRuleColor + `"/></w:pBdr></w:pPr></w:p>`)
	}
	return ast.WalkContinue, nil
}

func (r *docxRenderer) text(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	t := n.(*ast.Text)
	var s string
	if t.IsRaw() || t.Parent().Kind() == ast.KindCodeSpan {
		s = string(t.Value(src))
	} else {
		s = mdtext.Decode(t.Value(src)) // backslash escapes and entities
	}
	switch {
	case t.HardLineBreak():
		s += "\n"
	case t.SoftLineBreak():
		s += " "
	}
	r.run(w, s)
	return ast.WalkContinue, nil
}

func (r *docxRenderer) string(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		r.run(w, string(n.(*ast.String).Value))
	}
	return ast.WalkContinue, nil
}

func (r *docxRenderer) emphasis(_ util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		r.popStyle()
		return ast.WalkContinue, nil
	}
	level := n.(*ast.Emphasis).Level
	r.pushStyle(func(s *docxStyle) {
		if level >= 2 {
			s.bold = true
		} else {
			s.italic = true
		}
	})
	return ast.WalkContinue, nil
}

func (r *docxRenderer) strikethrough(_ util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		r.pushStyle(func(s *docxStyle) { s.strike = true })
	} else {
		r.popStyle()
	}
	return ast.WalkContinue, nil
}

func (r *docxRenderer) codeSpan(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	r.pushStyle(func(s *docxStyle) { s.code = true })
	r.run(w, mdtext.Plain(n, src))
	r.popStyle()
	return ast.WalkSkipChildren, nil
}

// openLink starts a hyperlink to dest if it is a safe target: a web or
// mail address (an external relationship) or a section of this document
// (a bookmark). It tells whether it did; other links stay plain text.
func (r *docxRenderer) openLink(w util.BufWriter, dest string) bool {
	if r.cur().link {
		return false // hyperlinks do not nest
	}
	switch {
	case safeLink(dest):
		_, _ = w.WriteString(`<w:hyperlink r:id="` + r.pk.link(dest) + `">`)
	case strings.HasPrefix(dest, "#") && r.bookmark(dest[1:]) != "":
		_, _ = w.WriteString(`<w:hyperlink w:anchor="` + r.bookmark(dest[1:]) + `">`)
	default:
		return false
	}
	r.pushStyle(func(s *docxStyle) { s.link = true })
	return true
}

func (r *docxRenderer) closeLink(w util.BufWriter) {
	r.popStyle()
	_, _ = w.WriteString(`</w:hyperlink>`)
}

func (r *docxRenderer) link(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	l := n.(*ast.Link)
	dest := string(l.Destination)
	if entering {
		// Remember on the node whether a hyperlink was opened.
		l.SetAttributeString("docx-open", r.openLink(w, dest))
		return ast.WalkContinue, nil
	}
	if v, ok := l.AttributeString("docx-open"); ok && v.(bool) {
		r.closeLink(w)
	}
	return ast.WalkContinue, nil
}

func (r *docxRenderer) autoLink(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	l := n.(*ast.AutoLink)
	url := string(l.URL(src))
	open := r.openLink(w, url)
	r.run(w, string(l.Label(src)))
	if open {
		r.closeLink(w)
	}
	return ast.WalkSkipChildren, nil
}

// image writes an image's alternative text in its place; images in drafts
// are not embedded.
func (r *docxRenderer) image(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	r.pushStyle(func(s *docxStyle) { s.italic = true })
	r.run(w, "["+mdtext.Plain(n, src)+"]")
	r.popStyle()
	return ast.WalkSkipChildren, nil
}

// rawHTML writes raw HTML as the text it is, never interpreted or dropped.
func (r *docxRenderer) rawHTML(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	segs := n.(*ast.RawHTML).Segments
	var b bytes.Buffer
	for i := 0; i < segs.Len(); i++ {
		seg := segs.At(i)
		b.Write(seg.Value(src))
	}
	r.run(w, b.String())
	return ast.WalkSkipChildren, nil
}

// table writes a table in the Kotoutus Table style at the full text width,
// its columns sized to their content.
func (r *docxRenderer) table(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		_, _ = w.WriteString(`</w:tbl>`)
		// Word needs a paragraph between two tables, and one after a table
		// that ends a cell; a small empty one keeps them apart.
		_, _ = w.WriteString(`<w:p><w:pPr><w:spacing w:after="60"/></w:pPr></w:p>`)
		return ast.WalkContinue, nil
	}
	t := n.(*extast.Table)
	cols := max(len(t.Alignments), 1)
	indent := 0
	if len(r.lists) > 0 {
		indent = min(len(r.lists), docxMaxListLevel+1) * docxListIndent
	}
	_, _ = w.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="KotoutusTable"/><w:tblW w:w="5000" w:type="pct"/>`)
	if indent > 0 {
		_, _ = w.WriteString(`<w:tblInd w:w="` + strconv.Itoa(indent) + `" w:type="dxa"/>`)
	}
	_, _ = w.WriteString(`<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, cw := range docxColumnWidths(t, src, cols, docxTextW-indent) {
		_, _ = w.WriteString(`<w:gridCol w:w="` + strconv.Itoa(cw) + `"/>`)
	}
	_, _ = w.WriteString(`</w:tblGrid>`)
	return ast.WalkContinue, nil
}

// tableRow writes a row; the header row repeats at the top of every page
// the table runs onto and is never split across pages.
func (r *docxRenderer) tableRow(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		_, _ = w.WriteString(`</w:tr>`)
		return ast.WalkContinue, nil
	}
	if n.Kind() == extast.KindTableHeader {
		_, _ = w.WriteString(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
	} else {
		_, _ = w.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
	}
	return ast.WalkContinue, nil
}

func (r *docxRenderer) tableCell(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		r.closePara(w)
		_, _ = w.WriteString(`</w:tc>`)
		r.inCell, r.headerCell = false, false
		return ast.WalkContinue, nil
	}
	c := n.(*extast.TableCell)
	header := n.Parent() != nil && n.Parent().Kind() == extast.KindTableHeader
	_, _ = w.WriteString(`<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/>`)
	if header {
		_, _ = w.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="` + docxHeaderFill + `"/>`)
	}
	_, _ = w.WriteString(`</w:tcPr>`)
	extra := ""
	switch c.Alignment {
	case extast.AlignRight:
		extra = `<w:jc w:val="right"/>`
	case extast.AlignCenter:
		extra = `<w:jc w:val="center"/>`
	}
	saved, quotes := r.lists, r.quotes
	r.lists, r.quotes = nil, 0
	r.openPara(w, "TableText", extra)
	r.lists, r.quotes = saved, quotes
	r.inCell, r.headerCell = true, header
	return ast.WalkContinue, nil
}

// titlePage writes the first page: the municipality, the title, a rule and
// the facts (municipality, period, state, date), then a page break.
func (r *docxRenderer) titlePage(b *bytes.Buffer) {
	d := r.doc
	bw := bufio.NewWriter(b)
	if d.logo != nil && r.logoID != "" {
		r.docxLogo(bw, d.logo, r.logoID)
	}
	if a := oneLine(d.author); a != "" {
		r.openPara(bw, "Subtitle", "")
		r.run(bw, a)
		r.closePara(bw)
	}
	r.openPara(bw, "Title", `<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="8" w:color="`+docxHeadingColor+`"/></w:pBdr>`)
	r.run(bw, oneLine(d.title))
	r.closePara(bw)
	for i, f := range d.facts {
		extra := ""
		if i == 0 {
			extra = `<w:spacing w:before="4000"/>`
		}
		r.openPara(bw, "Facts", extra)
		r.pushStyle(func(s *docxStyle) { s.bold = true })
		r.run(bw, oneLine(f.label))
		r.popStyle()
		r.run(bw, "\t"+oneLine(f.value))
		r.closePara(bw)
	}
	_, _ = bw.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
	_ = bw.Flush()
}

// contents writes the table of contents: a TOC field over heading levels
// 1–3 with hyperlinks, whose result is written in advance as one entry per
// section linked to its bookmark, without page numbers; Word replaces it
// with numbered entries when it updates the fields on opening the file.
func (r *docxRenderer) contents(b *bytes.Buffer) {
	d := r.doc
	bw := bufio.NewWriter(b)
	r.openPara(bw, "TOCHeading", "")
	r.run(bw, d.tx.get("toc"))
	r.closePara(bw)
	for i, s := range d.sections {
		r.openPara(bw, "TOC1", "")
		if i == 0 {
			_, _ = bw.WriteString(`<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>` +
				`<w:r><w:instrText xml:space="preserve"> TOC \o "1-3" \h \z \u </w:instrText></w:r>` +
				`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`)
		}
		_, _ = bw.WriteString(`<w:hyperlink w:anchor="` + r.bookmarks[s.anchor] + `" w:history="1">`)
		r.run(bw, oneLine(s.title))
		_, _ = bw.WriteString(`</w:hyperlink>`)
		if i == len(d.sections)-1 {
			_, _ = bw.WriteString(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`)
		}
		r.closePara(bw)
	}
	if len(d.sections) == 0 {
		_, _ = bw.WriteString(`<w:p>` + docxField(`TOC \o "1-3" \h \z \u`, " ") + `</w:p>`)
	}
	_, _ = bw.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
	_ = bw.Flush()
}

// docxColumnWidths shares width (in twips) among a table's columns so that
// headers and figures are not broken inside a word ("Lähtöta-so") and one
// wordy column does not squeeze the rest.
func docxColumnWidths(t *extast.Table, src []byte, cols, width int) []int {
	const charW, pad = 125, 230 // twips per character of table text; cell margins and slack
	want := make([]float64, cols)
	least := make([]float64, cols)
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		i := 0
		for c := row.FirstChild(); c != nil && i < cols; c = c.NextSibling() {
			text := mdtext.Plain(c, src)
			want[i] = max(want[i], float64(utf8.RuneCountInString(text)))
			for _, word := range strings.Fields(text) {
				least[i] = max(least[i], float64(utf8.RuneCountInString(word)))
			}
			i++
		}
	}
	// Every column first gets room for its longest word of up to 12
	// characters (a header such as "Tavoitetaso"); longer words (up to 20)
	// get their room as far as the width allows; what is left goes by
	// how much more the longest text wants (up to 60 characters).
	hard := make([]float64, cols)
	soft := make([]float64, cols)
	extra := make([]float64, cols)
	hardSum, softSum, extraSum := 0.0, 0.0, 0.0
	for i := range cols {
		hard[i] = min(max(least[i], 3), 12)*charW + pad
		soft[i] = min(max(least[i], 3), 20)*charW + pad
		hardSum += hard[i]
		softSum += soft[i]
	}
	out := make([]float64, cols)
	w := float64(width)
	switch {
	case hardSum >= w:
		for i := range cols {
			out[i] = hard[i] * w / hardSum
		}
	case softSum >= w:
		for i := range cols {
			out[i] = hard[i] + (w-hardSum)*(soft[i]-hard[i])/(softSum-hardSum)
		}
	default:
		for i := range cols {
			out[i] = soft[i]
			extra[i] = max(min(want[i], 60)*charW+pad-soft[i], 0)
			extraSum += extra[i]
		}
		for i := range cols {
			if extraSum > 0 {
				out[i] += (w - softSum) * extra[i] / extraSum
			} else {
				out[i] += (w - softSum) / float64(cols)
			}
		}
	}
	ints := make([]int, cols)
	for i, w := range out {
		ints[i] = int(w)
	}
	return ints
}
