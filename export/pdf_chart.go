package export

import (
	"fmt"

	"github.com/yuin/goldmark/ast"

	"fi.kotoutus/kotoutus/internal/chart"
)

// Chart sizes in the PDF, in the chart's units (points): an indicator
// chart spans the text width. The timeline spans the width of its
// landscape pages, with a title column of pdfTimelineTitle where a title
// wraps to at most pdfTimelineLines lines.
const (
	pdfChartW        = contentW / ptToMM
	pdfChartH        = 165.0
	pdfTimelineTitle = 250.0
	pdfTimelineLines = 3
)

// chartParagraph returns the chart a paragraph consists of, if it is a
// chart's image paragraph.
func (r *pdfRenderer) chartParagraph(n ast.Node) (*docChart, bool) {
	if n == nil || n.Kind() != ast.KindParagraph {
		return nil, false
	}
	img, ok := n.FirstChild().(*ast.Image)
	if !ok || n.ChildCount() != 1 {
		return nil, false
	}
	return r.doc.chartAt(string(img.Destination))
}

// chartKeep is the height of chart c that its caption keeps on its page:
// an indicator chart whole with its values table, of the timeline its
// header and two rows.
func (r *pdfRenderer) chartKeep(c *docChart) float64 {
	if c.kind == chartTimeline {
		return chart.TimelineHeight(2) * ptToMM
	}
	// The table of values that follows an indicator chart is kept on the
	// chart's page too, when chart and table fit on one page: split from
	// it, the table's first rows would stand at the foot of the page
	// apart from the rest. Its rows are one line each: a year, a value,
	// what it is.
	rows := len(c.ind.Values) + 1 // the header
	if c.ind.Baseline != nil {
		rows++
	}
	if c.ind.Target != nil {
		rows++
	}
	with := pdfChartH*ptToMM + paraGap + 0.6 + float64(rows)*(tableLeading+2*tablePadY)
	if with <= (r.cb()-marginT)*0.8 {
		return with
	}
	return pdfChartH * ptToMM
}

// drawChart lays out a chart where its paragraph stands: an indicator
// chart kept whole on a page, the timeline over as many pages as its rows
// need. Each page's part is a Figure element with the chart's
// alternative text.
func (r *pdfRenderer) drawChart(c *docChart) {
	a := r.doc.from
	switch c.kind {
	case chartIndicator:
		d := chart.IndicatorChart(c.ind, a.indicatorLabels(), pdfChartW, pdfChartH)
		r.need(max(d.H*ptToMM, r.chartKeep(c)))
		r.figure(d, c.alt)
	case chartTimeline:
		lab := a.timelineLabels()
		lay := chart.FitTimeline(c.tl, lab, r.cw()/ptToMM, pdfTimelineTitle)
		lay.TitleLines = pdfTimelineLines
		pages := c.tl.PagesFit(lay, r.room()/ptToMM, (r.cb()-marginT)/ptToMM)
		for i, pg := range pages {
			if i > 0 || len(pg.Groups) == 0 {
				r.addPage()
			}
			if len(pg.Groups) == 0 {
				continue
			}
			r.figure(chart.TimelineChart(pg, lab, lay), c.alt)
		}
	}
	r.y += paraGap
}

// figure draws d at the current position as one Figure element whose
// bounding box is the drawing's.
func (r *pdfRenderer) figure(d chart.Drawing, alt string) {
	x0, y0 := r.left(), r.y
	if e := r.tag.begin("Figure"); e != nil {
		e.alt = alt
		e.attr = fmt.Sprintf("<</O /Layout /BBox [%.2f %.2f %.2f %.2f]>>",
			x0/ptToMM, (r.ph()-y0-d.H*ptToMM)/ptToMM, (x0+d.W*ptToMM)/ptToMM, (r.ph()-y0)/ptToMM)
	}
	mm := func(v float64) float64 { return v * ptToMM }
	set := func(c chart.Color, fill bool) {
		if fill {
			r.f.SetFillColor(int(c.R), int(c.G), int(c.B))
			r.curFill = color{int(c.R), int(c.G), int(c.B)}
		} else {
			r.f.SetDrawColor(int(c.R), int(c.G), int(c.B))
		}
	}
	paint := func(fill, stroke chart.Color, width float64) string {
		style := ""
		if !fill.IsNone() {
			set(fill, true)
			style = "F"
		}
		if !stroke.IsNone() && width > 0 {
			set(stroke, false)
			r.f.SetLineWidth(mm(width))
			style += "D"
		}
		return style
	}
	for _, s := range d.Shapes {
		r.tag.content()
		switch s := s.(type) {
		case *chart.Line:
			set(s.Color, false)
			r.f.SetLineWidth(mm(s.Width))
			if s.Dash > 0 {
				r.f.SetDashPattern([]float64{mm(s.Dash), mm(s.Dash)}, 0)
			}
			r.f.Line(x0+mm(s.X1), y0+mm(s.Y1), x0+mm(s.X2), y0+mm(s.Y2))
			if s.Dash > 0 {
				r.f.SetDashPattern(nil, 0)
			}
		case *chart.Rect:
			if style := paint(s.Fill, s.Stroke, s.StrokeWidth); style != "" {
				r.f.Rect(x0+mm(s.X), y0+mm(s.Y), mm(s.W), mm(s.H), style)
			}
		case *chart.Circle:
			if style := paint(s.Fill, s.Stroke, s.StrokeWidth); style != "" {
				r.f.Circle(x0+mm(s.X), y0+mm(s.Y), mm(s.Radius), style)
			}
		case *chart.Text:
			st := style{size: s.Size, bold: s.Bold, italic: s.Italic, color: color{int(s.Color.R), int(s.Color.G), int(s.Color.B)}}
			text := r.g.clean(s.S)
			r.setFont(st)
			x := x0 + mm(s.X)
			switch s.Align {
			case chart.AlignMiddle:
				x -= r.m.width(text, st) / 2
			case chart.AlignEnd:
				x -= r.m.width(text, st)
			}
			// DejaVu's capitals are 0.73 em high: the baseline lies half
			// of that below the middle.
			r.show(x, y0+mm(s.Y+0.3645*s.Size), text)
		}
	}
	r.tag.pop()
	r.y += mm(d.H)
}
