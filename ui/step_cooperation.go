package ui

import "fyne.io/fyne/v2"

// cooperationEditor builds the step's content tab.
func cooperationEditor(c *stepContext) fyne.CanvasObject { return nil }
