package export

import (
	"bytes"
	"strings"

	"fi.kotoutus/kotoutus/internal/mdtext"
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// pdfRenderer lays out the syntax tree of the document's body on pages. It
// is a goldmark NodeRenderer: each kind of node has a small function that
// is called on entering and leaving the node, and the renderer keeps the
// nesting (indents, list numbering, inline styles) on stacks. The writer
// goldmark passes is ignored; everything goes to the pages.
type pdfRenderer struct {
	*page
	doc *document
	src []byte

	// blocks is the stack of indents of lists and block quotes.
	blocks []blockCtx
	lists  []listCtx
	// marker is the list marker still to be drawn on the next line.
	marker string
	// styles is the stack of inline styles; the top is the current one.
	styles []style
	// runs collects the inline content of the paragraph, heading or table
	// cell being read, or is nil outside one.
	runs  *[]run
	table *tableBuild

	// sectionNo counts the section headings seen, to find their anchors.
	sectionNo int
	// anchorPages records the page each section starts on.
	anchorPages map[string]int
	// headingIDs are the anchors of the headings (bodyAnchors), for
	// links to a heading inside a section; nil in an insert.
	headingIDs map[*ast.Heading]string
	// linkSeq numbers the links of the document.
	linkSeq int
	// markerElem is the Lbl element of the list item whose marker is
	// still to be drawn.
	markerElem *structElem
	// headTag is the level of the last heading's tag.
	headTag int
	// tocNums are the contents' page numbers still to be drawn.
	tocNums []tocNum
	// tick reports that one top-level block is done.
	tick func()
}

var _ renderer.NodeRenderer = (*pdfRenderer)(nil)

// blockCtx is one level of nesting: its indent and whether it is a quote.
type blockCtx struct {
	indent float64
	quote  bool
}

// listCtx is one open list.
type listCtx struct {
	ordered bool
	next    int
	tight   bool
}

// RegisterFuncs implements renderer.NodeRenderer.
func (r *pdfRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
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
	reg.Register(extast.KindTable, r.tableNode)
	reg.Register(extast.KindTableHeader, r.tableRow)
	reg.Register(extast.KindTableRow, r.tableRow)
	reg.Register(extast.KindTableCell, r.tableCell)
}

// left returns the x of the current block's left edge.
func (r *pdfRenderer) left() float64 {
	if n := len(r.blocks); n > 0 {
		return marginL + r.blocks[n-1].indent
	}
	return marginL
}

// width returns the width available to the current block.
func (r *pdfRenderer) width() float64 { return marginL + r.cw() - r.left() }

// maxIndentLevels is how many list and quote levels indent further; deeper
// levels keep the last indent, so that text never runs out of width (a
// draft nested 30 deep otherwise broke every letter onto a line of its own
// and ran to tens of thousands of pages).
const maxIndentLevels = 8

func (r *pdfRenderer) push(extra float64, quote bool) {
	indent := 0.0
	if n := len(r.blocks); n > 0 {
		indent = r.blocks[n-1].indent
	}
	if len(r.blocks) >= maxIndentLevels {
		extra = 0
	}
	r.blocks = append(r.blocks, blockCtx{indent: indent + extra, quote: quote})
}

func (r *pdfRenderer) pop() { r.blocks = r.blocks[:len(r.blocks)-1] }

// inQuote tells whether the current block is inside a block quote.
func (r *pdfRenderer) inQuote() bool {
	for _, b := range r.blocks {
		if b.quote {
			return true
		}
	}
	return false
}

// bodyStyle is the style of running text at the current nesting.
func (r *pdfRenderer) bodyStyle() style {
	st := style{size: bodySize, color: textColor}
	if r.inQuote() {
		st.color = mutedColor
		st.italic = true
	}
	return st
}

// done reports a finished top-level block for progress.
func (r *pdfRenderer) done(n ast.Node) {
	if r.tick != nil && n.Parent() != nil && n.Parent().Kind() == ast.KindDocument {
		r.tick()
	}
}

// beginInline starts collecting inline content in style st.
func (r *pdfRenderer) beginInline(st style) {
	runs := []run{}
	r.runs = &runs
	r.styles = []style{st}
}

// endInline returns the collected inline content.
func (r *pdfRenderer) endInline() []run {
	if r.runs == nil {
		return nil
	}
	out := *r.runs
	r.runs = nil
	return out
}

func (r *pdfRenderer) cur() style { return r.styles[len(r.styles)-1] }

func (r *pdfRenderer) pushStyle(f func(*style)) {
	st := r.cur()
	f(&st)
	r.styles = append(r.styles, st)
}

func (r *pdfRenderer) popStyle() {
	if len(r.styles) > 1 {
		r.styles = r.styles[:len(r.styles)-1]
	}
}

// add appends text in the current style.
func (r *pdfRenderer) add(s string) {
	if r.runs == nil || s == "" {
		return
	}
	*r.runs = append(*r.runs, r.g.runs(s, r.cur())...)
}

// drawLines draws lines in the current block, breaking pages as needed,
// with the pending list marker on the first line and quote bars beside
// every line.
func (r *pdfRenderer) drawLines(lines []line, lh float64, align extast.Alignment) {
	x := r.left()
	w := r.width()
	for _, l := range lines {
		r.need(lh)
		lx := x
		switch align {
		case extast.AlignRight:
			lx = x + w - l.w
		case extast.AlignCenter:
			lx = x + (w-l.w)/2
		}
		r.drawMarker(lh)
		r.drawQuoteBars(lh)
		r.drawLine(l, lx, r.y, lh)
		r.y += lh
	}
}

// drawParagraph draws a paragraph's lines without leaving a single line of
// it alone at the foot of a page (an orphan) or at the top of the next (a
// widow); short paragraphs are kept whole.
func (r *pdfRenderer) drawParagraph(lines []line, lh float64) {
	n := len(lines)
	fit := int((r.room() + 1e-6) / lh)
	if n <= fit || r.atTop() || n == 1 {
		r.drawLines(lines, lh, extast.AlignLeft)
		return
	}
	split := fit
	if n-split < 2 {
		split = n - 2 // keep two lines for the next page
	}
	if split < 2 || n <= 3 {
		r.addPage()
		r.drawLines(lines, lh, extast.AlignLeft)
		return
	}
	r.drawLines(lines[:split], lh, extast.AlignLeft)
	r.addPage()
	r.drawLines(lines[split:], lh, extast.AlignLeft)
}

// drawMarker draws the pending list marker in the gutter of the current
// line.
func (r *pdfRenderer) drawMarker(lh float64) {
	if r.marker == "" {
		return
	}
	st := style{size: bodySize, color: textColor}
	m := r.g.clean(r.marker)
	r.setFont(st)
	r.tag.push(r.markerElem)
	r.show(r.left()-1.8-r.m.width(m, st), baseline(r.y, lh, st.size), m)
	if r.markerElem != nil {
		r.tag.pop()
	}
	r.marker, r.markerElem = "", nil
}

// drawQuoteBars draws the bar of each enclosing block quote.
func (r *pdfRenderer) drawQuoteBars(lh float64) {
	// Bars of levels past maxIndentLevels would fall on the last one.
	for i, b := range r.blocks[:min(len(r.blocks), maxIndentLevels)] {
		if !b.quote {
			continue
		}
		outer := marginL
		if i > 0 {
			outer += r.blocks[i-1].indent
		}
		bx := outer + 1.2
		r.rule(bx, r.y, bx, r.y+lh, 0.7, quoteBar)
	}
}

func (r *pdfRenderer) heading(_ util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	h := n.(*ast.Heading)
	st := headingStyle(h.Level)
	if entering {
		r.beginInline(st)
		return ast.WalkContinue, nil
	}
	runs := r.endInline()
	lh := st.size * ptToMM * 1.35
	before := headingGap(h.Level)
	shift := r.doc.HeadingShift()
	section := h.Level == sectionLevel+shift && n.Parent().Kind() == ast.KindDocument
	if section && !r.doc.insert {
		// The appendix and the timeline start on a page of their own; the
		// timeline's pages are landscape, so that measure titles have
		// room beside the years, and the section after it is portrait
		// again.
		r.wantLand = r.doc.timelineAnnex > 0 && r.sectionNo == r.doc.timelineAnnex-1
		own := r.wantLand || r.sectionNo == len(r.doc.sections)-1
		if own && !r.atTop() || r.land != r.wantLand {
			r.addPage()
		}
	}
	lines := r.m.breakLines(r.m.tokenize(runs), r.width())
	r.gap(before)
	// Keep the heading with the start of what follows (see keepAfter).
	r.need(float64(len(lines))*lh + r.keepAfter(n.NextSibling()))
	title := mdtext.Plain(h, src)
	if section {
		if r.sectionNo < len(r.doc.sections) {
			anchor := r.doc.sections[r.sectionNo].anchor
			r.anchorPages[anchor] = r.f.PageNo()
			r.tag.dest(anchor, r.y)
		}
		r.sectionNo++
	} else if a, ok := r.headingIDs[h]; ok {
		r.tag.dest(a, r.y)
	}
	r.bookmark(title, h.Level-sectionLevel-shift)
	r.tag.begin(r.headingTag(h.Level))
	r.drawLines(lines, lh, extast.AlignLeft)
	r.tag.pop()
	if section {
		r.y += 0.8
		r.rule(r.left(), r.y, marginL+r.cw(), r.y, 0.3, ruleColor)
		r.y += 1.2
	}
	r.y += 2.2
	r.done(n)
	return ast.WalkContinue, nil
}

// headingTag returns the structure type of a heading of level: H1–H6,
// never more than one level below the previous heading, so that the
// tagged outline has no gaps even where a draft skips a level.
func (r *pdfRenderer) headingTag(level int) string {
	lvl := max(1, min(level, r.headTag+1, 6))
	r.headTag = lvl
	return "H" + itoa(lvl)
}

// headingGap returns the space above a heading of level.
func headingGap(level int) float64 {
	switch level {
	case 1:
		return 10
	case 2:
		return 9
	case 3:
		return 6
	case 4:
		return 4.5
	}
	return 3.5
}

// headingStyle returns the style of a heading level.
func headingStyle(level int) style {
	switch level {
	case 1:
		return style{bold: true, size: 18, color: headingColor}
	case 2:
		return style{bold: true, size: 15, color: headingColor}
	case 3:
		return style{bold: true, size: 12.5, color: headingColor}
	case 4:
		return style{bold: true, size: 11, color: textColor}
	case 5:
		return style{bold: true, size: bodySize, color: textColor}
	}
	return style{bold: true, italic: true, size: bodySize, color: textColor}
}

func (r *pdfRenderer) paragraph(_ util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if r.table != nil {
		return ast.WalkContinue, nil
	}
	if c, ok := r.chartParagraph(n); ok {
		if entering {
			r.drawChart(c)
			r.done(n)
		}
		return ast.WalkSkipChildren, nil
	}
	if entering {
		r.beginInline(r.bodyStyle())
		return ast.WalkContinue, nil
	}
	runs := r.endInline()
	lines := r.m.breakLines(r.m.tokenize(runs), r.width())
	if c, ok := r.chartParagraph(n.NextSibling()); ok && len(lines) <= 3 {
		// A caption or lead-in stays with its chart.
		r.need(float64(len(lines))*bodyLeading + paraGap + r.chartKeep(c))
	}
	if _, ok := n.NextSibling().(*ast.List); ok && len(lines) <= 3 {
		// A short lead-in stays with the first item of its list.
		r.need(float64(len(lines)+1)*bodyLeading + paraGap)
	}
	r.tag.begin("P")
	r.drawParagraph(lines, bodyLeading)
	r.tag.pop()
	if n.Kind() == ast.KindTextBlock {
		r.y += 0.8
	} else {
		r.y += paraGap
	}
	r.done(n)
	return ast.WalkContinue, nil
}

func (r *pdfRenderer) list(_ util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	l := n.(*ast.List)
	if entering {
		start := l.Start
		if start == 0 {
			start = 1
		}
		r.lists = append(r.lists, listCtx{ordered: l.IsOrdered(), next: start, tight: l.IsTight})
		r.push(listIndent, false)
		if e := r.tag.begin("L"); e != nil {
			e.attr = "<</O /List /ListNumbering /Disc>>"
			if l.IsOrdered() {
				e.attr = "<</O /List /ListNumbering /Decimal>>"
			}
		}
		return ast.WalkContinue, nil
	}
	r.tag.pop()
	r.pop()
	r.lists = r.lists[:len(r.lists)-1]
	if len(r.lists) == 0 {
		r.y += paraGap - 0.8
	}
	r.done(n)
	return ast.WalkContinue, nil
}

// bullets are the markers of unordered lists by depth.
var bullets = []string{"•", "–", "◦"}

func (r *pdfRenderer) listItem(_ util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	lc := &r.lists[len(r.lists)-1]
	if entering {
		if lc.ordered {
			r.marker = itoa(lc.next) + "."
			lc.next++
		} else {
			depth := 0
			for _, l := range r.lists[:len(r.lists)-1] {
				if !l.ordered {
					depth++
				}
			}
			r.marker = bullets[depth%len(bullets)]
		}
		r.tag.begin("LI")
		r.markerElem = r.tag.add("Lbl")
		r.tag.begin("LBody")
		return ast.WalkContinue, nil
	}
	if r.marker != "" {
		// An empty item still shows its marker.
		r.need(bodyLeading)
		r.drawMarker(bodyLeading)
		r.y += bodyLeading
	}
	r.tag.pop() // LBody
	r.tag.pop() // LI
	return ast.WalkContinue, nil
}

func (r *pdfRenderer) blockquote(_ util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		r.push(quoteIndent, true)
		r.tag.begin("BlockQuote")
		return ast.WalkContinue, nil
	}
	r.tag.pop()
	r.pop()
	r.done(n)
	return ast.WalkContinue, nil
}

