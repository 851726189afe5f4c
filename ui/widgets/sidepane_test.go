package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// A capped scroll asks for its content's height up to the cap, no more.
func TestCappedStopsGrowing(t *testing.T) {
	test.NewTempApp(t)
	box := container.NewVBox(widget.NewLabel("1"))
	c := NewCapped(container.NewVScroll(box), 100)
	if h := c.MinSize().Height; h != box.MinSize().Height {
		t.Errorf("short content: min height %.0f, want %.0f", h, box.MinSize().Height)
	}
	for range 20 {
		box.Add(widget.NewLabel("rivi"))
	}
	if h := c.MinSize().Height; h != 100 {
		t.Errorf("long content: min height %.0f, want the cap 100", h)
	}
}

// A hidden side leaves the main part the whole width; shown, it takes its
// share and the main part the rest.
func TestSidePane(t *testing.T) {
	test.NewTempApp(t)
	main, side := widget.NewLabel("main"), widget.NewLabel("side")
	p := NewSidePane(main, side)
	side.Hide()
	p.Resize(fyne.NewSize(1000, 400))
	p.Relayout()
	if main.Size().Width != 1000 {
		t.Errorf("with the side hidden main is %.0f wide", main.Size().Width)
	}
	side.Show()
	p.Relayout()
	if side.Size().Width != 300 || main.Size().Width+side.Size().Width > 1000 || side.Position().X < main.Size().Width {
		t.Errorf("side %v at %v, main %v", side.Size(), side.Position(), main.Size())
	}
}
