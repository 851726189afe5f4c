package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// FindingRow is one line of a Findings panel: its text, and what tapping
// it opens (nil for plain text).
type FindingRow struct {
	Text string
	Open func()
}

// Findings is the "what is still missing" area of a step page. Closed, it
// is one summary line ("7 puutetta – näytä") whose height never changes
// while the user types, so the form below does not jump; the user opens
// the list when they want it, and it stays open until closed. It knows
// nothing of steps: the caller gives it rows and the summary texts.
type Findings struct {
	// Summary returns the summary line for n rows and whether the list is
	// open; None is the text shown without rows.
	Summary func(n int, open bool) string
	None    string

	rows    []FindingRow
	open    bool
	toggle  *widget.Button
	list    *fyne.Container
	bg      *canvas.Rectangle
	Content fyne.CanvasObject
}

// NewFindings returns an empty, closed panel.
func NewFindings(summary func(n int, open bool) string, none string) *Findings {
	f := &Findings{Summary: summary, None: none}
	f.toggle = widget.NewButtonWithIcon("", theme.ConfirmIcon(), f.Toggle)
	f.toggle.Alignment = widget.ButtonAlignLeading
	f.toggle.Importance = widget.LowImportance
	f.list = container.NewVBox()
	f.list.Hide()
	f.bg = canvas.NewRectangle(color.Transparent)
	f.bg.CornerRadius = theme.InputRadiusSize()
	f.bg.StrokeWidth = 1
	f.Content = container.NewStack(f.bg, container.NewVBox(f.toggle, f.list))
	f.Set(nil)
	return f
}

// Rows returns the rows shown now.
func (f *Findings) Rows() []FindingRow { return f.rows }

// IsOpen reports whether the list is open.
func (f *Findings) IsOpen() bool { return f.open }

// Toggle opens or closes the list.
func (f *Findings) Toggle() {
	f.open = !f.open && len(f.rows) > 0
	f.render()
}

// Set replaces the rows.
func (f *Findings) Set(rows []FindingRow) {
	f.rows = rows
	if len(rows) == 0 {
		f.open = false
	}
	f.render()
}

func (f *Findings) render() {
	if len(f.rows) == 0 {
		f.toggle.SetIcon(theme.ConfirmIcon())
		f.toggle.SetText(f.None)
		f.bg.FillColor = color.Transparent
		f.bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	} else {
		f.toggle.SetIcon(theme.NewWarningThemedResource(theme.WarningIcon()))
		f.toggle.SetText(f.Summary(len(f.rows), f.open))
		f.bg.FillColor = WithAlpha(theme.Color(theme.ColorNameWarning), 0x26)
		f.bg.StrokeColor = theme.Color(theme.ColorNameWarning)
	}
	f.bg.Refresh()
	if !f.open {
		f.list.Objects = nil
		f.list.Hide()
		return
	}
	objs := make([]fyne.CanvasObject, 0, len(f.rows))
	for _, r := range f.rows {
		objs = append(objs, findingRow(r))
	}
	f.list.Objects = objs
	f.list.Show()
	f.list.Refresh()
}

// findingRow is a link when the row opens something, else wrapped text.
func findingRow(r FindingRow) fyne.CanvasObject {
	text := "• " + r.Text
	if r.Open != nil {
		link := widget.NewHyperlink(text, nil)
		link.Wrapping = fyne.TextWrapWord
		link.OnTapped = r.Open
		return link
	}
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// WithAlpha returns c with its alpha replaced, for a tint behind text that
// stays readable in light and dark themes.
func WithAlpha(c color.Color, a uint8) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: a}
}

// ListTexts returns the texts of the open list's rows, for tests and
// screen checks.
func (f *Findings) ListTexts() []string {
	var out []string
	for _, o := range f.list.Objects {
		switch w := o.(type) {
		case *widget.Label:
			out = append(out, w.Text)
		case *widget.Hyperlink:
			out = append(out, w.Text)
		}
	}
	return out
}

// ToggleButton returns the summary line's button.
func (f *Findings) ToggleButton() *widget.Button { return f.toggle }
