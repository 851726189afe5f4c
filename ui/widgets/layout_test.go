package widgets

import (
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
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

func TestFlexColumnGivesTheScrollOnlyWhatIsLeft(t *testing.T) {
	test.NewTempApp(t)
	for _, c := range []struct {
		name            string
		extra           float32 // the height beyond the header's and the body's
		hidden          bool
		wantFlexAtMost  float32
		wantFlexAtLeast float32
	}{
		{"tall window: the whole guidance", 2000, false, 1000, 1},
		{"small window: nothing left", 0, false, 0, 0},
		{"closed", 2000, true, 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			top := widget.NewLabel("top")
			body := canvas.NewRectangle(color.Black)
			body.SetMinSize(fyne.NewSize(100, 100))
			flex := container.NewVScroll(Wrapped(strings.Repeat("sana ", 200)))
			if c.hidden {
				flex.Hide()
			}
			col := NewFlexColumn(top, flex, body)
			if min := col.MinSize().Height; min != top.MinSize().Height+100 {
				t.Errorf("the column asks for %v px; want the header's and the body's only", min)
			}
			height := top.MinSize().Height + 100 + c.extra
			col.Resize(fyne.NewSize(400, height))
			h := flex.Size().Height
			if h > c.wantFlexAtMost || h < c.wantFlexAtLeast || h > height*flexShare {
				t.Errorf("the scroll got %v px of %v", h, height)
			}
			if got := body.Size().Height; got < 100 || body.Position().Y+got != height {
				t.Errorf("the body got %v px at %v", got, body.Position().Y)
			}
		})
	}
}
