package programme

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on an imported Word file (.docx). A previous programme with a few
// photos is a few megabytes; its text parts decompress to a few megabytes
// more. Beyond these the file is refused before it can exhaust memory: the
// file's size, its number of entries, each XML part's decompressed size
// (checked as it is read, not trusted from the zip directory) and the sum
// of the parts read. Images and other parts are never decompressed. The
// Markdown the file converts to must also stay within MaxImportBytes.
const (
	MaxDOCXBytes      = 32 << 20
	MaxDOCXEntries    = 2000
	MaxDOCXPartBytes  = 16 << 20
	MaxDOCXTotalBytes = 40 << 20
	// MaxDOCXDepth bounds the nesting of XML elements.
	MaxDOCXDepth = 200
)

// MaxImportFileBytes is the most an import reads of a file of either kind
// (Markdown or Word) before refusing it.
const MaxImportFileBytes = max(MaxImportBytes, MaxDOCXBytes)

// Errors of the Word import. Each means the file was refused and nothing
// changed.
var (
	// ErrDOCXNotDocx means the file is not a Word document: not a zip
	// archive, or one without a main document part, or a damaged one.
	ErrDOCXNotDocx = errors.New("file is not a Word document (.docx)")
	// ErrDOCXLegacy means the file is an old binary Word document (.doc)
	// or a password-protected .docx, which are compound files.
	ErrDOCXLegacy = errors.New("file is an old Word document (.doc) or password-protected")
	// ErrDOCXTooLarge means the file or a part of it is larger than the
	// limits allow (a zip bomb is refused this way).
	ErrDOCXTooLarge = errors.New("the Word document is too large")
	// ErrDOCXUnsafe means the archive is built in a way no word processor
	// writes: entries outside the archive, duplicate or too many entries, a
	// document type declaration (entity expansion) or absurd nesting.
	ErrDOCXUnsafe = errors.New("the Word document is malformed in an unsafe way")
)

// zipMagic starts every zip archive, and so every .docx.
var zipMagic = []byte("PK\x03\x04")

// cfbMagic starts a compound file: an old .doc, or an encrypted .docx.
var cfbMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// IsDOCX tells whether data looks like a Word file (a zip archive or a
// compound file) rather than text, by its first bytes.
func IsDOCX(data []byte) bool {
	return bytes.HasPrefix(data, zipMagic) || bytes.HasPrefix(data, cfbMagic)
}

// DOCXMarkdown converts a Word document to the Markdown the import reads,
// so that a .docx goes through the same plan and review as a Markdown
// file: paragraphs styled as headings (by style, outline level or the
// built-in "Title" and "heading N" names) become headings, numbered and
// bulleted paragraphs become lists, bold, italic and struck-through text
// keep their emphasis, tables become GitHub tables (the first row as the
// header), web and mail links stay links, and footnotes become numbered
// paragraphs after the paragraph's section part. The table of contents,
// deleted revisions, field codes, drawings and text boxes are left out. A
// file that is not a sound .docx is refused with one of the ErrDOCX…
// errors.
func DOCXMarkdown(data []byte) (string, error) {
	if len(data) > MaxDOCXBytes {
		return "", fmt.Errorf("import docx: %w (%d bytes, at most %d)", ErrDOCXTooLarge, len(data), MaxDOCXBytes)
	}
	if bytes.HasPrefix(data, cfbMagic) {
		return "", fmt.Errorf("import docx: %w", ErrDOCXLegacy)
	}
	pk, err := openDOCX(data)
	if err != nil {
		return "", err
	}
	return pk.convert()
}

// docxPackage is an opened .docx: its entries and what has been read.
type docxArchive struct {
	files map[string]*zip.File
	read  int64
}

