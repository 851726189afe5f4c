package chart

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

var testTimelineLabels = TimelineLabels{States: testStateLabels, NoSchedule: "ei aikataulua", Today: "Tänään"}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// bars lists the x and width of the bars (not the legend).
func bars(d Drawing) string {
	var out []string
	for _, s := range d.ByRole(RoleBar) {
		r := s.(*Rect)
		out = append(out, fmt.Sprintf("%.1f+%.1f", r.X, r.W))
	}
	return strings.Join(out, " ")
}

func TestTimelineChart(t *testing.T) {
	lay := TimelineLayout{YearWidth: 100, TitleWidth: 150}
	// The chart starts at 4 + 150 + the state column (widest name + 8).
	x0 := 4 + 150 + TextWidth("Suunniteltu", timelineSize, false) + 8
	cases := []struct {
		name   string
		tl     Timeline
		years  string
		bars   string
		today  string
		nodata int
		rows   string
	}{
		{
			name: "typical",
			tl: Timeline{FirstYear: 2026, LastYear: 2029, Today: day(2026, 12, 2), Groups: []TaskGroup{
				{Title: "Työ", Tasks: []Task{
					{Title: "Kielikurssi", Start: day(2026, 1, 1), End: day(2026, 12, 31), State: StateOngoing},
					{Title: "Mentorointi", Start: day(2027, 7, 1), End: day(2029, 6, 30), State: StatePlanned},
				}},
				{Title: "Asuminen", Tasks: []Task{{Title: "Opas", State: StateDone}}},
			}},
			years:  "2026|2027|2028|2029",
			bars:   fmt.Sprintf("%.1f+100.0 %.1f+200.0", x0, x0+149.6),
			today:  fmt.Sprintf("%.1f", x0+91.8),
			nodata: 1,
			rows:   "Kielikurssi|Mentorointi|Opas",
		},
		{
			name: "schedules outside the period widen it, at most five years each side",
			tl: Timeline{FirstYear: 2026, LastYear: 2029, Today: day(2020, 1, 1), Groups: []TaskGroup{{Title: "G", Tasks: []Task{
				{Title: "Early", Start: day(2024, 1, 1), End: day(2026, 12, 31)},
				{Title: "Very late", Start: day(2029, 1, 1), End: day(2040, 12, 31)},
			}}}},
			years: "2024|2025|2026|2027|2028|2029|2030|2031|2032|2033|2034",
			bars:  fmt.Sprintf("%.1f+300.0 %.1f+600.0", x0, x0+500),
			rows:  "Early|Very late",
		},
		{
			name: "start only and end only are narrow marks",
			tl: Timeline{FirstYear: 2026, LastYear: 2027, Groups: []TaskGroup{{Title: "G", Tasks: []Task{
				{Title: "From", Start: day(2027, 1, 1)},
				{Title: "Until", End: day(2026, 12, 31)},
			}}}},
			years: "2026|2027",
			bars:  fmt.Sprintf("%.1f+3.0 %.1f+3.0", x0+98.5, x0+98.2),
			rows:  "From|Until",
		},
		{
			name:  "no period and no schedules: today's year",
			tl:    Timeline{Today: day(2026, 6, 1), Groups: []TaskGroup{{Title: "G", Tasks: []Task{{Title: "A"}}}}},
			years: "2026", nodata: 1, today: fmt.Sprintf("%.1f", x0+41.4),
			rows: "A",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := TimelineChart(c.tl, testTimelineLabels, lay)
			today := ""
			for _, s := range d.ByRole(RoleToday) {
				if l, ok := s.(*Line); ok {
					today = fmt.Sprintf("%.1f", l.X1)
				}
			}
			got := []string{texts(d, RoleYear), bars(d), today, fmt.Sprint(len(d.ByRole(RoleNoData))), texts(d, RoleRowLabel)}
			want := []string{c.years, c.bars, c.today, fmt.Sprint(c.nodata), c.rows}
			for i, field := range []string{"years", "bars", "today", "no-schedule rows", "rows"} {
				if got[i] != want[i] {
					t.Errorf("%s = %q, want %q", field, got[i], want[i])
				}
			}
			checkLegible(t, d)
		})
	}
}

// TestTimelineStatesInWords pins that every row names its state in text.
func TestTimelineStatesInWords(t *testing.T) {
	var tasks []Task
	for _, s := range States {
		tasks = append(tasks, Task{Title: "M", Start: day(2026, 1, 1), End: day(2026, 6, 30), State: s})
	}
	d := TimelineChart(Timeline{FirstYear: 2026, LastYear: 2026, Groups: []TaskGroup{{Title: "G", Tasks: tasks}}}, testTimelineLabels, TimelineLayout{})
	if got := texts(d, RoleState); got != "Suunniteltu|Käynnissä|Valmis|Viivästynyt|Luovuttu" {
		t.Errorf("state column = %q", got)
	}
}

