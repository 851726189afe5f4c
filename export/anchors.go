package export

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"

	"fi.kotoutus/kotoutus/internal/mdtext"
)

// Links to the document's own headings. Every heading's anchor is what a
// Markdown viewer would give it (setAnchors): with numbered headings the
// number is part of it, "3 Vastuutahot" being #3-vastuutahot and "3.1
// Kumppanit" #31-kumppanit. A user writes a link to a heading by its name
// and cannot know the number, which changes when a section moves, so the
// assembler resolves such links to the numbered anchor: a link to
// #vastuutahot, #Vastuutahot or #3-vastuutahot all reach the heading, in
// the Markdown as in the PDF, DOCX and HTML, which all read the resolved
// Markdown.

// headingNumber matches the number the assembler puts before a heading.
var headingNumber = regexp.MustCompile(`^[0-9]+(\.[0-9]+)*\s+`)

// anchorIndex resolves the fragment of a link to a heading's anchor.
type anchorIndex struct {
	// anchors are the headings' anchors; aliases maps the anchor of a
	// heading's name without its number to the anchor with it. An alias
	// never shadows an anchor, and the first heading of a name keeps it.
	anchors map[string]bool
	aliases map[string]string
}

// bodyAnchors returns the anchor of every heading in the document body
// root (parsed from src), in the order setAnchors gives them: after the
// title and the contents heading, every heading in turn.
func (d *document) bodyAnchors(src []byte, root ast.Node) map[*ast.Heading]string {
	sl := newSlugger()
	sl.Slug(d.title)
	sl.Slug(d.tx.get("toc"))
	out := map[*ast.Heading]string{}
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			out[h] = sl.Slug(mdtext.Plain(h, src))
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

// anchorIndex builds the index of the assembled document's headings.
func (d *document) anchorIndex() *anchorIndex {
	ix := &anchorIndex{anchors: map[string]bool{}, aliases: map[string]string{}}
	src := []byte(d.body())
	root := parseMarkdown(src)
	sl := newSlugger()
	ix.anchors[sl.Slug(d.title)] = true
	ix.anchors[sl.Slug(d.tx.get("toc"))] = true
	type named struct{ anchor, text string }
	var headings []named
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			text := mdtext.Plain(h, src)
			a := sl.Slug(text)
			ix.anchors[a] = true
			headings = append(headings, named{a, text})
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	for _, h := range headings {
		name := h.text
		if d.numbered {
			name = headingNumber.ReplaceAllString(name, "")
		}
		alias := newSlugger().Slug(name)
		if _, taken := ix.aliases[alias]; !taken && !ix.anchors[alias] {
			ix.aliases[alias] = h.anchor
		}
	}
	return ix
}

// resolve returns the anchor a link to #frag reaches, or false when no
// heading has that anchor or name.
func (ix *anchorIndex) resolve(frag string) (string, bool) {
	if f, err := url.PathUnescape(frag); err == nil {
		frag = f
	}
	for _, f := range []string{frag, newSlugger().Slug(frag), newSlugger().Slug(headingNumber.ReplaceAllString(strings.ReplaceAll(frag, "-", " "), ""))} {
		if ix.anchors[f] {
			return f, true
		}
		if a, ok := ix.aliases[f]; ok {
			return a, true
		}
	}
	return "", false
}

// resolveLinks rewrites the links of a section body to places in the
// document so that each names its heading's anchor (see anchorIndex).
// Links whose destination cannot be found in the source as written (a
// reference link, an escaped character) are left as they are.
func resolveLinks(body string, ix *anchorIndex) string {
	if !strings.Contains(body, "[") || !strings.Contains(body, "#") { // no link to a place
		return body
	}
	src := []byte(body)
	var edits []edit
	_ = ast.Walk(parseMarkdown(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		l, ok := n.(*ast.Link)
		if !ok || !entering {
			return ast.WalkContinue, nil
		}
		dest := string(l.Destination)
		frag, ok := strings.CutPrefix(dest, "#")
		if !ok {
			return ast.WalkContinue, nil
		}
		to, ok := ix.resolve(frag)
		if !ok || to == frag {
			return ast.WalkContinue, nil
		}
		if at := destinationStart(src, l); at >= 0 && strings.HasPrefix(string(src[at:]), dest) {
			edits = append(edits, edit{at, at + len(dest), "#" + to})
		}
		return ast.WalkContinue, nil
	})
	return string(applyEdits(src, edits))
}

// destinationStart returns the offset of an inline link's destination:
// what follows the "](" after the link's last text, or -1.
func destinationStart(src []byte, l *ast.Link) int {
	end := -1
	_ = ast.Walk(l, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := n.(*ast.Text); ok && entering {
			end = t.Segment.Stop
		}
		return ast.WalkContinue, nil
	})
	if end < 0 {
		return -1
	}
	i := end
	for i < len(src) && strings.IndexByte("*_~`", src[i]) >= 0 {
		i++
	}
	if i+1 >= len(src) || src[i] != ']' || src[i+1] != '(' {
		return -1
	}
	i += 2
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	if i < len(src) && src[i] == '<' {
		i++
	}
	return i
}
