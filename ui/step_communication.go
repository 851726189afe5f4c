package ui

import "fyne.io/fyne/v2"

// communicationEditor builds the step's content tab.
func communicationEditor(c *stepContext) fyne.CanvasObject { return nil }