func openDOCX(data []byte) (*docxArchive, error) {
	if !bytes.HasPrefix(data, zipMagic) {
		return nil, fmt.Errorf("import docx: %w", ErrDOCXNotDocx)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		// Not an archive at all: binary, and not a Word document.
		return nil, fmt.Errorf("import docx: %w, %w: %v", ErrDOCXNotDocx, ErrImportBinary, err)
	}
	if zr == nil {
		return nil, fmt.Errorf("import docx: %w", ErrDOCXUnsafe)
	}
	if len(zr.File) > MaxDOCXEntries {
		return nil, fmt.Errorf("import docx: %w (%d entries, at most %d)", ErrDOCXUnsafe, len(zr.File), MaxDOCXEntries)
	}
	a := &docxArchive{files: map[string]*zip.File{}}
	for _, f := range zr.File {
		if !safeEntryName(f.Name) {
			return nil, fmt.Errorf("import docx: %w (entry %q)", ErrDOCXUnsafe, f.Name)
		}
		key := strings.ToLower(f.Name)
		if _, dup := a.files[key]; dup {
			return nil, fmt.Errorf("import docx: %w (entry %q twice)", ErrDOCXUnsafe, f.Name)
		}
		a.files[key] = f
	}
	if a.files["[content_types].xml"] == nil {
		return nil, fmt.Errorf("import docx: %w (no [Content_Types].xml)", ErrDOCXNotDocx)
	}
	return a, nil
}

// safeEntryName tells whether a zip entry's name stays inside the archive:
// a relative path of forward slashes without "." or ".." segments, drive
// letters or control characters.
func safeEntryName(name string) bool {
	if name == "" || len(name) > 1024 || !utf8.ValidString(name) || strings.ContainsAny(name, "\\:") || strings.HasPrefix(name, "/") {
		return false
	}
	for _, r := range name {
		if r < 0x20 || r == 0x7f {
			return false
		}
	}
	for _, seg := range strings.Split(strings.TrimSuffix(name, "/"), "/") {
		if seg == "" || seg == "." || seg == ".." {
			return false
		}
	}
	return true
}

// part reads one entry, at most MaxDOCXPartBytes of it decompressed and
// MaxDOCXTotalBytes over all entries read. A missing entry is nil, nil.
func (a *docxArchive) part(name string) ([]byte, error) {
	f := a.files[strings.ToLower(name)]
	if f == nil {
		return nil, nil
	}
	if f.UncompressedSize64 > MaxDOCXPartBytes {
		return nil, fmt.Errorf("import docx: %w (%s is %d bytes, at most %d)", ErrDOCXTooLarge, name, f.UncompressedSize64, int64(MaxDOCXPartBytes))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("import docx: %w: %s: %v", ErrDOCXNotDocx, name, err)
	}
	defer rc.Close()
	limit := min(int64(MaxDOCXPartBytes), MaxDOCXTotalBytes-a.read)
	b, err := io.ReadAll(io.LimitReader(rc, limit+1))
	a.read += int64(len(b))
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("import docx: %w (%s decompresses to more than %d bytes)", ErrDOCXTooLarge, name, limit)
	}
	if err != nil {
		return nil, fmt.Errorf("import docx: %w: %s: %v", ErrDOCXNotDocx, name, err)
	}
	return b, nil
}

// scanXML reads an XML part token by token, refusing a document type
// declaration (where entities would be defined) and nesting deeper than
// MaxDOCXDepth. Go's decoder never expands external entities; refusing the
// declaration also keeps out internal ones.
func scanXML(name string, data []byte, fn func(xml.Token) error) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	depth := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("import docx: %w: %s: %v", ErrDOCXNotDocx, name, err)
		}
		switch t := tok.(type) {
		case xml.Directive:
			return fmt.Errorf("import docx: %w (%s declares a document type)", ErrDOCXUnsafe, name)
		case xml.StartElement:
			depth++
			if depth > MaxDOCXDepth {
				return fmt.Errorf("import docx: %w (%s nests deeper than %d)", ErrDOCXUnsafe, name, MaxDOCXDepth)
			}
		case xml.EndElement:
			depth--
		case xml.CharData:
			tok = t
		}
		if err := fn(tok); err != nil {
			return err
		}
	}
}

// attr returns an attribute's value by local name; rel picks the
// relationship namespace's attribute (r:id) over others of the same name.
func attr(se xml.StartElement, local string, rel bool) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && (!rel || strings.Contains(a.Name.Space, "relationships")) {
			return a.Value
		}
	}
	return ""
}

// onOff reads a WordprocessingML toggle such as <w:b/> or <w:b w:val="0"/>.
func onOff(se xml.StartElement) bool {
	switch attr(se, "val", false) {
	case "0", "false", "off", "none":
		return false
	}
	return true
}

