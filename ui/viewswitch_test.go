package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/ui/widgets"
)

func TestViewSwitchBuildsLazilyAndOnce(t *testing.T) {
	built := map[int]int{}
	s := newViewSwitch()
	for i := 0; i < 2; i++ {
		s.add("v", theme.InfoIcon(), func() fyne.CanvasObject { built[i]++; return widget.NewLabel("") })
	}
	s.show(1)
	if built[0] != 0 || built[1] != 1 || s.selected() != 1 {
		t.Fatalf("after show(1): built %v, selected %d", built, s.selected())
	}
	if s.views[1].button.Importance != widget.HighImportance || s.views[0].button.Importance != widget.LowImportance {
		t.Error("the selected view's button is not marked")
	}
	s.show(0)
	s.show(1)
	if built[0] != 1 || built[1] != 1 {
		t.Errorf("views rebuilt: %v", built)
	}
	if !s.views[1].content.Visible() || s.views[0].content.Visible() {
		t.Error("body does not show only the selected view")
	}
}

// TestViewSwitchTellsAViewItIsBack checks that a view wrapped in a
// widgets.ShowNotifier hears when it is shown again, so that it can pick up what
// was changed in the other view.
func TestViewSwitchTellsAViewItIsBack(t *testing.T) {
	shown := 0
	s := newViewSwitch()
	s.add("sisältö", theme.InfoIcon(), func() fyne.CanvasObject {
		return widgets.NewShowNotifier(widget.NewLabel("sisältö"), func() { shown++ })
	})
	s.add("tarkistuslista", theme.InfoIcon(), func() fyne.CanvasObject { return widget.NewLabel("") })
	s.show(0)
	s.show(1)
	if shown != 0 {
		t.Fatalf("onShow ran %d times before the view came back", shown)
	}
	s.show(0)
	if shown != 1 {
		t.Errorf("onShow ran %d times after the view came back, want 1", shown)
	}
}
