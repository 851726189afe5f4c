package widgets

import (
	"strings"

	"fyne.io/fyne/v2"
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
	lines := float32(wrappedLines(text, width, size, style))
	textH := fyne.MeasureText("Ag", size, style).Height
	return lines*textH + (lines-1)*theme.LineSpacing() + 2*theme.InnerPadding()
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
