package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

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
