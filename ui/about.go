package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
)

// aboutProgramme shows the checklist's closing guidance: what a municipal
// programme is and is not.
func aboutProgramme(tpl *checklist.Template) fyne.CanvasObject {
	l := Language()
	box := container.NewVBox()
	for _, pt := range tpl.About.Points {
		title := widget.NewLabelWithStyle(pt.Title.In(l), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		text := widget.NewLabel(pt.Text.In(l))
		text.Wrapping = fyne.TextWrapWord
		box.Add(title)
		box.Add(text)
	}
	src := widget.NewLabel(lang.L("source.cite", map[string]any{"Publisher": tpl.Source.Publisher, "Title": tpl.Source.Title}))
	src.Wrapping = fyne.TextWrapWord
	src.SizeName = theme.SizeNameCaptionText
	box.Add(widget.NewSeparator())
	box.Add(src)
	return container.NewVScroll(box)
}