// relationships reads a part's relationships: ID to target, and ID to
// type.
func (a *docxArchive) relationships(name string) (map[string]docxRel, error) {
	data, err := a.part(name)
	if err != nil || data == nil {
		return nil, err
	}
	out := map[string]docxRel{}
	err = scanXML(name, data, func(tok xml.Token) error {
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "Relationship" {
			out[attr(se, "Id", false)] = docxRel{typ: attr(se, "Type", false), target: attr(se, "Target", false), external: attr(se, "TargetMode", false) == "External"}
		}
		return nil
	})
	return out, err
}

type docxRel struct {
	typ, target string
	external    bool
}

// resolve returns an internal relationship's target as an entry name,
// relative to the directory of the part that has the relationship; "" if
// it leaves the archive.
func resolve(dir, target string) string {
	if target == "" {
		return ""
	}
	var p string
	if strings.HasPrefix(target, "/") {
		p = path.Clean(target[1:])
	} else {
		p = path.Clean(path.Join(dir, target))
	}
	if p == "." || strings.HasPrefix(p, "../") || p == ".." || !safeEntryName(p) {
		return ""
	}
	return p
}

// convert turns the opened document into Markdown.
func (a *docxArchive) convert() (string, error) {
	rootRels, err := a.relationships("_rels/.rels")
	if err != nil {
		return "", err
	}
	main := ""
	for _, r := range rootRels {
		if strings.HasSuffix(r.typ, "/officeDocument") && !r.external {
			main = resolve("", r.target)
		}
	}
	if main == "" {
		main = "word/document.xml"
	}
	body, err := a.part(main)
	if err != nil {
		return "", err
	}
	if body == nil {
		return "", fmt.Errorf("import docx: %w (no main document)", ErrDOCXNotDocx)
	}
	dir := path.Dir(main)
	rels, err := a.relationships(path.Join(dir, "_rels", path.Base(main)+".rels"))
	if err != nil {
		return "", err
	}
	c := newDOCXConverter()
	for id, r := range rels {
		switch {
		case r.external && strings.HasSuffix(r.typ, "/hyperlink"):
			c.links[id] = r.target
		case r.external:
		case strings.HasSuffix(r.typ, "/styles"):
			if err := c.readStyles(a, resolve(dir, r.target)); err != nil {
				return "", err
			}
		case strings.HasSuffix(r.typ, "/numbering"):
			if err := c.readNumbering(a, resolve(dir, r.target)); err != nil {
				return "", err
			}
		case strings.HasSuffix(r.typ, "/footnotes"), strings.HasSuffix(r.typ, "/endnotes"):
			if err := c.readNotes(a, resolve(dir, r.target)); err != nil {
				return "", err
			}
		}
	}
	if err := scanXML(main, body, c.token); err != nil {
		return "", err
	}
	return c.finish(), nil
}

// docxConverter turns WordprocessingML into Markdown as it streams past.
type docxConverter struct {
	styles map[string]*wStyle
	// nums maps a numbering instance to its abstract definition; formats
	// holds each abstract definition's number format per level.
	nums    map[string]string
	formats map[string]map[int]wLevel
	links   map[string]string
	notes   map[string]string

	blocks []string
	// items are the lines of the list being read, joined into one block
	// when it ends (appending to a string each time would be quadratic).
	items     []string
	notesDue  []string
	noteNo    int
	headings  int
	counters  map[string][]int
	markers   []int // marker widths of the open list levels
	titleSeen bool

	// Reading state.
	skip   int // depth inside a skipped element, 0 when not skipping
	inBody bool
	inPPr  bool
	inRPr  bool
	inText bool
	para   *wPara
	run    wFormat
	link   string
	tables []*wTable
}

type wStyle struct {
	name, basedOn string
	outline       int
	numID         string
	ilvl          int
	bold, italic  bool
}

type wLevel struct {
	format string
	start  int
}

type wFormat struct {
	bold, italic, strike bool
	link                 string
}

type wSeg struct {
	wFormat
	text string
	brk  bool
}

type wPara struct {
	style   string
	outline int
	numID   string
	ilvl    int
	hasNum  bool
	segs    []wSeg
}

type wTable struct {
	rows [][]wCell
	row  []wCell
	cell *wCell
}

type wCell struct {
	paras []string
	span  int
	cont  bool
}

