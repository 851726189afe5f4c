package export

import (
	"math"
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// tableBuild collects a table's cells while its nodes are read.
type tableBuild struct {
	align  []extast.Alignment
	header []*tableCell
	rows   [][]*tableCell
	row    *[]*tableCell
}

// tableCell is one cell's content and, once laid out, its lines.
type tableCell struct {
	runs   []run
	tokens []token
	lines  []line
	// elem is the cell's TH or TD element.
	elem *structElem
}

// maxMinColumn caps the width a column claims for its longest word; longer
// words are broken, so one long compound cannot squeeze the other columns.
const maxMinColumn = 32.0

func (r *pdfRenderer) tableNode(_ util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		r.table = &tableBuild{align: n.(*extast.Table).Alignments}
		return ast.WalkContinue, nil
	}
	t := r.table
	r.table = nil
	r.layoutTable(t)
	r.y += paraGap + 1
	r.done(n)
	return ast.WalkContinue, nil
}

func (r *pdfRenderer) tableRow(_ util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering || r.table == nil {
		return ast.WalkContinue, nil
	}
	if n.Kind() == extast.KindTableHeader {
		r.table.row = &r.table.header
	} else {
		r.table.rows = append(r.table.rows, nil)
		r.table.row = &r.table.rows[len(r.table.rows)-1]
	}
	return ast.WalkContinue, nil
}

func (r *pdfRenderer) tableCell(_ util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	t := r.table
	if t == nil || t.row == nil {
		return ast.WalkContinue, nil
	}
	if entering {
		st := style{size: tableSize, color: textColor}
		if n.Parent().Kind() == extast.KindTableHeader {
			st.bold = true
		}
		r.beginInline(st)
		return ast.WalkContinue, nil
	}
	*t.row = append(*t.row, &tableCell{runs: r.endInline()})
	return ast.WalkContinue, nil
}

// layoutTable sizes the columns, then draws the table row by row. The
// header row is repeated at the top of every page the table continues on,
// and a row taller than the rest of a page is split between lines.
func (r *pdfRenderer) layoutTable(t *tableBuild) {
	cols := len(t.align)
	for _, row := range append([][]*tableCell{t.header}, t.rows...) {
		cols = max(cols, len(row))
	}
	if cols == 0 {
		return
	}
	pad := func(row []*tableCell) []*tableCell {
		for len(row) < cols {
			row = append(row, &tableCell{})
		}
		return row
	}
	t.header = pad(t.header)
	for i := range t.rows {
		t.rows[i] = pad(t.rows[i])
	}
	widths := r.columnWidths(t, cols)
	all := append([][]*tableCell{t.header}, t.rows...)
	for i, row := range all {
		for c, cell := range row {
			if i == 0 {
				cell.lines = r.m.breakLines(r.m.unbroken(cell.tokens, widths[c]-2*tablePadX), widths[c]-2*tablePadX)
				continue
			}
			cell.lines = r.m.breakLines(cell.tokens, widths[c]-2*tablePadX)
		}
	}
	r.tagTable(t)
	defer r.tag.pop()
	x0 := r.left()
	headerH := rowHeight(t.header)
	// Keep the header with the first row.
	first := 0.0
	if len(t.rows) > 0 {
		first = math.Min(rowHeight(t.rows[0]), 4*tableLeading+2*tablePadY)
	}
	r.gap(0.6)
	r.need(headerH + first)
	r.drawRow(t, t.header, 0, maxLines(t.header), x0, widths, headerFill, false)
	r.rule(x0, r.y, x0+sum(widths), r.y, 0.35, ruleColor)
	for i, row := range t.rows {
		fill := color{-1, -1, -1}
		if i%2 == 1 {
			fill = zebraFill
		}
		n := maxLines(row)
		fullPage := int((r.cb() - marginT - headerH - 2*tablePadY) / tableLeading)
		if i == len(t.rows)-2 && i > 0 {
			// The last row (often a total) does not go alone to a new page.
			if both := rowHeight(row) + rowHeight(t.rows[i+1]); both < r.cb()-marginT-headerH && r.y+both > r.cb() {
				r.addPage()
				r.drawRow(t, t.header, 0, maxLines(t.header), x0, widths, headerFill, true)
				r.rule(x0, r.y, x0+sum(widths), r.y, 0.35, ruleColor)
			}
		}
		for from := 0; from < n; {
			avail := int((r.cb() - r.y - 2*tablePadY + 1e-6) / tableLeading)
			rest := n - from
			if rest <= avail {
				r.drawRow(t, row, from, n, x0, widths, fill, false)
				break
			}
			// The row does not fit. A row that fits on a page moves to the
			// next one whole; a taller one is split after what fits here.
			if (from > 0 || rest > fullPage) && avail >= 1 {
				r.drawRow(t, row, from, from+avail, x0, widths, fill, false)
				from += avail
			}
			r.addPage()
			r.drawRow(t, t.header, 0, maxLines(t.header), x0, widths, headerFill, true)
			r.rule(x0, r.y, x0+sum(widths), r.y, 0.35, ruleColor)
		}
	}
	r.rule(x0, r.y, x0+sum(widths), r.y, 0.35, ruleColor)
}

