package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// sidebarDetail reads the status line of a sidebar row.
func sidebarDetail(o fyne.CanvasObject) string {
	texts := o.(*fyne.Container).Objects[0].(*fyne.Container)
	return texts.Objects[1].(*widget.Label).Text
}