func newDOCXConverter() *docxConverter {
	return &docxConverter{
		styles: map[string]*wStyle{}, nums: map[string]string{}, formats: map[string]map[int]wLevel{},
		links: map[string]string{}, notes: map[string]string{}, counters: map[string][]int{},
	}
}

// readStyles reads the paragraph and character styles: names, the style
// each is based on, outline levels, numbering and bold or italic.
func (c *docxConverter) readStyles(a *docxArchive, name string) error {
	data, err := a.part(name)
	if err != nil || data == nil {
		return err
	}
	var st *wStyle
	inPPr, inRPr := false, false
	return scanXML(name, data, func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "style":
				st = &wStyle{outline: -1}
				c.styles[attr(t, "styleId", false)] = st
			case "name":
				if st != nil {
					st.name = strings.ToLower(attr(t, "val", false))
				}
			case "basedOn":
				if st != nil {
					st.basedOn = attr(t, "val", false)
				}
			case "pPr":
				inPPr = true
			case "rPr":
				inRPr = true
			case "outlineLvl":
				if st != nil && inPPr {
					st.outline = atoiOr(attr(t, "val", false), -1)
				}
			case "numId":
				if st != nil && inPPr {
					st.numID = attr(t, "val", false)
				}
			case "ilvl":
				if st != nil && inPPr {
					st.ilvl = atoiOr(attr(t, "val", false), 0)
				}
			case "b":
				if st != nil && inRPr {
					st.bold = onOff(t)
				}
			case "i":
				if st != nil && inRPr {
					st.italic = onOff(t)
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "style":
				st = nil
			case "pPr":
				inPPr = false
			case "rPr":
				inRPr = false
			}
		}
		return nil
	})
}

// readNumbering reads the number format of every level of every list
// definition, and which definition each numbering instance uses.
func (c *docxConverter) readNumbering(a *docxArchive, name string) error {
	data, err := a.part(name)
	if err != nil || data == nil {
		return err
	}
	abstract, num := "", ""
	level := -1
	return scanXML(name, data, func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "abstractNum":
				abstract = attr(t, "abstractNumId", false)
				c.formats[abstract] = map[int]wLevel{}
			case "num":
				num = attr(t, "numId", false)
			case "abstractNumId":
				if num != "" {
					c.nums[num] = attr(t, "val", false)
				}
			case "lvl":
				level = atoiOr(attr(t, "ilvl", false), -1)
				if abstract != "" && num == "" && level >= 0 {
					c.formats[abstract][level] = wLevel{format: "decimal", start: 1}
				}
			case "numFmt", "start":
				if abstract != "" && num == "" && level >= 0 {
					l := c.formats[abstract][level]
					if t.Name.Local == "numFmt" {
						l.format = attr(t, "val", false)
					} else {
						l.start = atoiOr(attr(t, "val", false), 1)
					}
					c.formats[abstract][level] = l
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "abstractNum":
				abstract = ""
			case "num":
				num = ""
			case "lvl":
				level = -1
			}
		}
		return nil
	})
}

// readNotes reads the text of the footnotes or endnotes.
func (c *docxConverter) readNotes(a *docxArchive, name string) error {
	data, err := a.part(name)
	if err != nil || data == nil {
		return err
	}
	id := ""
	var text strings.Builder
	inText, skip := false, 0
	return scanXML(name, data, func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 {
				skip++
				return nil
			}
			switch t.Name.Local {
			case "footnote", "endnote":
				id = attr(t, "id", false)
				if typ := attr(t, "type", false); typ != "" && typ != "normal" {
					id = "" // separators
				}
				text.Reset()
			case "t":
				inText = true
			case "tab", "br":
				text.WriteByte(' ')
			case "p":
				if text.Len() > 0 {
					text.WriteByte(' ')
				}
			case "del", "instrText", "delInstrText", "Fallback", "drawing", "pict":
				skip = 1
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				return nil
			}
			switch t.Name.Local {
			case "t":
				inText = false
			case "footnote", "endnote":
				if id != "" {
					c.notes[t.Name.Local+id] = strings.Join(strings.Fields(text.String()), " ")
				}
				id = ""
			}
		case xml.CharData:
			if inText && skip == 0 && id != "" && text.Len() < MaxImportBytes {
				text.Write(t)
			}
		}
		return nil
	})
}

