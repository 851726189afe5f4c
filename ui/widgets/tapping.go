package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// TapLabel is the one tappable label: word-wrapped text that reacts to a
// tap. Plain, it is a checklist item's text that ticks the item's box, so
// long text can be ticked by clicking it; made with NewLinkLabel it is a
// link in the link colour with the hand cursor, used instead of
// widget.Hyperlink, whose wrapped height is measured once at the wrong
// width and leaves gaps.
type TapLabel struct {
	widget.Label
	OnTapped func()
	link     bool
}

// NewTapLabel returns a plain tappable label.
func NewTapLabel(text string, onTapped func()) *TapLabel {
	l := &TapLabel{OnTapped: onTapped}
	l.Text = text
	l.Wrapping = fyne.TextWrapWord
	l.ExtendBaseWidget(l)
	return l
}

// NewLinkLabel returns a tappable label that looks like a link.
func NewLinkLabel(text string, onTapped func()) *TapLabel {
	l := NewTapLabel(text, onTapped)
	l.link = true
	l.Importance = widget.HighImportance
	return l
}

// Tapped implements fyne.Tappable.
func (l *TapLabel) Tapped(*fyne.PointEvent) {
	if l.OnTapped != nil {
		l.OnTapped()
	}
}

// Cursor implements desktop.Cursorable: the hand over a link.
func (l *TapLabel) Cursor() desktop.Cursor {
	if l.link {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// TapRow wraps a list row's content so that a double click can act on the
// row (open it), which widget.List does not offer. A single click still
// selects: OnTapped is expected to select the row in its list.
type TapRow struct {
	widget.BaseWidget
	Content                  fyne.CanvasObject
	OnTapped, OnDoubleTapped func()
}

// NewTapRow returns a row around content.
func NewTapRow(content fyne.CanvasObject) *TapRow {
	r := &TapRow{Content: content}
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer implements fyne.Widget.
func (r *TapRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(r.Content)
}

// Tapped implements fyne.Tappable.
func (r *TapRow) Tapped(*fyne.PointEvent) {
	if r.OnTapped != nil {
		r.OnTapped()
	}
}

// DoubleTapped implements fyne.DoubleTappable.
func (r *TapRow) DoubleTapped(*fyne.PointEvent) {
	if r.OnDoubleTapped != nil {
		r.OnDoubleTapped()
	}
}
