package export

import (
	"bytes"
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"time"
	"unicode/utf16"
)

// fpdfBase is what the update needs to know of fpdf's output: where its
// cross-reference table is, where each object starts, and the object
// numbers of the catalog and the pages.
type fpdfBase struct {
	b       []byte
	xref    int
	size    int
	root    int
	offsets []int
	pages   []int
}

var (
	startxrefRe = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
	trailerKey  = regexp.MustCompile(`/(Size|Root) (\d+)`)
	kidsRe      = regexp.MustCompile(`/Kids \[([0-9 R]*)\]`)
)

// parseFpdf reads fpdf's cross-reference table and trailer. fpdf writes a
// classic table of one subsection starting at object 0, and the trailer
// right after it.
func parseFpdf(b []byte) (*fpdfBase, error) {
	m := startxrefRe.FindSubmatch(b)
	if m == nil {
		return nil, fmt.Errorf("no startxref")
	}
	x, _ := strconv.Atoi(string(m[1]))
	if x <= 0 || x >= len(b) || !bytes.HasPrefix(b[x:], []byte("xref\n0 ")) {
		return nil, fmt.Errorf("no cross-reference table at %d", x)
	}
	base := &fpdfBase{b: b, xref: x}
	rest := b[x+len("xref\n0 "):]
	nl := bytes.IndexByte(rest, '\n')
	if nl < 0 {
		return nil, fmt.Errorf("cross-reference table cut short")
	}
	n, err := strconv.Atoi(string(rest[:nl]))
	if err != nil || n < 2 {
		return nil, fmt.Errorf("cross-reference table: bad count")
	}
	rest = rest[nl+1:]
	const entry = 20
	if len(rest) < n*entry {
		return nil, fmt.Errorf("cross-reference table cut short")
	}
	base.offsets = make([]int, n)
	for i := range n {
		off, err := strconv.Atoi(string(rest[i*entry : i*entry+10]))
		if err != nil {
			return nil, fmt.Errorf("cross-reference entry %d: %w", i, err)
		}
		base.offsets[i] = off
	}
	trailer := rest[n*entry:]
	for _, km := range trailerKey.FindAllSubmatch(trailer, -1) {
		v, _ := strconv.Atoi(string(km[2]))
		switch string(km[1]) {
		case "Size":
			base.size = v
		case "Root":
			base.root = v
		}
	}
	if base.size != n || base.root <= 0 || base.root >= n {
		return nil, fmt.Errorf("trailer without size or catalog")
	}
	pagesDict, err := base.dict(1)
	if err != nil {
		return nil, err
	}
	km := kidsRe.FindSubmatch(pagesDict)
	if km == nil {
		return nil, fmt.Errorf("page tree without kids")
	}
	for _, f := range bytes.Fields(km[1]) {
		if string(f) == "0" || string(f) == "R" {
			continue
		}
		v, err := strconv.Atoi(string(f))
		if err != nil || v <= 0 || v >= n {
			return nil, fmt.Errorf("page tree: bad kid %q", f)
		}
		base.pages = append(base.pages, v)
	}
	return base, nil
}

// dict returns the dictionary of object n, from its "<<" to its last ">>".
func (p *fpdfBase) dict(n int) ([]byte, error) {
	if n <= 0 || n >= len(p.offsets) {
		return nil, fmt.Errorf("no object %d", n)
	}
	b := p.b[p.offsets[n]:]
	end := bytes.Index(b, []byte("endobj"))
	if end < 0 {
		return nil, fmt.Errorf("object %d has no end", n)
	}
	b = b[:end]
	i := bytes.Index(b, []byte("<<"))
	j := bytes.LastIndex(b, []byte(">>"))
	if i < 0 || j < i {
		return nil, fmt.Errorf("object %d is not a dictionary", n)
	}
	return b[i : j+2], nil
}

// pdfWriter collects the objects of the update with their offsets.
type pdfWriter struct {
	buf     []byte
	start   int // length of fpdf's output before the update
	offsets map[int]int
}

func (w *pdfWriter) obj(n int) {
	w.offsets[n] = w.start + len(w.buf)
	w.buf = strconv.AppendInt(w.buf, int64(n), 10)
	w.buf = append(w.buf, " 0 obj\n"...)
}

func (w *pdfWriter) endobj() { w.buf = append(w.buf, "\nendobj\n"...) }

func (w *pdfWriter) s(s string) { w.buf = append(w.buf, s...) }

func (w *pdfWriter) ref(n int) {
	w.buf = strconv.AppendInt(w.buf, int64(n), 10)
	w.buf = append(w.buf, " 0 R"...)
}

func (w *pdfWriter) int(n int) { w.buf = strconv.AppendInt(w.buf, int64(n), 10) }

func (w *pdfWriter) num(f float64) { w.buf = strconv.AppendFloat(w.buf, f, 'f', 2, 64) }

