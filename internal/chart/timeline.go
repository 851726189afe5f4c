package chart

import (
	"strconv"
	"time"

	"fi.kotoutus/kotoutus/internal/i18n/locale"
)

// Task is one measure on the timeline: its schedule (Start and End are the
// first and the last day it covers; either or both may be zero) and state.
type Task struct {
	Title      string
	Start, End time.Time
	State      State
}

// TaskGroup is a goal with its measures.
type TaskGroup struct {
	Title string
	Tasks []Task
}

// Timeline is what the measures timeline shows: the programme's period
// (whole years; 0 when unknown), today, and the goals with their measures.
type Timeline struct {
	FirstYear, LastYear int
	Today               time.Time
	Groups              []TaskGroup
	// Fixed keeps the years at FirstYear..LastYear, not widened to the
	// schedules (the pages of one timeline share their years).
	Fixed bool
}

// TimelineLabels are the translated texts of the timeline.
type TimelineLabels struct {
	States StateLabels
	// NoSchedule is written in the row of a measure without dates.
	NoSchedule string
	// Today is written over the today line, before the date.
	Today string
	// Lang is the language the timeline is read in: today's date is
	// written in its notation (2.12.2026, or 2 December 2026 in English).
	Lang string
}

// TimelineLayout sets the timeline's proportions; zero fields take the
// defaults. YearWidth is the zoom.
type TimelineLayout struct {
	YearWidth  float64 // width of one year (default 120)
	TitleWidth float64 // width of the measure title column (default 200)
	// ViewWidth, if not 0, shows only that much of the years, starting
	// Offset into them; the title and state columns stay (the app's
	// view scrolls the years under fixed columns).
	ViewWidth, Offset float64
	// NoHeader leaves out the years and today's label at the top, for a
	// view that keeps them in a header of its own (a timeline of no goals
	// is just that header).
	NoHeader bool
	// TitleLines is how many lines a measure's title may wrap to (print
	// wraps; the app's rows keep one line, 0). What does not fit is cut
	// with an ellipsis.
	TitleLines int
}

// titleLineH is the height of each further line of a wrapped title.
const titleLineH = timelineSize * 1.25

// titleLines returns the lines of a measure's title in lay.
func (lay TimelineLayout) titleLines(title string) []string {
	w := lay.TitleWidth
	if w <= 0 {
		w = 200
	}
	return Wrap(title, w-12, timelineSize, false, lay.TitleLines)
}

// taskHeight is the height of a measure's row: one row, and a line more
// for every further line of its title.
func (lay TimelineLayout) taskHeight(t Task) float64 {
	if lay.TitleLines <= 1 {
		return rowH
	}
	return rowH + float64(len(lay.titleLines(t.Title))-1)*titleLineH
}

// Timeline geometry.
const (
	rowH          = 14.0
	headerH       = 30.0
	timelineSize  = 7.5
	maxYearsAside = 5 // schedules may widen the period by this much each side
)

// MaxTimelineYears is the widest year span the timeline draws; schedules
// reaching farther are cut at its edges.
const MaxTimelineYears = 30

