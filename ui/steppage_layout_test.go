package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TestStep5DraftGetsMostOfThePage checks the writing surface of step 5: on
// the common 1366×768 laptop the draft takes at least 60 % of the step
// page's height, with the guidance open as well as closed, and at
// 1024×640 still close to half; and no button of the page is cut off at
// the window's edge (as "Vie…" and "Tuo Markdown…" were).
func TestStep5DraftGetsMostOfThePage(t *testing.T) {
	cases := []struct {
		size     fyne.Size
		guidance bool
		share    float32
	}{
		{fyne.NewSize(1366, 768), true, 0.6},
		{fyne.NewSize(1366, 768), false, 0.6},
		{fyne.NewSize(1024, 640), true, 0.45},
		{fyne.NewSize(1024, 640), false, 0.45},
	}
	for _, c := range cases {
		m, _ := newTestWindow(t)
		m.app.Settings().SetTheme(appTheme{})
		openDemo(t, m)
		m.win.Resize(c.size)
		m.goToStep(4)
		sp := m.editor.stepPage
		if sp.guidance.IsOpen() != c.guidance {
			sp.guidance.Header.OnTapped()
		}
		m.win.Resize(c.size.SubtractWidthHeight(0, 1))
		m.win.Resize(c.size)
		draft, ok := firstEntryIn(sp.content).(fyne.CanvasObject)
		if !ok {
			t.Fatal("step 5 shows no draft")
		}
		share := draft.Size().Height / sp.content.Size().Height
		if share < c.share {
			t.Errorf("at %v with the guidance open %v the draft is %.0f px of the page's %.0f (%.0f %%), want at least %.0f %%",
				c.size, c.guidance, draft.Size().Height, sp.content.Size().Height, 100*share, 100*c.share)
		}
		d := fyne.CurrentApp().Driver()
		win := m.win.Canvas().Size()
		walkButtons(sp.content, func(b *widget.Button) {
			if !b.Visible() {
				return
			}
			pos := d.AbsolutePositionForObject(b)
			if pos.X+b.Size().Width > win.Width+0.5 || pos.Y+b.Size().Height > win.Height+0.5 || b.Size().Width+0.5 < b.MinSize().Width {
				t.Errorf("at %v (guidance %v) the button %q is cut: at %v size %v, min %v", c.size, c.guidance, b.Text, pos, b.Size(), b.MinSize())
			}
		})
	}
}

// TestWindowMinSizeWithGuidanceAndPanels adds to
// TestWindowFitsA1024x600Screen (reach_test.go) what it does not vary: on
// every step page of the example programme, in the app's own theme, each
// view with the guidance opened and closed again (step 5's guidance is a
// side pane that adds width), and the checker and the follow-up, the
// content must fit 1024×600 less the menu bar.
func TestWindowMinSizeWithGuidanceAndPanels(t *testing.T) {
	m, _ := newTestWindow(t)
	m.app.Settings().SetTheme(appTheme{})
	openDemo(t, m)
	m.win.Resize(fyne.NewSize(1024, 600))
	limit := fyne.NewSize(1024, 560)
	check := func(where string) {
		if s := m.win.Content().MinSize(); s.Width > limit.Width || s.Height > limit.Height {
			t.Errorf("%s: the window needs %.0f×%.0f (+ menu), more than 1024×600", where, s.Width, s.Height)
		}
	}
	check("overview")
	for i := range m.editor.tpl.Steps {
		m.goToStep(i)
		sp := m.editor.stepPage
		for view := range sp.views.views {
			sp.views.show(view)
			for range 2 {
				sp.guidance.Header.OnTapped()
				check(fmt.Sprintf("step %d view %d guidance %v", i+1, view, sp.guidance.IsOpen()))
			}
		}
	}
	m.showChecker()
	check("checker")
	m.editor.showFollowup()
	check("follow-up")
}

// On a programme not started, the guidance opens on every step but step 5,
// whose guidance is a side pane that would narrow the draft.
func TestGuidanceStartsClosedBesideTheDraft(t *testing.T) {
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	for i, step := range m.editor.tpl.Steps {
		m.goToStep(i)
		want := !fillsPage(step.ID)
		if got := m.editor.stepPage.guidance.IsOpen(); got != want {
			t.Errorf("step %d of an empty programme: guidance open %v, want %v", i+1, got, want)
		}
	}
}
