package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// columnsLayout puts two objects side by side, the first taking ratio of
// the width. Below minWidth it stacks them, so that a narrow window or a
// low-resolution projector still shows every word.
type columnsLayout struct {
	ratio float32
	// width is the width of the last layout: MinSize is asked without
	// one, and the height needed depends on whether the columns stack.
	width float32
}

// columnsMinWidth is the width under which the columns stack.
const columnsMinWidth = 900

func (l *columnsLayout) stacked(width float32) bool { return width < columnsMinWidth }

func (l *columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) != 2 {
		return
	}
	l.width = size.Width
	pad := theme.Padding() * 2
	if l.stacked(size.Width) {
		h0 := objs[0].MinSize().Height
		objs[0].Move(fyne.NewPos(0, 0))
		objs[0].Resize(fyne.NewSize(size.Width, h0))
		objs[1].Move(fyne.NewPos(0, h0+pad))
		objs[1].Resize(fyne.NewSize(size.Width, objs[1].MinSize().Height))
		return
	}
	w0 := (size.Width - pad) * l.ratio
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(w0, size.Height))
	objs[1].Move(fyne.NewPos(w0+pad, 0))
	objs[1].Resize(fyne.NewSize(size.Width-w0-pad, size.Height))
}

// MinSize is the taller column side by side, or both columns stacked,
// judged by the last width laid out (stacked before the first layout).
func (l *columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if len(objs) != 2 {
		return fyne.Size{}
	}
	a, b := objs[0].MinSize(), objs[1].MinSize()
	pad := theme.Padding() * 2
	if l.stacked(l.width) {
		return fyne.NewSize(max(a.Width, b.Width), a.Height+b.Height+pad)
	}
	return fyne.NewSize(max(a.Width, b.Width), max(a.Height, b.Height))
}

// dashTheme draws the dashboard larger than the editing pages, since it is
// read from across a meeting room.
type dashTheme struct {
	fyne.Theme
}

// dashScale is how much larger the dashboard's text is.
const dashScale = 1.3

func (t dashTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.Theme.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameCaptionText, theme.SizeNameSubHeadingText, theme.SizeNameInlineIcon:
		return s * dashScale
	case theme.SizeNameHeadingText:
		return s * 1.5
	case theme.SizeNamePadding, theme.SizeNameInnerPadding:
		return s * 1.2
	}
	return s
}
