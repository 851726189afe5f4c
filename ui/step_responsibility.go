package ui

import "fyne.io/fyne/v2"

// responsibilityEditor builds the step's content tab.
func responsibilityEditor(c *stepContext) fyne.CanvasObject { return nil }