// codeBlock draws code and raw HTML as preformatted text on a grey band,
// keeping its spaces and breaking long lines between characters.
func (r *pdfRenderer) codeBlock(_ util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	st := style{size: 8.8, color: textColor}
	lh := 4.3
	w := r.width() - 3
	lines := n.Lines()
	var all []line
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		text := strings.TrimRight(string(seg.Value(src)), "\n")
		text = strings.ReplaceAll(text, "\t", "    ")
		// Spaces must keep their width: lay the line out as one word of
		// no-break spaces, broken only where it does not fit.
		text = r.g.clean(strings.ReplaceAll(text, " ", "\u00a0"))
		t := token{text: text, st: st}
		t.w = r.m.width(text, st)
		all = append(all, r.m.breakLines([]token{t}, w)...)
	}
	if hb, ok := n.(*ast.HTMLBlock); ok && hb.HasClosure() {
		closure := hb.ClosureLine
		text := r.g.clean(strings.TrimRight(string(closure.Value(src)), "\n"))
		t := token{text: text, st: st}
		t.w = r.m.width(text, st)
		all = append(all, r.m.breakLines([]token{t}, w)...)
	}
	r.gap(0.5)
	r.tag.begin("P")
	for _, l := range all {
		r.need(lh)
		r.fill(r.left(), r.y, r.width(), lh, codeFill)
		r.drawMarker(lh)
		r.drawQuoteBars(lh)
		r.drawLine(l, r.left()+1.5, r.y, lh)
		r.y += lh
	}
	r.tag.pop()
	r.y += paraGap
	r.done(n)
	return ast.WalkSkipChildren, nil
}