// drawRow draws lines [from, to) of a row's cells.
// A header row drawn again on a later page is an artifact: its cells are
// read once, where the table starts.
func (r *pdfRenderer) drawRow(t *tableBuild, row []*tableCell, from, to int, x0 float64, widths []float64, fill color, repeat bool) {
	n := max(to-from, 1)
	h := float64(n)*tableLeading + 2*tablePadY
	if fill.r >= 0 {
		r.fill(x0, r.y, sum(widths), h, fill)
	}
	r.drawMarker(tableLeading)
	x := x0
	for c, cell := range row {
		w := widths[c] - 2*tablePadX
		align := extast.AlignLeft
		if c < len(t.align) {
			align = t.align[c]
		}
		if repeat {
			r.tag.pushArtifact(artRepeat)
		} else {
			r.tag.push(cell.elem)
		}
		for i := from; i < to && i < len(cell.lines); i++ {
			l := cell.lines[i]
			lx := x + tablePadX
			switch align {
			case extast.AlignRight:
				lx += w - l.w
			case extast.AlignCenter:
				lx += (w - l.w) / 2
			}
			r.drawLine(l, lx, r.y+tablePadY+float64(i-from)*tableLeading, tableLeading)
		}
		if repeat || cell.elem != nil {
			r.tag.pop()
		}
		x += widths[c]
	}
	r.y += h
}

// tagTable adds the table's elements: Table with THead and TBody, a TR
// for each row, TH (column headers) and TD for the cells. The table stays
// open until the caller pops it.
func (r *pdfRenderer) tagTable(t *tableBuild) {
	if r.tag == nil {
		return
	}
	r.tag.begin("Table")
	r.tag.begin("THead")
	r.tag.begin("TR")
	for _, c := range t.header {
		c.elem = r.tag.add("TH")
		c.elem.attr = "<</O /Table /Scope /Column>>"
	}
	r.tag.pop()
	r.tag.pop()
	r.tag.begin("TBody")
	for _, row := range t.rows {
		r.tag.begin("TR")
		for _, c := range row {
			c.elem = r.tag.add("TD")
		}
		r.tag.pop()
	}
	r.tag.pop()
}

