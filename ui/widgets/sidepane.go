package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// SidePane lays a main part and a side part out side by side. The side
// takes a share of the width (never less than sideMinWidth nor more than
// half) and the full height; hidden, it leaves main the whole width. It is
// how a page that its content fills shows help beside the work instead of
// above it, so that opening the help takes no height from a writing
// surface.
type SidePane struct {
	*fyne.Container
	side fyne.CanvasObject
}

// Side pane proportions.
const (
	sideShare    = 0.3
	sideMinWidth = 220
)

// NewSidePane returns main with side on its right.
func NewSidePane(main, side fyne.CanvasObject) *SidePane {
	return &SidePane{Container: container.New(sidePaneLayout{}, main, side), side: side}
}

// Relayout lays the pane out again after the side was shown or hidden,
// which changes no minimum height and so would not by itself.
func (p *SidePane) Relayout() {
	p.Layout.Layout(p.Objects, p.Size())
	canvas.Refresh(p.Container)
}

type sidePaneLayout struct{}

// sideWidth is the side's width in a pane of the given width.
func sideWidth(width float32) float32 {
	return min(max(width*sideShare, sideMinWidth), width/2)
}

// MinSize implements fyne.Layout.
func (sidePaneLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	main, side := objs[0].MinSize(), objs[1]
	if !side.Visible() {
		return main
	}
	s := side.MinSize()
	return fyne.NewSize(main.Width+theme.Padding()+max(s.Width, sideMinWidth), max(main.Height, s.Height))
}

// Layout implements fyne.Layout.
func (sidePaneLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	main, side := objs[0], objs[1]
	main.Move(fyne.NewPos(0, 0))
	if !side.Visible() {
		main.Resize(size)
		return
	}
	w := max(sideWidth(size.Width), side.MinSize().Width)
	mainW := max(size.Width-w-theme.Padding(), 0)
	main.Resize(fyne.NewSize(mainW, size.Height))
	side.Move(fyne.NewPos(mainW+theme.Padding(), 0))
	side.Resize(fyne.NewSize(w, size.Height))
}
