package ui

import (
	"time"

	"fyne.io/fyne/v2/lang"

	"fi.kotoutus/kotoutus/internal/i18n/locale"
)

// savedText tells when the programme was last written, in local time.
func savedText(at time.Time) string {
	if at.IsZero() {
		return lang.L("status.notSaved")
	}
	return lang.L("status.saved", map[string]any{"When": formatTime(at)})
}

// formatTime writes a time in the interface language: 22.11.2026 klo 14.32.
func formatTime(t time.Time) string {
	t = t.Local()
	return lang.L("time.format", map[string]any{
		"Date": locale.Date(Language(), t), "Time": locale.Clock(Language(), t),
	})
}
