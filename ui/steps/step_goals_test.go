package steps

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// formWidgets collects the widgets of a form, in order, by looking through
// containers and the widgets.ShowNotifier wrapper.
func formWidgets(o fyne.CanvasObject) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		case *widgets.ShowNotifier:
			walk(w.ScrollChildren()[0])
		default:
			out = append(out, o)
		}
	}
	walk(o)
	return out
}

// entriesWith returns the entries (plain or with suggestions) whose
// placeholder is ph, in form order.
func entriesWith(o fyne.CanvasObject, ph string) []*widget.Entry {
	var out []*widget.Entry
	for _, w := range formWidgets(o) {
		switch e := w.(type) {
		case *widget.Entry:
			if e.PlaceHolder == ph {
				out = append(out, e)
			}
		case *widgets.SelectEntry:
			if e.PlaceHolder == ph {
				out = append(out, &e.Entry)
			}
		}
	}
	return out
}

// entryWith returns the one entry with placeholder ph.
func entryWith(t *testing.T, o fyne.CanvasObject, ph string) *widget.Entry {
	t.Helper()
	es := entriesWith(o, ph)
	if len(es) != 1 {
		t.Fatalf("%d entries with placeholder %q, want 1", len(es), ph)
	}
	return es[0]
}

// checkLabelled returns the check with the given label.
func checkLabelled(t *testing.T, o fyne.CanvasObject, label string) *widget.Check {
	t.Helper()
	for _, w := range formWidgets(o) {
		if c, ok := w.(*widget.Check); ok && c.Text == label {
			return c
		}
		if c, ok := w.(*widgets.WrappedCheck); ok && c.Label.Text == label {
			return c.Check
		}
	}
	t.Fatalf("no check %q", label)
	return nil
}

// selects returns the drop-downs of a form in order.
func selects(o fyne.CanvasObject) []*widgets.Select {
	var out []*widgets.Select
	for _, w := range formWidgets(o) {
		if s, ok := w.(*widgets.Select); ok {
			out = append(out, s)
		}
	}
	return out
}

