package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/export"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// openFollowup opens the demo and its follow-up view.
func openFollowup(t *testing.T) (*MainWindow, *followupPanel) {
	t.Helper()
	m, _ := newTestWindow(t)
	openDemo(t, m)
	m.win.Resize(fyne.NewSize(1366, 768))
	m.editor.showFollowup()
	f := m.editor.follow
	if f == nil || f.v.sidebar.follow.Importance != widget.HighImportance {
		t.Fatal("follow-up view did not open, or the sidebar does not show it selected")
	}
	return m, f
}

// rowOf returns the list's row view for row index i, filled.
func rowOf(f *followupPanel, i int) *followRowView {
	o := f.createRow()
	f.updateRow(i, o)
	return o.(*followRowHolder).view
}

func rowIndex(f *followupPanel, kind followRowKind, id string) int {
	for i, r := range f.rows {
		if r.kind == kind && r.id == id {
			return i
		}
	}
	return -1
}

func TestFollowupOpenFillClose(t *testing.T) {
	m, f := openFollowup(t)
	if f.round() != nil || f.empty.Hidden || !f.reportBtn.Disabled() {
		t.Fatalf("a programme without rounds should show the empty text and no report")
	}
	if err := f.openRound(2027); err != nil {
		t.Fatal(err)
	}
	if err := f.openRound(2027); err == nil || !strings.Contains(followupErrorText(err), "jo seuranta") {
		t.Errorf("opening 2027 twice: %v", err)
	}
	p := m.editor.session.Programme()
	g := p.Goals[0]
	ms := g.Measures[0]
	ind := p.Monitoring.Indicators[0]
	mi, ii := rowIndex(f, followMeasure, ms.ID), rowIndex(f, followIndicator, ind.ID)
	if mi < 0 || ii < 0 || f.rows[len(f.rows)-1].kind != followProposal {
		t.Fatalf("rows %+v lack the measure, the indicator or the proposal", f.rows)
	}

	r := rowOf(f, mi)
	if r.measure.Hidden || r.mTitle.Text != ms.Title || r.state.Selected != i18n.MeasureStatusText(ms.Status) {
		t.Errorf("measure row shows %q in state %q", r.mTitle.Text, r.state.Selected)
	}
	r.state.SetSelected(i18n.MeasureStatusText(programme.MeasureDelayed))
	test.Type(r.note, "Siirtyi syksyyn")
	test.Type(r.spent, "1 200")

	ir := rowOf(f, ii)
	test.Type(ir.value, "61,5")
	test.Type(ir.source, "Tilastokeskus")
	test.Type(ir.date, "30.11.2027")
	pr := rowOf(f, len(f.rows)-1)
	test.Type(pr.proposal, "Jatketaan.")

	got := stored(t, m)
	round := got.Followup.RoundOf(2027)
	mp, iv := round.Progress(ms.ID), round.Value(ind.ID)
	if mp.Status != programme.MeasureDelayed || mp.Note != "Siirtyi syksyyn" || mp.Spent.Number == nil || *mp.Spent.Number != 1200 {
		t.Errorf("stored progress %+v", mp)
	}
	if iv.Value.Number == nil || *iv.Value.Number != 61.5 || iv.Source != "Tilastokeskus" || iv.Date != "2027-11-30" {
		t.Errorf("stored value %+v", iv)
	}
	if round.Proposal != "Jatketaan." || got.CurrentStatus(ms) != programme.MeasureDelayed {
		t.Errorf("proposal %q, current status %s", round.Proposal, got.CurrentStatus(ms))
	}

	// Text that is no number is not stored as the value.
	ir = rowOf(f, ii)
	ir.value.SetText("paljon")
	if v := stored(t, m).Followup.RoundOf(2027).Value(ind.ID); v.Value.String() != "61,5" {
		t.Errorf("a non-number replaced the value: %+v", v)
	}

	if err := f.closeRound(); err != nil {
		t.Fatal(err)
	}
	r = rowOf(f, mi)
	ir = rowOf(f, ii)
	pr = rowOf(f, len(f.rows)-1)
	for name, w := range map[string]fyne.Disableable{"state": r.state, "note": r.note, "spent": r.spent, "value": ir.value, "proposal": pr.proposal} {
		if !w.Disabled() {
			t.Errorf("%s is editable in a closed round", name)
		}
	}
	if r.measureRO.Hidden || !r.measure.Hidden || r.mRO[2].Text != "Siirtyi syksyyn" || ir.iRO[1].Text != "61,5" || pr.proposalRO.Text != "Jatketaan." {
		t.Errorf("closed round rows: measure %q, value %q, proposal %q; want them as read-only text", r.mRO[2].Text, ir.iRO[1].Text, pr.proposalRO.Text)
	}
	if !f.closeBtn.Disabled() || !strings.Contains(f.status.Text, "Suljettu") {
		t.Errorf("closed round: close button enabled %v, status %q", !f.closeBtn.Disabled(), f.status.Text)
	}
	// 2028 carries the delayed state over.
	if err := f.openRound(nextYear(m.editor.session.Programme(), fixedNow)); err != nil {
		t.Fatal(err)
	}
	if f.year != 2028 {
		t.Fatalf("next round opened for %d", f.year)
	}
	if r := rowOf(f, rowIndex(f, followMeasure, ms.ID)); r.state.Selected != i18n.MeasureStatusText(programme.MeasureDelayed) || r.note.Text != "" {
		t.Errorf("2028 starts with %q / %q", r.state.Selected, r.note.Text)
	}
	if len(f.rounds.Options) != 2 || !strings.Contains(f.rounds.Options[0], "suljettu") {
		t.Errorf("round chooser %v", f.rounds.Options)
	}
}

