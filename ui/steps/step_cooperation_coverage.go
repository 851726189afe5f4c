package steps

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// sectorCoverage shows which sectors the group covers: the recommended
// sectors with and without members, then the other sectors present. The
// catalogue has under twenty sectors, so a box of rows is enough.
type sectorCoverage struct {
	missing, present, others *fyne.Container
	content                  fyne.CanvasObject
}

func newSectorCoverage() *sectorCoverage {
	c := &sectorCoverage{missing: container.NewVBox(), present: container.NewVBox(), others: container.NewVBox()}
	left := container.NewVBox(widgets.SubHeading(lang.L("cooperation.coverage.missing")), c.missing)
	right := container.NewVBox(widgets.SubHeading(lang.L("cooperation.coverage.present")), c.present,
		widgets.SubHeading(lang.L("cooperation.coverage.others")), c.others)
	c.content = container.NewPadded(container.NewVBox(
		widgets.HelpText(lang.L("cooperation.coverage.help")),
		container.NewGridWithColumns(2, left, right),
	))
	return c
}

// update redraws the coverage from the current sectors and members.
func (c *sectorCoverage) update(cov []programme.SectorCoverage) {
	var missing, present, others []fyne.CanvasObject
	for _, sc := range cov {
		label := sc.Sector.Label.In(i18n.Language())
		switch {
		case sc.Sector.Recommended && sc.Members == 0:
			var icon fyne.Resource = theme.NewWarningThemedResource(theme.WarningIcon())
			if sc.Sector.Immigrant {
				icon = theme.NewErrorThemedResource(theme.WarningIcon())
			}
			missing = append(missing, coverageRow(icon, label))
		case sc.Members > 0:
			text := lang.L("cooperation.coverage.row", map[string]any{"Sector": label, "Count": sc.Members})
			if sc.Sector.Recommended {
				present = append(present, coverageRow(theme.NewSuccessThemedResource(theme.ConfirmIcon()), text))
			} else {
				others = append(others, coverageRow(theme.NewSuccessThemedResource(theme.ConfirmIcon()), text))
			}
		}
	}
	if len(missing) == 0 {
		missing = append(missing, widgets.HelpText(lang.L("cooperation.coverage.allPresent")))
	}
	if len(present) == 0 {
		present = append(present, widgets.HelpText(lang.L("cooperation.coverage.nonePresent")))
	}
	if len(others) == 0 {
		others = append(others, widgets.HelpText(lang.L("cooperation.coverage.noOthers")))
	}
	for box, objs := range map[*fyne.Container][]fyne.CanvasObject{c.missing: missing, c.present: present, c.others: others} {
		box.Objects = objs
		box.Refresh()
	}
}

func coverageRow(icon fyne.Resource, text string) fyne.CanvasObject {
	return container.NewBorder(nil, nil, container.NewCenter(widget.NewIcon(icon)), nil, widgets.Wrapped(text))
}
