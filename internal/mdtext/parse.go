package mdtext

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// Markdown is the one goldmark configuration of the app, for the import,
// the preview and every export: CommonMark with GitHub tables and
// strikethrough; bare web addresses become links. Raw HTML is parsed but
// never rendered (html.WithUnsafe is not set), and headings get no
// automatic IDs: anchors come from a Slugger, which keeps non-ASCII
// letters. goldmark's parser and renderer are safe for concurrent use.
var Markdown = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify),
)

// Parse returns the syntax tree of src in the app's Markdown dialect.
func Parse(src []byte) ast.Node {
	return Markdown.Parser().Parse(text.NewReader(src))
}
