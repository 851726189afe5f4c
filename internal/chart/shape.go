package chart

import "math"

// Color is an sRGB colour; A is 0 for none (no fill, no stroke).
type Color struct{ R, G, B, A uint8 }

// None is no colour: a rectangle with a None fill is only outlined.
var None = Color{}

// IsNone tells whether the colour is absent.
func (c Color) IsNone() bool { return c.A == 0 }

func rgb(r, g, b uint8) Color { return Color{r, g, b, 255} }

// Role says what a shape stands for, so that renderers and tests can find
// shapes without reading coordinates (the PDF tags, tests look for ticks).
type Role string

// The roles of shapes.
const (
	RoleFrame      Role = "frame"
	RoleAxis       Role = "axis"
	RoleGrid       Role = "grid"
	RoleTickLabel  Role = "tick-label"
	RoleUnit       Role = "unit"
	RoleBaseline   Role = "baseline"
	RoleTarget     Role = "target"
	RoleValue      Role = "value"
	RoleValueLine  Role = "value-line"
	RolePlanLine   Role = "plan-line"
	RoleValueLabel Role = "value-label"
	RoleLegend     Role = "legend"
	RoleNoData     Role = "no-data"
	RoleBar        Role = "bar"
	RolePattern    Role = "pattern"
	RoleCount      Role = "count"
	RoleGroup      Role = "group"
	RoleRowLabel   Role = "row-label"
	RoleState      Role = "state"
	RoleToday      Role = "today"
	RoleYear       Role = "year"
)

// Align is the horizontal anchor of a text.
type Align uint8

// Text anchors.
const (
	AlignStart Align = iota
	AlignMiddle
	AlignEnd
)

// Shape is one primitive of a Drawing: *Line, *Rect, *Circle or *Text.
type Shape interface {
	// Box is the shape's bounding box (for a text, as estimated by
	// TextWidth).
	Box() Box
	// Role tells what the shape stands for.
	Role() Role
}

// Box is an axis-aligned rectangle; Y grows downwards.
type Box struct{ X, Y, W, H float64 }

// Overlaps tells whether two boxes share more than an edge.
func (b Box) Overlaps(o Box) bool {
	return b.X < o.X+o.W && o.X < b.X+b.W && b.Y < o.Y+o.H && o.Y < b.Y+b.H
}

// Inside tells whether b lies within o, with eps of rounding slack.
func (b Box) Inside(o Box) bool {
	const eps = 1e-6
	return b.X >= o.X-eps && b.Y >= o.Y-eps && b.X+b.W <= o.X+o.W+eps && b.Y+b.H <= o.Y+o.H+eps
}

// Line is a straight stroke; Dash > 0 makes it dashed with dashes and gaps
// of that length.
type Line struct {
	X1, Y1, X2, Y2 float64
	Width          float64
	Color          Color
	Dash           float64
	R              Role
}

// Dashes splits a dashed line into its dashes (x1, y1, x2, y2 each), for
// renderers that cannot dash a stroke; a solid line is one dash.
func (l *Line) Dashes() [][4]float64 {
	n := math.Hypot(l.X2-l.X1, l.Y2-l.Y1)
	if l.Dash <= 0 || n == 0 {
		return [][4]float64{{l.X1, l.Y1, l.X2, l.Y2}}
	}
	var out [][4]float64
	for t := 0.0; t < n; t += 2 * l.Dash {
		e := math.Min(t+l.Dash, n)
		out = append(out, [4]float64{l.X1 + (l.X2-l.X1)*t/n, l.Y1 + (l.Y2-l.Y1)*t/n, l.X1 + (l.X2-l.X1)*e/n, l.Y1 + (l.Y2-l.Y1)*e/n})
	}
	return out
}

// Rect is a rectangle, filled with Fill and outlined with Stroke when those
// are not None.
type Rect struct {
	X, Y, W, H  float64
	Fill        Color
	Stroke      Color
	StrokeWidth float64
	R           Role
}

// Circle is a circle around (X, Y).
type Circle struct {
	X, Y, Radius float64
	Fill         Color
	Stroke       Color
	StrokeWidth  float64
	R            Role
}

// Text is one line of text. Y is the vertical middle of its capital
// letters; X is its start, middle or end according to Align.
type Text struct {
	X, Y   float64
	S      string
	Size   float64
	Color  Color
	Align  Align
	Bold   bool
	Italic bool
	R      Role
}

// Box implements Shape.
func (l *Line) Box() Box {
	return Box{min(l.X1, l.X2), min(l.Y1, l.Y2), abs(l.X2 - l.X1), abs(l.Y2 - l.Y1)}
}

// Role implements Shape.
func (l *Line) Role() Role { return l.R }

// Box implements Shape.
func (r *Rect) Box() Box { return Box{r.X, r.Y, r.W, r.H} }

// Role implements Shape.
func (r *Rect) Role() Role { return r.R }

// Box implements Shape.
func (c *Circle) Box() Box {
	return Box{c.X - c.Radius, c.Y - c.Radius, 2 * c.Radius, 2 * c.Radius}
}

// Role implements Shape.
func (c *Circle) Role() Role { return c.R }

// Box implements Shape: the estimated extent, from a little above the
// capitals to a little below the descenders.
func (t *Text) Box() Box {
	w := TextWidth(t.S, t.Size, t.Bold)
	x := t.X
	switch t.Align {
	case AlignMiddle:
		x -= w / 2
	case AlignEnd:
		x -= w
	}
	return Box{x, t.Y - 0.6*t.Size, w, 1.2 * t.Size}
}

// Role implements Shape.
func (t *Text) Role() Role { return t.R }

// Drawing is a picture W wide and H high, its shapes in painting order.
type Drawing struct {
	W, H   float64
	Shapes []Shape
}

func (d *Drawing) add(s ...Shape) { d.Shapes = append(d.Shapes, s...) }

// ByRole returns the shapes with role r, in painting order.
func (d Drawing) ByRole(r Role) []Shape {
	var out []Shape
	for _, s := range d.Shapes {
		if s.Role() == r {
			out = append(out, s)
		}
	}
	return out
}

// Texts returns the drawing's texts, in painting order.
func (d Drawing) Texts() []*Text {
	var out []*Text
	for _, s := range d.Shapes {
		if t, ok := s.(*Text); ok {
			out = append(out, t)
		}
	}
	return out
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}
