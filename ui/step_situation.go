package ui

import "fyne.io/fyne/v2"

// situationEditor builds the step's content tab.
func situationEditor(c *stepContext) fyne.CanvasObject { return nil }
