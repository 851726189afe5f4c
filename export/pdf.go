package export

import (
	"fmt"
	"io"
	"strings"

	"codeberg.org/go-pdf/fpdf"
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"fi.kotoutus/kotoutus/assets"
	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/hyphen"
	"fi.kotoutus/kotoutus/programme"
)

// pdfProducer is the PDF's producer, in the information dictionary and the
// XMP metadata.
const pdfProducer = "codeberg.org/go-pdf/fpdf"

// PDF writes programme p as an A4 PDF ready for a council agenda: a title
// page, a table of contents with page numbers, the sections laid out from
// the same Markdown as Markdown() writes, the process appendix, running
// headers with the title, footers "sivu X / Y", bookmarks for every heading
// and the document's metadata. The embedded DejaVu Sans prints Finnish,
// Swedish, Sámi, Estonian, Russian and Arabic; characters it lacks are
// replaced by □ and listed in the report. Output is byte for byte the same
// for the same programme and Options.Now.
func PDF(w io.Writer, p *programme.Programme, tpl *checklist.Template, opt Options) (Report, error) {
	return PDFWithProgress(w, p, tpl, opt, nil)
}

// PDFWithProgress is PDF that reports its progress for long documents:
// progress(done, total) is called from the calling goroutine as blocks are
// laid out, ending with done == total. progress may be nil.
func PDFWithProgress(w io.Writer, p *programme.Programme, tpl *checklist.Template, opt Options, progress func(done, total int)) (Report, error) {
	// One time for the title page, the information dictionary and the
	// XMP metadata, which must agree.
	opt.Now = opt.now()
	d, err := assemble(p, tpl, opt)
	if err != nil {
		return Report{}, err
	}
	return renderPDFDocument(w, d, opt, progress)
}

// renderPDFDocument lays out an assembled document as PDF; it is the PDF
// format's renderer in the registry (format.go). progress may be nil.
func renderPDFDocument(w io.Writer, d *document, opt Options, progress func(done, total int)) (Report, error) {
	fonts, err := loadFonts()
	if err != nil {
		return Report{}, err
	}
	src := []byte(d.body())
	if d.insert {
		// An insert for another plan starts with its title, the plan it
		// belongs to and its facts, laid out from the Markdown like the
		// sections.
		src = []byte(d.insertMarkdown())
	}
	root := parseMarkdown(src)
	total := root.ChildCount() + 1
	done := 0
	tick := func() {
		done++
		if progress != nil && done < total {
			progress(done, total)
		}
	}

	// One layout pass: where the sections land does not change the
	// layout (the contents' page numbers are right-aligned in a column of
	// fixed width, the footers are right-aligned), so the page numbers and
	// the footers are drawn once the pages are known (finishPages)
	// instead of laying the whole document out a second time.
	last, err := renderPDF(d, fonts, opt, src, root, false, tick)
	if err != nil {
		return Report{}, err
	}
	last.finishPages()
	if err := last.pdf.Error(); err != nil {
		return Report{}, fmt.Errorf("lay out pdf: %w", err)
	}
	rep := Report{Pages: last.f.PageNo(), MissingGlyphs: last.g.missingRunes()}
	last.tag.closeMC()
	// The syntax tree (held through the headings' anchors) is not needed
	// to write the file: at 1,000 pages it is 16 MB less at the peak.
	last.headingIDs, last.src = nil, nil
	var out heldWriter
	if err := last.pdf.Output(&out); err != nil {
		return rep, fmt.Errorf("write pdf: %w", err)
	}
	// fpdf's pages are in its output now; let them go before the
	// compressed copy is made.
	last.page.f, last.page.pdf, last.tag.f = nil, nil, nil
	base, err := compressPages(out.b)
	out.b = nil
	if err != nil {
		return rep, fmt.Errorf("write pdf: %w", err)
	}
	info := pdfInfo{title: bmpOnly(d.title), author: bmpOnly(d.author), subject: bmpOnly(d.subject), creator: bmpOnly(opt.Creator), producer: pdfProducer, keywords: bmpOnly(d.statusLine), date: opt.now()}
	if err := last.tag.writeTagged(w, base, info); err != nil {
		return rep, fmt.Errorf("write pdf: %w", err)
	}
	if progress != nil {
		progress(total, total)
	}
	return rep, nil
}

// heldWriter keeps what is written to it. fpdf's Output hands over its
// whole buffer in one Write and never uses it again, so the first Write
// is kept without a copy: at 1,000 pages a copy of the uncompressed file
// was 29 MB more held at the export's peak.
type heldWriter struct{ b []byte }

func (h *heldWriter) Write(p []byte) (int, error) {
	if h.b == nil {
		h.b = p
	} else {
		h.b = append(h.b, p...)
	}
	return len(p), nil
}

