package chartview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/chart"
)

// Chart is a widget that shows a chart.Drawing at Scale Fyne units per
// chart unit. With a Make function it redraws for the width it is given
// (a bar that fills its row); otherwise it keeps the drawing's size.
type Chart struct {
	widget.BaseWidget
	// Make, if set, makes the drawing for a width in chart units.
	Make func(width float64) chart.Drawing
	// MinWidth is the narrowest width Make is asked for, in chart units.
	MinWidth float64
	Scale    float32

	drawing chart.Drawing
	width   float64 // the width Make last drew for
	focused bool    // draws a focus frame (KeyChart)
}

// New returns a widget showing d at scale.
func New(d chart.Drawing, scale float32) *Chart {
	c := &Chart{drawing: d, Scale: scale}
	c.ExtendBaseWidget(c)
	return c
}

// NewFitting returns a widget that draws mk(width) for the width it is
// laid out at, at least minWidth.
func NewFitting(mk func(width float64) chart.Drawing, minWidth float64, scale float32) *Chart {
	c := &Chart{Make: mk, MinWidth: minWidth, Scale: scale, width: minWidth, drawing: mk(minWidth)}
	c.ExtendBaseWidget(c)
	return c
}

// SetDrawing replaces the drawing.
func (c *Chart) SetDrawing(d chart.Drawing) {
	c.drawing = d
	c.Refresh()
}

// Drawing returns the drawing shown.
func (c *Chart) Drawing() chart.Drawing { return c.drawing }

// CreateRenderer implements fyne.Widget.
func (c *Chart) CreateRenderer() fyne.WidgetRenderer {
	r := &chartRenderer{c: c}
	r.build()
	return r
}

type chartRenderer struct {
	c       *Chart
	objects []fyne.CanvasObject
}

func (r *chartRenderer) Destroy() {}

func (r *chartRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *chartRenderer) MinSize() fyne.Size {
	d := r.c.drawing
	w := d.W
	if r.c.Make != nil {
		w = r.c.MinWidth
	}
	return fyne.NewSize(float32(w)*r.c.Scale, float32(d.H)*r.c.Scale)
}

func (r *chartRenderer) Layout(size fyne.Size) {
	if r.c.Make != nil && r.c.Scale > 0 {
		w := max(r.c.MinWidth, float64(size.Width/r.c.Scale))
		if w != r.c.width {
			r.c.width = w
			r.c.drawing = r.c.Make(w)
			r.build()
		}
	}
}

func (r *chartRenderer) Refresh() {
	r.build()
	canvas.Refresh(r.c)
}

// build makes the canvas objects of the drawing.
func (r *chartRenderer) build() {
	s := r.c.Scale
	d := r.c.drawing
	objs := make([]fyne.CanvasObject, 0, len(d.Shapes)+1)
	// The charts' colours are chosen for white, also in a dark theme.
	bg := canvas.NewRectangle(color.White)
	bg.Resize(fyne.NewSize(float32(d.W)*s, float32(d.H)*s))
	objs = append(objs, bg)
	pt := func(x, y float64) fyne.Position { return fyne.NewPos(float32(x)*s, float32(y)*s) }
	for _, sh := range d.Shapes {
		switch sh := sh.(type) {
		case *chart.Line:
			for _, g := range sh.Dashes() {
				l := canvas.NewLine(rgba(sh.Color))
				l.StrokeWidth = max(1, float32(sh.Width)*s)
				l.Position1, l.Position2 = pt(g[0], g[1]), pt(g[2], g[3])
				objs = append(objs, l)
			}
		case *chart.Rect:
			rc := canvas.NewRectangle(rgba(sh.Fill))
			if !sh.Stroke.IsNone() && sh.StrokeWidth > 0 {
				rc.StrokeColor = rgba(sh.Stroke)
				rc.StrokeWidth = max(1, float32(sh.StrokeWidth)*s)
			}
			rc.Move(pt(sh.X, sh.Y))
			rc.Resize(fyne.NewSize(float32(sh.W)*s, float32(sh.H)*s))
			objs = append(objs, rc)
		case *chart.Circle:
			ci := canvas.NewCircle(rgba(sh.Fill))
			if !sh.Stroke.IsNone() && sh.StrokeWidth > 0 {
				ci.StrokeColor = rgba(sh.Stroke)
				ci.StrokeWidth = max(1, float32(sh.StrokeWidth)*s)
			}
			ci.Move(pt(sh.X-sh.Radius, sh.Y-sh.Radius))
			ci.Resize(fyne.NewSize(float32(2*sh.Radius)*s, float32(2*sh.Radius)*s))
			objs = append(objs, ci)
		case *chart.Text:
			t := canvas.NewText(sh.S, rgba(sh.Color))
			t.TextSize = float32(sh.Size) * s
			t.TextStyle = fyne.TextStyle{Bold: sh.Bold, Italic: sh.Italic}
			ms := t.MinSize()
			x := float32(sh.X) * s
			switch sh.Align {
			case chart.AlignMiddle:
				x -= ms.Width / 2
			case chart.AlignEnd:
				x -= ms.Width
			}
			t.Move(fyne.NewPos(x, float32(sh.Y)*s-ms.Height/2))
			t.Resize(ms)
			objs = append(objs, t)
		}
	}
	if r.c.focused {
		f := canvas.NewRectangle(color.Transparent)
		f.StrokeColor = theme.Color(theme.ColorNameFocus)
		f.StrokeWidth = 2
		f.Resize(bg.Size())
		objs = append(objs, f)
	}
	r.objects = objs
}

func rgba(c chart.Color) color.Color {
	return color.NRGBA{R: c.R, G: c.G, B: c.B, A: c.A}
}

// KeyChart is a Chart that takes the keyboard focus (by tab or a tap) and
// hands the keys typed to OnKey and OnRune, for a picture one moves
// around in without a mouse.
type KeyChart struct {
	Chart
	OnKey  func(*fyne.KeyEvent)
	OnRune func(rune)
}

// NewKeyChart returns a focusable widget showing d at scale.
func NewKeyChart(d chart.Drawing, scale float32) *KeyChart {
	k := &KeyChart{}
	k.drawing, k.Scale = d, scale
	k.ExtendBaseWidget(k)
	return k
}

// FocusGained implements fyne.Focusable.
func (k *KeyChart) FocusGained() { k.focused = true; k.Refresh() }

// FocusLost implements fyne.Focusable.
func (k *KeyChart) FocusLost() { k.focused = false; k.Refresh() }

// TypedKey implements fyne.Focusable.
func (k *KeyChart) TypedKey(e *fyne.KeyEvent) {
	if k.OnKey != nil {
		k.OnKey(e)
	}
}

// TypedRune implements fyne.Focusable.
func (k *KeyChart) TypedRune(r rune) {
	if k.OnRune != nil {
		k.OnRune(r)
	}
}

// Tapped takes the focus.
func (k *KeyChart) Tapped(*fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(k); c != nil {
		c.Focus(k)
	}
}
