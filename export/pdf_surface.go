package export

import "codeberg.org/go-pdf/fpdf"

// surface is the part of fpdf the layout draws on. The first layout pass,
// which only finds out on which page each section lands, draws on a
// dryRun instead, so that it neither parses the fonts into fpdf nor builds
// page content it would throw away.
type surface interface {
	AddPage()
	AddPageFormat(orientation string, size fpdf.SizeType)
	PageNo() int
	AddUTF8FontFromBytes(family, style string, data []byte)
	SetFont(family, style string, size float64)
	SetTextColor(r, g, b int)
	SetDrawColor(r, g, b int)
	SetFillColor(r, g, b int)
	SetLineWidth(w float64)
	Text(x, y float64, s string)
	Line(x1, y1, x2, y2 float64)
	Rect(x, y, w, h float64, style string)
	Circle(x, y, r float64, style string)
	SetDashPattern(dashArray []float64, dashPhase float64)
	Bookmark(text string, level int, y float64)
}

// dryRun is a surface that only counts pages.
type dryRun struct{ pages int }

func (d *dryRun) AddPage()                                   { d.pages++ }
func (d *dryRun) AddPageFormat(_ string, _ fpdf.SizeType)    { d.pages++ }
func (d *dryRun) PageNo() int                                { return d.pages }
func (d *dryRun) AddUTF8FontFromBytes(_, _ string, _ []byte) {}
func (d *dryRun) SetFont(_, _ string, _ float64)             {}
func (d *dryRun) SetTextColor(_, _, _ int)                   {}
func (d *dryRun) SetDrawColor(_, _, _ int)                   {}
func (d *dryRun) SetFillColor(_, _, _ int)                   {}
func (d *dryRun) SetLineWidth(_ float64)                     {}
func (d *dryRun) Text(_, _ float64, _ string)                {}
func (d *dryRun) Line(_, _, _, _ float64)                    {}
func (d *dryRun) Rect(_, _, _, _ float64, _ string)          {}
func (d *dryRun) Circle(_, _, _ float64, _ string)           {}
func (d *dryRun) SetDashPattern(_ []float64, _ float64)      {}
func (d *dryRun) Bookmark(_ string, _ int, _ float64)        {}