// renderPDF lays out the whole document once; finishPages then draws what
// needs the page numbers. A dry pass (the fuzzer's) draws nothing.
func renderPDF(d *document, fonts *fontSet, opt Options, src []byte, root ast.Node, dry bool, tick func()) (*pdfRenderer, error) {
	pg := newPage(fonts, newGlyphs(fonts), dry)
	pg.m.hy = hyphen.For(d.tx.lang)
	r := &pdfRenderer{page: pg, doc: d, src: src, anchorPages: map[string]int{}, tick: tick}
	pg.header = d.title
	pg.right = d.author
	pg.mark = d.draftMark
	pg.titled = !d.insert
	pg.footer = func(n, total int) string {
		return d.tx.get("page.footer", "page", itoa(n), "total", itoa(total))
	}
	if f := pg.pdf; f != nil {
		now := opt.now()
		f.SetTitle(bmpOnly(d.title), true)
		f.SetAuthor(bmpOnly(d.author), true)
		f.SetSubject(bmpOnly(d.subject), true)
		f.SetCreator(bmpOnly(opt.Creator), true)
		f.SetProducer(pdfProducer, true)
		f.SetLang(d.tx.lang)
		f.SetCreationDate(now)
		f.SetModificationDate(now)
		f.SetXmpMetadata(xmpMetadata(d, opt, now))
		f.AddOutputIntent(fpdf.OutputIntentType{
			SubtypeIdent:              fpdf.OutputIntent_GTS_PDFA1,
			OutputConditionIdentifier: "sRGB IEC61966-2.1",
			Info:                      "sRGB IEC61966-2.1",
			ICCProfile:                assets.SRGBProfile,
		})
	}
	pg.anchors = map[string]bool{}
	for _, s := range d.sections {
		pg.anchors[s.anchor] = true
	}
	if !d.insert {
		// Links may also go to the headings inside the sections.
		r.headingIDs = d.bodyAnchors(src, root)
		for _, a := range r.headingIDs {
			pg.anchors[a] = true
		}
	}

	if d.insert {
		// No title page or contents: the pages go into another plan.
		r.addPage()
	} else {
		r.titlePage()
		r.contents()
		r.addPage()
	}
	rd := renderer.NewRenderer(renderer.WithNodeRenderers(util.Prioritized(r, 100)))
	if err := rd.Render(io.Discard, src, root); err != nil {
		return nil, fmt.Errorf("lay out pdf: %w", err)
	}
	if pg.pdf != nil {
		if err := pg.pdf.Error(); err != nil {
			return nil, fmt.Errorf("lay out pdf: %w", err)
		}
	}
	tick()
	return r, nil
}

// titlePage draws the first page: municipality, title, period and the
// document's state.
func (r *pdfRenderer) titlePage() {
	r.addPage()
	d := r.doc
	if d.logo != nil {
		r.drawLogo(d.logo)
	}
	r.y = 62
	if d.author != "" {
		st := style{size: 15, color: headingColor}
		r.tag.begin("P")
		r.drawLines(r.m.breakLines(r.m.tokenize(r.g.runs(d.author, st)), contentW), 7, extast.AlignLeft)
		r.tag.pop()
		r.y += 4
	}
	st := style{bold: true, size: 26, color: headingColor}
	r.bookmark(d.title, 0)
	r.tag.begin(r.headingTag(1))
	r.drawLines(r.m.breakLines(r.m.tokenize(r.g.runs(d.title, st)), contentW), 11.5, extast.AlignLeft)
	r.tag.pop()
	r.y += 5
	r.rule(marginL, r.y, marginL+50, r.y, 0.8, headingColor)

	// The facts sit low on the page like the distribution block of a
	// municipal document.
	r.y = 205
	labelSt := style{size: bodySize, color: mutedColor}
	valueSt := style{size: bodySize, color: textColor}
	labelW := 0.0
	for _, ft := range d.facts {
		labelW = max(labelW, r.m.width(r.g.clean(ft.label), labelSt))
	}
	labelW += 6
	for _, ft := range d.facts {
		lines := r.m.breakLines(r.m.tokenize(r.g.runs(ft.value, valueSt)), contentW-labelW)
		label := r.g.clean(ft.label)
		r.setFont(labelSt)
		r.tag.begin("P")
		r.show(marginL, baseline(r.y, bodyLeading+0.6, bodySize), label+" ")
		for _, l := range lines {
			r.drawLine(l, marginL+labelW, r.y, bodyLeading+0.6)
			r.y += bodyLeading + 0.6
		}
		r.tag.pop()
	}
}