// writeTagged writes fpdf's output base followed by an incremental update
// (ISO 32000-1, 7.5.6) that adds the structure tree, the ParentTree, the
// link annotations, the catalog's /StructTreeRoot, /MarkInfo and
// /ViewerPreferences, and each page's /StructParents, /Tabs and /Annots.
// The objects fpdf wrote stay as they are; the new revision replaces the
// catalog and the page dictionaries.
//
// The update also writes the information dictionary: fpdf's trailer points
// /Info at the wrong object once an output intent is added.
//
// The layout must have closed its last marked-content sequence (closeMC)
// before fpdf wrote b.
func (t *tagger) writeTagged(out io.Writer, b []byte, info pdfInfo) error {
	base, err := parseFpdf(b)
	if err != nil {
		return fmt.Errorf("read fpdf output: %w", err)
	}
	if len(base.pages) != len(t.pageElems) {
		return fmt.Errorf("read fpdf output: %d pages, the layout drew %d", len(base.pages), len(t.pageElems))
	}
	pageObj := func(n int) int { return base.pages[n-1] }

	next := base.size
	rootObj, treeObj := next, next+1
	next += 2
	var elems []*structElem
	var walk func(e *structElem)
	walk = func(e *structElem) {
		e.obj = next
		next++
		elems = append(elems, e)
		for _, k := range e.kids {
			if k.elem != nil {
				walk(k.elem)
			}
		}
	}
	walk(t.doc)
	annotObj := next
	next += len(t.annots)
	infoObj := next
	next++

	w := &pdfWriter{start: len(b), offsets: map[int]int{}, buf: make([]byte, 0, 128*(len(elems)+len(t.annots))+64*len(base.pages)+4096)}
	if len(b) > 0 && b[len(b)-1] != '\n' {
		w.s("\n")
	}

	// The catalog: fpdf's entries and the tagging ones.
	cat, err := base.dict(base.root)
	if err != nil {
		return fmt.Errorf("read fpdf output: %w", err)
	}
	w.obj(base.root)
	w.s(string(cat[:len(cat)-2]))
	w.s("/StructTreeRoot ")
	w.ref(rootObj)
	w.s(" /MarkInfo <</Marked true>> /ViewerPreferences <</DisplayDocTitle true>> /Version /1.7>>")
	w.endobj()

	// The pages: keys in the ParentTree, tab order by structure, and the
	// annotations placed on them.
	pageAnnots := make([][]int, len(base.pages))
	for i, a := range t.annots {
		pageAnnots[a.page-1] = append(pageAnnots[a.page-1], i)
	}
	for i, n := range base.pages {
		d, err := base.dict(n)
		if err != nil {
			return fmt.Errorf("read fpdf output: %w", err)
		}
		if bytes.Contains(d, []byte("/Annots")) {
			return fmt.Errorf("read fpdf output: page %d has annotations of fpdf's own", i+1)
		}
		w.obj(n)
		w.s(string(d[:len(d)-2]))
		w.s("\n/StructParents ")
		w.int(i)
		w.s(" /Tabs /S")
		if as := pageAnnots[i]; len(as) > 0 {
			w.s(" /Annots [")
			for j, a := range as {
				if j > 0 {
					w.s(" ")
				}
				w.ref(annotObj + a)
			}
			w.s("]")
		}
		w.s(">>")
		w.endobj()
	}

	w.obj(rootObj)
	w.s("<</Type /StructTreeRoot /K ")
	w.ref(t.doc.obj)
	w.s(" /ParentTree ")
	w.ref(treeObj)
	w.s(" /ParentTreeNextKey ")
	w.int(len(base.pages) + len(t.annots))
	w.s(">>")
	w.endobj()

	// The ParentTree: for each page, the element of every MCID; for each
	// annotation, its Link element.
	w.obj(treeObj)
	w.s("<</Nums [")
	for i, pe := range t.pageElems {
		w.s("\n")
		w.int(i)
		w.s(" [")
		for j, e := range pe {
			if j > 0 {
				w.s(" ")
			}
			w.ref(e.obj)
		}
		w.s("]")
	}
	for i, a := range t.annots {
		w.s("\n")
		w.int(len(base.pages) + i)
		w.s(" ")
		w.ref(a.elem.obj)
	}
	w.s("]>>")
	w.endobj()

	for _, e := range elems {
		w.obj(e.obj)
		w.s("<</Type /StructElem /S /")
		w.s(e.typ)
		w.s(" /P ")
		if e.parent == nil {
			w.ref(rootObj)
		} else {
			w.ref(e.parent.obj)
		}
		if e.page > 0 {
			w.s(" /Pg ")
			w.ref(pageObj(e.page))
		}
		if e.alt != "" {
			w.s(" /Alt ")
			w.s(pdfText(e.alt))
		}
		if e.lang != "" {
			w.s(" /Lang ")
			w.s(pdfText(e.lang))
		}
		if e.attr != "" {
			w.s(" /A ")
			w.s(e.attr)
		}
		if len(e.kids) > 0 {
			w.s(" /K [")
			for j, k := range e.kids {
				if j > 0 {
					w.s(" ")
				}
				switch {
				case k.elem != nil:
					w.ref(k.elem.obj)
				case k.annot >= 0:
					w.s("<</Type /OBJR /Obj ")
					w.ref(annotObj + k.annot)
					w.s(" /Pg ")
					w.ref(pageObj(k.page))
					w.s(">>")
				case k.page == e.page:
					w.int(k.mcid)
				default:
					w.s("<</Type /MCR /Pg ")
					w.ref(pageObj(k.page))
					w.s(" /MCID ")
					w.int(k.mcid)
					w.s(">>")
				}
			}
			w.s("]")
		}
		w.s(">>")
		w.endobj()
	}

	for i, a := range t.annots {
		w.obj(annotObj + i)
		// Rectangles go from the layout's millimetres from the top to
		// points from the bottom.
		w.s("<</Type /Annot /Subtype /Link /Rect [")
		w.num(a.x * mmToPt)
		w.s(" ")
		w.num((t.pageHeight(a.page) - a.y - a.h) * mmToPt)
		w.s(" ")
		w.num((a.x + a.w) * mmToPt)
		w.s(" ")
		w.num((t.pageHeight(a.page) - a.y) * mmToPt)
		w.s("] /Border [0 0 0] /F 4 /P ")
		w.ref(pageObj(a.page))
		w.s(" /StructParent ")
		w.int(len(base.pages) + i)
		if a.contents != "" {
			w.s(" /Contents ")
			w.s(pdfText(a.contents))
		}
		switch {
		case a.uri != "":
			w.s(" /A <</S /URI /URI ")
			w.s(pdfURI(a.uri))
			w.s(">>")
		default:
			if d, ok := t.dests[a.anchor]; ok {
				w.s(" /Dest [")
				w.ref(pageObj(d.page))
				w.s(" /XYZ 0 ")
				w.num((t.pageHeight(d.page) - d.y) * mmToPt)
				w.s(" null]")
			}
		}
		w.s(">>")
		w.endobj()
	}

	w.obj(infoObj)
	w.s("<<")
	for _, kv := range [][2]string{{"Title", info.title}, {"Author", info.author}, {"Subject", info.subject}, {"Keywords", info.keywords}, {"Creator", info.creator}, {"Producer", info.producer}} {
		if kv[1] != "" {
			w.s("/" + kv[0] + " " + pdfText(kv[1]) + "\n")
		}
	}
	date := pdfLiteral("D:" + info.date.Format("20060102150405"))
	w.s("/CreationDate " + date + "\n/ModDate " + date + ">>")
	w.endobj()

	// The cross-reference section of the update: one subsection per run
	// of consecutive object numbers.
	xref := w.start + len(w.buf)
	nums := make([]int, 0, len(w.offsets))
	for n := range w.offsets {
		nums = append(nums, n)
	}
	slices.Sort(nums)
	w.s("xref\n")
	for i := 0; i < len(nums); {
		j := i
		for j+1 < len(nums) && nums[j+1] == nums[j]+1 {
			j++
		}
		w.int(nums[i])
		w.s(" ")
		w.int(j - i + 1)
		w.s("\n")
		for _, n := range nums[i : j+1] {
			w.buf = fmt.Appendf(w.buf, "%010d 00000 n \n", w.offsets[n])
		}
		i = j + 1
	}
	sum := md5.Sum(b)
	id := hex.EncodeToString(sum[:])
	w.s("trailer\n<</Size ")
	w.int(next)
	w.s(" /Root ")
	w.ref(base.root)
	w.s(" /Info ")
	w.ref(infoObj)
	w.s(" /Prev ")
	w.int(base.xref)
	w.s(" /ID [<" + id + "> <" + id + ">]>>\nstartxref\n")
	w.int(xref)
	w.s("\n%%EOF\n")

	if _, err := out.Write(b); err != nil {
		return err
	}
	_, err = out.Write(w.buf)
	return err
}

