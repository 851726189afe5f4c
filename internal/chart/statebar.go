package chart

// StateCounts counts a goal's measures by state.
type StateCounts [stateCount]int

// Total is the number of measures.
func (c StateCounts) Total() int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

// StateLabels are the translated names of the states, and the sentence
// shown when a goal has no measures.
type StateLabels struct {
	Names [stateCount]string
	Empty string
	// Lang is the language the bar is read in: its counts are written in
	// that language's notation.
	Lang string
}

// Name returns the name of state s.
func (l StateLabels) Name(s State) string {
	if s < 0 || s >= stateCount {
		s = StatePlanned
	}
	return l.Names[s]
}

// StateBar draws a goal's measures by state as one bar w wide, split in
// proportion to the counts, each part in its state's fill and pattern with
// its count written inside where it fits; under the bar a legend names
// every state with its count. A compact bar (the overview) is lower, uses
// smaller text and lists only the states that occur.
func StateBar(c StateCounts, lab StateLabels, w float64, compact bool) Drawing {
	barH, size, sw, gap := 14.0, 8.5, 9.0, 4.0
	if compact {
		barH, size, sw = 10, 7.5, 8
	}
	d := Drawing{W: w}
	total := c.Total()
	if total == 0 {
		d.H = barH
		d.add(&Rect{W: w, H: barH, Stroke: midGrey, StrokeWidth: 0.6, R: RoleFrame})
		d.add(&Text{X: 4, Y: barH / 2, S: lab.Empty, Size: size, Color: darkGrey, Italic: true, R: RoleNoData})
		return d
	}
	x := 0.0
	for _, s := range States {
		n := c[s]
		if n == 0 {
			continue
		}
		segW := w * float64(n) / float64(total)
		stateArea(&d, s, Box{x, 0, segW, barH}, RoleBar)
		label := FormatNumberIn(lab.Lang, float64(n), 0)
		if lw := TextWidth(label, size, true); lw+4 <= segW {
			// A white plate keeps the count legible over the pattern.
			d.add(&Rect{X: x + segW/2 - lw/2 - 1.5, Y: barH/2 - size*0.55, W: lw + 3, H: size * 1.1, Fill: white, R: RoleCount})
			d.add(&Text{X: x + segW/2, Y: barH / 2, S: label, Size: size, Color: black, Align: AlignMiddle, Bold: true, R: RoleCount})
		}
		x += segW
	}
	// The legend, wrapped to the width.
	lx, ly := 0.0, barH+gap+size*0.6
	for _, s := range States {
		if compact && c[s] == 0 {
			continue
		}
		text := lab.Name(s) + " " + FormatNumberIn(lab.Lang, float64(c[s]), 0)
		itemW := sw + 3 + TextWidth(text, size, false) + 10
		if lx > 0 && lx+itemW-10 > w {
			lx, ly = 0, ly+size*1.5
		}
		stateArea(&d, s, Box{lx, ly - sw/2, sw, sw}, RoleLegend)
		d.add(&Text{X: lx + sw + 3, Y: ly, S: text, Size: size, Color: black, R: RoleLegend})
		lx += itemW
	}
	d.H = ly + size*0.7
	return d
}
