package export

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"fi.kotoutus/kotoutus/internal/mdtext"
)

// The HTML page's own IDs. The slugger writes lower case only, so these
// can never meet a heading's anchor.
const (
	htmlMainID = "K-main"
	htmlTOCID  = "K-toc"
)

func init() {
	register(Format{
		ID: "html", Aliases: []string{"htm", "web"}, Ext: ".html", Exts: []string{".htm"},
		NameKey: "export.format.html", MIME: "text/html; charset=utf-8", Text: true, Order: 40,
	}, renderHTMLDocument)
}

// renderHTMLDocument writes an assembled document as one self-contained,
// accessible web page for the municipality's site: the document language,
// landmarks (header, nav, main, footer), headings in order, a contents list
// linking to the sections, tables with column headers and captions, and a
// style sheet for screen and print. It loads nothing from elsewhere. The
// sections come from the same Markdown and syntax tree as the PDF, through
// goldmark's HTML renderer with node renderers of our own for headings,
// tables and links. Raw HTML in drafts is left out; links other than http,
// https, mailto and anchors of the page become plain text.
func renderHTMLDocument(w io.Writer, d *document, opt Options, progress func(done, total int)) (Report, error) {
	src := []byte(d.body())
	root := parseMarkdown(src)
	r := newHTMLRenderer(d, src, root)

	bw := bufio.NewWriterSize(w, 64<<10)
	r.writeHead(bw, opt)
	if err := mdtext.HTMLRenderer(r).Render(bw, src, root); err != nil {
		return Report{}, fmt.Errorf("write html: %w", err)
	}
	r.writeFoot(bw, opt)
	if err := bw.Flush(); err != nil {
		return Report{}, fmt.Errorf("write html: %w", err)
	}
	progress(1, 1)
	return Report{}, nil
}

// htmlRenderer renders the document's syntax tree where goldmark's HTML
// renderer does not do what the page needs. It is a goldmark NodeRenderer.
type htmlRenderer struct {
	doc *document
	src []byte
	// ids holds every heading's anchor, given in document order by the
	// same slugger sequence as the Markdown export's anchors.
	ids     map[*ast.Heading]string
	anchors map[string]bool
	// levels are the headings' levels on the page: never more than one
	// below the heading before.
	levels map[*ast.Heading]int
	// captions name each table after the heading it stands under;
	// repeats marks those right under that heading, whose caption is
	// for screen readers only.
	captions  map[*extast.Table]string
	repeats   map[*extast.Table]bool
	tables    int
	charts    int
	inSection bool
	titleID   string
	tocID     string
}

var _ renderer.NodeRenderer = (*htmlRenderer)(nil)

func newHTMLRenderer(d *document, src []byte, root ast.Node) *htmlRenderer {
	r := &htmlRenderer{
		doc: d, src: src,
		ids: map[*ast.Heading]string{}, anchors: map[string]bool{}, levels: map[*ast.Heading]int{},
		captions: map[*extast.Table]string{}, repeats: map[*extast.Table]bool{},
	}
	sl := newSlugger()
	r.titleID = sl.Slug(d.title)
	r.tocID = sl.Slug(d.tx.get("toc"))
	r.anchors[r.titleID], r.anchors[r.tocID] = true, true
	last := sectionLevel // the contents heading
	heading := d.title
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			heading = mdtext.Plain(n, src)
			id := sl.Slug(heading)
			r.ids[n] = id
			r.anchors[id] = true
			level := min(n.Level, last+1, 6)
			if n.Parent() == root && n.Level == sectionLevel {
				level = sectionLevel
			}
			r.levels[n] = level
			last = level
			return ast.WalkSkipChildren, nil
		case *extast.Table:
			r.captions[n] = heading
			if prev := n.PreviousSibling(); prev != nil && prev.Kind() == ast.KindHeading {
				r.repeats[n] = true
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return r
}

// RegisterFuncs implements renderer.NodeRenderer.
func (r *htmlRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindDocument, r.renderDocument)
	reg.Register(ast.KindHeading, r.renderHeading)
	reg.Register(ast.KindLink, r.renderLink)
	reg.Register(ast.KindAutoLink, r.renderAutoLink)
	reg.Register(ast.KindImage, r.renderImage)
	reg.Register(ast.KindParagraph, r.renderParagraph)
	reg.Register(extast.KindTable, r.renderTable)
	reg.Register(extast.KindTableHeader, r.renderTableHeader)
	reg.Register(extast.KindTableRow, r.renderTableRow)
	reg.Register(extast.KindTableCell, r.renderTableCell)
}

// esc escapes text for HTML content and attribute values.
func esc(s string) string { return html.EscapeString(s) }