// skipped are the elements whose content is not the document's text:
// deleted revisions, field codes, the alternative content's fallback (a
// copy of the choice), drawings and embedded objects, the section's page
// setup, content controls' properties and formatting revisions.
var skipped = map[string]bool{
	"del": true, "moveFrom": true, "instrText": true, "delInstrText": true, "Fallback": true,
	"drawing": true, "pict": true, "object": true, "sectPr": true, "sdtPr": true, "sdtEndPr": true,
	"pPrChange": true, "rPrChange": true, "tblPrChange": true, "trPrChange": true, "tcPrChange": true,
	"fldData": true, "commentReference": true,
}

// token handles one token of the main document.
func (c *docxConverter) token(tok xml.Token) error {
	switch t := tok.(type) {
	case xml.StartElement:
		if c.skip > 0 {
			c.skip++
			return nil
		}
		c.start(t)
	case xml.EndElement:
		if c.skip > 0 {
			c.skip--
			return nil
		}
		c.end(t)
	case xml.CharData:
		if c.inText && c.skip == 0 && c.para != nil {
			c.para.segs = append(c.para.segs, wSeg{wFormat: c.format(), text: string(t)})
		}
	}
	return nil
}

// format is the current run's formatting with the open hyperlink.
func (c *docxConverter) format() wFormat {
	f := c.run
	f.link = c.link
	return f
}

func (c *docxConverter) start(t xml.StartElement) {
	name := t.Name.Local
	if !c.inBody {
		if name == "body" {
			c.inBody = true
		}
		return
	}
	if skipped[name] || (c.inPPr && name == "rPr") {
		c.skip = 1
		return
	}
	if c.inPPr {
		if c.para == nil {
			return
		}
		switch name {
		case "pStyle":
			c.para.style = attr(t, "val", false)
		case "outlineLvl":
			c.para.outline = atoiOr(attr(t, "val", false), -1)
		case "numId":
			c.para.numID, c.para.hasNum = attr(t, "val", false), true
		case "ilvl":
			c.para.ilvl = atoiOr(attr(t, "val", false), 0)
		}
		return
	}
	if c.inRPr {
		switch name {
		case "b":
			c.run.bold = onOff(t)
		case "i":
			c.run.italic = onOff(t)
		case "strike", "dstrike":
			c.run.strike = onOff(t)
		case "rStyle":
			if st := c.styles[attr(t, "val", false)]; st != nil {
				c.run.bold = c.run.bold || st.bold || st.name == "strong"
				c.run.italic = c.run.italic || st.italic || st.name == "emphasis"
			}
		}
		return
	}
	switch name {
	case "p":
		c.para = &wPara{outline: -1}
	case "pPr":
		c.inPPr = true
	case "r":
		c.run = wFormat{}
	case "rPr":
		c.inRPr = true
	case "t":
		c.inText = true
	case "tab", "noBreakHyphen", "cr", "br":
		if c.para == nil {
			return
		}
		switch name {
		case "tab":
			c.para.segs = append(c.para.segs, wSeg{wFormat: c.format(), text: " "})
		case "noBreakHyphen":
			c.para.segs = append(c.para.segs, wSeg{wFormat: c.format(), text: "-"})
		default:
			if typ := attr(t, "type", false); typ == "" || typ == "textWrapping" {
				c.para.segs = append(c.para.segs, wSeg{brk: true})
			}
		}
	case "hyperlink":
		c.link = ""
		if target := c.links[attr(t, "id", true)]; safeLink(target) {
			c.link = target
		}
	case "footnoteReference", "endnoteReference":
		if c.para == nil {
			return
		}
		kind := strings.TrimSuffix(name, "Reference")
		if text, ok := c.notes[kind+attr(t, "id", false)]; ok {
			c.noteNo++
			n := strconv.Itoa(c.noteNo)
			c.para.segs = append(c.para.segs, wSeg{text: "[" + n + "]"})
			c.notesDue = append(c.notesDue, "["+n+"] "+text)
		}
	case "tbl":
		c.tables = append(c.tables, &wTable{})
	case "tr":
		if tb := c.table(); tb != nil {
			tb.row = nil
		}
	case "tc":
		if tb := c.table(); tb != nil {
			tb.cell = &wCell{span: 1}
		}
	case "gridSpan":
		if tb := c.table(); tb != nil && tb.cell != nil {
			tb.cell.span = min(max(atoiOr(attr(t, "val", false), 1), 1), 64)
		}
	case "vMerge":
		if tb := c.table(); tb != nil && tb.cell != nil {
			tb.cell.cont = attr(t, "val", false) != "restart"
		}
	}
}

