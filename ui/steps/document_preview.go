package steps

import (
	"bytes"
	"strings"

	"fyne.io/fyne/v2/widget"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/export"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/internal/mdtext"
	"fi.kotoutus/kotoutus/programme"
)

// previewMarkdown is the section as the exported document will have it:
// heading, draft (or the reason it is left out) and the tables it includes
// from the current data.
func previewMarkdown(p *programme.Programme, tpl *checklist.Template, sectionID string) string {
	s := p.Document.Section(sectionID)
	if s == nil {
		return ""
	}
	body := export.SectionMarkdown(p, tpl, sectionID, export.Options{Language: i18n.Language()})
	return "## " + mdtext.Inline(s.Heading(tpl, i18n.Language())) + "\n\n" + body
}

// previewSegments turns Markdown into RichText segments. Fyne's Markdown
// reader has no tables, so each table of the text is first rewritten as a
// list with one item per row, its first cell in bold and the others named
// by their column: narrow enough for the preview pane and still showing
// every value. Hard line breaks become paragraph breaks for the same reason.
func previewSegments(md string) []widget.RichTextSegment {
	src := []byte(md)
	doc := mdtext.Parse(src)
	type edit struct {
		start, end int
		with       string
	}
	var edits []edit
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if para, ok := n.(*ast.Paragraph); ok {
			// Fyne ignores hard line breaks; a paragraph break keeps the
			// lines apart (only outside lists, where it would end the list).
			for c := para.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok && t.HardLineBreak() {
					if nl := bytes.IndexByte(src[t.Segment.Stop:], '\n'); nl >= 0 {
						edits = append(edits, edit{t.Segment.Stop, t.Segment.Stop + nl + 1, "\n\n"})
					}
				}
			}
			continue
		}
		t, ok := n.(*east.Table)
		if !ok {
			continue
		}
		start, end, ok := textRange(t)
		if !ok {
			continue
		}
		start = bytes.LastIndexByte(src[:start], '\n') + 1
		if i := bytes.IndexByte(src[end:], '\n'); i >= 0 {
			end += i
		} else {
			end = len(src)
		}
		edits = append(edits, edit{start, end, tableAsList(t, src)})
	}
	if len(edits) > 0 {
		var b strings.Builder
		at := 0
		for _, e := range edits {
			b.Write(src[at:e.start])
			b.WriteString(e.with)
			at = e.end
		}
		b.Write(src[at:])
		md = b.String()
	}
	segs := widget.NewRichTextFromMarkdown(md).Segments
	unescapeSegments(segs)
	return segs
}

// unescapeSegments resolves backslash escapes and character references in
// text segments: Fyne's Markdown reader keeps them as typed, so "1 \\| 2"
// would show its backslash. Code keeps its text exactly.
func unescapeSegments(segs []widget.RichTextSegment) {
	for _, s := range segs {
		switch t := s.(type) {
		case *widget.TextSegment:
			if t.Style != widget.RichTextStyleCodeInline && t.Style != widget.RichTextStyleCodeBlock {
				t.Text = unescapeText(t.Text)
			}
		case *widget.HyperlinkSegment:
			t.Text = unescapeText(t.Text)
		case *widget.ParagraphSegment:
			unescapeSegments(t.Texts)
		case *widget.ListSegment:
			unescapeSegments(t.Items)
		}
	}
}

// unescapeText reads a text segment as mdtext does everywhere else.
func unescapeText(s string) string {
	if !strings.ContainsAny(s, "\\&") {
		return s
	}
	return mdtext.Decode([]byte(s))
}

// textRange returns where a node's text starts and ends in the source.
func textRange(n ast.Node) (start, end int, ok bool) {
	start, end = -1, -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, isText := c.(*ast.Text); isText && entering {
			if start < 0 || t.Segment.Start < start {
				start = t.Segment.Start
			}
			end = max(end, t.Segment.Stop)
		}
		return ast.WalkContinue, nil
	})
	return start, end, start >= 0
}

// tableAsList writes a table's rows as Markdown list items.
func tableAsList(t *east.Table, src []byte) string {
	var header []string
	var rows [][]string
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []string
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			// The cell's text is kept as written, escapes included, so it
			// reads back the same inside a list item.
			cells = append(cells, strings.Join(strings.Fields(mdtext.Plain(c, src)), " "))
		}
		if _, isHeader := r.(*east.TableHeader); isHeader {
			header = cells
		} else {
			rows = append(rows, cells)
		}
	}
	var b strings.Builder
	if len(rows) == 0 {
		b.WriteString("- " + strings.Join(header, " · ") + "\n")
	}
	for _, row := range rows {
		b.WriteString("- ")
		var rest []string
		for i, c := range row {
			switch {
			case c == "":
			case i == 0:
				b.WriteString("**" + c + "**")
			case i < len(header) && header[i] != "":
				rest = append(rest, header[i]+": "+c)
			default:
				rest = append(rest, c)
			}
		}
		if len(rest) > 0 {
			if row[0] != "" {
				b.WriteString(" – ")
			}
			b.WriteString(strings.Join(rest, " · "))
		}
		b.WriteByte('\n')
	}
	return strings.TrimSuffix(b.String(), "\n")
}