// columnWidths shares the available width between columns: each gets at
// least its longest word (up to a cap), and the rest is shared in
// proportion to how much more the column's text would need on one line.
func (r *pdfRenderer) columnWidths(t *tableBuild, cols int) []float64 {
	total := r.width()
	natural := make([]float64, cols)
	minimum := make([]float64, cols)
	// hard is the width of a column's widest date, which is never broken
	// ("12.3.\n2026" reads as two things), however narrow the table.
	hard := make([]float64, cols)
	for i, row := range append([][]*tableCell{t.header}, t.rows...) {
		for c, cell := range row {
			if i == 0 {
				// Not even at a soft hyphen.
				for k := range cell.runs {
					cell.runs[k].text = strings.ReplaceAll(cell.runs[k].text, "\u00ad", "")
				}
			}
			cell.tokens = r.m.tokenize(cell.runs)
			one := r.m.breakLines(cell.tokens, math.Inf(1))
			w := 0.0
			for _, l := range one {
				w = math.Max(w, l.w)
			}
			natural[c] = math.Max(natural[c], w+2*tablePadX)
			for _, tk := range cell.tokens {
				mw := math.Min(tk.w, maxMinColumn) + 2*tablePadX
				if i == 0 {
					// A header's words are never hyphenated
					// ("Lähtöta-so"): the column is as wide as its
					// longest header word.
					mw = tk.w + 2*tablePadX
				}
				if tk.hyphen {
					mw += r.m.width("-", tk.st)
				}
				if isDateWord(tk.text) {
					mw = tk.w + 2*tablePadX
					hard[c] = math.Max(hard[c], mw)
				}
				minimum[c] = math.Max(minimum[c], mw)
			}
		}
	}
	for c := range natural {
		natural[c] = math.Max(natural[c], minimum[c])
		minimum[c] = math.Max(minimum[c], 2*tablePadX+3)
	}
	widths := make([]float64, cols)
	if sum(natural) <= total {
		// Everything fits on one line: spread the spare room so that the
		// table spans the text width.
		sn := sum(natural)
		for c := range widths {
			widths[c] = natural[c] + (total-sn)*natural[c]/sn
		}
		return widths
	}
	// Columns of short text (names, dates, states) get their whole width
	// while they need less than an even share; the rest share what is
	// left between their minimum and natural widths.
	fixed := make([]bool, cols)
	for changed := true; changed; {
		changed = false
		left, open := total, 0
		for c := range widths {
			if fixed[c] {
				left -= natural[c]
			} else {
				open++
			}
		}
		for c := range widths {
			if !fixed[c] && open > 0 && natural[c] <= left/float64(open) {
				fixed[c], changed = true, true
			}
		}
	}
	left := total
	var minOpen, natOpen float64
	for c := range widths {
		if fixed[c] {
			widths[c] = natural[c]
			left -= natural[c]
		} else {
			minOpen += minimum[c]
			natOpen += natural[c]
		}
	}
	switch {
	case natOpen == 0:
	case minOpen >= left:
		// Too narrow even for the longest words: shrink everything in
		// proportion; long words are broken.
		all := sum(minimum)
		for c := range widths {
			widths[c] = minimum[c] * total / all
		}
		keepHard(widths, hard)
	default:
		for c := range widths {
			if !fixed[c] {
				widths[c] = minimum[c] + (left-minOpen)*(natural[c]-minimum[c])/(natOpen-minOpen)
			}
		}
	}
	return widths
}

// unbroken returns tokens that fit in width without breaking a word: when
// the columns are too narrow even for a header's longest word (a table of
// many columns), the header cell's text is set smaller until its longest
// word fits, down to 5 points.
func (m measurer) unbroken(tokens []token, width float64) []token {
	widest := 0.0
	for _, t := range tokens {
		w := t.w
		if t.hyphen {
			w += m.width("-", t.st)
		}
		widest = max(widest, w)
	}
	if widest <= width+1e-6 || widest == 0 {
		return tokens
	}
	scale := width / widest
	out := make([]token, len(tokens))
	for i, t := range tokens {
		t.st.size = max(5, math.Floor(t.st.size*scale*10)/10)
		t.w = m.width(t.text, t.st)
		out[i] = t
	}
	return out
}

func rowHeight(row []*tableCell) float64 {
	return float64(maxLines(row))*tableLeading + 2*tablePadY
}

func maxLines(row []*tableCell) int {
	n := 1
	for _, c := range row {
		n = max(n, len(c.lines))
	}
	return n
}

func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

// keepHard widens the columns narrower than their hard minimum (their
// widest date) to it, taking the room from the other columns in
// proportion to what they have beyond their own hard minimum.
func keepHard(widths, hard []float64) {
	need, spare := 0.0, 0.0
	for c, w := range widths {
		if w < hard[c] {
			need += hard[c] - w
		} else {
			spare += w - hard[c]
		}
	}
	if need == 0 || spare <= 0 {
		return
	}
	f := math.Min(1, need/spare)
	for c, w := range widths {
		if w < hard[c] {
			widths[c] = w + (hard[c]-w)*math.Min(1, spare/need)
		} else {
			widths[c] = w - (w-hard[c])*f
		}
	}
}

// isDateWord tells whether a word is a date or a part of a date range
// ("12.3.2026", "3/2026", "12.3.–"): digits with dots or slashes and
// nothing else but an en dash.
func isDateWord(w string) bool {
	digits, seps := 0, 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.' || r == '/':
			seps++
		case r == '–':
		default:
			return false
		}
	}
	return digits >= 2 && seps >= 1
}