func TestFollowupCSVPreview(t *testing.T) {
	m, f := openFollowup(t)
	if err := f.openRound(2024); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("..", "programme", "testdata", "csv", "pxweb_semicolon.csv"))
	if err != nil {
		t.Fatal(err)
	}
	tab, err := programme.ReadCSV(strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	c := newCSVPreview(f, tab, "pxweb_semicolon.csv")
	if c.plan != nil || !strings.Contains(c.summary.Text, "Valitse") {
		t.Errorf("before choosing an indicator: plan %v, summary %q", c.plan, c.summary.Text)
	}
	c.target.SetSelectedIndex(0)
	if c.plan == nil || c.plan.Count() != 6 || !strings.Contains(c.preview.Text, "2024  4,9  → vuoden 2024 seurantaan") {
		t.Fatalf("preview:\n%s\nsummary %q", c.preview.Text, c.summary.Text)
	}
	c.series.SetSelectedIndex(1) // Valkeakoski: 2024 is ".."
	if !strings.Contains(c.preview.Text, "2024  ..  → puuttuu") || c.plan.Count() != 5 {
		t.Errorf("preview of Valkeakoski:\n%s", c.preview.Text)
	}
	n, err := c.apply()
	if err != nil || n != 5 {
		t.Fatalf("apply: %d, %v", n, err)
	}
	ind := stored(t, m).Monitoring.Indicators[0]
	if len(ind.Measurements) != 6 || ind.Measurements[0].Source != tab.Title {
		t.Errorf("measurements after import %+v", ind.Measurements)
	}
}

func TestFollowupStartUpdateAndReport(t *testing.T) {
	m, f := openFollowup(t)
	if err := f.openRound(2027); err != nil {
		t.Fatal(err)
	}
	if err := f.startUpdate("Vastaanottokeskus avattiin."); err != nil {
		t.Fatal(err)
	}
	if f.update.Hidden || !strings.Contains(f.update.Text, "Vastaanottokeskus") || !f.updateBtn.Disabled() {
		t.Errorf("update line %q hidden %v", f.update.Text, f.update.Hidden)
	}
	if err := f.startUpdate("again"); err == nil || !strings.Contains(followupErrorText(err), "jo käynnissä") {
		t.Errorf("second start: %v", err)
	}
	snaps, err := m.store.Snapshots(m.editor.session.Programme().ID)
	if err != nil || len(snaps) != 1 || snaps[0].Reason != programme.ReasonBeforeUpdate {
		t.Errorf("snapshots %+v, %v", snaps, err)
	}
	path := filepath.Join(t.TempDir(), "r.md")
	done := make(chan error, 1)
	f.writeReport(path, 2027, "md", func(_ export.Report, err error) { done <- err })
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(data), "seurantaraportti 2027") || !strings.Contains(string(data), "Ohjelman päivitys aloitettiin") {
		t.Errorf("report %v:\n%.400s", err, data)
	}
}

