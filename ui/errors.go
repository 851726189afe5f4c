package ui

import "fi.kotoutus/kotoutus/internal/i18n"

// Describe turns an error into one sentence for the user (i18n.Describe).
// The one error type whose text is such a sentence is i18n.Message, shared
// by the window, the step editors and the command line.
func Describe(err error) string { return i18n.Describe(err) }
