package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/progress"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// progressSection shows each goal's measures by state as a compact bar,
// two goals a row, with the way to the measures timeline.
func (d *dashboard) progressSection(p *programme.Programme) fyne.CanvasObject {
	if len(p.Goals) == 0 {
		return container.NewVBox()
	}
	var cells []fyne.CanvasObject
	for i, g := range p.Goals {
		title := strings.Join(strings.Fields(g.Title), " ")
		if title == "" {
			title = lang.L("progress.untitled")
		}
		name := widget.NewLabel(lang.L("progress.goal", map[string]any{"N": i + 1, "Title": title}))
		name.Wrapping = fyne.TextWrapWord
		cells = append(cells, container.NewVBox(name, progress.StateBar(p, g, true)))
	}
	open := widgets.NewLinkLabel(lang.L("progress.openTimeline"), d.v.showTimeline)
	box := container.NewVBox(dashTileHeading(lang.L("dashboard.progress")), container.NewGridWithColumns(2, cells...), open)
	return dashCard(box, theme.Color(theme.ColorNamePrimary))
}
