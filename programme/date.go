package programme

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fi.kotoutus/kotoutus/internal/i18n/locale"
)

// Date is a calendar date or a coarser one, stored in ISO form: "2026",
// "2026-03" or "2026-03-02". Partial dates suit schedules ("spring 2026" is
// typed as 3/2026); ISO strings of equal precision sort chronologically.
type Date string

// ErrBadDate is returned for text that is not a date.
var ErrBadDate = errors.New("not a date")

// ParseDate reads a date as Finns write it (2.3.2026, 3/2026, 3.2026, 2026)
// or in ISO form; month names in English, Swedish or Finnish are read too
// (2 March 2026, 2 mars 2026), so a date typed in any interface language
// is accepted (locale.ParseDate). Empty text is the zero Date.
func ParseDate(s string) (Date, error) {
	d, err := locale.ParseDate("", s)
	if err != nil {
		return "", fmt.Errorf("%q: %w", strings.TrimSpace(s), ErrBadDate)
	}
	return Date(d), nil
}

func (d Date) valid() bool {
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(d)]
	if layout == "" {
		return false
	}
	t, err := time.Parse(layout, string(d))
	return err == nil && t.Year() >= 1900 && t.Year() <= 2200 && t.Format(layout) == string(d)
}

// IsZero tells whether no date was given.
func (d Date) IsZero() bool { return d == "" }

// Format writes the date for a reader of lang: 2.3.2026, 3/2026 or 2026 in
// Finnish and Swedish, 2 March 2026, March 2026 or 2026 in English.
func (d Date) Format(lang string) string { return locale.ISODate(lang, string(d)) }

// Finnish writes the date as Finns read it: 2.3.2026, 3/2026 or 2026.
func (d Date) Finnish() string {
	p := strings.Split(string(d), "-")
	switch len(p) {
	case 3:
		m, _ := strconv.Atoi(p[1])
		day, _ := strconv.Atoi(p[2])
		return fmt.Sprintf("%d.%d.%s", day, m, p[0])
	case 2:
		m, _ := strconv.Atoi(p[1])
		return fmt.Sprintf("%d/%s", m, p[0])
	}
	return string(d)
}

// Start returns the first day the date covers, for ordering and comparing.
func (d Date) Start() time.Time {
	s := string(d)
	switch len(s) {
	case 4:
		s += "-01-01"
	case 7:
		s += "-01"
	}
	t, _ := time.Parse("2006-01-02", s)
	return t
}

// End returns the last day the date covers: 31.12. of a year, the last day
// of a month, or the day itself; a schedule "3/2026" runs to 31.3.2026.
func (d Date) End() time.Time {
	t := d.Start()
	switch len(d) {
	case 4:
		return t.AddDate(1, 0, -1)
	case 7:
		return t.AddDate(0, 1, -1)
	}
	return t
}

// Before tells whether d starts before e.
func (d Date) Before(e Date) bool { return d.Start().Before(e.Start()) }
