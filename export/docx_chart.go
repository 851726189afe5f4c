package export

import (
	"strconv"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"

	"fi.kotoutus/kotoutus/internal/chart"
)

// DOCX charts are PNG pictures (chart_png.go) in paragraphs of their own,
// each with the chart's alternative text as its description; the timeline
// is cut into pictures that each fit a landscape page.
const (
	docxChartW = 480.0 // chart units across the text width
	docxChartH = 220.0
	// The timeline on the landscape annex: one chart unit a point across
	// the text width, a title column where titles wrap to three lines,
	// and pictures no higher than the text area (less the annex's heading
	// and introduction on the first).
	docxTimelineW     = float64(docxPageH-2*docxMarginX) / 20
	docxTimelineTitle = 250.0
	docxTimelineFirst = 330.0
	docxTimelineFull  = 430.0
	docxPNGScale      = 3.0 // pixels per chart unit
	emuPerTwip        = 635
)

func (r *docxRenderer) chartParagraph(n ast.Node) (*docChart, bool) {
	img, ok := n.FirstChild().(*ast.Image)
	if !ok || n.ChildCount() != 1 {
		return nil, false
	}
	return r.doc.chartAt(string(img.Destination))
}

// chart writes chart c as one or more picture paragraphs. A chart that
// cannot be painted leaves its table of values to speak for it.
func (r *docxRenderer) chart(w util.BufWriter, c *docChart) {
	a := r.doc.from
	var drawings []chart.Drawing
	if c.kind == chartTimeline {
		lab := a.timelineLabels()
		lay := chart.FitTimeline(c.tl, lab, docxTimelineW, docxTimelineTitle)
		lay.TitleLines = 3
		for _, pg := range c.tl.PagesFit(lay, docxTimelineFirst, docxTimelineFull) {
			if len(pg.Groups) == 0 {
				continue // no room on the first page: Word moves the picture on
			}
			drawings = append(drawings, chart.TimelineChart(pg, lab, lay))
		}
	} else {
		drawings = append(drawings, chart.IndicatorChart(c.ind, a.indicatorLabels(), docxChartW, docxChartH))
	}
	for _, d := range drawings {
		data, err := renderPNG(d, docxPNGScale)
		if err != nil {
			continue
		}
		r.pictures++
		// The logo, if any, is picture 1 (logo.go); charts come after it.
		n := strconv.Itoa(r.pictures + 1)
		name := "chart" + n + ".png"
		r.pk.media = append(r.pk.media, docxMedia{name: "word/media/" + name, data: data})
		rel := r.pk.addRel(relImage, "media/"+name, false)
		cx := r.textW() * emuPerTwip
		cy := int(float64(cx) * d.H / d.W)
		ext := `cx="` + strconv.Itoa(cx) + `" cy="` + strconv.Itoa(cy) + `"`
		alt := xmlEscape(c.alt)
		_, _ = w.WriteString(`<w:p><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="120"/></w:pPr><w:r><w:drawing>` +
			`<wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0">` +
			`<wp:extent ` + ext + `/><wp:docPr id="` + n + `" name="` + xmlEscape(c.caption) + `" descr="` + alt + `"/>` +
			`<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
			`<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
			`<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
			`<pic:nvPicPr><pic:cNvPr id="` + n + `" name="` + name + `" descr="` + alt + `"/><pic:cNvPicPr/></pic:nvPicPr>` +
			`<pic:blipFill><a:blip r:embed="` + rel + `"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
			`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext ` + ext + `/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
			`</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`)
	}
}
