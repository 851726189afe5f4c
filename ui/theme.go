package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// appTheme is Fyne's default theme in its light variant with a restrained
// blue, the look of a municipal document rather than of a media player.
// Light is fixed because the screens are projected in meeting rooms, where
// dark themes wash out.
type appTheme struct{}

var _ fyne.Theme = appTheme{}

// primary is the blue of the app icon.
var primary = color.NRGBA{R: 0x1f, G: 0x4e, B: 0x79, A: 0xff}

func (appTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNamePrimary, theme.ColorNameHyperlink:
		return primary
	case theme.ColorNameFocus:
		return color.NRGBA{R: 0x1f, G: 0x4e, B: 0x79, A: 0x60}
	case theme.ColorNameInputBorder:
		// Fyne's light border is too faint for unticked boxes on a projector.
		return color.NRGBA{R: 0x7a, G: 0x80, B: 0x8a, A: 0xff}
	case theme.ColorNameSelection:
		return color.NRGBA{R: 0x1f, G: 0x4e, B: 0x79, A: 0x30}
	}
	return theme.DefaultTheme().Color(n, theme.VariantLight)
}

func (appTheme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

func (appTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (appTheme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }
