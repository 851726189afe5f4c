package programme

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date or a coarser one, stored in ISO form: "2026",
// "2026-03" or "2026-03-02". Partial dates suit schedules ("spring 2026" is
// typed as 3/2026); ISO strings of equal precision sort chronologically.
type Date string

// ErrBadDate is returned for text that is not a date.
var ErrBadDate = errors.New("not a date")

// ParseDate reads a date as Finns write it (2.3.2026, 3/2026, 3.2026, 2026)
// or in ISO form. Empty text is the zero Date.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if strings.Contains(s, "-") {
		for _, layout := range []string{"2006-01-02", "2006-01"} {
			if t, err := time.Parse(layout, s); err == nil {
				return Date(t.Format(layout)), nil
			}
		}
		return "", fmt.Errorf("%q: %w", s, ErrBadDate)
	}
	parts := strings.FieldsFunc(strings.TrimSuffix(s, "."), func(r rune) bool { return r == '.' || r == '/' })
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return "", fmt.Errorf("%q: %w", s, ErrBadDate)
		}
		nums[i] = n
	}
	var d Date
	switch len(nums) {
	case 1:
		d = Date(fmt.Sprintf("%04d", nums[0]))
	case 2:
		d = Date(fmt.Sprintf("%04d-%02d", nums[1], nums[0]))
	case 3:
		d = Date(fmt.Sprintf("%04d-%02d-%02d", nums[2], nums[1], nums[0]))
	default:
		return "", fmt.Errorf("%q: %w", s, ErrBadDate)
	}
	if !d.valid() {
		return "", fmt.Errorf("%q: %w", s, ErrBadDate)
	}
	return d, nil
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
