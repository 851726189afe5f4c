package chart

import "math"

// State is the state of a measure as the pictures show it.
type State int

// The states, in display order.
const (
	StatePlanned State = iota
	StateOngoing
	StateDone
	StateDelayed
	StateDropped
	stateCount
)

// States lists the states in display order.
var States = []State{StatePlanned, StateOngoing, StateDone, StateDelayed, StateDropped}

// Pattern is how a state's area is hatched, so that the state does not rest
// on colour alone.
type Pattern int

// The patterns.
const (
	PatternNone       Pattern = iota // plain fill
	PatternOutline                   // white with a dark outline
	PatternDiagonal                  // lines rising to the right
	PatternCross                     // diagonal cross-hatch
	PatternHorizontal                // horizontal lines
)

// StateStyle is how one state is painted: a colour-blind safe fill (from
// the Okabe–Ito palette), a pattern and the colour of text on the fill.
type StateStyle struct {
	Fill    Color
	Pattern Pattern
	Ink     Color
}

var (
	black     = rgb(0, 0, 0)
	white     = rgb(255, 255, 255)
	darkGrey  = rgb(64, 64, 64)
	midGrey   = rgb(110, 110, 110)
	lightGrey = rgb(215, 215, 215)
	gridGrey  = rgb(232, 232, 232)
	blue      = rgb(0, 114, 178)
	vermilion = rgb(213, 94, 0)
	patternC  = rgb(40, 40, 40)
)

var stateStyles = [stateCount]StateStyle{
	StatePlanned: {Fill: white, Pattern: PatternOutline, Ink: black},
	StateOngoing: {Fill: rgb(86, 180, 233), Pattern: PatternDiagonal, Ink: black},
	StateDone:    {Fill: rgb(0, 158, 115), Pattern: PatternNone, Ink: black},
	StateDelayed: {Fill: rgb(230, 159, 0), Pattern: PatternCross, Ink: black},
	StateDropped: {Fill: rgb(187, 187, 187), Pattern: PatternHorizontal, Ink: black},
}

// Style returns how state s is painted; an unknown state is painted as
// planned.
func Style(s State) StateStyle {
	if s < 0 || s >= stateCount {
		s = StatePlanned
	}
	return stateStyles[s]
}

// stateArea paints a rectangle in state s's fill, pattern and outline.
func stateArea(d *Drawing, s State, b Box, role Role) {
	st := Style(s)
	r := &Rect{X: b.X, Y: b.Y, W: b.W, H: b.H, Fill: st.Fill, R: role}
	if st.Pattern == PatternOutline || st.Pattern == PatternNone {
		r.Stroke, r.StrokeWidth = darkGrey, 0.6
	}
	d.add(r)
	const gap = 3.2
	switch st.Pattern {
	case PatternDiagonal:
		hatch(d, b, gap, 1)
	case PatternCross:
		hatch(d, b, gap, 1)
		hatch(d, b, gap, -1)
	case PatternHorizontal:
		for y := b.Y + gap/2; y < b.Y+b.H; y += gap {
			d.add(&Line{X1: b.X, Y1: y, X2: b.X + b.W, Y2: y, Width: 0.5, Color: patternC, R: RolePattern})
		}
	}
}

// hatch draws 45° lines across b, rising to the right (dir 1) or falling
// (dir −1), clipped to b.
func hatch(d *Drawing, b Box, gap float64, dir float64) {
	step := gap * math.Sqrt2
	for t := -b.H + step/2; t < b.W; t += step {
		// The line x = b.X + t + s, y = bottom − s (dir 1) or top + s.
		x1, x2 := b.X+t, b.X+t+b.H
		var y1, y2 float64
		if dir > 0 {
			y1, y2 = b.Y+b.H, b.Y
		} else {
			y1, y2 = b.Y, b.Y+b.H
		}
		if l, ok := clip(x1, y1, x2, y2, b); ok {
			l.Width, l.Color, l.R = 0.5, patternC, RolePattern
			d.add(l)
		}
	}
}

// clip cuts the segment to b (Liang–Barsky) and tells whether anything of
// it is left.
func clip(x1, y1, x2, y2 float64, b Box) (*Line, bool) {
	dx, dy := x2-x1, y2-y1
	t0, t1 := 0.0, 1.0
	for _, e := range [4][2]float64{{-dx, x1 - b.X}, {dx, b.X + b.W - x1}, {-dy, y1 - b.Y}, {dy, b.Y + b.H - y1}} {
		p, q := e[0], e[1]
		if p == 0 {
			if q < 0 {
				return nil, false
			}
			continue
		}
		r := q / p
		if p < 0 {
			t0 = max(t0, r)
		} else {
			t1 = min(t1, r)
		}
	}
	if t1-t0 < 1e-9 {
		return nil, false
	}
	return &Line{X1: x1 + t0*dx, Y1: y1 + t0*dy, X2: x1 + t1*dx, Y2: y1 + t1*dy}, true
}