// pdfInfo is the document information dictionary.
type pdfInfo struct {
	title, author, subject, creator, producer string
	// keywords carry the document's stage ("Luonnos", "Hyväksytty:
	// Kunnanvaltuusto 2.3.2026 § 45").
	keywords string
	date     time.Time
}

// mmToPt converts the layout's millimetres to PDF points.
const mmToPt = 72 / 25.4

// pdfText writes s as a PDF text string: a literal for printable ASCII,
// otherwise UTF-16BE with a byte order mark, in hex.
func pdfText(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			ascii = false
			break
		}
	}
	if ascii {
		return pdfLiteral(s)
	}
	var b []byte
	b = append(b, "<FEFF"...)
	for _, u := range utf16.Encode([]rune(s)) {
		b = fmt.Appendf(b, "%04X", u)
	}
	return string(append(b, '>'))
}

// pdfLiteral writes printable ASCII as a literal string.
func pdfLiteral(s string) string {
	b := make([]byte, 0, len(s)+2)
	b = append(b, '(')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '(', ')', '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	return string(append(b, ')'))
}

// pdfURI writes a URI as the 7-bit ASCII string the URI action needs,
// percent-encoding everything else.
func pdfURI(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= 0x20 || c >= 0x7f {
			b = fmt.Appendf(b, "%%%02X", c)
			continue
		}
		b = append(b, c)
	}
	return pdfLiteral(string(b))
}
