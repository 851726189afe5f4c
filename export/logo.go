package export

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"fmt"
	"strconv"

	"codeberg.org/go-pdf/fpdf"

	"fi.kotoutus/kotoutus/programme"
)

// The municipality's logo or crest on the title page of the PDF (a tagged
// Figure with alternative text), the DOCX (a picture with a description)
// and the HTML page (an img with alt, embedded as a data URI). The
// Markdown has no title page to put it on. programme.NewLogo has made it
// an 8-bit PNG within its limits.

// docLogo is the logo as the exporters use it.
type docLogo struct {
	png  []byte
	w, h int // pixels
	alt  string
}

// logo returns the programme's logo with its alternative text, the
// default "<kunta> – vaakuna" when none was typed; nil without a logo.
func (a *assembler) logo() *docLogo {
	l := a.p.Document.Logo
	if l == nil || len(l.Image) == 0 || l.Width <= 0 || l.Height <= 0 {
		return nil
	}
	return &docLogo{png: l.Image, w: l.Width, h: l.Height, alt: LogoAlt(a.p, a.tx.lang)}
}

// LogoAlt returns the alternative text the documents give p's logo in
// language lang: the text typed, or the default "<kunta> – vaakuna".
func LogoAlt(p *programme.Programme, lang string) string {
	if l := p.Document.Logo; l != nil {
		if alt := oneLine(l.Alt); alt != "" {
			return alt
		}
	}
	return DefaultLogoAlt(p.Municipality(), lang)
}

// DefaultLogoAlt returns the alternative text a logo gets when none was
// typed: "<kunta> – vaakuna" in language lang, for municipality (the
// names of a joint programme's municipalities).
func DefaultLogoAlt(municipality, lang string) string {
	tx, err := loadTexts(lang)
	if err != nil {
		return ""
	}
	if m := oneLine(municipality); m != "" {
		return tx.get("logo.alt", "municipality", m)
	}
	return tx.get("logo.altNoName")
}

// box returns the logo's size within maxW×maxH, keeping its proportions.
func (l *docLogo) box(maxW, maxH float64) (w, h float64) {
	w, h = maxW, maxW*float64(l.h)/float64(l.w)
	if h > maxH {
		w, h = maxH*float64(l.w)/float64(l.h), maxH
	}
	return w, h
}

// The logo's place on the PDF's title page, in millimetres: top left,
// above the municipality's name.
const (
	logoTop  = 27.0
	logoMaxW = 60.0
	logoMaxH = 28.0
	// logoImage is the name fpdf registers the picture under.
	logoImage = "kotoutus-logo"
)

// drawLogo draws the logo as a Figure element with its alternative text
// and its bounding box, the picture painted in the Figure's own marked
// content.
func (r *pdfRenderer) drawLogo(l *docLogo) {
	w, h := l.box(logoMaxW, logoMaxH)
	x, y := marginL, logoTop
	if e := r.tag.begin("Figure"); e != nil {
		e.alt = l.alt
		e.attr = fmt.Sprintf("<</O /Layout /BBox [%.2f %.2f %.2f %.2f]>>", x*mmToPt, (pageH-y-h)*mmToPt, (x+w)*mmToPt, (pageH-y)*mmToPt)
	}
	r.tag.content()
	if f := r.pdf; f != nil {
		opt := fpdf.ImageOptions{ImageType: "PNG"}
		if f.GetImageInfo(logoImage) == nil {
			f.RegisterImageOptionsReader(logoImage, opt, bytes.NewReader(l.png))
		}
		f.ImageOptions(logoImage, x, y, w, h, false, opt, 0, "")
	}
	r.tag.pop()
}

// EMUs (English Metric Units) per millimetre, DrawingML's unit.
const emuPerMM = 36000

// docxLogo writes the logo as an inline picture in a paragraph of its own,
// its alternative text in the drawing's descr (Word's "Alt Text").
func (r *docxRenderer) docxLogo(bw *bufio.Writer, l *docLogo, relID string) {
	w, h := l.box(logoMaxW, logoMaxH)
	cx, cy := strconv.Itoa(int(w*emuPerMM)), strconv.Itoa(int(h*emuPerMM))
	alt := xmlEscape(l.alt)
	_, _ = bw.WriteString(`<w:p><w:pPr><w:spacing w:after="480"/></w:pPr><w:r><w:drawing>` +
		`<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="` + cx + `" cy="` + cy + `"/>` +
		`<wp:docPr id="1" name="Logo" descr="` + alt + `"/>` +
		`<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
		`<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>` +
		`<pic:nvPicPr><pic:cNvPr id="1" name="logo.png" descr="` + alt + `"/><pic:cNvPicPr><a:picLocks noChangeAspect="1"/></pic:cNvPicPr></pic:nvPicPr>` +
		`<pic:blipFill><a:blip r:embed="` + relID + `"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
		`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="` + cx + `" cy="` + cy + `"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
		`</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`)
}

// htmlLogo writes the logo as an img embedded in the page, so that the
// page still loads nothing from elsewhere.
func htmlLogo(w *bufio.Writer, l *docLogo) {
	fmt.Fprintf(w, "<img class=\"logo\" src=\"data:image/png;base64,%s\" alt=\"%s\" width=\"%d\" height=\"%d\">\n",
		base64.StdEncoding.EncodeToString(l.png), esc(l.alt), l.w, l.h)
}