func (c *docxConverter) end(t xml.EndElement) {
	if !c.inBody {
		return
	}
	switch t.Name.Local {
	case "body":
		c.inBody = false
	case "pPr":
		c.inPPr = false
	case "rPr":
		c.inRPr = false
	case "t":
		c.inText = false
	case "r":
		c.run = wFormat{}
	case "hyperlink":
		c.link = ""
	case "p":
		if c.para != nil {
			c.paragraph(c.para)
		}
		c.para = nil
	case "tc":
		if tb := c.table(); tb != nil && tb.cell != nil {
			tb.row = append(tb.row, *tb.cell)
			tb.cell = nil
		}
	case "tr":
		if tb := c.table(); tb != nil {
			if len(tb.rows) < MaxImportSections*50 {
				tb.rows = append(tb.rows, tb.row)
			}
			tb.row = nil
		}
	case "tbl":
		if tb := c.table(); tb != nil {
			c.tables = c.tables[:len(c.tables)-1]
			c.tableDone(tb)
		}
	}
}

func (c *docxConverter) table() *wTable {
	if n := len(c.tables); n > 0 {
		return c.tables[n-1]
	}
	return nil
}

// style returns a paragraph style and the styles it is based on, nearest
// first, stopping at loops.
func (c *docxConverter) styleChain(id string) []*wStyle {
	var out []*wStyle
	seen := map[string]bool{}
	for id != "" && !seen[id] && len(out) < 20 {
		seen[id] = true
		st := c.styles[id]
		if st == nil {
			break
		}
		out = append(out, st)
		id = st.basedOn
	}
	return out
}

// paragraph files a finished paragraph: into the open table cell, or as a
// heading, list item, quote or paragraph of the document.
func (c *docxConverter) paragraph(p *wPara) {
	chain := c.styleChain(p.style)
	name := ""
	if len(chain) > 0 {
		name = chain[0].name
	}
	if strings.HasPrefix(name, "toc") || strings.HasPrefix(strings.ToLower(p.style), "toc") {
		return // the table of contents is made anew on export
	}
	if tb := c.table(); tb != nil {
		if tb.cell != nil {
			if s := inlineMarkdown(p.segs, false); s != "" {
				tb.cell.paras = append(tb.cell.paras, s)
			}
		}
		return
	}
	if level := c.headingLevel(p, chain, name); level >= 0 {
		text := inlineMarkdown(plainSegs(p.segs), false)
		if text == "" {
			return
		}
		c.flushNotes()
		c.flushList()
		h := strings.Repeat("#", min(level+1, 6)) + " " + text
		if level == 0 && !c.titleSeen && c.headings == 0 {
			// The title comes first even if the cover has text above
			// it, so that the import takes it for the document's title.
			c.blocks = append([]string{h}, c.blocks...)
			c.titleSeen = true
		} else {
			c.add(h, false)
		}
		c.headings++
		return
	}
	text := inlineMarkdown(p.segs, true)
	if text == "" {
		return
	}
	if marker, indent, ok := c.listMarker(p, chain); ok {
		c.add(indent+marker+strings.ReplaceAll(text, "\n", "\n"+indent+strings.Repeat(" ", len(marker))), true)
		return
	}
	c.markers = nil
	if name == "quote" || name == "intense quote" {
		text = "> " + strings.ReplaceAll(text, "\n", "\n> ")
	}
	c.add(text, false)
}

// headingLevel returns 0 for the document's title, n for a heading of
// level n, and -1 for body text.
func (c *docxConverter) headingLevel(p *wPara, chain []*wStyle, name string) int {
	if name == "title" {
		return 0
	}
	outline := p.outline
	for _, st := range chain {
		if outline >= 0 {
			break
		}
		outline = st.outline
		if outline < 0 && strings.HasPrefix(st.name, "heading ") {
			outline = atoiOr(strings.TrimPrefix(st.name, "heading "), 0) - 1
		}
	}
	if outline >= 0 && outline < 9 {
		return outline + 1
	}
	return -1
}

