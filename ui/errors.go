package ui

import "fi.kotoutus/kotoutus/internal/i18n"

// Message is an error whose text is already a sentence for the user; it is
// i18n.Message, shared with the command line.
type Message = i18n.Message

// Describe turns an error into one sentence for the user (i18n.Describe).
func Describe(err error) string { return i18n.Describe(err) }
