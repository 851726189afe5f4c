package mdtext

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
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

// HTMLRenderer returns goldmark's HTML renderer for the app's dialect
// (CommonMark, tables, strikethrough; raw HTML omitted) with extra node
// renderers on top: each of extra overrides the node kinds it registers.
func HTMLRenderer(extra ...renderer.NodeRenderer) renderer.Renderer {
	rs := []util.PrioritizedValue{
		util.Prioritized(html.NewRenderer(), 1000),
		util.Prioritized(extension.NewTableHTMLRenderer(), 500),
		util.Prioritized(extension.NewStrikethroughHTMLRenderer(), 500),
	}
	for i, r := range extra {
		rs = append(rs, util.Prioritized(r, 100-i))
	}
	return renderer.NewRenderer(renderer.WithNodeRenderers(rs...))
}
