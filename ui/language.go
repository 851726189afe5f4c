package ui

import "fi.kotoutus/kotoutus/internal/i18n"

// Languages are the interface languages, in order of preference.
var Languages = i18n.Languages

// SetupLanguage chooses the interface language and loads the translations
// (i18n.Setup). It must run before the Fyne app is created.
func SetupLanguage(want string) string { return i18n.Setup(want) }

// Language returns the interface language chosen by SetupLanguage.
func Language() string { return i18n.Language() }
