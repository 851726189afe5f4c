package ui

import "fyne.io/fyne/v2"

// documentEditor builds the step's content tab.
func documentEditor(c *stepContext) fyne.CanvasObject { return nil }
