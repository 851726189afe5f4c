package checklist

// DefaultLanguage is the language every text must have; other languages fall
// back to it while their translations are missing.
const DefaultLanguage = "fi"

// Text is one user-facing text in several languages, keyed by ISO 639-1 code.
type Text map[string]string

// In returns the text in lang, or in DefaultLanguage when lang is missing.
func (t Text) In(lang string) string {
	if s, ok := t[lang]; ok && s != "" {
		return s
	}
	return t[DefaultLanguage]
}

// String returns the text in DefaultLanguage.
func (t Text) String() string { return t[DefaultLanguage] }