func (r *pdfRenderer) thematicBreak(_ util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	r.need(6)
	r.y += 2.5
	r.rule(r.left(), r.y, marginL+r.cw(), r.y, 0.3, ruleColor)
	r.y += 3.5
	r.done(n)
	return ast.WalkContinue, nil
}

func (r *pdfRenderer) text(_ util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	t := n.(*ast.Text)
	if t.IsRaw() || t.Parent().Kind() == ast.KindCodeSpan {
		r.add(string(t.Value(src)))
	} else {
		r.add(mdtext.Decode(t.Value(src)))
	}
	switch {
	case t.HardLineBreak():
		if r.runs != nil {
			*r.runs = append(*r.runs, run{brk: true})
		}
	case t.SoftLineBreak():
		r.add(" ")
	}
	return ast.WalkContinue, nil
}

func (r *pdfRenderer) string(_ util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		r.add(string(n.(*ast.String).Value))
	}
	return ast.WalkContinue, nil
}

func (r *pdfRenderer) emphasis(_ util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		r.popStyle()
		return ast.WalkContinue, nil
	}
	level := n.(*ast.Emphasis).Level
	r.pushStyle(func(s *style) {
		if level >= 2 {
			s.bold = true
		} else {
			s.italic = !s.italic
		}
	})
	return ast.WalkContinue, nil
}