// TestFollowupFitsSmallScreen: the view needs no more than a 1024x600
// screen (so 1366x768 with room to spare), its rows one list, the page's
// only scroll.
func TestFollowupFitsSmallScreen(t *testing.T) {
	m, f := openFollowup(t)
	if err := f.openRound(2027); err != nil {
		t.Fatal(err)
	}
	if min := m.win.Content().MinSize(); min.Width > 1024 || min.Height > 600 {
		t.Errorf("window needs %v, more than 1024x600", min)
	}
	scrolls := 0
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *container.Scroll:
			scrolls++
		case *widget.List:
			scrolls++
			return
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		}
	}
	walk(f.content)
	if scrolls != 1 {
		t.Errorf("the follow-up page has %d scrolling parts, want the one list", scrolls)
	}
	if got := m.win.Canvas().Size(); got.Width > 1366 {
		t.Errorf("canvas %v", got)
	}
}

// TestFollowupWheelOverEntryScrollsList: the mouse wheel over a row's
// single-line field scrolls the follow-up list (Fyne's entry would
// otherwise take the event and the page would not move), the same way a
// step page's wheel catcher routes it.
func TestFollowupWheelOverEntryScrollsList(t *testing.T) {
	m, f := openFollowup(t)
	if err := f.openRound(2027); err != nil {
		t.Fatal(err)
	}
	// The first field in view, found through the laid-out tree (the
	// list's rows are inside its renderer).
	var at fyne.Position
	found := false
	var visit func(o fyne.CanvasObject, origin fyne.Position)
	visit = func(o fyne.CanvasObject, origin fyne.Position) {
		if found || !o.Visible() {
			return
		}
		pos := origin.Add(o.Position())
		switch w := o.(type) {
		case *widgets.Entry:
			if pos.Y > 0 && pos.Y+w.Size().Height < m.win.Canvas().Size().Height {
				at, found = pos.Add(fyne.NewPos(w.Size().Width/2, w.Size().Height/2)), true
			}
		case *fyne.Container:
			for _, c := range w.Objects {
				visit(c, pos)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(w).Objects() {
				visit(c, pos)
			}
		}
	}
	visit(m.win.Content(), fyne.Position{})
	if !found {
		t.Fatal("no field in view in the follow-up list")
	}
	before := f.list.GetScrollOffset()
	wheelAt(m.win.Content(), at, -60)
	if got := f.list.GetScrollOffset(); got <= before {
		t.Errorf("wheel over a field left the list at offset %v (was %v)", got, before)
	}
	wheelAt(m.win.Content(), at, 60)
	if got := f.list.GetScrollOffset(); got != before {
		t.Errorf("wheel back up: offset %v, want %v", got, before)
	}
}

// wheelAt turns the mouse wheel by dy at the absolute position at, as the
// desktop driver does: the event, with its positions, goes to the last
// (topmost) scrollable object under the pointer. (test.Scroll leaves the
// event's positions empty.)
func wheelAt(root fyne.CanvasObject, at fyne.Position, dy float32) {
	var target fyne.Scrollable
	var targetPos fyne.Position
	var visit func(o fyne.CanvasObject, origin fyne.Position)
	visit = func(o fyne.CanvasObject, origin fyne.Position) {
		if !o.Visible() {
			return
		}
		pos := origin.Add(o.Position())
		size := o.Size()
		if at.X < pos.X || at.Y < pos.Y || at.X >= pos.X+size.Width || at.Y >= pos.Y+size.Height {
			return
		}
		if s, ok := o.(fyne.Scrollable); ok {
			target, targetPos = s, pos
		}
		switch w := o.(type) {
		case *fyne.Container:
			for _, c := range w.Objects {
				visit(c, pos)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(w).Objects() {
				visit(c, pos)
			}
		}
	}
	visit(root, fyne.Position{})
	if target != nil {
		target.Scrolled(&fyne.ScrollEvent{
			PointEvent: fyne.PointEvent{Position: at.Subtract(targetPos), AbsolutePosition: at},
			Scrolled:   fyne.Delta{DY: dy},
		})
	}
}
