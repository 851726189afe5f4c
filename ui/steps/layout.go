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
func openFirstRow[T any](e *rowEditor[T]) { e.w.OpenFirst() }

// newForm is the step editors' one form style: each label above its field,
// as fieldUnder puts it, which suits the narrow detail pane beside a row
// list at every width from 1024 to 1920 px and never squeezes a field
// beside a long label.
func newForm(items ...*widget.FormItem) *widget.Form {
	f := widget.NewForm(items...)
	f.Orientation = widget.Vertical
	return f
}
