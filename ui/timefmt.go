package ui

import (
	"time"

	"fyne.io/fyne/v2/lang"
)

// savedText tells when the programme was last written, in local time.
func savedText(at time.Time) string {
	if at.IsZero() {
		return lang.L("status.notSaved")
	}
	return lang.L("status.saved", map[string]any{"When": formatTime(at)})
}

// formatTime writes a time as Finns read it: 22.11.2026 klo 14.32.
func formatTime(t time.Time) string {
	t = t.Local()
	return lang.L("time.format", map[string]any{
		"Date": t.Format("2.1.2006"), "Time": t.Format("15.04"),
	})
}
