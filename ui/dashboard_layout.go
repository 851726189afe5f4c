package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"

	"fi.kotoutus/kotoutus/ui/widgets"
)

// dashTheme draws the dashboard larger than the editing pages, since it is
// read from across a meeting room.
type dashTheme struct {
	fyne.Theme
}

// dashScale is how much larger the dashboard's text is.
const dashScale = 1.2

func (t dashTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.Theme.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameCaptionText, theme.SizeNameSubHeadingText, theme.SizeNameInlineIcon:
		return s * dashScale
	case theme.SizeNameHeadingText:
		return s * 1.5
	case theme.SizeNamePadding, theme.SizeNameInnerPadding:
		return s * 1.1
	}
	return s
}

// rowLayout lays a table row's cells side by side, each taking its part of
// the width (cols, summing to 1), and as tall as the tallest cell needs at
// that width, so wrapped text in a cell is never cut.
type rowLayout struct {
	cols []float32
}

func (l *rowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	avail := size.Width - pad*float32(len(objs)-1)
	x := float32(0)
	for i, o := range objs {
		w := avail * l.col(i)
		o.Resize(fyne.NewSize(w, o.MinSize().Height))
		o.Resize(fyne.NewSize(w, size.Height))
		o.Move(fyne.NewPos(x, 0))
		x += w + pad
	}
}

func (l *rowLayout) col(i int) float32 {
	if i < len(l.cols) {
		return l.cols[i]
	}
	return 0
}

// MinSize is the cells' minimum widths side by side, and as tall as the
// tallest cell at its current width.
func (l *rowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objs {
		m := o.MinSize()
		w += m.Width + theme.Padding()
		h = max(h, m.Height)
	}
	return fyne.NewSize(w, h)
}

// meter is a slim progress bar without text: the words go beside it, in
// the text colour, where a projector cannot wash them out.
type meter struct {
	done, total int
	content     *fyne.Container
}

func newMeter(done, total int) *meter {
	bg := canvas.NewRectangle(widgets.WithAlpha(theme.Color(theme.ColorNamePrimary), 0x30))
	bg.CornerRadius = 4
	fill := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	fill.CornerRadius = 4
	m := &meter{done: done, total: total}
	m.content = container.New(&meterLayout{m: m}, bg, fill)
	return m
}

// Fraction is how much of the bar is filled.
func (m *meter) Fraction() float32 {
	if m.total <= 0 {
		return 0
	}
	return float32(m.done) / float32(m.total)
}

type meterLayout struct{ m *meter }

func (l *meterLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Resize(size)
	objs[0].Move(fyne.NewPos(0, 0))
	objs[1].Resize(fyne.NewSize(size.Width*l.m.Fraction(), size.Height))
	objs[1].Move(fyne.NewPos(0, 0))
}

func (l *meterLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(60, 14) }

// twoColumns lays cards out two to a row, each row as tall as its taller
// card. (Fyne's grid makes every row as tall as the tallest of all.)
func twoColumns(cards []fyne.CanvasObject) fyne.CanvasObject {
	box := container.NewVBox()
	for i := 0; i < len(cards); i += 2 {
		right := fyne.CanvasObject(layout.NewSpacer())
		if i+1 < len(cards) {
			right = cards[i+1]
		}
		box.Add(container.New(&rowLayout{cols: []float32{0.5, 0.5}}, cards[i], right))
	}
	return box
}
