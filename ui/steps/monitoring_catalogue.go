package steps

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// catalogueView lists the checklist's example indicators, each with its
// description, unit and typical sources and a button to take it into use,
// followed by the checklist's indicator data sources. The catalogue has about
// a dozen entries, so a scrolled column of cards is enough.
type catalogueView struct {
	ctx     *Context
	items   []checklist.Item
	chosen  []*widget.Label
	buttons []*widget.Button
	content fyne.CanvasObject
}

func newCatalogueView(c *Context, choose func(catalogueID string)) *catalogueView {
	cv := &catalogueView{ctx: c, items: c.template().ItemsOf(checklist.KindIndicator)}
	tpl := c.template()
	l := i18n.Language()
	box := container.NewVBox(widgets.HelpText(lang.L("monitoring.catalogueHint")))
	for _, it := range cv.items {
		title := widget.NewLabelWithStyle(it.Label(l), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		desc := widget.NewLabel(it.Text.In(l))
		desc.Wrapping = fyne.TextWrapWord
		var sources []string
		for _, id := range it.Sources {
			if s, ok := tpl.Item(id); ok {
				sources = append(sources, s.Text.In(l))
			}
		}
		facts := widgets.HelpText(lang.L("monitoring.catalogueFacts", map[string]any{"Unit": it.Unit, "Sources": strings.Join(sources, "; ")}))
		chosen := widget.NewLabel("")
		chosen.TextStyle = fyne.TextStyle{Bold: true}
		id := it.ID
		btn := widget.NewButtonWithIcon(lang.L("monitoring.choose"), theme.ContentAddIcon(), func() { choose(id) })
		cv.chosen = append(cv.chosen, chosen)
		cv.buttons = append(cv.buttons, btn)
		box.Add(container.NewBorder(nil, nil, nil, nil, container.NewVBox(title, desc, facts, container.NewHBox(btn, chosen))))
		box.Add(widget.NewSeparator())
	}
	box.Add(widgets.SubHeading(lang.L("monitoring.sources")))
	box.Add(widgets.HelpText(lang.L("monitoring.sourcesHint")))
	for _, it := range tpl.ItemsOf(checklist.KindIndicatorSource) {
		s := widget.NewLabel("• " + it.Text.In(l))
		s.Wrapping = fyne.TextWrapWord
		box.Add(s)
	}
	cv.content = container.NewPadded(box)
	cv.refresh()
	return cv
}

// refresh shows which catalogue indicators are already in use.
func (cv *catalogueView) refresh() {
	m := &cv.ctx.programme().Monitoring
	for i, it := range cv.items {
		n := m.Chosen(it.ID)
		if n == 0 {
			cv.chosen[i].SetText("")
			cv.buttons[i].SetText(lang.L("monitoring.choose"))
			cv.buttons[i].Importance = widget.HighImportance
		} else {
			cv.chosen[i].SetText(lang.L("monitoring.inUse", map[string]any{"Count": n}))
			cv.buttons[i].SetText(lang.L("monitoring.chooseAgain"))
			cv.buttons[i].Importance = widget.MediumImportance
		}
		cv.buttons[i].Refresh()
	}
}
