package widgets

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
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

func TestNoShrinkKeepsTheTallestHeightAtOneWidth(t *testing.T) {
	test.NewTempApp(t)
	l := Wrapped(strings.Repeat("sana ", 60))
	box := NoShrink(l)
	w := test.NewWindow(box)
	defer w.Close()
	w.Resize(fyne.NewSize(300, 600))
	tall := box.MinSize().Height
	l.SetText("sana")
	if h := box.MinSize().Height; h != tall {
		t.Errorf("shorter text shrank the box from %v to %v", tall, h)
	}
	if l.MinSize().Height >= tall {
		t.Fatal("the short text is as tall as the long one; the test proves nothing")
	}
	// A new width starts afresh.
	box.Resize(fyne.NewSize(500, 600))
	if h := box.MinSize().Height; h >= tall {
		t.Errorf("after a new width the box kept %v px (text needs %v)", h, l.MinSize().Height)
	}
}
