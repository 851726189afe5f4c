package export

import (
	"fmt"
	"io"
	"strings"

	"fi.kotoutus/kotoutus/internal/chart"
)

// writeSVG writes drawing d as an inline SVG image whose accessible name
// is alt (role img with a title), scaled by scale to CSS pixels and
// shrinking with a narrow page.
func writeSVG(w io.Writer, d chart.Drawing, alt, id string, scale float64) {
	fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="%s" viewBox="0 0 %s %s" width="%s" font-family="DejaVu Sans, Verdana, sans-serif">`,
		id, svgNum(d.W), svgNum(d.H), svgNum(d.W*scale))
	fmt.Fprintf(w, `<title id="%s">%s</title>`, id, esc(alt))
	for _, s := range d.Shapes {
		switch s := s.(type) {
		case *chart.Line:
			dash := ""
			if s.Dash > 0 {
				dash = fmt.Sprintf(` stroke-dasharray="%s"`, svgNum(s.Dash))
			}
			fmt.Fprintf(w, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="%s"%s/>`,
				svgNum(s.X1), svgNum(s.Y1), svgNum(s.X2), svgNum(s.Y2), svgColor(s.Color), svgNum(s.Width), dash)
		case *chart.Rect:
			fmt.Fprintf(w, `<rect x="%s" y="%s" width="%s" height="%s"%s/>`, svgNum(s.X), svgNum(s.Y), svgNum(s.W), svgNum(s.H), svgPaint(s.Fill, s.Stroke, s.StrokeWidth))
		case *chart.Circle:
			fmt.Fprintf(w, `<circle cx="%s" cy="%s" r="%s"%s/>`, svgNum(s.X), svgNum(s.Y), svgNum(s.Radius), svgPaint(s.Fill, s.Stroke, s.StrokeWidth))
		case *chart.Text:
			anchor := map[chart.Align]string{chart.AlignStart: "start", chart.AlignMiddle: "middle", chart.AlignEnd: "end"}[s.Align]
			extra := ""
			if s.Bold {
				extra += ` font-weight="bold"`
			}
			if s.Italic {
				extra += ` font-style="italic"`
			}
			fmt.Fprintf(w, `<text x="%s" y="%s" font-size="%s" fill="%s" text-anchor="%s"%s>%s</text>`,
				svgNum(s.X), svgNum(s.Y+0.3645*s.Size), svgNum(s.Size), svgColor(s.Color), anchor, extra, esc(s.S))
		}
	}
	io.WriteString(w, "</svg>")
}

func svgPaint(fill, stroke chart.Color, width float64) string {
	out := ` fill="none"`
	if !fill.IsNone() {
		out = ` fill="` + svgColor(fill) + `"`
	}
	if !stroke.IsNone() && width > 0 {
		out += fmt.Sprintf(` stroke="%s" stroke-width="%s"`, svgColor(stroke), svgNum(width))
	}
	return out
}

func svgColor(c chart.Color) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// num writes a coordinate with at most two decimals.
func svgNum(f float64) string {
	s := strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", f), "0"), ".")
	if s == "-0" || s == "" {
		return "0"
	}
	return s
}

// chartDrawings returns the drawings of chart c for an image format: an
// indicator chart, or the whole timeline in one picture.
func (d *document) chartDrawing(c *docChart) chart.Drawing {
	a := d.from
	if c.kind == chartTimeline {
		lab := a.timelineLabels()
		return chart.TimelineChart(c.tl, lab, chart.FitTimeline(c.tl, lab, 640, 220))
	}
	return chart.IndicatorChart(c.ind, a.indicatorLabels(), 480, 220)
}