// contents draws the table of contents: every section with its page,
// joined by a dotted leader, each entry a link to its section. The page
// numbers are drawn by finishPages.
func (r *pdfRenderer) contents() {
	r.addPage()
	d := r.doc
	hst := headingStyle(sectionLevel)
	r.bookmark(d.tx.get("toc"), 0)
	r.tag.begin(r.headingTag(sectionLevel))
	r.drawLines(r.m.breakLines(r.m.tokenize(r.g.runs(d.tx.get("toc"), hst)), contentW), hst.size*ptToMM*1.35, extast.AlignLeft)
	r.tag.pop()
	r.y += 0.8
	r.rule(marginL, r.y, marginL+contentW, r.y, 0.3, ruleColor)
	r.y += 5
	st := style{size: 10.5, color: textColor}
	numW := 12.0
	lh := 5.6
	r.tag.begin("TOC")
	defer r.tag.pop()
	for _, s := range d.sections {
		lines := r.m.breakLines(r.m.tokenize(r.g.runs(s.title, st)), contentW-numW-4)
		r.need(float64(len(lines)) * lh)
		top := r.y
		// Each entry is a link to its section: the title and the page
		// number are the link's text, the dots an artifact.
		r.tag.begin("TOCI")
		link := r.tag.begin("Link")
		lines[len(lines)-1].spaceAfter = true // between the title and the page number
		for i, l := range lines {
			r.drawLine(l, marginL, r.y, lh)
			if i == len(lines)-1 {
				r.leader(marginL+l.w+1.5, pageW-marginR-numW, r.y, lh, st)
				// The number's place in the link, in reading order
				// before the annotation; drawn once it is known.
				r.tocNums = append(r.tocNums, tocNum{anchor: s.anchor, y: baseline(r.y, lh, st.size), st: st, mc: r.tag.reserve()})
			}
			r.y += lh
		}
		r.tag.annotate(pdfAnnot{x: marginL, y: top, w: contentW, h: r.y - top, anchor: s.anchor, contents: r.g.clean(oneLine(s.title)), elem: link})
		r.tag.pop()
		r.tag.pop()
		r.y += 1.6
	}
}

// tocNum is a page number of the contents still to be drawn.
type tocNum struct {
	anchor string
	y      float64 // baseline
	st     style
	mc     reservedMC
}

// finishPages draws what needs the page numbers: the contents' page
// numbers and the footers "sivu X / Y", going back to each page (fpdf
// appends to a page's content stream after SetPage).
func (r *pdfRenderer) finishPages() {
	f := r.pdf
	if f == nil {
		return
	}
	total := f.PageNo()
	r.tag.closeMC()
	for _, n := range r.tocNums {
		num := "–"
		if p, ok := r.anchorPages[n.anchor]; ok {
			num = itoa(p)
		}
		r.onPage(n.mc.page)
		r.setFont(n.st)
		r.tag.markReserved(n.mc)
		f.Text(r.pw()-marginR-r.m.width(num, n.st), n.y+r.onPageShift(), num)
		r.tag.closeMC()
	}
	small := style{size: smallSize, color: mutedColor}
	for n := 1; n <= total; n++ {
		if n == 1 && r.titled {
			continue
		}
		r.onPage(n)
		foot := r.g.clean(r.footer(n, total))
		r.setFont(small)
		r.tag.pushArtifact(artFooter)
		r.show(r.pw()-marginR-r.m.width(foot, small), r.ph()-(pageH-footerY)+r.onPageShift(), foot)
		r.tag.pop()
		r.tag.closeMC()
	}
	r.onPage(total)
}

// onPageShift is what to add to a y on the page onPage went back to:
// fpdf's SetPage keeps the height of the last page added, from which it
// turns y into PDF's y from the bottom, so a y on a page of another
// height (a landscape annex page) would land elsewhere.
func (r *pdfRenderer) onPageShift() float64 {
	_, h := r.pdf.GetPageSize()
	return h - r.ph()
}

// onPage makes page n the one drawn on. The page's content stream ends in
// whatever state its last drawing left, so the font and the colours are
// set again (setFont).
func (r *pdfRenderer) onPage(n int) {
	f := r.pdf
	f.SetPage(n)
	r.land = r.landPages[n]
	r.tag.newPage(n, r.ph())
	r.curStyle, r.curSize, r.curColor, r.curFill = "\x00", -1, color{-1, -1, -1}, color{-1, -1, -1}
}

// leader draws a dotted line from x1 to x2.
func (r *pdfRenderer) leader(x1, x2, y, lh float64, st style) {
	st.color = mutedColor
	dot := r.m.width(".", st)
	step := dot * 2.2
	r.setFont(st)
	by := baseline(y, lh, st.size)
	start := x1 + step - mathMod(x1, step) // align dots across lines
	r.tag.pushArtifact(artLayout)
	for x := start; x+dot <= x2; x += step {
		r.show(x, by, ".")
	}
	r.tag.pop()
}

func mathMod(a, b float64) float64 {
	return a - b*float64(int(a/b))
}

// bmpOnly replaces runes outside the Basic Multilingual Plane, which fpdf's
// UTF-16 conversion of metadata and bookmarks cannot encode.
func bmpOnly(s string) string {
	s = oneLine(s)
	return strings.Map(func(r rune) rune {
		if r > 0xFFFF {
			return substitute
		}
		return r
	}, s)
}
