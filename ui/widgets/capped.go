package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// NewCapped returns o, which should scroll itself, reporting at most the
// given minimum height: a list that grows (the findings opened) then
// scrolls within that height instead of making the window taller than the
// screen.
func NewCapped(o fyne.CanvasObject, height float32) *fyne.Container {
	return container.New(capped{height: height}, o)
}

type capped struct {
	height float32
}

// MinSize implements fyne.Layout.
func (c capped) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		if o.Visible() {
			s = s.Max(o.MinSize())
		}
	}
	if sc, ok := objs[0].(*container.Scroll); ok && sc.Content != nil {
		s.Height = max(s.Height, sc.Content.MinSize().Height)
	}
	s.Height = min(s.Height, c.height)
	return s
}

// Layout implements fyne.Layout.
func (c capped) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}
