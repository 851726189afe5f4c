package export

import (
	"bytes"
	"sort"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// edit replaces src[start:end] with repl.
type edit struct {
	start, end int
	repl       string
}

// applyEdits applies non-overlapping edits to src.
func applyEdits(src []byte, edits []edit) []byte {
	if len(edits) == 0 {
		return src
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].start > edits[j].start })
	out := append([]byte(nil), src...)
	for _, e := range edits {
		out = append(out[:e.start], append([]byte(e.repl), out[e.end:]...)...)
	}
	return out
}

// embedDraft prepares a user's Markdown draft for a place below a heading
// of level base: its own headings are moved down so that a "#" heading
// becomes level base+1 (and none is above it), raw HTML blocks are turned
// into text so that an unclosed comment cannot swallow the rest of the
// document, and an unclosed code fence is closed. Everything else is the
// user's Markdown as written.
func embedDraft(draft string, base int) string {
	src := []byte(strings.ReplaceAll(strings.TrimSpace(draft), "\r\n", "\n"))
	if len(src) == 0 {
		return ""
	}
	src = neutraliseHTML(src)
	src = plainUnsafeLinks(src)
	src = closeFences(src)
	src = demoteHeadings(src, base)
	return strings.TrimSpace(string(src))
}

// neutraliseHTML escapes the opening "<" of every line of a raw HTML block.
func neutraliseHTML(src []byte) []byte {
	// Every check below parses the draft; each first looks for the
	// characters what it looks for cannot be written without, since
	// parsing was a sixth of a large export.
	if bytes.IndexByte(src, '<') < 0 {
		return src
	}
	doc := parseMarkdown(src)
	var edits []edit
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		hb, ok := n.(*ast.HTMLBlock)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		lines := hb.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			line := src[seg.Start:seg.Stop]
			if j := bytes.IndexByte(line, '<'); j >= 0 && len(bytes.TrimSpace(line[:j])) == 0 {
				edits = append(edits, edit{seg.Start + j, seg.Start + j, `\`})
			}
		}
		if hb.HasClosure() {
			seg := hb.ClosureLine
			line := src[seg.Start:seg.Stop]
			if j := bytes.IndexByte(line, '<'); j >= 0 && len(bytes.TrimSpace(line[:j])) == 0 {
				edits = append(edits, edit{seg.Start + j, seg.Start + j, `\`})
			}
		}
		return ast.WalkSkipChildren, nil
	})
	return applyEdits(src, edits)
}

// closeFences closes a code fence at the top level that runs to the end of
// the draft, which would otherwise run on over the rest of the document.
func closeFences(src []byte) []byte {
	if !bytes.Contains(src, []byte("```")) && !bytes.Contains(src, []byte("~~~")) {
		return src
	}
	doc := parseMarkdown(src)
	last := doc.LastChild()
	fcb, ok := last.(*ast.FencedCodeBlock)
	if !ok || fcb.Pos() < 0 {
		return src
	}
	pos := fcb.Pos()
	fence := src[pos]
	if fence != '`' && fence != '~' {
		return src
	}
	n := 0
	for pos+n < len(src) && src[pos+n] == fence {
		n++
	}
	// The block is closed when some line after its content is a fence of
	// the same kind and at least the same length.
	end := lineEnd(src, pos)
	if lines := fcb.Lines(); lines.Len() > 0 {
		end = lineEnd(src, lines.At(lines.Len()-1).Start)
	}
	for _, line := range strings.Split(string(src[min(end+1, len(src)):]), "\n") {
		t := strings.TrimSpace(line)
		if len(t) >= n && strings.Trim(t, string(fence)) == "" {
			return src
		}
	}
	return append(append(src, '\n'), bytes.Repeat([]byte{fence}, n)...)
}

// demoteHeadings places the draft's headings below a heading of level
// base, keeping their order of rank but closing gaps: the highest level the
// draft uses becomes base+1, the next base+2 and so on (at most 6). A draft
// written with "###" throughout gets level base+1 headings, not base+3.
func demoteHeadings(src []byte, base int) []byte {
	if !bytes.ContainsAny(src, "#=-") { // ATX marks, setext underlines
		return src
	}
	doc := parseMarkdown(src)
	used := map[int]bool{}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			used[h.Level] = true
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	rank := map[int]int{}
	next := base + 1
	for l := 1; l <= 6; l++ {
		if used[l] {
			rank[l] = min(next, 6)
			next++
		}
	}
	return rewriteHeadings(src, doc, func(l int) int { return rank[l] })
}

// shiftHeadings moves every heading n levels down (at most to 6), keeping
// gaps as they are: an insert's assembled body, already normalised.
func shiftHeadings(src []byte, n int) []byte {
	return rewriteHeadings(src, parseMarkdown(src), func(l int) int { return min(l+n, 6) })
}

// rewriteHeadings gives every heading of src (parsed as doc) the level
// levelOf returns, writing setext headings with leading # as well.
func rewriteHeadings(src []byte, doc ast.Node, levelOf func(int) int) []byte {
	var edits []edit
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		level := levelOf(h.Level)
		marks := strings.Repeat("#", level)
		lines := h.Lines()
		pos := h.Pos()
		if isATX(src, pos, lines) {
			k := pos
			for k < len(src) && src[k] == '#' {
				k++
			}
			edits = append(edits, edit{pos, k, marks})
			return ast.WalkSkipChildren, nil
		}
		if lines.Len() == 0 {
			return ast.WalkSkipChildren, nil
		}
		// Setext heading: prefix the first line, join the others to it
		// and drop the underline.
		first := lines.At(0)
		edits = append(edits, edit{first.Start, first.Start, marks + " "})
		for i := 0; i+1 < lines.Len(); i++ {
			nl := lineEnd(src, lines.At(i).Start)
			edits = append(edits, edit{nl, lines.At(i + 1).Start, " "})
		}
		nl := lineEnd(src, lines.At(lines.Len()-1).Start)
		if nl < len(src) {
			edits = append(edits, edit{nl, lineEnd(src, nl+1), ""})
		}
		return ast.WalkSkipChildren, nil
	})
	return applyEdits(src, edits)
}

