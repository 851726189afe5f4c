package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// dashLink is a word-wrapped label in the link colour that jumps somewhere
// when tapped. The dashboard uses it instead of widget.Hyperlink, whose
// wrapped height is measured once at the wrong width and leaves gaps.
type dashLink struct {
	widget.Label
	onTapped func()
}

func newDashLink(text string, onTapped func()) *dashLink {
	l := &dashLink{onTapped: onTapped}
	l.Text = text
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.HighImportance
	l.ExtendBaseWidget(l)
	return l
}

// Tapped follows the link.
func (l *dashLink) Tapped(*fyne.PointEvent) {
	if l.onTapped != nil {
		l.onTapped()
	}
}

// Cursor shows the hand, as over any link.
func (l *dashLink) Cursor() desktop.Cursor { return desktop.PointerCursor }
