package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The compact theme's paddings; a layout that sizes rows by hand uses
// them too (LabelHeightPadded).
const (
	CompactInnerPadding = 2
	CompactPadding      = 1
)

// CompactTheme is a theme with tighter paddings, for rows of short texts
// that read as one (a finding's sentence and source, a milestone's lines),
// so that a handful of them leaves room for what is below.
type CompactTheme struct{ fyne.Theme }

// Compact returns the app's current theme with the compact paddings.
func Compact() CompactTheme { return CompactTheme{fyne.CurrentApp().Settings().Theme()} }

// Size implements fyne.Theme.
func (t CompactTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameInnerPadding:
		return CompactInnerPadding
	case theme.SizeNamePadding:
		return CompactPadding
	}
	return t.Theme.Size(n)
}
