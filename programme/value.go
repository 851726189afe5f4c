package programme

import (
	"errors"
	"strconv"
	"strings"
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
func ParseNumber(s string) (float64, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimSuffix(t, "%")
	t = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "", ",", ".", "\u2212", "-").Replace(t)
	if t == "" {
		return 0, ErrNotNumber
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil {
		return 0, ErrNotNumber
	}
	return f, nil
}

// TextValue returns s as a value, with its number when s reads as one.
func TextValue(s string) Value {
	s = strings.TrimSpace(s)
	v := Value{Text: s}
	if f, err := ParseNumber(s); err == nil {
		v.Number = &f
	}
	return v
}

// NumberValue returns s as a value that must be a number (or empty).
func NumberValue(s string) (Value, error) {
	if strings.TrimSpace(s) == "" {
		return Value{}, nil
	}
	v := TextValue(s)
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

// FormatNumber writes f with a decimal comma and no needless decimals.
func FormatNumber(f float64) string {
	return strings.Replace(strconv.FormatFloat(f, 'f', -1, 64), ".", ",", 1)
}
