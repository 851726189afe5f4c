package export

import (
	"math"
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"
)

// Page geometry in millimetres: A4 with margins of a municipal document.
const (
	pageW        = 210.0
	pageH        = 297.0
	marginL      = 25.0
	marginR      = 25.0
	marginT      = 27.0
	contentB     = 297.0 - 24.0 // lowest y of body text
	contentW     = pageW - marginL - marginR
	headerY      = 15.0 // baseline of the running header
	headerRuleY  = 18.0
	footerY      = 285.0 // baseline of the page number
	bodySize     = 10.0  // points
	bodyLeading  = 5.0   // mm per line of body text
	paraGap      = 2.6   // mm after a paragraph
	listIndent   = 6.0   // mm per list level
	quoteIndent  = 6.0
	smallSize    = 8.0
	tableSize    = 8.5
	tableLeading = 4.1
	tablePadX    = 1.6
	tablePadY    = 1.2
)

// Colours: dark text, muted blue headings, grey furniture.
var (
	textColor    = color{33, 33, 33}
	headingColor = color{28, 58, 98}
	mutedColor   = color{105, 105, 105}
	linkColor    = color{22, 82, 150}
	ruleColor    = color{175, 180, 188}
	headerFill   = color{226, 231, 239}
	zebraFill    = color{245, 247, 250}
	codeFill     = color{240, 241, 243}
	quoteBar     = color{190, 196, 205}
	// draftColor marks a draft: a dark red with a contrast of 7.2:1 on
	// white.
	draftColor = color{170, 30, 40}
)

// page wraps fpdf with the state of one layout pass: the current position,
// the running header and footer and the fonts registered so far.
type page struct {
	f surface
	// pdf is the real document, nil in a dry run.
	pdf    *fpdf.Fpdf
	fonts  *fontSet
	m      measurer
	g      *glyphs
	y      float64
	header string // running header: the programme's title
	right  string // running header's right side: the municipality
	// mark is the draft mark ("LUONNOS") the running header carries on
	// every page, the title page included; empty unless a draft.
	mark string
	// titled tells whether page 1 is a title page, which has no running
	// header or footer.
	titled bool
	footer func(page, total int) string

	// tag builds the structure tree; nil in a dry run.
	tag *tagger
	// anchors are the sections internal links may point to.
	anchors map[string]bool

	registered map[string]bool
	curStyle   string
	curSize    float64
	curColor   color
	// curFill is fpdf's fill colour, {-1,-1,-1} when not known.
	curFill color
	// lastLevel is the level of the last bookmark; fpdf needs levels that
	// grow by at most one.
	lastLevel int
	// land tells whether the current page is landscape; wantLand, whether
	// the pages added from now on are (the timeline annex).
	land, wantLand bool
	// landPages are the landscape pages, by number.
	landPages map[int]bool
}

// pw and ph are the current page's width and height; cb is its lowest y
// of body text and cw its text width. A landscape page keeps the
// portrait margins.
func (p *page) pw() float64 {
	if p.land {
		return pageH
	}
	return pageW
}

func (p *page) ph() float64 {
	if p.land {
		return pageW
	}
	return pageH
}

func (p *page) cb() float64 { return p.ph() - (pageH - contentB) }

func (p *page) cw() float64 { return p.pw() - marginL - marginR }

// newPage returns the layout state for a pass, drawing on a new PDF or,
// when dry, on nothing.
func newPage(fonts *fontSet, g *glyphs, dry bool) *page {
	p := &page{fonts: fonts, m: measurer{font: fonts}, g: g, registered: map[string]bool{}, curSize: -1, curColor: color{-1, -1, -1}, curFill: color{-1, -1, -1}, lastLevel: -1}
	if dry {
		p.f = &dryRun{}
	} else {
		f := fpdf.New("P", "mm", "A4", "")
		f.SetMargins(marginL, marginT, marginR)
		f.SetAutoPageBreak(false, 0)
		f.SetCompression(false) // compressPages does it with one zlib writer
		f.SetCatalogSort(true)
		p.f, p.pdf = f, f
		p.tag = newTagger(f)
	}
	// fpdf needs a font before the first page.
	p.setFont(style{size: bodySize})
	return p
}

