package widgets

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestShowNotifierRunsOnlyWhenShownAgain(t *testing.T) {
	test.NewTempApp(t)
	calls := 0
	s := NewShowNotifier(widget.NewLabel("x"), func() { calls++ })
	s.Show() // already visible: tab containers call Show on every layout
	if calls != 0 {
		t.Errorf("onShow ran %d times for a visible content", calls)
	}
	s.Hide()
	s.Show()
	s.Show()
	if calls != 1 {
		t.Errorf("onShow ran %d times after hiding and showing, want 1", calls)
	}
}
