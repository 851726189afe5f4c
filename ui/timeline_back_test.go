package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestTimelineBackGoesWhereTheUserCameFrom: the timeline's back button
// returns to the step, the checker, the follow-up view or the overview it
// was opened from, and names it; opening the timeline again from the
// timeline keeps that way back.
func TestTimelineBackGoesWhereTheUserCameFrom(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	v := m.editor
	back := func(wantLabel string) {
		t.Helper()
		v.showTimeline()
		b := v.timeline.BackButton()
		if b == nil {
			t.Fatal("timeline without back button")
		}
		if b.Text != wantLabel {
			t.Errorf("back button says %q, want %q", b.Text, wantLabel)
		}
		test.Tap(b)
	}

	v.selectStep(3)
	back("Vaihe 4")
	if v.current != 3 || v.stepPage == nil || v.page.Objects[0] != v.stepPage.content {
		t.Errorf("back from the timeline opened from step 4 shows step index %d", v.current)
	}

	v.selectStep(1)
	v.showTimeline()
	back("Vaihe 2") // reopened from the timeline: still back to step 2
	if v.current != 1 || v.stepPage == nil {
		t.Errorf("back after reopening the timeline shows step index %d", v.current)
	}

	v.showChecker()
	back("Tarkistus")
	if v.checker == nil || v.page.Objects[0] != v.checker.content {
		t.Error("back from the timeline opened from the checker does not show the checker")
	}

	v.showFollowup()
	back("Vuosiseuranta")
	if v.follow == nil || v.page.Objects[0] != v.follow.content {
		t.Error("back from the timeline opened from the follow-up view does not show it")
	}

	v.showDashboard()
	back("Yleiskatsaus")
	if v.dash == nil {
		t.Error("back from the timeline opened from the overview does not show the overview")
	}
}