// TestTimelineLarge lays out 400 measures in 20 goals: one row each, the
// height grows by one row per measure, titles are cut to their column and
// no text touches another.
func TestTimelineLarge(t *testing.T) {
	var groups []TaskGroup
	for g := range 20 {
		var tasks []Task
		for m := range 20 {
			start := day(2026+m%4, 1+m%12, 1)
			tasks = append(tasks, Task{
				Title: fmt.Sprintf("Toimenpide %d.%d, jonka nimi on hyvin pitkä ja jatkuu yli sarakkeen", g+1, m+1),
				Start: start, End: start.AddDate(0, 3+m, -1), State: States[m%5],
			})
		}
		groups = append(groups, TaskGroup{Title: fmt.Sprintf("Tavoite %d", g+1), Tasks: tasks})
	}
	d := TimelineChart(Timeline{FirstYear: 2026, LastYear: 2029, Today: day(2026, 12, 2), Groups: groups}, testTimelineLabels, TimelineLayout{})
	if want := headerH + 420*rowH + 4; d.H != want {
		t.Errorf("height %v, want %v", d.H, want)
	}
	if n := len(d.ByRole(RoleRowLabel)); n != 400 {
		t.Errorf("%d row labels, want 400", n)
	}
	if n := len(d.ByRole(RoleBar)); n != 400 {
		t.Errorf("%d bars, want 400", n)
	}
	for _, s := range d.ByRole(RoleRowLabel) {
		if b := s.Box(); b.X+b.W > 4+200 {
			t.Fatalf("row label %q reaches %v, past its column", s.(*Text).S, b.X+b.W)
		}
	}
	if len(d.Shapes) > 400*40 {
		t.Errorf("%d shapes for 400 measures", len(d.Shapes))
	}
	checkLegible(t, d)
}

func BenchmarkTimelineLarge(b *testing.B) {
	var tasks []Task
	for m := range 400 {
		tasks = append(tasks, Task{Title: fmt.Sprint("Toimenpide ", m), Start: day(2026, 1, 1), End: day(2027, 6, 30), State: States[m%5]})
	}
	tl := Timeline{FirstYear: 2026, LastYear: 2029, Groups: []TaskGroup{{Title: "G", Tasks: tasks}}}
	for b.Loop() {
		TimelineChart(tl, testTimelineLabels, TimelineLayout{})
	}
}

func TestTimelinePages(t *testing.T) {
	task := Task{Title: "M", Start: day(2027, 1, 1), End: day(2040, 12, 31)}
	tl := Timeline{FirstYear: 2026, LastYear: 2029, Groups: []TaskGroup{
		{Title: "A", Tasks: []Task{task, task, task}},
		{Title: "B", Tasks: []Task{task}},
		{Title: "C"},
		{Title: "D", Tasks: []Task{task, task, task, task, task}},
	}}
	cases := []struct {
		name        string
		first, rows int
		want        string // per page: goal(measures) …
	}{
		{"all on one page", 20, 20, "A3 B1 C0 D5"},
		{"a full first page", 6, 4, "A3 B1 | C0 D2 | D3"},
		{"a band is not left alone at the foot", 5, 4, "A3 | B1 C0 | D3 | D2"},
		{"no room on the first page leaves it empty", 1, 10, " | A3 B1 C0 D2 | D3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var pages []string
			for _, p := range tl.Pages(c.first, c.rows) {
				var gs []string
				for _, g := range p.Groups {
					gs = append(gs, fmt.Sprint(g.Title, len(g.Tasks)))
				}
				pages = append(pages, strings.Join(gs, " "))
				if y0, y1 := p.Years(); y0 != 2026 || y1 != 2034 {
					t.Errorf("page years %d–%d, want the whole timeline's 2026–2034", y0, y1)
				}
			}
			if got := strings.Join(pages, " | "); got != c.want {
				t.Errorf("pages %q, want %q", got, c.want)
			}
		})
	}
}

func TestFitTimeline(t *testing.T) {
	tl := Timeline{FirstYear: 2026, LastYear: 2029}
	lay := FitTimeline(tl, testTimelineLabels, 453, 170)
	d := TimelineChart(tl, testTimelineLabels, lay)
	if d.W < 452.9 || d.W > 453.1 {
		t.Errorf("fitted timeline is %v wide, want 453", d.W)
	}
}

