package chart

import (
	"fmt"
	"strings"
	"testing"
)

func TestWrap(t *testing.T) {
	cases := []struct {
		s        string
		width    float64
		maxLines int
		want     []string
	}{
		{"lyhyt", 100, 3, []string{"lyhyt"}},
		{"", 100, 3, []string{""}},
		{"yksi kaksi kolme", 30, 3, []string{"yksi", "kaksi", "kolme"}},
		{"yksi kaksi kolme neljä", 30, 2, []string{"yksi", "kaksi…"}},
		{"yksi kaksi kolme", 30, 0, []string{"yksi k…"}},
	}
	for _, c := range cases {
		got := Wrap(c.s, c.width, 7.5, false, c.maxLines)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("Wrap(%q, %v, %d) = %q, want %q", c.s, c.width, c.maxLines, got, c.want)
		}
		for _, l := range got {
			if TextWidth(l, 7.5, false) > c.width {
				t.Errorf("line %q is wider than %v", l, c.width)
			}
		}
	}
}

// TestTimelineWrapsTitles: with TitleLines a long title takes more lines
// (each inside its column, none cut), its row grows by the lines, and
// PagesFit splits by those heights so that no page's drawing is higher
// than the room given.
func TestTimelineWrapsTitles(t *testing.T) {
	long := "Monialainen ohjaus- ja neuvontapalvelu, jossa kunnan ja järjestöjen työntekijät palvelevat yhdessä"
	var tasks []Task
	for i := range 30 {
		tasks = append(tasks, Task{Title: fmt.Sprint(i+1, ". ", long), Start: day(2026, 1, 1), End: day(2026, 12, 31), State: States[i%5]})
	}
	tl := Timeline{FirstYear: 2026, LastYear: 2029, Groups: []TaskGroup{{Title: "G", Tasks: tasks}}}
	one := TimelineChart(tl, testTimelineLabels, TimelineLayout{TitleWidth: 200})
	lay := TimelineLayout{TitleWidth: 200, TitleLines: 3}
	d := TimelineChart(tl, testTimelineLabels, lay)
	labels := d.ByRole(RoleRowLabel)
	if len(labels) <= 30 {
		t.Fatalf("%d title lines for 30 long titles, want more than one each", len(labels))
	}
	text := ""
	for _, s := range labels {
		l := s.(*Text)
		if b := l.Box(); b.X+b.W > 4+200 {
			t.Errorf("title line %q reaches %v, past its column", l.S, b.X+b.W)
		}
		text += l.S + " "
	}
	if strings.Contains(text, "…") || !strings.Contains(text, "30. "+long) {
		t.Errorf("titles cut or missing: %q", text)
	}
	if d.H <= one.H {
		t.Errorf("wrapped timeline %v high, one-line %v", d.H, one.H)
	}
	checkLegible(t, d)

	const first, full = 150.0, 400.0
	pages := tl.PagesFit(lay, first, full)
	n := 0
	for i, pg := range pages {
		h := TimelineChart(pg, testTimelineLabels, lay).H
		room := full
		if i == 0 {
			room = first
		}
		if h > room+1e-6 {
			t.Errorf("page %d is %v high, room %v", i, h, room)
		}
		for _, g := range pg.Groups {
			n += len(g.Tasks)
		}
	}
	if n != 30 || len(pages) < 3 {
		t.Errorf("%d pages with %d measures, want all 30 over at least 3", len(pages), n)
	}
}
