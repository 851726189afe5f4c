package export

import (
	"github.com/yuin/goldmark/ast"

	"fi.kotoutus/kotoutus/internal/mdtext"
)

// Short local names for the app's one Markdown home (internal/mdtext): its
// parser, its escaper for user text and its heading slugger.
var (
	inline     = mdtext.Inline
	cell       = mdtext.Cell
	oneLine    = mdtext.OneLine
	paragraphs = mdtext.Paragraphs
	newSlugger = mdtext.NewSlugger
)

// parseMarkdown returns the syntax tree of src.
func parseMarkdown(src []byte) ast.Node { return mdtext.Parse(src) }