func (r *pdfRenderer) codeSpan(_ util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		r.popStyle()
		return ast.WalkContinue, nil
	}
	r.pushStyle(func(s *style) { s.code = true; s.size *= 0.92 })
	return ast.WalkContinue, nil
}

func (r *pdfRenderer) strikethrough(_ util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		r.popStyle()
		return ast.WalkContinue, nil
	}
	r.pushStyle(func(s *style) { s.strike = true })
	return ast.WalkContinue, nil
}

func (r *pdfRenderer) link(_ util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	l := n.(*ast.Link)
	dest := string(l.Destination)
	if entering {
		if !r.linkable(dest) {
			// Not a web or mail address nor a section of the document
			// (javascript:, file:, data:, a relative path …): plain text.
			r.pushStyle(func(*style) {})
			return ast.WalkContinue, nil
		}
		r.linkSeq++
		id := r.linkSeq
		r.pushStyle(func(s *style) { s.link = dest; s.linkID = id; s.color = linkColor })
		return ast.WalkContinue, nil
	}
	id := r.cur().linkID
	r.popStyle()
	// On paper a link's address is lost; print it after the text unless
	// the text is the address.
	if id != 0 && safeLink(dest) && mdtext.Plain(l, src) != strings.TrimPrefix(dest, "mailto:") && mdtext.Plain(l, src) != dest {
		r.pushStyle(func(s *style) { s.color = mutedColor; s.link = dest; s.linkID = id })
		r.add(" (" + dest + ")")
		r.popStyle()
	}
	return ast.WalkContinue, nil
}

