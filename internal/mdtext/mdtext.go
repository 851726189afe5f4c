// Package mdtext is the app's one home for Markdown, shared by the import,
// the preview and every export: the goldmark configuration (parse.go), the
// escaper that turns typed text into Markdown that reads back as typed
// (escape.go), the heading slugger for anchors (slug.go), and the reading
// of text out of the syntax tree as a reader sees it: escapes removed,
// entities resolved, markup dropped (this file).
package mdtext

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// Plain returns the text of a node's inline content, without markup.
func Plain(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			if t.IsRaw() || t.Parent().Kind() == ast.KindCodeSpan {
				b.Write(t.Value(src))
			} else {
				b.WriteString(Decode(t.Value(src)))
			}
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.RawHTML:
			for i := 0; i < t.Segments.Len(); i++ {
				seg := t.Segments.At(i)
				b.Write(seg.Value(src))
			}
		case *ast.AutoLink:
			b.Write(t.Label(src))
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}

// Decode returns the text a Markdown text segment stands for: backslash
// escapes of punctuation removed and entity and character references
// resolved, as goldmark's HTML writer does. An escaped "&" stays a plain
// ampersand.
func Decode(src []byte) string {
	var b strings.Builder
	b.Grow(len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\\' && i+1 < len(src) && util.IsPunct(src[i+1]):
			b.WriteByte(src[i+1])
			i++
			continue
		case c == 0:
			b.WriteRune('\uFFFD')
			continue
		case c == '&':
			if r, n := readEntity(src[i:]); n > 0 {
				b.WriteString(r)
				i += n - 1
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// readEntity reads "&name;", "&#123;" or "&#x1F;" at the start of s and
// returns its characters and length, or n == 0.
func readEntity(s []byte) (string, int) {
	end := bytes.IndexByte(s, ';')
	if end < 2 || end > 40 {
		return "", 0
	}
	body := string(s[1:end])
	if body[0] == '#' {
		num := body[1:]
		base := 10
		if num != "" && (num[0] == 'x' || num[0] == 'X') {
			num, base = num[1:], 16
		}
		if num == "" || len(num) > 7 {
			return "", 0
		}
		v, err := strconv.ParseUint(num, base, 32)
		if err != nil {
			return "", 0
		}
		return string(util.ToValidRune(rune(v))), end + 1
	}
	for _, r := range body {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return "", 0
		}
	}
	if e, ok := util.LookUpHTML5EntityByName(body); ok {
		return string(e.Characters), end + 1
	}
	return "", 0
}
