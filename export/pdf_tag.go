package export

import (
	"strconv"

	"codeberg.org/go-pdf/fpdf"
)

// The PDF is tagged (ISO 32000-1, 14.7–14.8, and PDF/UA-1): everything the
// layout draws on a page is either marked content belonging to an element
// of the structure tree (a heading, a paragraph, a table cell …) or an
// artifact (running headers and footers, rules, fills, leader dots).
// fpdf writes neither, so the tagger writes the marked-content operators
// into fpdf's page streams with RawWriteStr as the layout draws, keeps the
// structure tree in memory, and tagUpdate (pdf_tagwrite.go) appends the
// tree, the link annotations and the catalog entries to fpdf's output as
// an incremental update.

// Artifact property lists, written after /Artifact in a BDC operator.
const (
	artHeader = "<</Type /Pagination /Subtype /Header>>"
	artFooter = "<</Type /Pagination /Subtype /Footer>>"
	artLayout = "<</Type /Layout>>"
	artRepeat = "<</Type /Pagination>>" // a table's header row repeated on a later page
)

// structElem is one element of the structure tree.
type structElem struct {
	typ    string // standard structure type: P, H2, Table, TD, Link …
	parent *structElem
	kids   []structKid
	// alt is the alternative text (Figure); lang the element's language
	// where it differs from the document's.
	alt, lang string
	// attr is an attribute dictionary, e.g. "<</O /Table /Scope /Column>>".
	attr string
	// page is the page of the element's first marked content, 0 if none.
	page int
	// obj is the element's object number, assigned when it is written.
	obj int
}

// structKid is one child of an element, in reading order: another element,
// a marked-content sequence on a page, or an annotation (OBJR).
type structKid struct {
	elem  *structElem
	page  int
	mcid  int // -1 unless marked content
	annot int // index into tagger.annots, -1 unless an annotation
}

// owner is what the next drawing belongs to: an element, or, when elem is
// nil, an artifact with the property list art.
type owner struct {
	elem *structElem
	art  string
}

// pdfAnnot is a link annotation the layout placed. Rectangles are in the
// layout's millimetres from the top left.
type pdfAnnot struct {
	page       int
	x, y, w, h float64
	uri        string // a web or mail address, or
	anchor     string // a section of the document
	contents   string // the link's text, its alternate description
	elem       *structElem
}

// pdfDest is a place in the document: a page and a y from its top.
type pdfDest struct {
	page int
	y    float64
}

// tagger builds the structure tree of one PDF while the layout draws. A
// nil tagger (the dry layout pass) does nothing.
type tagger struct {
	f     *fpdf.Fpdf
	doc   *structElem
	stack []owner
	page  int
	// pageElems[i][mcid] is the element of each marked-content sequence
	// of page i+1: the page's entry in the ParentTree.
	pageElems [][]*structElem
	// heights are the pages' heights in millimetres.
	heights   []float64
	open      bool
	openOwner owner
	annots    []pdfAnnot
	// links are the Link elements of the inline links, by link number.
	links map[int]*structElem
	dests map[string]pdfDest
	elems int
}

func newTagger(f *fpdf.Fpdf) *tagger {
	doc := &structElem{typ: "Document"}
	return &tagger{f: f, doc: doc, stack: []owner{{elem: doc}}, links: map[int]*structElem{}, dests: map[string]pdfDest{}, elems: 1}
}

// parentElem returns the innermost element on the stack.
func (t *tagger) parentElem() *structElem {
	for i := len(t.stack) - 1; i >= 0; i-- {
		if e := t.stack[i].elem; e != nil {
			return e
		}
	}
	return t.doc
}

// add appends a new element of type typ to the innermost open element
// without opening it.
func (t *tagger) add(typ string) *structElem {
	if t == nil {
		return nil
	}
	p := t.parentElem()
	e := &structElem{typ: typ, parent: p}
	p.kids = append(p.kids, structKid{elem: e, mcid: -1, annot: -1})
	t.elems++
	return e
}

// begin adds an element and opens it: what is drawn next belongs to it.
func (t *tagger) begin(typ string) *structElem {
	if t == nil {
		return nil
	}
	e := t.add(typ)
	t.stack = append(t.stack, owner{elem: e})
	return e
}

// push opens an existing element.
func (t *tagger) push(e *structElem) {
	if t == nil || e == nil {
		return
	}
	t.stack = append(t.stack, owner{elem: e})
}

// pushArtifact makes what is drawn next an artifact.
func (t *tagger) pushArtifact(art string) {
	if t == nil {
		return
	}
	t.stack = append(t.stack, owner{art: art})
}