// TimelineChart draws the measures timeline: a header with the years and
// today's date, then for every goal a band with its title followed by one
// row per measure with its title, its state in words and its schedule as a
// bar in the state's fill and pattern across the years. A measure without
// a schedule says so in its row; one with only a start or an end is a
// narrow mark there. Year lines run down the whole chart and today is a
// dashed line. The period widens to the schedules (at most five years each
// side); bars beyond that are cut at the edge.
func TimelineChart(tl Timeline, lab TimelineLabels, lay TimelineLayout) Drawing {
	if lay.YearWidth <= 0 {
		lay.YearWidth = 120
	}
	if lay.TitleWidth <= 0 {
		lay.TitleWidth = 200
	}
	hdr := headerH
	if lay.NoHeader {
		hdr = 0
	}
	first, last := timelineYears(tl)
	stateW := stateColumn(lab)
	const pad = 4.0
	x0 := pad + lay.TitleWidth + stateW
	years := last - first + 1
	full := float64(years) * lay.YearWidth
	chartW, offset := full, 0.0
	if lay.ViewWidth > 0 && lay.ViewWidth < full {
		chartW = lay.ViewWidth
		offset = max(0, min(lay.Offset, full-chartW))
	}
	xl, xr := x0, x0+chartW
	// visible cuts a span of the years to the part in view.
	visible := func(a, b float64) (float64, float64, bool) {
		a, b = max(a, xl), min(b, xr)
		return a, b, b-a > 1e-9
	}
	start := time.Date(first, 1, 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(last+1, 1, 1, 0, 0, 0, 0, time.UTC)
	xOf := func(t time.Time) float64 {
		t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		if t.Before(start) {
			t = start
		}
		if t.After(end) {
			t = end
		}
		y := t.Year()
		ys := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		days := time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(ys).Hours() / 24
		return x0 - offset + (float64(y-first)+t.Sub(ys).Hours()/24/days)*lay.YearWidth
	}
	body := 0.0
	for _, g := range tl.Groups {
		body += rowH
		for _, t := range g.Tasks {
			body += lay.taskHeight(t)
		}
	}
	d := Drawing{W: x0 + chartW + pad, H: hdr + body + pad}
	bottom := d.H - pad

	// Year bands in the header and year lines down the chart.
	for y := first; y <= last; y++ {
		x := x0 - offset + float64(y-first)*lay.YearWidth
		if x >= xl-1e-9 && x <= xr+1e-9 {
			d.add(&Line{X1: x, Y1: min(2, hdr), X2: x, Y2: bottom, Width: 0.5, Color: lightGrey, R: RoleGrid})
		}
		// The year's label in the middle of the part of it in view.
		label := strconv.Itoa(y)
		if a, b, ok := visible(x, x+lay.YearWidth); ok && !lay.NoHeader && b-a >= TextWidth(label, timelineSize+0.5, true)+4 {
			d.add(&Text{X: (a + b) / 2, Y: 8, S: label, Size: timelineSize + 0.5, Color: black, Align: AlignMiddle, Bold: true, R: RoleYear})
		}
	}
	d.add(&Line{X1: x0 + chartW, Y1: min(2, hdr), X2: x0 + chartW, Y2: bottom, Width: 0.5, Color: lightGrey, R: RoleGrid})
	if !lay.NoHeader {
		d.add(&Line{X1: pad, Y1: hdr - 1, X2: x0 + chartW, Y2: hdr - 1, Width: 0.6, Color: midGrey, R: RoleAxis})
	}

	// Rows.
	y := hdr
	for _, g := range tl.Groups {
		d.add(&Rect{X: pad, Y: y, W: x0 + chartW - pad, H: rowH, Fill: rgb(240, 240, 240), R: RoleGroup})
		d.add(&Text{X: pad + 2, Y: y + rowH/2, S: Truncate(g.Title, x0+chartW-pad-4, timelineSize, true), Size: timelineSize, Color: black, Bold: true, R: RoleGroup})
		y += rowH
		for _, t := range g.Tasks {
			mid := y + rowH/2
			th := lay.taskHeight(t)
			for i, l := range lay.titleLines(t.Title) {
				d.add(&Text{X: pad + 8, Y: mid + float64(i)*titleLineH, S: l, Size: timelineSize, Color: black, R: RoleRowLabel})
			}
			if th > rowH {
				// A faint line under a wrapped title keeps its lines
				// together as one row.
				d.add(&Line{X1: pad + 8, Y1: y + th, X2: x0 + chartW, Y2: y + th, Width: 0.3, Color: rgb(225, 225, 225), R: RoleGrid})
			}
			d.add(&Text{X: pad + lay.TitleWidth, Y: mid, S: lab.States.Name(t.State), Size: timelineSize, Color: darkGrey, R: RoleState})
			bar := Box{Y: y + 2.5, H: rowH - 5}
			switch {
			case t.Start.IsZero() && t.End.IsZero():
				d.add(&Text{X: x0 + 4, Y: mid, S: lab.NoSchedule, Size: timelineSize, Color: midGrey, Italic: true, R: RoleNoData})
				y += th
				continue
			case t.Start.IsZero() || t.End.IsZero():
				day := t.Start
				if day.IsZero() {
					day = t.End
				}
				bar.X, bar.W = xOf(day)-1.5, 3
			default:
				bar.X = xOf(t.Start)
				bar.W = max(3, xOf(t.End.AddDate(0, 0, 1))-bar.X)
			}
			a, b, ok := visible(bar.X, bar.X+bar.W)
			if ok {
				bar.X, bar.W = a, b-a
				stateArea(&d, t.State, bar, RoleBar)
			}
			y += th
		}
	}

	// Today, over the rows.
	if x := xOf(tl.Today); !tl.Today.IsZero() && !tl.Today.Before(start) && tl.Today.Before(end) && x >= xl && x <= xr {
		d.add(&Line{X1: x, Y1: max(0, hdr-12), X2: x, Y2: bottom, Width: 1.2, Color: rgb(180, 0, 0), Dash: 2.5, R: RoleToday})
		if lay.NoHeader {
			return d
		}
		label := lab.Today + " " + locale.Date(lab.Lang, tl.Today)
		tw := TextWidth(label, timelineSize, true)
		lx := max(x0+tw/2, min(x, x0+chartW-tw/2))
		d.add(&Rect{X: lx - tw/2 - 1, Y: hdr - 12 - timelineSize*0.7, W: tw + 2, H: timelineSize * 1.4, Fill: white, R: RoleToday})
		d.add(&Text{X: lx, Y: hdr - 12, S: label, Size: timelineSize, Color: rgb(180, 0, 0), Align: AlignMiddle, Bold: true, R: RoleToday})
	}
	return d
}

// timelineYears returns the years the timeline spans: the period, widened
// to the schedules by at most maxYearsAside each side and MaxTimelineYears
// in all.
func timelineYears(tl Timeline) (first, last int) {
	first, last = tl.FirstYear, tl.LastYear
	if tl.Fixed && first != 0 && last >= first {
		return first, last
	}
	lo, hi := 0, 0
	for _, g := range tl.Groups {
		for _, t := range g.Tasks {
			for _, day := range []time.Time{t.Start, t.End} {
				if day.IsZero() {
					continue
				}
				if lo == 0 || day.Year() < lo {
					lo = day.Year()
				}
				hi = max(hi, day.Year())
			}
		}
	}
	switch {
	case first == 0 && last == 0 && lo == 0:
		return tl.Today.Year(), tl.Today.Year()
	case first == 0 && last == 0:
		first, last = lo, hi
	case first == 0:
		first = last
	case last == 0:
		last = first
	}
	if last < first {
		first, last = last, first
	}
	if lo != 0 {
		first = max(min(first, lo), first-maxYearsAside)
		last = min(max(last, hi), last+maxYearsAside)
	}
	if last-first+1 > MaxTimelineYears {
		last = first + MaxTimelineYears - 1
	}
	return first, last
}

// Years returns the years the timeline spans.
func (tl Timeline) Years() (first, last int) { return timelineYears(tl) }

// stateColumn is the width of the state column: the widest state name.
func stateColumn(lab TimelineLabels) float64 {
	w := 0.0
	for _, s := range States {
		w = max(w, TextWidth(lab.States.Name(s), timelineSize, false))
	}
	return w + 8
}

// FitTimeline returns the layout that makes the timeline width wide with
// a title column of titleWidth (the zoom that shows the whole period).
func FitTimeline(tl Timeline, lab TimelineLabels, width, titleWidth float64) TimelineLayout {
	first, last := timelineYears(tl)
	room := width - 8 - titleWidth - stateColumn(lab)
	return TimelineLayout{TitleWidth: titleWidth, YearWidth: max(20, room/float64(last-first+1))}
}

// TimelineHeight is the height of a timeline of rows rows (goal bands and
// measures).
func TimelineHeight(rows int) float64 { return headerH + float64(rows)*rowH + 4 }

// TimelineRows is how many rows fit in height.
func TimelineRows(height float64) int { return max(0, int((height-headerH-4)/rowH)) }

// Pages splits the timeline into pages for print: the first page holds
// first rows, every later one rows (goal bands count as rows, and a goal
// continued on a new page repeats its band). All pages span the years of
// the whole timeline. When first is too small for a band and a measure,
// the first page is empty: the caller starts a new page.
func (tl Timeline) Pages(first, rows int) []Timeline {
	return tl.pages(float64(first)*rowH, float64(max(rows, 2))*rowH, func(Task) float64 { return rowH })
}

// PagesFit splits the timeline drawn with lay into pages for print by
// height: the first page has first (chart units, the header included)
// below the current position, every later one full. A measure whose title
// wraps takes the height of its lines. As with Pages, an empty first
// page means the caller starts a new page.
func (tl Timeline) PagesFit(lay TimelineLayout, first, full float64) []Timeline {
	room := func(h float64) float64 { return h - headerH - 4 }
	return tl.pages(room(first), max(room(full), 2*rowH+4*titleLineH), lay.taskHeight)
}

// pages splits the timeline into pages whose rows take at most first,
// then rows, of height; a goal band is rowH high and needs room for
// itself and its first measure.
func (tl Timeline) pages(first, rows float64, height func(Task) float64) []Timeline {
	y0, y1 := timelineYears(tl)
	const eps = 1e-9
	page := func() Timeline {
		return Timeline{FirstYear: y0, LastYear: y1, Today: tl.Today, Fixed: true}
	}
	var out []Timeline
	cur, room := page(), first
	flush := func() {
		if len(cur.Groups) > 0 || len(out) == 0 {
			out = append(out, cur)
		}
		cur, room = page(), rows
	}
	for _, g := range tl.Groups {
		tasks := g.Tasks
		for {
			// A band needs room for itself and one measure under it.
			need := rowH
			if len(tasks) > 0 {
				need += height(tasks[0])
			}
			if room+eps < need {
				flush()
			}
			room -= rowH
			n := 0
			// A new page takes at least one measure, however tall.
			for n < len(tasks) && (room+eps >= height(tasks[n]) || n == 0 && room == rows-rowH) {
				room -= height(tasks[n])
				n++
			}
			cur.Groups = append(cur.Groups, TaskGroup{Title: g.Title, Tasks: tasks[:n]})
			tasks = tasks[n:]
			if len(tasks) == 0 {
				break
			}
			flush()
		}
	}
	if len(cur.Groups) > 0 {
		out = append(out, cur)
	}
	return out
}

// TimelineSpan returns where the years start in a timeline drawn with lay
// (after the title and state columns) and how wide all the years are.
func TimelineSpan(tl Timeline, lab TimelineLabels, lay TimelineLayout) (columns, years float64) {
	if lay.YearWidth <= 0 {
		lay.YearWidth = 120
	}
	if lay.TitleWidth <= 0 {
		lay.TitleWidth = 200
	}
	first, last := timelineYears(tl)
	return 4 + lay.TitleWidth + stateColumn(lab), float64(last-first+1) * lay.YearWidth
}