// writeHead writes everything before the sections: the head with the style
// sheet, the header with the title block, and the contents.
func (r *htmlRenderer) writeHead(w *bufio.Writer, opt Options) {
	d := r.doc
	lang := d.tx.lang
	if lang == "" {
		lang = "fi"
	}
	fmt.Fprintf(w, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", esc(lang))
	w.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	fmt.Fprintf(w, "<title>%s</title>\n", esc(d.title))
	if d.author != "" {
		fmt.Fprintf(w, "<meta name=\"author\" content=\"%s\">\n", esc(d.author))
	}
	if d.subject != "" {
		fmt.Fprintf(w, "<meta name=\"description\" content=\"%s\">\n", esc(d.subject))
	}
	if opt.Creator != "" {
		fmt.Fprintf(w, "<meta name=\"generator\" content=\"%s\">\n", esc(opt.Creator))
	}
	w.WriteString("<style>\n" + htmlStyle + "</style>\n</head>\n<body>\n")
	fmt.Fprintf(w, "<a class=\"skip\" href=\"#%s\">%s</a>\n", htmlMainID, esc(d.tx.get("html.skip")))

	w.WriteString("<header>\n")
	if d.draftMark != "" {
		fmt.Fprintf(w, "<p class=\"draft-mark\">%s</p>\n", esc(d.draftMark))
	}
	if d.logo != nil {
		htmlLogo(w, d.logo)
	}
	fmt.Fprintf(w, "<h1 id=\"%s\">%s</h1>\n", esc(r.titleID), esc(d.title))
	if len(d.facts) > 0 {
		w.WriteString("<dl class=\"facts\">\n")
		for _, f := range d.facts {
			fmt.Fprintf(w, "<div><dt>%s</dt><dd>%s</dd></div>\n", esc(f.label), linkedText(f.value))
		}
		w.WriteString("</dl>\n")
	}
	w.WriteString("</header>\n")

	fmt.Fprintf(w, "<nav id=\"%s\" aria-labelledby=\"%s\">\n", htmlTOCID, esc(r.tocID))
	fmt.Fprintf(w, "<h2 id=\"%s\">%s</h2>\n<ol>\n", esc(r.tocID), esc(d.tx.get("toc")))
	for _, s := range d.sections {
		fmt.Fprintf(w, "<li><a href=\"#%s\">%s</a></li>\n", esc(s.anchor), esc(s.title))
	}
	w.WriteString("</ol>\n</nav>\n")
	fmt.Fprintf(w, "<main id=\"%s\">\n", htmlMainID)
}

// webAddress finds the web addresses in a line of the title block.
var webAddress = regexp.MustCompile(`https?://[^\s()<>"”]+[^\s()<>"”.,;:]`)

// linkedText escapes plain text and makes its web addresses links.
func linkedText(s string) string {
	var b strings.Builder
	at := 0
	for _, m := range webAddress.FindAllStringIndex(s, -1) {
		u := s[m[0]:m[1]]
		if !safeLink(u) {
			continue
		}
		b.WriteString(esc(s[at:m[0]]))
		fmt.Fprintf(&b, "<a href=\"%s\">%s</a>", esc(string(util.URLEscape([]byte(u), true))), esc(u))
		at = m[1]
	}
	b.WriteString(esc(s[at:]))
	return b.String()
}

// writeFoot closes the main part and writes the footer: who, what, in
// which stage and of which date, and a link back to the top.
func (r *htmlRenderer) writeFoot(w *bufio.Writer, _ Options) {
	d := r.doc
	var parts []string
	for _, s := range []string{d.author, d.title, d.statusLine, d.date} {
		if s == "" || slices.Contains(parts, esc(s)) {
			continue
		}
		if s != d.statusLine && strings.Contains(d.statusLine, s) {
			continue // the stage already names the body and the date
		}
		parts = append(parts, esc(s))
	}
	w.WriteString("</main>\n<footer>\n<p>" + strings.Join(parts, " · ") + "</p>\n")
	fmt.Fprintf(w, "<p><a href=\"#%s\">%s</a></p>\n</footer>\n</body>\n</html>\n", esc(r.titleID), esc(d.tx.get("html.top")))
}

// renderDocument closes the last section.
func (r *htmlRenderer) renderDocument(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering && r.inSection {
		w.WriteString("</section>\n")
		r.inSection = false
	}
	return ast.WalkContinue, nil
}

// renderHeading writes a heading with its anchor, at a level that follows
// the heading before it; each section heading opens a section element.
func (r *htmlRenderer) renderHeading(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Heading)
	level := r.levels[n]
	if level == 0 {
		level = n.Level
	}
	if entering {
		id := r.ids[n]
		if n.Parent() != nil && n.Parent().Kind() == ast.KindDocument && level == sectionLevel {
			if r.inSection {
				w.WriteString("</section>\n")
			}
			fmt.Fprintf(w, "<section aria-labelledby=\"%s\">\n", esc(id))
			r.inSection = true
		}
		fmt.Fprintf(w, "<h%d id=\"%s\">", level, esc(id))
	} else {
		fmt.Fprintf(w, "</h%d>\n", level)
	}
	return ast.WalkContinue, nil
}

