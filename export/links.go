package export

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// safeLinkSchemes are the only link targets an export makes clickable.
var safeLinkSchemes = []string{"http://", "https://", "mailto:"}

// safeLink tells whether dest may become a link in an exported document:
// only web addresses (http, https) and mail addresses (mailto) may.
// Everything else a draft may contain — javascript:, file:, data:, smb:,
// relative paths — would run code, open local files or reach the network
// in ways a reader does not expect, and stays plain text. The scheme is
// compared without regard to case; something must follow it.
func safeLink(dest string) bool {
	for _, s := range safeLinkSchemes {
		if len(dest) > len(s) && strings.EqualFold(dest[:len(s)], s) {
			return true
		}
	}
	return false
}

// maxLinkPasses bounds the passes of plainUnsafeLinks. Escaping a link can
// expose another (a reference link's label becomes a shortcut link of its
// own), so it parses again until nothing is left, at most this often.
const maxLinkPasses = 4

// plainUnsafeLinks turns every link and autolink of a Markdown draft whose
// target safeLink refuses into plain text, by escaping the bracket or
// angle bracket that opens it: "[text](javascript:…)" then reads as the
// text it is. Links to a place in the document ("#…") stay. Images are
// left alone: no export fetches them.
func plainUnsafeLinks(src []byte) []byte {
	for range maxLinkPasses {
		edits := unsafeLinkEdits(src)
		if len(edits) == 0 {
			return src
		}
		src = applyEdits(src, edits)
	}
	// Still links after the passes (a hostile draft): escape every
	// bracket.
	if len(unsafeLinkEdits(src)) > 0 {
		src = bytes.ReplaceAll(src, []byte("["), []byte(`\[`))
		src = bytes.ReplaceAll(src, []byte("<"), []byte(`\<`))
	}
	return src
}

// unsafeLinkEdits finds the opening "[" or "<" of every unsafe link.
func unsafeLinkEdits(src []byte) []edit {
	if !bytes.ContainsAny(src, "[<") { // no link or autolink without them
		return nil
	}
	var edits []edit
	seen := map[int]bool{}
	add := func(at int) {
		if at >= 0 && !seen[at] {
			seen[at] = true
			edits = append(edits, edit{at, at, `\`})
		}
	}
	_ = ast.Walk(parseMarkdown(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch l := n.(type) {
		case *ast.Link:
			dest := string(l.Destination)
			if safeLink(dest) || strings.HasPrefix(dest, "#") {
				return ast.WalkContinue, nil
			}
			add(openingBracket(src, l))
		case *ast.AutoLink:
			if safeLink(string(l.URL(src))) {
				return ast.WalkSkipChildren, nil
			}
			if at := autoLinkStart(src, l); at >= 0 && src[at] == '<' {
				add(at)
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return edits
}

// openingBracket returns the offset of the "[" that opens link l: the
// leftmost bracket in the run of markup just before its first text, or -1
// when the link has no text to find it by.
func openingBracket(src []byte, l *ast.Link) int {
	start := -1
	_ = ast.Walk(l, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := n.(*ast.Text); ok && entering && start < 0 {
			start = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if start < 0 {
		return -1
	}
	at := -1
	for i := start - 1; i >= 0 && strings.IndexByte("[!*_~`", src[i]) >= 0; i-- {
		if src[i] == '[' && (i == 0 || src[i-1] != '\\') {
			at = i
		}
	}
	return at
}

// autoLinkStart returns the offset of the character before an autolink's
// label, "<" unless it is a bare address, or -1.
func autoLinkStart(src []byte, l *ast.AutoLink) int {
	label := l.Label(src)
	// Label is a slice of src: its offset follows from the capacities.
	at := cap(src) - cap(label) - 1
	if len(label) == 0 || at < 0 || at >= len(src) {
		return -1
	}
	return at
}