// listMarker returns the Markdown list marker and indentation of a
// numbered or bulleted paragraph.
func (c *docxConverter) listMarker(p *wPara, chain []*wStyle) (marker, indent string, ok bool) {
	numID, ilvl, has := p.numID, p.ilvl, p.hasNum
	for _, st := range chain {
		if has {
			break
		}
		if st.numID != "" {
			numID, has = st.numID, true
			if !p.hasNum {
				ilvl = st.ilvl
			}
		}
	}
	if !has || numID == "" || numID == "0" {
		return "", "", false
	}
	ilvl = min(max(ilvl, 0), 8)
	lvl := wLevel{format: "bullet", start: 1}
	if abs, ok := c.nums[numID]; ok {
		if l, ok := c.formats[abs][ilvl]; ok {
			lvl = l
		}
	}
	if lvl.format == "none" {
		return "", "", false
	}
	// Counters per list and level; a level's number restarts under a new
	// item of the level above.
	cnt := c.counters[numID]
	for len(cnt) <= ilvl {
		cnt = append(cnt, 0)
	}
	cnt[ilvl]++
	for i := ilvl + 1; i < len(cnt); i++ {
		cnt[i] = 0
	}
	c.counters[numID] = cnt
	marker = "- "
	if lvl.format != "bullet" {
		marker = strconv.Itoa(lvl.start-1+cnt[ilvl]) + ". "
	}
	for len(c.markers) < ilvl {
		c.markers = append(c.markers, 2)
	}
	c.markers = append(c.markers[:ilvl], len(marker))
	width := 0
	for _, m := range c.markers[:ilvl] {
		width += m
	}
	return marker, strings.Repeat(" ", width), true
}

// tableDone files a finished table: a nested one into the cell around it,
// a one-column one (a framed box) as paragraphs, others as a GitHub table.
func (c *docxConverter) tableDone(tb *wTable) {
	cols := 0
	for _, row := range tb.rows {
		n := 0
		for _, cell := range row {
			n += cell.span
		}
		cols = max(cols, n)
	}
	if outer := c.table(); outer != nil {
		if outer.cell != nil {
			for _, row := range tb.rows {
				for _, cell := range row {
					outer.cell.paras = append(outer.cell.paras, cell.paras...)
				}
			}
		}
		return
	}
	if cols == 0 {
		return
	}
	c.flushNotes()
	c.markers = nil
	if cols == 1 {
		for _, row := range tb.rows {
			for _, cell := range row {
				for _, p := range cell.paras {
					c.add(p, false)
				}
			}
		}
		return
	}
	var b strings.Builder
	writeRow := func(row []wCell, header bool) {
		b.WriteString("|")
		n := 0
		for _, cell := range row {
			text := ""
			if !cell.cont {
				text = strings.Join(cell.paras, " ")
			}
			if header {
				text = unbold(text)
			}
			b.WriteString(" " + strings.ReplaceAll(text, "\n", " ") + " |")
			for range cell.span - 1 {
				b.WriteString("  |")
			}
			n += cell.span
		}
		for ; n < cols; n++ {
			b.WriteString("  |")
		}
		b.WriteString("\n")
	}
	for i, row := range tb.rows {
		writeRow(row, i == 0)
		if i == 0 {
			b.WriteString("|" + strings.Repeat(" --- |", cols) + "\n")
		}
	}
	c.add(strings.TrimSuffix(b.String(), "\n"), false)
}

// unbold drops the bold of a header cell that is bold as a whole: the
// header row of a Markdown table is shown bold anyway.
func unbold(s string) string {
	if inner, ok := strings.CutPrefix(s, "**"); ok && strings.HasSuffix(inner, "**") && !strings.Contains(inner[:len(inner)-2], "**") && len(inner) > 2 {
		return inner[:len(inner)-2]
	}
	return s
}

// add appends a block; list items follow each other without a blank line.
func (c *docxConverter) add(block string, listItem bool) {
	if listItem {
		c.items = append(c.items, block)
		return
	}
	c.flushList()
	c.blocks = append(c.blocks, block)
}

// flushList files the list being read as one block.
func (c *docxConverter) flushList() {
	if len(c.items) > 0 {
		c.blocks = append(c.blocks, strings.Join(c.items, "\n"))
		c.items = nil
	}
}

