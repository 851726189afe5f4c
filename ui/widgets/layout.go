package widgets

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// SetEnabled enables or disables w.
func SetEnabled(w fyne.Disableable, on bool) {
	if on {
		w.Enable()
	} else {
		w.Disable()
	}
}

// LabelHeight is the height of a word-wrapped label showing text at width.
func LabelHeight(text string, width, size float32, style fyne.TextStyle) float32 {
	return LabelHeightPadded(text, width, size, style, theme.InnerPadding())
}

// LabelHeightPadded is LabelHeight for a label whose theme gives it inner
// padding pad instead of the theme's default.
func LabelHeightPadded(text string, width, size float32, style fyne.TextStyle, pad float32) float32 {
	lines := float32(wrappedLines(text, width, size, style))
	textH := fyne.MeasureText("Ag", size, style).Height
	return lines*textH + (lines-1)*theme.LineSpacing() + 2*pad
}

// wrappedLines counts the lines text takes when word-wrapped to width.
func wrappedLines(text string, width, size float32, style fyne.TextStyle) int {
	lines, cur := 1, float32(0)
	space := fyne.MeasureText(" ", size, style).Width
	for _, w := range strings.Fields(text) {
		ww := fyne.MeasureText(w, size, style).Width
		switch {
		case cur == 0:
			cur = ww
		case cur+space+ww <= width:
			cur += space + ww
		default:
			lines++
			cur = ww
		}
	}
	return lines
}

// ShowNotifier wraps a tab's content and calls onShow each time it becomes
// visible, so a view can pick up what changed on another tab (for example
// sources ticked on the checklist tab).
type ShowNotifier struct {
	widget.BaseWidget
	content fyne.CanvasObject
	onShow  func()
}

// NewShowNotifier wraps content; onShow runs each time it shows again.
func NewShowNotifier(content fyne.CanvasObject, onShow func()) *ShowNotifier {
	s := &ShowNotifier{content: content, onShow: onShow}
	s.ExtendBaseWidget(s)
	return s
}

// Show implements fyne.CanvasObject; tab containers call it on every
// layout, so onShow runs only when the content was hidden before.
func (s *ShowNotifier) Show() {
	wasHidden := !s.Visible()
	s.BaseWidget.Show()
	if wasHidden && s.onShow != nil {
		s.onShow()
	}
}

// CreateRenderer implements fyne.Widget.
func (s *ShowNotifier) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(s.content)
}

// ScrollChildren lets widgets.Page route the wheel to the lists inside.
func (s *ShowNotifier) ScrollChildren() []fyne.CanvasObject { return []fyne.CanvasObject{s.content} }

// NoShrink holds o at the tallest height it has needed at its current
// width, so a box whose text changes while the user types (a warning that
// comes and goes, a line that names the next decision) never moves the
// form below it. A new width, such as a resized window, starts afresh.
func NoShrink(o fyne.CanvasObject) fyne.CanvasObject {
	return container.New(&noShrink{}, o)
}

type noShrink struct{ width, height float32 }

// MinSize implements fyne.Layout.
func (l *noShrink) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var min fyne.Size
	for _, o := range objs {
		if o.Visible() {
			min = min.Max(o.MinSize())
		}
	}
	l.height = max(l.height, min.Height)
	min.Height = l.height
	return min
}

// Layout implements fyne.Layout.
func (l *noShrink) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if size.Width != l.width {
		l.width, l.height = size.Width, 0
	}
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// tallAtLeast lays its objects out on top of each other at the full size,
// reporting at least the given height as its minimum.
type tallAtLeast float32

// Layout implements fyne.Layout.
func (h tallAtLeast) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// MinSize implements fyne.Layout.
func (h tallAtLeast) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return fyne.NewSize(s.Width, max(s.Height, float32(h)))
}

// WithMinHeight gives o at least the given height, e.g. a list that would
// otherwise shrink to one row.
func WithMinHeight(o fyne.CanvasObject, height float32) fyne.CanvasObject {
	return container.New(tallAtLeast(height), o)
}