// setFont selects the font for st, registering the style on first use so
// that styles a document never uses are not parsed or embedded.
func (p *page) setFont(st style) {
	fs := st.fontStyle()
	if !p.registered[fs] {
		p.f.AddUTF8FontFromBytes(fontFamily, fs, p.fonts.data[fs])
		p.registered[fs] = true
	}
	if fs != p.curStyle || st.size != p.curSize {
		p.f.SetFont(fontFamily, fs, st.size)
		p.curStyle, p.curSize = fs, st.size
	}
	if st.color != p.curColor {
		p.f.SetTextColor(st.color.r, st.color.g, st.color.b)
		p.curColor = st.color
	}
	if st.color != p.curFill {
		// fpdf wraps every Text whose colour differs from the fill colour
		// in "q <colour> … Q"; with the fill colour set to the text's
		// (fills set their own before drawing) the text objects go
		// without: a smaller page stream and file.
		p.f.SetFillColor(st.color.r, st.color.g, st.color.b)
		p.curFill = st.color
	}
}

// addPage starts a new page with its header and footer.
// The header and footer are pagination artifacts: a screen reader skips
// them, and what follows continues the element open on the previous page.
func (p *page) addPage() {
	p.tag.closeMC()
	p.land = p.wantLand
	if p.land {
		p.f.AddPageFormat("L", fpdf.SizeType{Wd: pageW, Ht: pageH})
	} else {
		p.f.AddPage()
	}
	p.curStyle, p.curSize = "\x00", -1 // AddPage resets fpdf's font state in the content stream
	p.y = marginT
	n := p.f.PageNo()
	if p.land {
		if p.landPages == nil {
			p.landPages = map[int]bool{}
		}
		p.landPages[n] = true
	}
	p.tag.newPage(n, p.ph())
	small := style{size: smallSize, color: mutedColor}
	p.tag.pushArtifact(artHeader)
	right := p.pw() - marginR // where the header's right side ends
	if p.mark != "" {
		mst := style{bold: true, size: smallSize, color: draftColor}
		m := p.g.clean(p.mark)
		p.setFont(mst)
		right -= p.m.width(m, mst)
		p.show(right, headerY, m)
		right -= 3
	}
	if n == 1 && p.titled {
		p.tag.pop()
		return
	}
	p.setFont(small)
	if p.header != "" {
		p.show(marginL, headerY, p.fit(p.g.clean(p.header), small, p.cw()*0.62))
	}
	if p.right != "" {
		r := p.fit(p.g.clean(p.right), small, p.cw()*0.35-(p.pw()-marginR-right))
		p.show(right-p.m.width(r, small), headerY, r)
	}
	p.rule(marginL, headerRuleY, p.pw()-marginR, headerRuleY, 0.2, ruleColor)
	p.tag.pop()
	// The footer, which names the page total, is drawn by finishPages.
}

// show draws s with its baseline at y, as content of the innermost open
// structure element (or artifact).
func (p *page) show(x, y float64, s string) {
	p.tag.content()
	p.f.Text(x, y, s)
}

// fit shortens s with an ellipsis to at most w millimetres.
func (p *page) fit(s string, st style, w float64) string {
	if p.m.width(s, st) <= w {
		return s
	}
	rs := []rune(s)
	for len(rs) > 1 && p.m.width(string(rs)+"…", st) > w {
		rs = rs[:len(rs)-1]
	}
	return strings.TrimSpace(string(rs)) + "…"
}

// room tells how much vertical space is left on the page.
func (p *page) room() float64 { return p.cb() - p.y }

// atTop tells whether nothing has been drawn on the page yet.
func (p *page) atTop() bool { return p.y <= marginT+0.01 }

// need starts a new page unless h millimetres fit on this one.
func (p *page) need(h float64) {
	if p.y+h > p.cb()+1e-6 && !p.atTop() {
		p.addPage()
	}
}

// gap adds vertical space, except at the top of a page.
func (p *page) gap(h float64) {
	if !p.atTop() {
		p.y += h
	}
}

// rule draws a line.
func (p *page) rule(x1, y1, x2, y2, w float64, c color) {
	p.tag.decoration()
	p.f.SetDrawColor(c.r, c.g, c.b)
	p.f.SetLineWidth(w)
	p.f.Line(x1, y1, x2, y2)
}

// fill draws a filled rectangle.
func (p *page) fill(x, y, w, h float64, c color) {
	p.tag.decoration()
	p.f.SetFillColor(c.r, c.g, c.b)
	p.curFill = c
	p.f.Rect(x, y, w, h, "F")
}

// baseline returns the baseline of text of size pt centred in a line of
// height lh starting at y.
func baseline(y, lh, pt float64) float64 {
	return y + (lh+0.72*pt*ptToMM)/2
}

// drawLine draws one laid out line with its left edge at x. The words of
// a link belong to the link's Link element, and each run of them on the
// line becomes one link annotation.
func (p *page) drawLine(l line, x, y, lh float64) {
	for i := 0; i < len(l.items); i++ {
		it := l.items[i]
		st := it.st
		bx := x + it.x
		if st.code {
			p.fill(bx-0.4, y+0.4, it.w+0.8, lh-0.8, codeFill)
		}
		p.setFont(st)
		text := it.text
		if st.linkID == 0 && !st.code && !st.strike && !it.rtl {
			// The words that follow in the same style, where the font's
			// own advances put them, go into the same Text call: one call
			// and one text object a run of words instead of one a word.
			j := i
			for j+1 < len(l.items) && p.continues(l.items[j], l.items[j+1]) {
				j++
			}
			if j > i {
				var b strings.Builder
				for k := i; k <= j; k++ {
					if k > i && l.items[k].space {
						b.WriteByte(' ')
					}
					b.WriteString(l.items[k].text)
				}
				text = b.String()
				i = j
				it = l.items[j]
			}
		}
		if p.tag != nil && (i+1 < len(l.items) && l.items[i+1].space || i+1 == len(l.items) && l.spaceAfter && !it.hyphen) {
			text += " "
		}
		if st.linkID == 0 || p.tag == nil {
			p.show(bx, baseline(y, lh, st.size), text)
		} else {
			e := p.tag.link(st.linkID)
			p.tag.push(e)
			p.show(bx, baseline(y, lh, st.size), text)
			p.tag.pop()
			if i+1 == len(l.items) || l.items[i+1].st.linkID != st.linkID {
				// The last word of the link on this line: one annotation
				// from the first one.
				first := i
				for first > 0 && l.items[first-1].st.linkID == st.linkID {
					first--
				}
				words := make([]string, 0, i-first+1)
				for _, w := range l.items[first : i+1] {
					words = append(words, w.text)
				}
				a := pdfAnnot{x: x + l.items[first].x, y: y, w: bx + it.w - (x + l.items[first].x), h: lh, contents: strings.Join(words, " "), elem: e}
				if strings.HasPrefix(st.link, "#") {
					a.anchor = st.link[1:]
				} else {
					a.uri = st.link
				}
				p.tag.annotate(a)
			}
		}
		if st.strike {
			my := baseline(y, lh, st.size) - 0.3*st.size*ptToMM
			p.rule(bx, my, bx+it.w, my, 0.2, st.color)
		}
	}
}

// continues tells whether b follows a on a line in the same style, placed
// where drawing a's text, the space between them if any and b's text in
// one string puts b: then they can be drawn as one.
func (p *page) continues(a, b placed) bool {
	if b.st != a.st || b.rtl {
		return false
	}
	x := a.x + a.w
	if b.space {
		x += p.m.width(" ", a.st)
	}
	return math.Abs(b.x-x) < 1e-6
}

// bookmark adds an outline entry for text at the current position.
func (p *page) bookmark(text string, level int) {
	text = p.g.clean(oneLine(text))
	if text == "" {
		return
	}
	level = max(0, min(level, p.lastLevel+1))
	p.f.Bookmark(text, level, p.y)
	p.lastLevel = level
}

func itoa(n int) string { return strconv.Itoa(n) }
