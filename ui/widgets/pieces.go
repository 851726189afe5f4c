package widgets

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// PieceWords is about how many words one piece of a PiecedEntry holds. A
// word-wrapped Entry re-wraps its whole text on every keystroke, which
// takes a few milliseconds at this length and a fifth of a second at 3,000
// words (BenchmarkDraftKeystroke), so a long text is edited in pieces of
// whole paragraphs that each stay this short.
const PieceWords = 150

// PiecedEntry edits a long text wrapped, in pieces of whole paragraphs:
// one word-wrapped Entry per piece, each as tall as its text, one under the
// other in a Page that scrolls them as one. Text joins the pieces with the
// blank line that separated them, so a text read in comes back unchanged.
// A blank line typed inside a piece stays in that piece until the text is
// set again.
type PiecedEntry struct {
	// OnChanged is called with the whole text after every change.
	OnChanged func(text string)

	pieces []*GrowingEntry
	box    *fyne.Container
	Page   *Page
}

// NewPiecedEntry returns an empty pieced entry.
func NewPiecedEntry() *PiecedEntry {
	p := &PiecedEntry{box: container.NewVBox()}
	p.Page = NewPage(p.box)
	return p
}

// Pieces returns the entries, first piece first.
func (p *PiecedEntry) Pieces() []*GrowingEntry { return p.pieces }

// SetText splits text into pieces and shows them; OnChanged is not called.
func (p *PiecedEntry) SetText(text string) {
	parts := SplitPieces(text, PieceWords)
	for len(p.pieces) < len(parts) {
		p.pieces = append(p.pieces, NewGrowingEntry())
	}
	p.pieces = p.pieces[:len(parts)]
	objs := make([]fyne.CanvasObject, len(parts))
	for i, e := range p.pieces {
		e.OnChanged = nil
		e.SetText(parts[i])
		e.OnChanged = p.changed
		objs[i] = e
	}
	p.box.Objects = objs
	p.box.Refresh()
	p.Page.Scroll.ScrollToTop()
}

// Text returns the whole text.
func (p *PiecedEntry) Text() string {
	parts := make([]string, len(p.pieces))
	for i, e := range p.pieces {
		parts[i] = e.Text
	}
	return strings.Join(parts, "\n\n")
}

func (p *PiecedEntry) changed(string) {
	if p.OnChanged != nil {
		p.OnChanged(p.Text())
	}
}

// SplitPieces cuts text at blank lines into pieces of about words words
// each; strings.Join(pieces, "\n\n") gives text back exactly. A paragraph
// longer than words stays whole.
func SplitPieces(text string, words int) []string {
	paras := strings.Split(text, "\n\n")
	var out []string
	start, n := 0, 0
	for i, para := range paras {
		w := len(strings.Fields(para))
		if n > 0 && n+w > words {
			out = append(out, strings.Join(paras[start:i], "\n\n"))
			start, n = i, 0
		}
		n += w
	}
	return append(out, strings.Join(paras[start:], "\n\n"))
}

// GrowingEntry is a word-wrapped multi-line entry as tall as its text at
// its current width, so that a page of them scrolls as one. Fyne's wrapped
// entry always scrolls inside a fixed number of rows; this one asks for as
// many rows as its lines wrap to (an estimate from the text's measured
// width, with a row to spare; if it falls short, the entry scrolls a little
// inside, losing nothing).
type GrowingEntry struct {
	widget.Entry

	// the last estimate, kept while text and width stay the same
	lastText  string
	lastWidth float32
	lastMin   fyne.Size
}

// NewGrowingEntry returns an empty growing entry.
func NewGrowingEntry() *GrowingEntry {
	e := &GrowingEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// MinSize implements fyne.Widget.
func (e *GrowingEntry) MinSize() fyne.Size {
	width := e.Size().Width
	if e.Text == e.lastText && width == e.lastWidth && e.lastMin.Height > 0 {
		return e.lastMin
	}
	min := e.Entry.MinSize()
	th := e.Theme()
	pad := th.Size("innerPadding")
	avail := width - 4*pad
	if avail <= 50 {
		return min
	}
	size := th.Size("text")
	rows := 1 // the spare row
	for _, line := range strings.Split(e.Text, "\n") {
		w := fyne.MeasureText(line, size, e.TextStyle).Width
		rows += max(1, int(w*1.08/avail)+1)
	}
	line := fyne.MeasureText("Mg", size, e.TextStyle).Height + th.Size("lineSpacing")
	e.lastText, e.lastWidth = e.Text, width
	e.lastMin = fyne.NewSize(min.Width, max(min.Height, float32(rows)*line+2*pad+2*th.Size("inputBorder")))
	return e.lastMin
}
