package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// NewFlow lines objects up left to right like an HBox, but moves those that
// do not fit onto a next row, so a row of buttons whose Swedish or English
// labels are longer than the Finnish never makes the window wider than the
// widest button. The rows are counted at the width it was last laid out at;
// the canvas measures again on the next frame when that count changes.
func NewFlow(objects ...fyne.CanvasObject) *fyne.Container {
	return container.New(&flowLayout{}, objects...)
}

type flowLayout struct{ width float32 }

// rows places objs in rows of at most width and returns each object's
// position and the total size; width 0 means one row.
func (l *flowLayout) rows(objs []fyne.CanvasObject, width float32) ([]fyne.Position, fyne.Size) {
	pad := theme.Padding()
	pos := make([]fyne.Position, len(objs))
	var x, y, rowH, maxW float32
	first := true
	for i, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		if !first && width > 0 && x+pad+m.Width > width {
			y += rowH + pad
			x, rowH = 0, 0
		} else if !first {
			x += pad
		}
		first = false
		pos[i] = fyne.NewPos(x, y)
		x += m.Width
		rowH = max(rowH, m.Height)
		maxW = max(maxW, x)
	}
	return pos, fyne.NewSize(maxW, y+rowH)
}

// MinSize implements fyne.Layout: the widest object wide, and as tall as
// the rows at the last width.
func (l *flowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w float32
	for _, o := range objs {
		if o.Visible() {
			w = max(w, o.MinSize().Width)
		}
	}
	_, s := l.rows(objs, l.width)
	return fyne.NewSize(w, s.Height)
}

// Layout implements fyne.Layout.
func (l *flowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	pos, _ := l.rows(objs, size.Width)
	for i, o := range objs {
		if o.Visible() {
			o.Move(pos[i])
			o.Resize(o.MinSize())
		}
	}
}

// WrappedCheck is a check box whose label wraps to the width it is given,
// where widget.Check keeps its label on one line and so widens the window
// by a long option (a national goal, a goal's title). Tapping the label
// ticks the box, as on the checklist.
type WrappedCheck struct {
	widget.BaseWidget
	Check *widget.Check
	Label *TapLabel
}

// NewWrappedCheck returns a check labelled label; changed is called with
// the new state.
func NewWrappedCheck(label string, changed func(bool)) *WrappedCheck {
	w := &WrappedCheck{Check: widget.NewCheck("", changed)}
	w.Label = NewTapLabel(label, func() {
		if !w.Check.Disabled() {
			w.Check.SetChecked(!w.Check.Checked)
		}
	})
	w.ExtendBaseWidget(w)
	return w
}

// CreateRenderer implements fyne.Widget.
func (w *WrappedCheck) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, container.NewVBox(w.Check), nil, w.Label))
}