// linkTarget returns the href for a link destination, or "" when the link
// is to be shown as plain text: only what safeLink allows (http, https and
// mailto addresses) and anchors that exist on the page are links.
func (r *htmlRenderer) linkTarget(dest string) string {
	dest = strings.TrimSpace(dest)
	if frag, ok := strings.CutPrefix(dest, "#"); ok {
		if f, err := url.PathUnescape(frag); err == nil {
			frag = f
		}
		if r.anchors[frag] {
			return "#" + frag
		}
		return ""
	}
	if !safeLink(dest) {
		return ""
	}
	return string(util.URLEscape([]byte(dest), true))
}

func (r *htmlRenderer) renderLink(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Link)
	href := r.linkTarget(string(n.Destination))
	if href == "" {
		return ast.WalkContinue, nil // the text only
	}
	if entering {
		fmt.Fprintf(w, "<a href=\"%s\">", esc(href))
	} else {
		w.WriteString("</a>")
	}
	return ast.WalkContinue, nil
}

func (r *htmlRenderer) renderAutoLink(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.AutoLink)
	dest := string(n.URL(source))
	if n.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(dest), "mailto:") {
		dest = "mailto:" + dest
	}
	label := esc(string(n.Label(source)))
	if href := r.linkTarget(dest); href != "" {
		fmt.Fprintf(w, "<a href=\"%s\">%s</a>", esc(href), label)
	} else {
		w.WriteString(label)
	}
	return ast.WalkContinue, nil
}

// renderParagraph writes a paragraph, or a chart's image paragraph as a
// figure with the chart as inline SVG.
func (r *htmlRenderer) renderParagraph(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if img, ok := node.FirstChild().(*ast.Image); ok && node.ChildCount() == 1 {
		if c, ok := r.doc.chartAt(string(img.Destination)); ok {
			if entering {
				r.charts++
				w.WriteString("<figure class=\"chart\">")
				writeSVG(w, r.doc.chartDrawing(c), c.alt, "K-chart-"+itoa(r.charts), 1.4)
				w.WriteString("</figure>\n")
			}
			return ast.WalkSkipChildren, nil
		}
	}
	if entering {
		w.WriteString("<p>")
	} else {
		w.WriteString("</p>\n")
	}
	return ast.WalkContinue, nil
}

// renderImage writes an image of a draft as its description: the page
// loads nothing from elsewhere.
func (r *htmlRenderer) renderImage(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		if alt := mdtext.Plain(node, source); alt != "" {
			fmt.Fprintf(w, "<span class=\"image-alt\">%s</span>", esc(alt))
		}
	}
	return ast.WalkSkipChildren, nil
}

// renderTable writes a table with its caption in a region that scrolls
// sideways on a narrow screen and can be reached with the keyboard.
func (r *htmlRenderer) renderTable(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*extast.Table)
	if entering {
		r.tables++
		id := "K-table-" + itoa(r.tables)
		fmt.Fprintf(w, "<div class=\"table\" role=\"group\" tabindex=\"0\" aria-labelledby=\"%s\">\n<table>\n", id)
		class := ""
		if r.repeats[n] {
			class = ` class="sr-only"`
		}
		fmt.Fprintf(w, "<caption id=\"%s\"%s>%s</caption>\n", id, class, esc(r.captions[n]))
	} else {
		if n.LastChild() != nil && n.LastChild().Kind() == extast.KindTableRow {
			w.WriteString("</tbody>\n")
		}
		w.WriteString("</table>\n</div>\n")
	}
	return ast.WalkContinue, nil
}

func (r *htmlRenderer) renderTableHeader(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		w.WriteString("<thead>\n<tr>\n")
	} else {
		w.WriteString("</tr>\n</thead>\n")
	}
	return ast.WalkContinue, nil
}

func (r *htmlRenderer) renderTableRow(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		if prev := node.PreviousSibling(); prev == nil || prev.Kind() != extast.KindTableRow {
			w.WriteString("<tbody>\n")
		}
		w.WriteString("<tr>\n")
	} else {
		w.WriteString("</tr>\n")
	}
	return ast.WalkContinue, nil
}

// renderTableCell writes header cells as th with scope="col" (an empty one
// as td, which has no column to name) and figures aligned right.
func (r *htmlRenderer) renderTableCell(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*extast.TableCell)
	tag := "td"
	header := n.Parent() != nil && n.Parent().Kind() == extast.KindTableHeader
	if header && mdtext.Plain(n, source) != "" {
		tag = "th"
	}
	if entering {
		w.WriteString("<" + tag)
		if tag == "th" {
			w.WriteString(" scope=\"col\"")
		}
		switch n.Alignment {
		case extast.AlignRight:
			w.WriteString(" class=\"num\"")
		case extast.AlignCenter:
			w.WriteString(" class=\"center\"")
		}
		w.WriteString(">")
	} else {
		w.WriteString("</" + tag + ">\n")
	}
	return ast.WalkContinue, nil
}