// isATX tells whether the heading at pos is written with leading #.
func isATX(src []byte, pos int, lines *text.Segments) bool {
	if pos < 0 || pos >= len(src) || src[pos] != '#' {
		return false
	}
	if lines.Len() == 0 {
		return true
	}
	start := lines.At(0).Start
	return start > pos && bytes.IndexByte(src[pos:start], '\n') < 0
}

// lineEnd returns the index of the newline that ends the line holding i,
// or len(src).
func lineEnd(src []byte, i int) int {
	if i >= len(src) {
		return len(src)
	}
	if j := bytes.IndexByte(src[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(src)
}

// numberHeadings numbers the headings of a section's body below the
// section's number: level sectionLevel+1 headings become "3.1", "3.2", and
// the level below them "3.1.1"; deeper headings stay unnumbered. The body's
// headings are all written with leading # (embedDraft and heading() make
// them so).
func numberHeadings(body, number string) string {
	if !strings.Contains(body, "#") { // only headings with leading # are numbered
		return body
	}
	src := []byte(body)
	var edits []edit
	sub, subsub := 0, 0
	_ = ast.Walk(parseMarkdown(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		var num string
		switch h.Level {
		case sectionLevel + 1:
			sub++
			subsub = 0
			num = number + "." + strconv.Itoa(sub)
		case sectionLevel + 2:
			if sub == 0 {
				return ast.WalkSkipChildren, nil
			}
			subsub++
			num = number + "." + strconv.Itoa(sub) + "." + strconv.Itoa(subsub)
		default:
			return ast.WalkSkipChildren, nil
		}
		pos := h.Pos()
		if !isATX(src, pos, h.Lines()) {
			return ast.WalkSkipChildren, nil
		}
		k := pos
		for k < len(src) && src[k] == '#' {
			k++
		}
		edits = append(edits, edit{k, k, " " + num})
		return ast.WalkSkipChildren, nil
	})
	return string(applyEdits(src, edits))
}
