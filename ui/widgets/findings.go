package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Severity is how serious a finding is. The zero value is a warning, the
// panel's own tone, so an item that does not say is shown as one.
type Severity int

// The severities a Findings panel tells apart, by the icon of each row.
const (
	SeverityWarning Severity = iota
	SeverityError
	SeverityHint
)

// FindingItem is one line of a Findings panel: how serious it is, its text
// (already translated) and what tapping it does (nil: plain text).
type FindingItem struct {
	Severity Severity
	Text     string
	Action   func()
}

// sameLook reports whether a and b draw the same: the actions themselves
// cannot be compared, only whether there is one.
func (a FindingItem) sameLook(b FindingItem) bool {
	return a.Severity == b.Severity && a.Text == b.Text && (a.Action == nil) == (b.Action == nil)
}

// Findings is the "what is still missing" area of a step page. Closed, it
// is one summary line ("7 puutetta – näytä") whose height never changes
// while the user types, so the form below does not jump; the user opens
// the list when they want it, and it stays open until closed. It knows
// nothing of steps or programmes: the caller gives it plain items.
type Findings struct {
	items   []FindingItem
	open    bool
	toggle  *widget.Button
	list    *fyne.Container
	bg      *canvas.Rectangle
	Content fyne.CanvasObject
}

// NewFindings returns an empty, closed panel.
func NewFindings() *Findings {
	f := &Findings{}
	f.toggle = widget.NewButtonWithIcon("", theme.ConfirmIcon(), f.Toggle)
	f.toggle.Alignment = widget.ButtonAlignLeading
	f.toggle.Importance = widget.LowImportance
	f.list = container.NewVBox()
	f.list.Hide()
	f.bg = canvas.NewRectangle(color.Transparent)
	f.bg.CornerRadius = theme.InputRadiusSize()
	f.bg.StrokeWidth = 1
	f.Content = container.NewStack(f.bg, container.NewVBox(f.toggle, f.list))
	f.render()
	return f
}

// FindingsSummary is the panel's one line for n findings: "7 puutetta –
// näytä" closed, "… – piilota" open (the steps area's findings keys).
func FindingsSummary(n int, open bool) string {
	key := "findings.summaryShow"
	if open {
		key = "findings.summaryHide"
	}
	return lang.L(key, map[string]any{"Count": n, "What": lang.N("findings.count", n, map[string]any{"Count": n})})
}

// Items returns the items shown now.
func (f *Findings) Items() []FindingItem { return f.items }

// IsOpen reports whether the list is open.
func (f *Findings) IsOpen() bool { return f.open }

// Toggle opens or closes the list.
func (f *Findings) Toggle() {
	f.open = !f.open && len(f.items) > 0
	f.render()
}

// Set replaces the items. Items that draw as the shown ones do (same
// severities, texts and links) only take their new actions, so calling it
// on every keystroke redraws nothing.
func (f *Findings) Set(items []FindingItem) {
	same := len(items) == len(f.items)
	for i := 0; same && i < len(items); i++ {
		same = items[i].sameLook(f.items[i])
	}
	f.items = items
	if same {
		return
	}
	if len(items) == 0 {
		f.open = false
	}
	f.render()
}

func (f *Findings) render() {
	if len(f.items) == 0 {
		f.toggle.SetIcon(theme.ConfirmIcon())
		f.toggle.SetText(lang.L("findings.none"))
		f.bg.FillColor = color.Transparent
		f.bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	} else {
		f.toggle.SetIcon(theme.NewWarningThemedResource(theme.WarningIcon()))
		f.toggle.SetText(FindingsSummary(len(f.items), f.open))
		f.bg.FillColor = WithAlpha(theme.Color(theme.ColorNameWarning), 0x26)
		f.bg.StrokeColor = theme.Color(theme.ColorNameWarning)
	}
	f.bg.Refresh()
	if !f.open {
		f.list.Objects = nil
		f.list.Hide()
		return
	}
	objs := make([]fyne.CanvasObject, 0, len(f.items))
	for i := range f.items {
		objs = append(objs, f.row(i))
	}
	f.list.Objects = objs
	f.list.Show()
	f.list.Refresh()
}

// row draws item i: its severity's icon, then a link when it does
// something, else wrapped text. The link runs the item's action as it is
// when tapped, which Set may have replaced since.
func (f *Findings) row(i int) fyne.CanvasObject {
	it := f.items[i]
	icon := widget.NewIcon(severityIcon(it.Severity))
	var text fyne.CanvasObject
	if it.Action != nil {
		link := widget.NewHyperlink(it.Text, nil)
		link.Wrapping = fyne.TextWrapWord
		link.OnTapped = func() {
			if i < len(f.items) && f.items[i].Action != nil {
				f.items[i].Action()
			}
		}
		text = link
	} else {
		l := widget.NewLabel(it.Text)
		l.Wrapping = fyne.TextWrapWord
		text = l
	}
	return container.NewBorder(nil, nil, container.NewCenter(icon), nil, text)
}

// severityIcon tells the severities apart by shape and colour, so a
// colour-blind reader still sees which is which.
func severityIcon(s Severity) fyne.Resource {
	switch s {
	case SeverityError:
		return theme.NewErrorThemedResource(theme.ErrorIcon())
	case SeverityHint:
		return theme.NewPrimaryThemedResource(theme.InfoIcon())
	}
	return theme.NewWarningThemedResource(theme.WarningIcon())
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
	for _, o := range f.ListRows() {
		switch w := o.(type) {
		case *widget.Label:
			out = append(out, w.Text)
		case *widget.Hyperlink:
			out = append(out, w.Text)
		}
	}
	return out
}

// ListRows returns the text widget of each row of the open list: a
// *widget.Hyperlink for an item with an action, else a *widget.Label.
func (f *Findings) ListRows() []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, o := range f.list.Objects {
		row := o.(*fyne.Container)
		for _, c := range row.Objects {
			if _, isIcon := c.(*fyne.Container); !isIcon {
				out = append(out, c)
			}
		}
	}
	return out
}

// ToggleButton returns the summary line's button.
func (f *Findings) ToggleButton() *widget.Button { return f.toggle }
