package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// catalogueRow is one of the checklist's example indicators on the
// checklist view: its name and description and a button that takes it into
// the step's indicators, where it opens to be filled in.
type catalogueRow struct {
	sp    *stepPage
	item  checklist.Item
	pick  *widget.Button
	inUse *widget.Label
}

// addCatalogue lists a kind of catalogue entries: indicators to pick, data
// sources as a list to read.
func (sp *stepPage) addCatalogue(box *fyne.Container, k checklist.Kind, items []checklist.Item) {
	l := Language()
	if k != checklist.KindIndicator {
		box.Add(widgets.HelpText(lang.L("progress.sourcesHint")))
		for _, it := range items {
			box.Add(widgets.Wrapped("• " + it.Text.In(l)))
		}
		return
	}
	box.Add(widgets.HelpText(lang.L("progress.catalogueHint")))
	for _, it := range items {
		c := &catalogueRow{sp: sp, item: it, inUse: widget.NewLabel("")}
		c.pick = widget.NewButtonWithIcon("", theme.ContentAddIcon(), c.onPick)
		c.refresh()
		sp.catalogue = append(sp.catalogue, c)
		title := widget.NewLabelWithStyle(it.Label(l), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		box.Add(container.NewBorder(nil, nil, nil, container.NewVBox(container.NewHBox(c.inUse, c.pick)),
			container.NewVBox(title, widgets.Wrapped(it.Text.In(l)))))
	}
}

// onPick takes the indicator into use and opens it in the content view.
func (c *catalogueRow) onPick() {
	var id string
	var err error
	c.sp.v.edit(func(p *programme.Programme) {
		var ind *programme.Indicator
		if ind, err = p.ChooseIndicator(c.sp.v.tpl, c.item.ID); err == nil {
			id = ind.ID
		}
	})
	if err != nil {
		c.sp.v.ShowError(err)
		return
	}
	c.refresh()
	c.sp.openFinding(programme.Finding{Step: c.sp.step.ID, Ref: "indicator:" + id})
}

// refresh shows whether and how often the indicator is in use.
func (c *catalogueRow) refresh() {
	n := c.sp.v.session.Programme().Monitoring.Chosen(c.item.ID)
	label, inUse, imp := lang.L("monitoring.choose"), "", widget.HighImportance
	if n > 0 {
		label, inUse, imp = lang.L("monitoring.chooseAgain"), lang.L("monitoring.inUse", map[string]any{"Count": n}), widget.MediumImportance
	}
	if c.pick.Text != label || c.pick.Importance != imp {
		c.pick.Text, c.pick.Importance = label, imp
		c.pick.Refresh()
	}
	if c.inUse.Text != inUse {
		c.inUse.SetText(inUse)
	}
}