// linkable tells whether a link to dest becomes a link in the PDF: a web
// or mail address, or a section of the document.
func (r *pdfRenderer) linkable(dest string) bool {
	if a, ok := strings.CutPrefix(dest, "#"); ok {
		return r.anchors[a]
	}
	return safeLink(dest)
}

func (r *pdfRenderer) autoLink(_ util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	l := n.(*ast.AutoLink)
	url := string(l.URL(src))
	if !safeLink(url) {
		r.add(string(l.Label(src)))
		return ast.WalkSkipChildren, nil
	}
	r.linkSeq++
	id := r.linkSeq
	r.pushStyle(func(s *style) { s.link = url; s.linkID = id; s.color = linkColor })
	r.add(string(l.Label(src)))
	r.popStyle()
	return ast.WalkSkipChildren, nil
}

func (r *pdfRenderer) image(_ util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	// Images are not embedded; the alternative text keeps their place.
	r.pushStyle(func(s *style) { s.italic = true; s.color = mutedColor })
	r.add("[" + mdtext.Plain(n, src) + "]")
	r.popStyle()
	return ast.WalkSkipChildren, nil
}

func (r *pdfRenderer) rawHTML(_ util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	// Raw HTML is shown as the text it is, never interpreted or dropped.
	segs := n.(*ast.RawHTML).Segments
	var b bytes.Buffer
	for i := 0; i < segs.Len(); i++ {
		seg := segs.At(i)
		b.Write(seg.Value(src))
	}
	r.add(b.String())
	return ast.WalkSkipChildren, nil
}

// keepAfter is the height a heading keeps on its page for what follows it:
// three lines of text; a table's header row and first row (which the table
// itself keeps together, so a smaller reserve would leave the heading alone
// at the foot of the page); and for a heading right below, that heading
// with what follows it in turn; for a chart's caption, the caption with
// its chart (which the caption keeps), so that a heading never stays
// alone above a chart moved to the next page.
func (r *pdfRenderer) keepAfter(next ast.Node) float64 {
	switch next := next.(type) {
	case *ast.Heading:
		st := headingStyle(next.Level)
		return st.size*ptToMM*1.35 + headingGap(next.Level) + 2.2 + r.keepAfter(next.NextSibling())
	case *extast.Table:
		return 0.6 + 7*tableLeading + 4*tablePadY
	case *ast.Paragraph:
		if c, ok := r.chartParagraph(next.NextSibling()); ok {
			return bodyLeading + paraGap + r.chartKeep(c)
		}
		if c, ok := r.chartParagraph(next); ok {
			return r.chartKeep(c)
		}
	}
	return 3 * bodyLeading
}
