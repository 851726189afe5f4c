package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
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
	if len(s.body.Objects) != 1 || s.body.Objects[0] != s.views[1].content {
		t.Error("body does not show the selected view")
	}
}