// buttonLabelled returns the button with the given text.
func buttonLabelled(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	for _, w := range formWidgets(o) {
		if b, ok := w.(*widget.Button); ok && b.Text == text {
			return b
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

// dangerLabels returns the texts of visible error messages in a form.
func dangerLabels(o fyne.CanvasObject) []string {
	var out []string
	for _, w := range formWidgets(o) {
		if l, ok := w.(*widget.Label); ok && l.Importance == widget.DangerImportance && l.Visible() && l.Text != "" {
			out = append(out, l.Text)
		}
	}
	return out
}

func measureTitles(g *programme.Goal) []string {
	var out []string
	for _, m := range g.Measures {
		out = append(out, m.Title)
	}
	return out
}

func TestGoalsEditorAddEditReorderDelete(t *testing.T) {
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	v := newGoalsView(stepCtx(t, m, "goals"))
	test.NewWindow(v.content()).Resize(fyne.NewSize(1200, 800))
	if got := v.findings.Findings(); len(got) != 1 || got[0].Code != "goals.none" {
		t.Errorf("findings of an empty programme: %+v", got)
	}

	test.Tap(v.goals.w.AddButton())
	form := v.goals.w.Detail()
	test.Type(entryWith(t, form, "Esim. Maahanmuuttaneiden työllisyys paranee"), "Työllisyys paranee")
	selects(form)[0].SetSelected("Työllisyys")
	checkLabelled(t, form, "Kuntastrategia").SetChecked(true)
	checkLabelled(t, form, "Hyvinvointisuunnitelma").SetChecked(true)
	test.Type(entryWith(t, form, "Mihin tilannekuvan havaintoon tavoite vastaa?"), "Työllisyysaste on matala.")

	test.Tap(v.goals.w.AddButton())
	form = v.goals.w.Detail()
	test.Type(entryWith(t, form, "Esim. Maahanmuuttaneiden työllisyys paranee"), "Asuminen")
	selects(form)[0].SetSelected("Muu teema…")
	custom := entryWith(t, form, "Kirjoita teema, esim. asuminen")
	if !custom.Visible() {
		t.Error("custom theme entry hidden after choosing a custom theme")
	}
	test.Type(custom, "Asuminen ja alueet")

	p := stored(t, m)
	if len(p.Goals) != 2 {
		t.Fatalf("%d goals stored", len(p.Goals))
	}
	a, b := p.Goals[0], p.Goals[1]
	if a.Title != "Työllisyys paranee" || a.Theme != "employment" || a.Rationale != "Työllisyysaste on matala." ||
		!reflect.DeepEqual(a.Strategies, []string{"municipal-strategy", "welfare-plan"}) {
		t.Errorf("first goal stored as %+v", a)
	}
	if b.Title != "Asuminen" || b.Theme != "" || b.CustomTheme != "Asuminen ja alueet" {
		t.Errorf("second goal stored as %+v", b)
	}

	// Reorder: the selected second goal moves first.
	test.Tap(v.goals.w.UpButton())
	p = stored(t, m)
	if p.Goals[0].ID != b.ID || p.Goals[1].ID != a.ID {
		t.Fatalf("after moving up: %q, %q", p.Goals[0].Title, p.Goals[1].Title)
	}

	// Measures of the employment goal: add two, reorder, fix a schedule.
	v.showMeasuresOf(a.ID)
	test.Tap(v.measures.w.AddButton())
	mf := v.measures.w.Detail()
	test.Type(entryWith(t, mf, "Mitä tehdään?"), "Työkokeilu")
	test.Type(entryWith(t, mf, "Esim. työllisyyspalvelut"), "Työllisyyspalvelut")
	start, end := entryWith(t, mf, "Alkaa, esim. 3/2026"), entryWith(t, mf, "Päättyy, esim. 12/2027")
	test.Type(start, "3/2026")
	test.Type(end, "2/2026")
	if msgs := dangerLabels(mf); len(msgs) != 1 || msgs[0] != lang346(t, "goals.err.endBeforeStart") {
		t.Errorf("end before start: messages %q", msgs)
	}
	p = stored(t, m)
	m1 := p.Goal(a.ID).Measures[0]
	if m1.Start != "2026-03" || m1.End != "" || end.Text != "2/2026" || start.Text != "3/2026" {
		t.Errorf("end before start stored as %q–%q; entries %q–%q", m1.Start, m1.End, start.Text, end.Text)
	}
	end.SetText("12/2027")
	if msgs := dangerLabels(mf); len(msgs) != 0 {
		t.Errorf("messages after fixing: %q", msgs)
	}
	selects(mf)[0].SetSelected("Käynnissä")
	p = stored(t, m)
	m1 = p.Goal(a.ID).Measures[0]
	if m1.Title != "Työkokeilu" || m1.Responsible != "Työllisyyspalvelut" || m1.Start != "2026-03" || m1.End != "2027-12" || m1.Status != programme.MeasureOngoing {
		t.Errorf("measure stored as %+v", m1)
	}

	test.Tap(v.measures.w.AddButton())
	test.Type(entryWith(t, v.measures.w.Detail(), "Mitä tehdään?"), "Rekrytointitapahtuma")
	test.Tap(v.measures.w.UpButton())
	p = stored(t, m)
	if got := measureTitles(p.Goal(a.ID)); !reflect.DeepEqual(got, []string{"Rekrytointitapahtuma", "Työkokeilu"}) {
		t.Fatalf("measures after moving up: %q", got)
	}

	// Move the selected measure to the other goal.
	mf = v.measures.w.Detail()
	selects(mf)[1].SetSelected("Asuminen")
	test.Tap(buttonLabelled(t, mf, "Siirrä"))
	p = stored(t, m)
	if got := measureTitles(p.Goal(a.ID)); !reflect.DeepEqual(got, []string{"Työkokeilu"}) {
		t.Errorf("employment goal's measures after the move: %q", got)
	}
	if got := measureTitles(p.Goal(b.ID)); !reflect.DeepEqual(got, []string{"Rekrytointitapahtuma"}) {
		t.Errorf("housing goal's measures after the move: %q", got)
	}
	if !v.moved.Visible() || v.moved.Text == "" {
		t.Error("the move was not confirmed")
	}

	// Delete a measure, then a goal that an indicator follows.
	v.measures.remove(p.Goal(a.ID).Measures[0].ID)
	m.editor.edit(func(p *programme.Programme) {
		p.Monitoring.AddIndicator(programme.Indicator{Name: "x", GoalIDs: []string{a.ID, b.ID}})
	})
	v.tabs.SelectIndex(0)
	v.goals.remove(a.ID)
	p = stored(t, m)
	if len(p.Goals) != 1 || p.Goals[0].ID != b.ID {
		t.Fatalf("goals after delete: %+v", p.Goals)
	}
	if got := p.Monitoring.Indicators[0].GoalIDs; !reflect.DeepEqual(got, []string{b.ID}) {
		t.Errorf("indicator still links the deleted goal: %v", got)
	}
	for _, f := range v.findings.Findings() {
		if f.Code == "goals.none" {
			t.Error("findings not refreshed after adding goals")
		}
	}
}

func TestGoalsFindingOpensMeasure(t *testing.T) {
	m, _ := newTestWindow(t)
	p := openDemo(t, m)
	v := newGoalsView(stepCtx(t, m, "goals"))
	test.NewWindow(v.content()).Resize(fyne.NewSize(1200, 800))
	var fd programme.Finding
	for _, f := range v.findings.Findings() {
		if f.Code == "goals.noResponsible" {
			fd = f
		}
	}
	if fd.Ref == "" {
		t.Fatal("demo has no measure without a responsible party")
	}
	v.onFindingSelected(fd)
	g, mm := p.FindMeasure(fd.Ref[len("measure:"):])
	if v.tabs.SelectedIndex() != 1 || v.goalID != g.ID || v.measures.selectedID() != mm.ID {
		t.Errorf("finding opened tab %d, goal %q, measure %q", v.tabs.SelectedIndex(), v.goalID, v.measures.selectedID())
	}
}

// lang346 returns a Finnish text by key, failing when it is missing.
func lang346(t *testing.T, key string) string {
	t.Helper()
	fi := loadTranslations(t, "fi")
	s, ok := fi[key].(string)
	if !ok {
		t.Fatalf("no Finnish text for %q", key)
	}
	return s
}

// TestFindingCodesAreTranslated produces every finding of steps 3, 4 and 6
// and checks that each code has its Finnish sentence.
func TestFindingCodesAreTranslated(t *testing.T) {
	tpl := checklist.Default()
	fi := loadTranslations(t, "fi")
	bad := programme.New(tpl, []string{"Akaa"}, "Ohjelma", 2026, 2029)
	bad.Situation.Figures = []programme.Figure{{ID: "f"}}
	bad.Goals = []programme.Goal{{ID: "g", Measures: []programme.Measure{{ID: "m", Start: "2027", End: "2026"}}}, {ID: "h", Title: "H"}}
	bad.Monitoring.Indicators = []programme.Indicator{{ID: "i", Baseline: programme.Point{Year: 2026}, Target: programme.Point{Year: 2025}}}
	bad.Monitoring.Plan.Who = "x"
	codes := map[string]bool{}
	for _, p := range []*programme.Programme{programme.New(tpl, []string{"Akaa"}, "Ohjelma", 2026, 2029), programme.Demo(tpl), bad} {
		for _, step := range []string{"situation", "goals", "monitoring"} {
			for _, f := range p.MissingIn(tpl, step) {
				codes[f.Code] = true
			}
		}
	}
	if len(codes) < 25 {
		t.Errorf("only %d codes produced; the test programmes no longer reach every rule", len(codes))
	}
	for c := range codes {
		if _, ok := fi["missing."+c]; !ok {
			t.Errorf("finding %q has no Finnish text", c)
		}
	}
}

func TestShowMeasuresCountFollowsTheMeasures(t *testing.T) {
	m, _ := newTestWindow(t)
	p := openDemo(t, m)
	v := newGoalsView(stepCtx(t, m, "goals"))
	v.content()
	g := p.Goals[0]
	v.goals.selectRow(g.ID)
	want := fmt.Sprintf("Näytä toimenpiteet (%d)", len(g.Measures))
	if v.showBtn == nil || v.showBtn.Text != want {
		t.Fatalf("button says %v, want %q", v.showBtn, want)
	}
	v.showMeasuresOf(g.ID)
	v.measures.add()
	v.measures.add()
	v.tabs.SelectIndex(0)
	want = fmt.Sprintf("Näytä toimenpiteet (%d)", len(g.Measures)+2)
	if v.showBtn.Text != want {
		t.Errorf("after adding two measures the button says %q, want %q", v.showBtn.Text, want)
	}
}

// followupHost is a testHost that can show the follow-up view
// (steps.Followups) and counts how often it was asked to.
type followupHost struct {
	*testHost
	shown int
}

func (h *followupHost) ShowFollowup() { h.shown++ }

// TestMeasureStatusFromFollowup: once a follow-up round records a
// measure's state, step 4 shows that state as text with the round's year
// and a link to the follow-up view instead of a choice that the summaries
// would ignore; a measure no round records keeps its choice.
func TestMeasureStatusFromFollowup(t *testing.T) {
	m, _ := newTestWindow(t)
	p := programme.Demo(checklist.Default())
	if err := programme.DemoFollowup(p); err != nil {
		t.Fatal(err)
	}
	open(t, m, p)
	late := p.Goals[0].AddMeasure(programme.Measure{Title: "Uusi toimenpide", Status: programme.MeasureOngoing})
	if err := m.store.Save(p); err != nil {
		t.Fatal(err)
	}
	if err := m.openProgramme(p.ID); err != nil {
		t.Fatal(err)
	}
	host := &followupHost{testHost: m.editor}
	step, _ := m.editor.tpl.Step("goals")
	v := newGoalsView(NewContext(host, step))
	test.NewWindow(v.content()).Resize(fyne.NewSize(1200, 800))
	p = m.editor.Programme()
	v.showMeasuresOf(p.Goals[0].ID)

	followed := p.Goals[0].Measures[0]
	year := p.CurrentStatusYear(followed)
	if year == 0 {
		t.Fatal("the demo's first measure has no state from a round")
	}
	v.measures.selectRow(followed.ID)
	form := v.measures.w.Detail()
	// The state's choice offers the states; the form's other choice is
	// the goal to move the measure to.
	stateChoices := func(o fyne.CanvasObject) []*widgets.Select {
		var out []*widgets.Select
		for _, s := range selects(o) {
			if slices.Contains(s.Options, "Toteutettu") {
				out = append(out, s)
			}
		}
		return out
	}
	if n := len(stateChoices(form)); n != 0 {
		t.Errorf("%d choices in the form of a measure whose state a round holds", n)
	}
	var texts []string
	var link *widgets.TapLabel
	for _, o := range formWidgets(form) {
		switch w := o.(type) {
		case *widget.Label:
			texts = append(texts, w.Text)
		case *widgets.TapLabel:
			link = w
		}
	}
	note := fmt.Sprintf("Tila seurannasta %d – muuta vuosiseurannassa", year)
	state := i18n.MeasureStatusText(p.CurrentStatus(followed))
	if !slices.Contains(texts, note) || !slices.Contains(texts, state) {
		t.Errorf("form texts %q lack %q or the state %q", texts, note, state)
	}
	if link == nil {
		t.Fatal("no link to the follow-up view")
	}
	test.Tap(link)
	if host.shown != 1 {
		t.Errorf("the link showed the follow-up view %d times", host.shown)
	}
	if d := measureDetail(p, &followed); !strings.Contains(d, state) {
		t.Errorf("list line %q lacks the current state %q", d, state)
	}

	v.measures.selectRow(late.ID)
	ss := stateChoices(v.measures.w.Detail())
	if len(ss) != 1 || ss[0].Selected != "Käynnissä" {
		t.Fatalf("a measure no round records should keep its choice, got %d", len(ss))
	}
	ss[0].SetSelected("Toteutettu")
	if got := stored(t, m).Goals[0].Measures[len(p.Goals[0].Measures)-1]; got.Status != programme.MeasureDone {
		t.Errorf("late measure stored in state %s", got.Status)
	}
}
