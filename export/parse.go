package export

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// markdownParser reads the dialect the exports write: CommonMark with
// GitHub tables and strikethrough; bare web addresses become links. Raw
// HTML is never rendered. goldmark's parser is safe for concurrent use.
var markdownParser = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify),
).Parser()

// parseMarkdown returns the syntax tree of src.
func parseMarkdown(src []byte) ast.Node {
	return markdownParser.Parse(text.NewReader(src))
}
