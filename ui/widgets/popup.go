package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Attached reports whether o is on a canvas and visible, i.e. whether a
// pop-up can be shown for it. Fyne 2.7.1 panics (SIGSEGV in
// overlayRenderer.MinSize, fyne-io/fyne#5965) when a Select, SelectEntry or
// DateEntry opens its pop-up for a widget that was removed from the canvas
// between the tap and the pop-up: the canvas it asks for is nil. The widgets
// below ask first and simply do nothing then; the user taps again on the
// widget that is now on screen.
func Attached(o fyne.CanvasObject) bool {
	if o == nil || !o.Visible() {
		return false
	}
	app := fyne.CurrentApp()
	if app == nil || app.Driver() == nil {
		return false
	}
	return app.Driver().CanvasForObject(o) != nil
}

// Select is a widget.Select whose pop-up never opens while it is detached
// from the canvas.
type Select struct {
	widget.Select
}

// NewSelect returns a guarded drop-down with the given options.
func NewSelect(options []string, changed func(string)) *Select {
	s := &Select{}
	s.Options = options
	s.OnChanged = changed
	s.PlaceHolder = "(Select one)" // Fyne's own default, translated by fyne.fi.json
	s.ExtendBaseWidget(s)
	return s
}

// Tapped opens the pop-up, unless the select is no longer on the canvas.
func (s *Select) Tapped(ev *fyne.PointEvent) {
	if !Attached(s) {
		return
	}
	s.Select.Tapped(ev)
}

// TypedKey handles the keys that open the pop-up the same way as a tap.
func (s *Select) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyUp, fyne.KeyDown:
		if !Attached(s) {
			return
		}
	}
	s.Select.TypedKey(ev)
}

// SelectEntry is a widget.SelectEntry whose drop-down button never opens
// its pop-up while the entry is detached from the canvas.
type SelectEntry struct {
	widget.SelectEntry
}

// NewSelectEntry returns a guarded entry with a drop-down of options.
func NewSelectEntry(options []string) *SelectEntry {
	e := &SelectEntry{}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as widget.NewSelectEntry
	e.SetOptions(options)
	return e
}

// SetOptions changes the options of the drop-down.
func (e *SelectEntry) SetOptions(options []string) {
	first := e.ActionItem == nil
	e.SelectEntry.SetOptions(options)
	if !first {
		return
	}
	// The first call creates the drop-down button; wrap its action once.
	if b, ok := e.ActionItem.(*widget.Button); ok {
		open := b.OnTapped
		b.OnTapped = func() {
			if Attached(e) {
				open()
			}
		}
	}
}

// SelectWidth is the width a select needs to show the longest of options
// whole: a select sizes to its current text, so a longer option chosen
// later, or a translation longer than the Finnish, would be cut short.
func SelectWidth(options []string) float32 {
	var w float32
	for _, o := range options {
		w = max(w, fyne.MeasureText(o, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	// The select's paddings and its arrow.
	return w + 4*theme.InnerPadding() + theme.IconInlineSize()
}

// FitSelect holds s at SelectWidth of its options.
func FitSelect(s *Select) *fyne.Container {
	return container.NewGridWrap(fyne.NewSize(SelectWidth(s.Options), s.MinSize().Height), s)
}
