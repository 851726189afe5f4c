package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// sidebarDetail reads the status line of step i's sidebar row.
func sidebarDetail(v *programmeView, i int) string {
	return v.sidebar.rows[i].detail.Text
}

// TestSidebarScrollsAsOne checks that the sidebar is one scroll holding the
// page entries and all seven steps, that at 1366×768 it fits without
// scrolling whichever step is shown (step 7 used to push steps 1–2 out of
// view), that at 1024×640 the shown step is scrolled into view, and that
// at 1024 px no step name is cut short.
func TestSidebarScrollsAsOne(t *testing.T) {
	m, _ := newTestWindow(t)
	m.app.Settings().SetTheme(appTheme{})
	openDemo(t, m)
	s := m.editor.sidebar
	if len(s.rows) != len(m.editor.tpl.Steps) {
		t.Fatalf("%d rows for %d steps", len(s.rows), len(m.editor.tpl.Steps))
	}
	for _, size := range []fyne.Size{{Width: 1366, Height: 768}, {Width: 1024, Height: 640}} {
		m.win.Resize(size)
		for i := range m.editor.tpl.Steps {
			m.goToStep(i)
			m.win.Resize(size.SubtractWidthHeight(0, 1))
			m.win.Resize(size)
			view := s.scroll.Size().Height
			content := s.scroll.Content.MinSize().Height
			if size.Height == 768 && content > view {
				t.Errorf("at %v the sidebar needs %.0f px, has %.0f: it scrolls at step %d", size, content, view, i+1)
			}
			for j, r := range s.rows {
				bottom := r.Position().Y + r.Size().Height
				if bottom > s.scroll.Content.Size().Height+0.5 {
					t.Errorf("at %v row %d ends at %.0f, below the scroll's content (%.0f)", size, j+1, bottom, s.scroll.Content.Size().Height)
				}
				if r.title.Size().Height+0.5 < r.title.MinSize().Height || r.title.Truncation != fyne.TextTruncateOff {
					t.Errorf("at %v step %d's name %q is cut", size, j+1, r.title.Text)
				}
			}
			r := s.rows[i]
			if top := r.Position().Y - s.scroll.Offset.Y; top < -0.5 || top+r.Size().Height > view+0.5 {
				t.Errorf("at %v the shown step %d is out of the sidebar's view (top %.0f of %.0f)", size, i+1, top, view)
			}
			if !r.selected {
				t.Errorf("step %d shows but its row is not marked", i+1)
			}
		}
	}
	// The overview unmarks every step.
	m.editor.showDashboard()
	for j, r := range s.rows {
		if r.selected {
			t.Errorf("row %d stays marked on the overview", j+1)
		}
	}
}
