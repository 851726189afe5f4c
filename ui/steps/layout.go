package steps

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/ui/widgets"
)

// rowListMinHeight is the least height of a row editor's list: about six
// rows. The list scrolls by itself beyond them; the page scrolls past it
// when it is at its end (widgets.Page).
const rowListMinHeight = 300

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

// withMinHeight gives o at least the given height.
func withMinHeight(o fyne.CanvasObject, height float32) fyne.CanvasObject {
	return container.New(tallAtLeast(height), o)
}

// contentTab lays out a step's content: the findings and notices above
// the editor. It does not scroll: the step page is the one scroll.
func contentTab(top fyne.CanvasObject, body fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVBox(container.NewPadded(top), body)
}

// withFindings puts the findings panel above a step's editor; both scroll
// with the page.
func withFindings(f *findingsPanel, body fyne.CanvasObject) fyne.CanvasObject {
	return contentTab(f.content, body)
}

// notice is a tinted box with an icon and wrapped text, for warnings and
// for the next milestone. Its text and tone change with SetText and SetTone.
type notice struct {
	icon    *widget.Icon
	text    *widget.Label
	bg      *canvas.Rectangle
	content *fyne.Container
}

// noticeTone is the colour of a notice.
type noticeTone int

const (
	toneInfo noticeTone = iota
	toneWarning
	toneDanger
	toneQuiet
)

func newNotice() *notice {
	n := &notice{icon: widget.NewIcon(theme.InfoIcon()), text: widgets.Wrapped("")}
	n.bg = canvas.NewRectangle(color.Transparent)
	n.bg.CornerRadius = theme.InputRadiusSize()
	n.bg.StrokeWidth = 1
	n.content = container.NewStack(n.bg, container.NewPadded(container.NewBorder(nil, nil, container.NewCenter(n.icon), nil, n.text)))
	return n
}

// Set changes the notice's text and tone; empty text hides it.
func (n *notice) Set(text string, tone noticeTone) {
	if text == "" {
		n.content.Hide()
		return
	}
	n.text.SetText(text)
	var c color.Color
	switch tone {
	case toneDanger:
		c = theme.Color(theme.ColorNameError)
		n.icon.SetResource(theme.NewErrorThemedResource(theme.WarningIcon()))
		n.text.TextStyle = fyne.TextStyle{Bold: true}
	case toneWarning:
		c = theme.Color(theme.ColorNameWarning)
		n.icon.SetResource(theme.NewWarningThemedResource(theme.WarningIcon()))
		n.text.TextStyle = fyne.TextStyle{}
	case toneQuiet:
		c = theme.Color(theme.ColorNameSeparator)
		n.icon.SetResource(theme.InfoIcon())
		n.text.TextStyle = fyne.TextStyle{}
	default:
		c = theme.Color(theme.ColorNamePrimary)
		n.icon.SetResource(theme.NewPrimaryThemedResource(theme.CalendarIcon()))
		n.text.TextStyle = fyne.TextStyle{Bold: true}
	}
	n.bg.FillColor = widgets.WithAlpha(c, 0x1c)
	n.bg.StrokeColor = c
	n.bg.Refresh()
	n.text.Refresh()
	n.content.Show()
}

// openFirstRow opens the first row of a row editor, so a step with content
// shows a filled form rather than an empty pane.
func openFirstRow[T any](e *rowEditor[T]) {
	if rows := e.rows(); len(rows) > 0 {
		e.selectRow(e.spec.ID(&rows[0]))
		// Selecting scrolls the list before it has a size, which would
		// leave the first row just above the view.
		e.list.ScrollToTop()
	}
}

// newForm is the step editors' one form style: each label above its field,
// as fieldUnder puts it, which suits the narrow detail pane beside a row
// list at every width from 1024 to 1920 px and never squeezes a field
// beside a long label.
func newForm(items ...*widget.FormItem) *widget.Form {
	f := widget.NewForm(items...)
	f.Orientation = widget.Vertical
	return f
}
