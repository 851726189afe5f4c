package programme

import (
	"errors"
	"strings"

	"fi.kotoutus/kotoutus/internal/i18n/locale"
)

// Value is a figure as the user typed it, with its number when it is one.
// Keeping the number lets later versions chart figures; keeping the text
// keeps what is not a number ("arabia, venäjä") or how it was written.
type Value struct {
	Number *float64 `json:"number,omitempty"`
	Text   string   `json:"text,omitempty"`
}

// ErrNotNumber is returned when a value that must be a number is not one.
var ErrNotNumber = errors.New("not a number")

// ParseNumber reads a number as Finns write it: decimal comma or point,
// spaces (also no-break) as thousands separators, an optional trailing %.
func ParseNumber(s string) (float64, error) { return ParseNumberIn("fi", s) }

// ParseNumberIn reads a number as readers of lang write it (locale.ParseNumber):
// 1 234,5 in Finnish and Swedish, 1,234.5 in English.
func ParseNumberIn(lang, s string) (float64, error) {
	f, err := locale.ParseNumber(lang, s)
	if err != nil {
		return 0, ErrNotNumber
	}
	return f, nil
}

// TextValue returns s as a value, with its number when s reads as one in
// Finnish notation.
func TextValue(s string) Value { return TextValueIn("fi", s) }

// TextValueIn returns s as a value, with its number when s reads as one in
// the notation of lang.
func TextValueIn(lang, s string) Value {
	s = strings.TrimSpace(s)
	v := Value{Text: s}
	if f, err := ParseNumberIn(lang, s); err == nil {
		v.Number = &f
	}
	return v
}

// NumberValue returns s as a value that must be a number (or empty).
func NumberValue(s string) (Value, error) { return NumberValueIn("fi", s) }

// NumberValueIn returns s, typed in the notation of lang, as a value that
// must be a number (or empty).
func NumberValueIn(lang, s string) (Value, error) {
	if strings.TrimSpace(s) == "" {
		return Value{}, nil
	}
	v := TextValueIn(lang, s)
	if v.Number == nil {
		return Value{}, ErrNotNumber
	}
	return v, nil
}

// IsZero tells whether nothing was entered.
func (v Value) IsZero() bool { return v.Number == nil && v.Text == "" }

// String returns the value as typed, or the number in Finnish notation.
func (v Value) String() string {
	if v.Text != "" {
		return v.Text
	}
	if v.Number != nil {
		return FormatNumber(*v.Number)
	}
	return ""
}

// Format returns the value for a reader of lang: a number in that
// language's notation (1 234,5 or 1,234.5), any other text as typed.
func (v Value) Format(lang string) string {
	if v.Number != nil {
		return locale.Number(lang, *v.Number)
	}
	return v.Text
}

// FormatNumber writes f with a decimal comma and no needless decimals.
func FormatNumber(f float64) string { return locale.Number("fi", f) }
