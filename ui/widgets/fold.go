package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Fold is a heading that shows or hides a body below it, like an
// accordion with one item, but it tells its owner when the user opens or
// closes it, so the choice can be remembered.
type Fold struct {
	Header   *widget.Button
	body     fyne.CanvasObject
	open     bool
	OnToggle func(open bool)
	Content  fyne.CanvasObject
}

// NewFold returns a fold with the given title, open or closed.
func NewFold(title string, body fyne.CanvasObject, open bool) *Fold {
	f := NewLooseFold(title, body, open)
	f.Content = container.NewVBox(f.Header, body)
	return f
}

// NewLooseFold returns a fold whose Header and body the owner places
// itself, apart; its Content is nil.
func NewLooseFold(title string, body fyne.CanvasObject, open bool) *Fold {
	f := &Fold{body: body}
	f.Header = widget.NewButtonWithIcon(title, theme.MenuDropDownIcon(), f.toggle)
	f.Header.Alignment = widget.ButtonAlignLeading
	f.Header.Importance = widget.LowImportance
	f.Set(open)
	return f
}

// IsOpen reports whether the body shows.
func (f *Fold) IsOpen() bool { return f.open }

// Set opens or closes the fold without telling OnToggle.
func (f *Fold) Set(open bool) {
	f.open = open
	if open {
		f.Header.SetIcon(theme.MenuDropDownIcon())
		f.body.Show()
	} else {
		f.Header.SetIcon(theme.MenuExpandIcon())
		f.body.Hide()
	}
}

func (f *Fold) toggle() {
	f.Set(!f.open)
	if f.OnToggle != nil {
		f.OnToggle(f.open)
	}
}