// TestTimelineWindow shows part of the years under the fixed columns: bars
// are cut to the view, years out of view have no label, today only when in
// view, and the drawing is as wide as the columns and the view.
func TestTimelineWindow(t *testing.T) {
	x0 := 4 + 150 + TextWidth("Suunniteltu", timelineSize, false) + 8
	tl := Timeline{FirstYear: 2026, LastYear: 2029, Today: day(2026, 7, 2), Groups: []TaskGroup{{Title: "G", Tasks: []Task{
		{Title: "A", Start: day(2026, 1, 1), End: day(2026, 12, 31)},
		{Title: "B", Start: day(2027, 7, 1), End: day(2029, 6, 30)},
		{Title: "C", Start: day(2029, 1, 1), End: day(2029, 12, 31)},
	}}}}
	cases := []struct {
		name        string
		offset      float64
		years, bars string
		today       bool
		width       float64
	}{
		{"start", 0, "2026|2027", fmt.Sprintf("%.1f+100.0 %.1f+50.4", x0, x0+149.6), true, x0 + 200 + 4},
		{"middle", 150, "2027|2028|2029", fmt.Sprintf("%.1f+199.6 %.1f+50.0", x0, x0+150), false, x0 + 200 + 4},
		{"past the end is the end", 999, "2028|2029", fmt.Sprintf("%.1f+149.6 %.1f+100.0", x0, x0+100), false, x0 + 200 + 4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := TimelineChart(tl, testTimelineLabels, TimelineLayout{YearWidth: 100, TitleWidth: 150, ViewWidth: 200, Offset: c.offset})
			if got := texts(d, RoleYear); got != c.years {
				t.Errorf("years %q, want %q", got, c.years)
			}
			if got := bars(d); got != c.bars {
				t.Errorf("bars %q, want %q", got, c.bars)
			}
			if got := len(d.ByRole(RoleToday)) > 0; got != c.today {
				t.Errorf("today shown %v, want %v", got, c.today)
			}
			if d.W != c.width {
				t.Errorf("width %v, want %v", d.W, c.width)
			}
			if got := texts(d, RoleState); strings.Count(got, "|") != 2 {
				t.Errorf("states %q: every row keeps its state in words", got)
			}
			checkLegible(t, d)
		})
	}
	cols, years := TimelineSpan(tl, testTimelineLabels, TimelineLayout{YearWidth: 100, TitleWidth: 150})
	if cols != x0 || years != 400 {
		t.Errorf("span %v, %v; want %v, 400", cols, years, x0)
	}
}

// TestTimelineHeaderApart draws the header and the rows apart, as the app
// does to keep the years in sight: the rows without years or today's
// label, the header (a timeline of no goals) with them.
func TestTimelineHeaderApart(t *testing.T) {
	tl := Timeline{FirstYear: 2026, LastYear: 2027, Today: day(2026, 7, 2), Groups: []TaskGroup{{Title: "G", Tasks: []Task{{Title: "A", Start: day(2026, 1, 1), End: day(2026, 12, 31)}}}}}
	lay := TimelineLayout{YearWidth: 100, TitleWidth: 150, NoHeader: true}
	rows := TimelineChart(tl, testTimelineLabels, lay)
	if rows.H != 2*rowH+4 || texts(rows, RoleYear) != "" || len(rows.ByRole(RoleToday)) != 1 {
		t.Errorf("rows: height %v, years %q, %d today shapes (want the line only)", rows.H, texts(rows, RoleYear), len(rows.ByRole(RoleToday)))
	}
	head := TimelineChart(Timeline{FirstYear: 2026, LastYear: 2027, Today: tl.Today, Fixed: true}, testTimelineLabels, TimelineLayout{YearWidth: 100, TitleWidth: 150})
	if head.H != headerH+4 || texts(head, RoleYear) != "2026|2027" || head.W != rows.W {
		t.Errorf("header: height %v, years %q, width %v (rows %v)", head.H, texts(head, RoleYear), head.W, rows.W)
	}
}

// TestTimelineTodayInLanguage: today's date over the line is written as
// readers of the labels' language write dates.
func TestTimelineTodayInLanguage(t *testing.T) {
	tl := Timeline{FirstYear: 2026, LastYear: 2027, Today: day(2026, 12, 2), Groups: []TaskGroup{{Title: "G", Tasks: []Task{{Title: "T"}}}}}
	for lang, want := range map[string]string{"fi": "Tänään 2.12.2026", "sv": "Tänään 2.12.2026", "en": "Tänään 2 December 2026"} {
		lab := testTimelineLabels
		lab.Lang = lang
		var got []string
		for _, s := range TimelineChart(tl, lab, TimelineLayout{}).ByRole(RoleToday) {
			if tx, ok := s.(*Text); ok {
				got = append(got, tx.S)
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%s: today's label %q, want %q", lang, got, want)
		}
	}
}
