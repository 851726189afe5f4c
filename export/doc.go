// Package export turns a programme into the document the council adopts:
// Markdown (CommonMark with GitHub tables) and a PDF laid out from the
// same Markdown.
//
// Both formats start from one assembled Markdown text (assemble.go): the
// title block, the table of contents, the sections with their drafts and
// the tables of the steps they include, and the appendix on the
// preparation process. The PDF renderer parses that text with goldmark and
// walks the syntax tree (pdf_render.go); it never looks at the Markdown as
// a string. The package does not import Fyne.
package export
