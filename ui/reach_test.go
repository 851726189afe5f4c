package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// isField tells whether o is something the user fills in or ticks.
func isField(o fyne.CanvasObject) bool {
	switch o.(type) {
	case *widget.Entry, *widgets.Entry, *widgets.GrowingEntry, *widget.Select, *widgets.Select,
		*widget.SelectEntry, *widgets.SelectEntry, *widget.Check:
		return true
	}
	return false
}

// walkFields calls fn for every visible field below o with the container
// that holds it and the nearest scroll around it (nil if none). It walks
// widget renderers too, but not into a field or a list.
func walkFields(o fyne.CanvasObject, fn func(f, parent fyne.CanvasObject, scroll *container.Scroll)) {
	var walk func(o, parent fyne.CanvasObject, scroll *container.Scroll)
	walk = func(o, parent fyne.CanvasObject, scroll *container.Scroll) {
		if o == nil || !o.Visible() {
			return
		}
		if isField(o) {
			fn(o, parent, scroll)
			return
		}
		switch w := o.(type) {
		case *widget.List:
			return
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c, o, scroll)
			}
		case *container.Scroll:
			walk(w.Content, nil, w) // a scroll's content may be taller than it
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(w).Objects() {
				walk(c, o, scroll)
			}
		}
	}
	walk(o, nil, nil)
}

// TestEveryFieldReachableAt1366x768 walks every tab of every step's content
// at the common laptop size and checks that each field lies inside the
// page's scrolling content, so scrolling to the end reaches it, and inside
// the container that holds it, so nothing clips it.
func TestEveryFieldReachableAt1366x768(t *testing.T) {
	for _, empty := range []bool{false, true} {
		m, _ := newTestWindow(t)
		if empty {
			openEmpty(t, m)
		} else {
			openDemo(t, m)
		}
		m.win.Resize(fyne.NewSize(1366, 768))
		d := fyne.CurrentApp().Driver()
		for i, step := range m.editor.tpl.Steps {
			m.goToStep(i)
			sp := m.editor.stepPage
			for view := range sp.views.views {
				sp.views.show(view)
				check := func(where string) {
					// The desktop driver lays out again when a minimum size
					// changes; the test driver does on a resize.
					m.win.Resize(fyne.NewSize(1366, 767))
					m.win.Resize(fyne.NewSize(1366, 768))
					fields := 0
					walkFields(sp.content, func(f, parent fyne.CanvasObject, scroll *container.Scroll) {
						fields++
						var content fyne.CanvasObject = m.win.Canvas().Content()
						limit := m.win.Canvas().Size().Height
						if scroll != nil {
							content = scroll.Content
							limit = content.Size().Height
						}
						top := d.AbsolutePositionForObject(content).Y
						y := d.AbsolutePositionForObject(f).Y - top
						bottom := y + f.Size().Height
						if f.Size().Height <= 0 || bottom > limit+1 {
							t.Errorf("empty %v, step %d %s %s: a %T ends at %v, beyond the end %v of what scrolls", empty, step.Number, where, viewName(sp, view), f, bottom, limit)
						}
						if parent != nil {
							pb := d.AbsolutePositionForObject(parent).Y - top + parent.Size().Height
							if bottom > pb+1 {
								t.Errorf("empty %v, step %d %s %s: a %T ends at %v, below its container's edge %v (clipped)", empty, step.Number, where, viewName(sp, view), f, bottom, pb)
							}
						}
					})
					if fields == 0 {
						t.Errorf("empty %v, step %d %s %s: no fields found", empty, step.Number, where, viewName(sp, view))
					}
				}
				tabs := firstTabs(sp.views.body)
				if tabs == nil || view == 0 {
					check("")
					continue
				}
				for ti := range tabs.Items {
					tabs.SelectIndex(ti)
					check(fmt.Sprintf("tab %q", tabs.Items[ti].Text))
				}
			}
		}
	}
}

func viewName(sp *stepPage, i int) string { return sp.views.views[i].button.Text }

// TestWindowFitsA1024x600Screen checks that no step makes the window ask
// for more than a 1024×600 screen holds (less the menu bar), so the
// status line stays on screen: with the demo, and with an empty programme,
// whose steps are not started and so show their guidance open.
func TestWindowFitsA1024x600Screen(t *testing.T) {
	for _, c := range []struct {
		name, lang string
		open       func(*testing.T, *MainWindow) *programme.Programme
	}{
		{"demo", "fi", openDemo},
		{"empty", "fi", openEmpty},
		{"demo2025", "fi", openDemo2025},
		{"demo", "sv", openDemo},
		{"empty", "sv", openEmpty},
		{"demo2025", "sv", openDemo2025},
		{"demo", "en", openDemo},
		{"empty", "en", openEmpty},
		{"demo2025", "en", openDemo2025},
	} {
		t.Run(c.name+"-"+c.lang, func(t *testing.T) {
			// Swedish and English step names and buttons are longer than
			// the Finnish ones the layout was first drawn for.
			SetupLanguage("fi")
			i18n.Use(c.lang)
			t.Cleanup(func() { i18n.Use("fi") })
			m, _ := newTestWindow(t)
			c.open(t, m)
			m.win.Resize(fyne.NewSize(1024, 560))
			for i := range m.editor.tpl.Steps {
				m.goToStep(i)
				for view := range m.editor.stepPage.views.views {
					m.editor.stepPage.views.show(view)
					if min := m.win.Content().MinSize(); min.Width > 1024 || min.Height > 560 {
						t.Errorf("step %d %s: the window needs at least %v", i+1, viewName(m.editor.stepPage, view), min)
					}
				}
			}
			m.editor.showDashboard()
			if min := m.win.Content().MinSize(); min.Width > 1024 || min.Height > 560 {
				t.Errorf("the overview needs at least %v", min)
			}
		})
	}
}

// openDemo2025 stores the example programme on the 2025 template, whose
// step names are the longest, and opens it in m.
func openDemo2025(t *testing.T, m *MainWindow) *programme.Programme {
	t.Helper()
	tpl, err := checklist.Get(checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	p, err := programme.DemoFor(tpl)
	if err != nil {
		t.Fatal(err)
	}
	openStored(t, m, p)
	return p
}