// flushNotes writes the footnotes referred to since the last heading.
func (c *docxConverter) flushNotes() {
	for _, n := range c.notesDue {
		c.add(escapeMarkdown(n, true), false)
	}
	c.notesDue = nil
}

func (c *docxConverter) finish() string {
	c.flushList()
	c.flushNotes()
	return strings.Join(c.blocks, "\n\n") + "\n"
}

// safeLink tells whether an address may stay a link: web and mail only.
func safeLink(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "mailto:")
}

// plainSegs drops the formatting and links of segments (for headings).
func plainSegs(segs []wSeg) []wSeg {
	out := make([]wSeg, 0, len(segs))
	for _, s := range segs {
		if s.brk {
			s = wSeg{text: " "}
		}
		out = append(out, wSeg{text: s.text})
	}
	return out
}

// inlineMarkdown writes segments as Markdown inline text: runs of the same
// formatting joined, emphasis markers around the words (white space
// outside them), links as [text](address), line breaks as hard breaks when
// breaks is true (else spaces). Text is escaped so that it reads as
// itself.
func inlineMarkdown(segs []wSeg, breaks bool) string {
	// Runs of the same formatting are joined; their text is collected in
	// builders, as a paragraph may have many thousands of runs.
	var groups []wSeg
	var texts []*strings.Builder
	for _, s := range segs {
		if s.brk {
			if !breaks {
				s = wSeg{text: " "}
			}
		} else {
			s.text = strings.Map(func(r rune) rune {
				if r == '\t' || r == '\n' || r == '\r' {
					return ' '
				}
				if unicode.IsControl(r) {
					return -1
				}
				return r
			}, s.text)
		}
		if n := len(groups); n > 0 && !s.brk && !groups[n-1].brk && groups[n-1].wFormat == s.wFormat {
			texts[n-1].WriteString(s.text)
			continue
		}
		groups = append(groups, s)
		b := &strings.Builder{}
		b.WriteString(s.text)
		texts = append(texts, b)
	}
	for i := range groups {
		groups[i].text = texts[i].String()
	}
	var b strings.Builder
	lineStart := true
	for _, g := range groups {
		if g.brk {
			b.WriteString("\\\n")
			lineStart = true
			continue
		}
		core := strings.TrimSpace(g.text)
		if core == "" {
			if g.text != "" && !lineStart {
				b.WriteByte(' ')
			}
			continue
		}
		if g.text[0] == ' ' && !lineStart {
			b.WriteByte(' ')
		}
		text := escapeMarkdown(core, lineStart)
		if g.link != "" {
			text = "[" + text + "](" + linkDestination(g.link) + ")"
		}
		mark := ""
		switch {
		case g.bold && g.italic:
			mark = "***"
		case g.bold:
			mark = "**"
		case g.italic:
			mark = "*"
		}
		if g.strike {
			text = "~~" + text + "~~"
		}
		b.WriteString(mark + text + mark)
		if g.text[len(g.text)-1] == ' ' {
			b.WriteByte(' ')
		}
		lineStart = false
	}
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	out := strings.Join(lines, "\n")
	out = strings.TrimSuffix(out, "\\")
	return strings.TrimSpace(out)
}

// linkDestination writes an address as a Markdown link destination.
func linkDestination(url string) string {
	r := strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E", "\\", "%5C")
	return r.Replace(url)
}

// escapeMarkdown escapes text so that Markdown shows it as it is: every
// character that could start emphasis, a link, code, raw HTML, an entity or
// a table cell boundary, and at the start of a line what would start a
// heading, quote, list or thematic break.
func escapeMarkdown(s string, lineStart bool) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '#':
			b.WriteByte('\\')
		case '&':
			if next, _ := utf8.DecodeRuneInString(s[i+1:]); next == '#' || unicode.IsLetter(next) || unicode.IsDigit(next) {
				b.WriteByte('\\')
			}
		case '-', '+', '=':
			if i == 0 && lineStart {
				b.WriteByte('\\')
			}
		case '.', ')':
			if lineStart && i > 0 && strings.Trim(s[:i], "0123456789") == "" && i <= 9 {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func atoiOr(s string, def int) int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return def
	}
	return n
}
