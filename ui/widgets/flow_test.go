package widgets

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestFlowWrapsInsteadOfWidening: a row of buttons asks only for its widest
// button's width, keeps one row where they fit and moves the rest down
// where they do not, each button whole.
func TestFlowWrapsInsteadOfWidening(t *testing.T) {
	test.NewTempApp(t)
	a, b, c := widget.NewButton("Asiakirjan asetukset", nil), widget.NewButton("Importera fil…", nil), widget.NewButton("Förhandsvisning", nil)
	flow := NewFlow(a, b, c)
	widest := max(a.MinSize().Width, b.MinSize().Width, c.MinSize().Width)
	if got := flow.MinSize().Width; got != widest {
		t.Errorf("MinSize width %v, want the widest button's %v", got, widest)
	}
	flow.Resize(fyne.NewSize(2000, 100))
	if a.Position().Y != c.Position().Y || flow.MinSize().Height != a.MinSize().Height {
		t.Errorf("wide: buttons at %v %v %v, min %v; want one row", a.Position(), b.Position(), c.Position(), flow.MinSize())
	}
	flow.Resize(fyne.NewSize(widest+10, 100))
	if b.Position().Y <= a.Position().Y || c.Position().Y <= b.Position().Y {
		t.Errorf("narrow: buttons at %v %v %v; want a row each", a.Position(), b.Position(), c.Position())
	}
	if h := flow.MinSize().Height; h < 3*a.MinSize().Height {
		t.Errorf("narrow: min height %v does not hold three rows", h)
	}
	for _, btn := range []*widget.Button{a, b, c} {
		if btn.Size().Width < btn.MinSize().Width || btn.Position().X+btn.Size().Width > widest+10 {
			t.Errorf("button %q cut: at %v size %v", btn.Text, btn.Position(), btn.Size())
		}
	}
}

// TestWrappedCheckWrapsAndTicksOnItsLabel: a long option wraps instead of
// widening its form, and tapping its text ticks it unless it is disabled.
func TestWrappedCheckWrapsAndTicksOnItsLabel(t *testing.T) {
	test.NewTempApp(t)
	ticked := 0
	wc := NewWrappedCheck(strings.Repeat("The national goals for promoting employment ", 4), func(bool) { ticked++ })
	w := test.NewWindow(wc)
	defer w.Close()
	w.Resize(fyne.NewSize(300, 400))
	if got := wc.MinSize().Width; got > 300 {
		t.Errorf("MinSize width %v: the label does not wrap", got)
	}
	test.Tap(wc.Label)
	if !wc.Check.Checked || ticked != 1 {
		t.Errorf("tapping the label: checked %v, %d calls", wc.Check.Checked, ticked)
	}
	wc.Check.Disable()
	test.Tap(wc.Label)
	if !wc.Check.Checked {
		t.Error("tapping the label of a disabled check changed it")
	}
}
