package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
)

// findingsVisible is how many finding rows the panel shows before it
// scrolls: enough to see what matters first, few enough to leave the editor
// below in view.
const findingsVisible = 4

// findingRowHeight is the height reserved per finding row in the compact
// theme; a finding that wraps onto two lines just scrolls a little.
func findingRowHeight() float32 {
	return theme.TextSize()*1.35 + 2*compactInnerPadding + compactPadding
}

// findingsPanel is the "Puuttuu vielä" box at the top of a step's content
// tab. It knows nothing of steps: it asks find for the findings and
// translate for their texts, so every step editor can use it. Call refresh
// after each edit.
//
// The row area keeps the largest height it has needed (up to
// findingsVisible rows) until the step has no findings left, so that a
// finding fixed while typing does not make the editor below jump.
type findingsPanel struct {
	find      func() []programme.Finding
	translate func(programme.Finding) string
	// onSelect, if set, makes findings that point at a row (Ref) links
	// that select that row in the editor.
	onSelect func(programme.Finding)

	shown  []programme.Finding
	linked bool // whether shown was drawn with links, i.e. onSelect set

	icon    *widget.Icon
	heading *widget.Label
	items   *fyne.Container
	area    *fyne.Container
	compact *container.ThemeOverride
	height  *fixedHeight
	bg      *canvas.Rectangle
	content fyne.CanvasObject
}

// newFindingsPanel builds the panel and fills it once. translate may be nil
// for the usual text, FindingText.
func newFindingsPanel(find func() []programme.Finding, translate func(programme.Finding) string) *findingsPanel {
	if translate == nil {
		translate = FindingText
	}
	f := &findingsPanel{find: find, translate: translate}
	f.icon = widget.NewIcon(theme.WarningIcon())
	f.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.heading.Wrapping = fyne.TextWrapWord
	f.items = container.NewVBox()
	f.height = &fixedHeight{}
	f.compact = container.NewThemeOverride(container.NewVScroll(f.items), compactTheme{fyne.CurrentApp().Settings().Theme()})
	f.area = container.New(f.height, f.compact)
	f.bg = canvas.NewRectangle(color.Transparent)
	f.bg.CornerRadius = theme.InputRadiusSize()
	f.bg.StrokeWidth = 1
	body := container.NewVBox(container.NewBorder(nil, nil, f.icon, nil, f.heading), f.area)
	f.content = container.NewStack(f.bg, container.NewPadded(body))
	f.render(f.find())
	return f
}

// FindingText is the sentence a finding shows: the translation of
// "missing."+Code with the finding's Subject.
func FindingText(f programme.Finding) string {
	return lang.L("missing."+f.Code, map[string]any{"Subject": f.Subject})
}

// refresh asks for the findings again and redraws only when they changed,
// so calling it on every keystroke costs little. It also redraws when
// onSelect was set after the panel was built, to turn rows into links.
func (f *findingsPanel) refresh() {
	now := f.find()
	if sameFindings(now, f.shown) && f.linked == (f.onSelect != nil) {
		return
	}
	f.render(now)
}

// Findings returns what the panel shows now.
func (f *findingsPanel) Findings() []programme.Finding { return f.shown }

func (f *findingsPanel) render(list []programme.Finding) {
	f.shown = list
	f.linked = f.onSelect != nil
	if len(list) == 0 {
		f.icon.SetResource(theme.ConfirmIcon())
		f.heading.SetText(lang.L("findings.none"))
		f.heading.TextStyle = fyne.TextStyle{}
		f.heading.Importance = widget.LowImportance
		f.bg.FillColor = color.Transparent
		f.bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
		f.height.h = 0
		f.area.Hide()
	} else {
		f.icon.SetResource(theme.NewWarningThemedResource(theme.WarningIcon()))
		f.heading.SetText(lang.L("findings.title", map[string]any{"Count": len(list)}))
		f.heading.TextStyle = fyne.TextStyle{Bold: true}
		f.heading.Importance = widget.MediumImportance
		f.bg.FillColor = withAlpha(theme.Color(theme.ColorNameWarning), 0x26)
		f.bg.StrokeColor = theme.Color(theme.ColorNameWarning)
		f.height.h = max(f.height.h, float32(min(len(list), findingsVisible))*findingRowHeight())
		f.area.Show()
	}
	f.heading.Refresh()
	f.bg.Refresh()

	objs := make([]fyne.CanvasObject, 0, len(list))
	for _, fd := range list {
		objs = append(objs, f.row(fd))
	}
	f.items.Objects = objs
	f.compact.Refresh() // applies the compact theme to the new rows
	f.area.Refresh()
}

// row is one finding: a link to its row when the editor can select it,
// otherwise plain wrapped text.
func (f *findingsPanel) row(fd programme.Finding) fyne.CanvasObject {
	text := "• " + f.translate(fd)
	if f.onSelect != nil && fd.Ref != "" {
		link := widget.NewHyperlink(text, nil)
		link.Wrapping = fyne.TextWrapWord
		link.OnTapped = func() { f.onSelect(fd) }
		return link
	}
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// fixedHeight lays out its object at the full size it is given and asks
// for exactly h in height.
type fixedHeight struct{ h float32 }

// Layout implements fyne.Layout.
func (l *fixedHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// MinSize implements fyne.Layout.
func (l *fixedHeight) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := float32(0)
	for _, o := range objs {
		w = max(w, o.MinSize().Width)
	}
	return fyne.NewSize(w, l.h)
}

// The compact theme's paddings, also used to size the rows.
const (
	compactInnerPadding = 2
	compactPadding      = 1
)

// compactTheme tightens the padding of the finding rows, so that a
// handful of findings leaves room for the editor below them.
type compactTheme struct{ fyne.Theme }

// Size implements fyne.Theme.
func (t compactTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameInnerPadding:
		return compactInnerPadding
	case theme.SizeNamePadding:
		return compactPadding
	}
	return t.Theme.Size(n)
}

func sameFindings(a, b []programme.Finding) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// withAlpha returns c with its alpha replaced, for a tint behind text that
// stays readable in light and dark themes.
func withAlpha(c color.Color, a uint8) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: a}
}