// pop closes what begin, push or pushArtifact opened.
func (t *tagger) pop() {
	if t == nil || len(t.stack) <= 1 {
		return
	}
	t.stack = t.stack[:len(t.stack)-1]
}

// content is called before text is drawn: it makes sure the open
// marked-content sequence belongs to the innermost open element.
func (t *tagger) content() {
	if t == nil {
		return
	}
	t.mark(t.stack[len(t.stack)-1])
}

// decoration is called before a rule or a fill is drawn: inside an
// artifact it stays in it; otherwise it is a layout artifact.
func (t *tagger) decoration() {
	if t == nil {
		return
	}
	if top := t.stack[len(t.stack)-1]; top.elem == nil {
		t.mark(top)
		return
	}
	t.mark(owner{art: artLayout})
}

// mark closes the open marked-content sequence unless it belongs to o and
// opens one for o: for an element with the page's next MCID, recorded in
// the element and in the page's ParentTree entry.
func (t *tagger) mark(o owner) {
	if t.open && t.openOwner == o {
		return
	}
	t.closeMC()
	if o.elem == nil {
		t.f.RawWriteStr("/Artifact " + o.art + " BDC")
	} else {
		e := o.elem
		pe := &t.pageElems[t.page-1]
		mcid := len(*pe)
		*pe = append(*pe, e)
		e.kids = append(e.kids, structKid{page: t.page, mcid: mcid, annot: -1})
		if e.page == 0 {
			e.page = t.page
		}
		t.f.RawWriteStr("/" + e.typ + " <</MCID " + strconv.Itoa(mcid) + ">> BDC")
	}
	t.open, t.openOwner = true, o
}

// closeMC ends the open marked-content sequence, if any. A sequence must
// not cross a page: addPage calls this before fpdf starts the next page.
func (t *tagger) closeMC() {
	if t == nil || !t.open {
		return
	}
	t.f.RawWriteStr("EMC")
	t.open = false
}

// newPage is called after fpdf started page n.
func (t *tagger) newPage(n int, height float64) {
	if t == nil {
		return
	}
	t.page = n
	for len(t.pageElems) < n {
		t.pageElems = append(t.pageElems, nil)
	}
	for len(t.heights) < n {
		t.heights = append(t.heights, pageH)
	}
	t.heights[n-1] = height
}

// pageHeight is the height of page n (a landscape annex page is lower),
// which turns the layout's y from the top into PDF's y from the bottom.
func (t *tagger) pageHeight(n int) float64 {
	if t != nil && n >= 1 && n <= len(t.heights) {
		return t.heights[n-1]
	}
	return pageH
}

// link returns the Link element of inline link number id, adding it to
// the innermost open element the first time.
func (t *tagger) link(id int) *structElem {
	if t == nil {
		return nil
	}
	if e, ok := t.links[id]; ok {
		return e
	}
	e := t.add("Link")
	t.links[id] = e
	return e
}

// annotate records a link annotation of elem on the current page.
func (t *tagger) annotate(a pdfAnnot) {
	if t == nil || a.elem == nil {
		return
	}
	a.page = t.page
	a.elem.kids = append(a.elem.kids, structKid{page: t.page, mcid: -1, annot: len(t.annots)})
	t.annots = append(t.annots, a)
}

// dest records where the section with anchor starts.
func (t *tagger) dest(anchor string, y float64) {
	if t == nil {
		return
	}
	t.dests[anchor] = pdfDest{page: t.page, y: y}
}

// reservedMC is a marked-content sequence whose place in the structure
// tree is fixed before it is drawn.
type reservedMC struct {
	elem       *structElem
	page, mcid int
}

// reserve gives the innermost open element a marked-content sequence on
// the current page, in reading order now, to be drawn later with
// markReserved (the contents' page numbers, known only at the end).
func (t *tagger) reserve() reservedMC {
	if t == nil {
		return reservedMC{}
	}
	e := t.parentElem()
	pe := &t.pageElems[t.page-1]
	mc := reservedMC{elem: e, page: t.page, mcid: len(*pe)}
	*pe = append(*pe, e)
	e.kids = append(e.kids, structKid{page: t.page, mcid: mc.mcid, annot: -1})
	if e.page == 0 {
		e.page = t.page
	}
	return mc
}

// markReserved opens the reserved sequence mc on its page, which must be
// the current one; closeMC ends it.
func (t *tagger) markReserved(mc reservedMC) {
	if t == nil || mc.elem == nil {
		return
	}
	t.closeMC()
	t.f.RawWriteStr("/" + mc.elem.typ + " <</MCID " + strconv.Itoa(mc.mcid) + ">> BDC")
	t.open, t.openOwner = true, owner{elem: mc.elem}
}
