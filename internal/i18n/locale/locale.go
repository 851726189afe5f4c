// Package locale writes and reads dates and numbers the way readers of each
// of the app's languages expect them: 2.12.2026 and 1 234,5 in Finnish and
// Swedish (as written in Finland), 2 December 2026 and 1,234.5 in English.
//
// It is pure Go with no dependencies, so the document exporters and the
// domain model use it as well as the window and the command line. An
// unknown language is written as Finnish, the app's first language.
package locale

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// ErrNotNumber is returned for text that is not a number.
var ErrNotNumber = errors.New("not a number")

// ErrNotDate is returned for text that is not a date.
var ErrNotDate = errors.New("not a date")

// groupSep is the thousands separator of Finnish and Swedish: a no-break
// space, so that a figure never breaks across lines.
const groupSep = "\u00a0"

var englishMonths = [...]string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

// english tells whether lang writes dates and numbers the English way.
func english(lang string) bool { return lang == "en" }

// Date writes a calendar date: 2.12.2026 (fi, sv) or 2 December 2026 (en).
func Date(lang string, t time.Time) string {
	if english(lang) {
		return fmt.Sprintf("%d %s %d", t.Day(), englishMonths[t.Month()-1], t.Year())
	}
	return fmt.Sprintf("%d.%d.%d", t.Day(), int(t.Month()), t.Year())
}

// Month writes a month of a year: 3/2026 (fi, sv) or March 2026 (en).
func Month(lang string, year int, month time.Month) string {
	if english(lang) {
		return fmt.Sprintf("%s %d", englishMonths[month-1], year)
	}
	return fmt.Sprintf("%d/%d", int(month), year)
}

// Clock writes a time of day: 14.32 (fi, sv) or 14:32 (en).
func Clock(lang string, t time.Time) string {
	if english(lang) {
		return t.Format("15:04")
	}
	return t.Format("15.04")
}

// DateTime writes a date and a time of day without words between them:
// 2.12.2026 14.32 (fi, sv) or 2 December 2026, 14:32 (en).
func DateTime(lang string, t time.Time) string {
	if english(lang) {
		return Date(lang, t) + ", " + Clock(lang, t)
	}
	return Date(lang, t) + " " + Clock(lang, t)
}

// ISODate writes a stored date of any precision ("2026", "2026-03",
// "2026-03-02") in lang. Text that is none of these is returned unchanged.
func ISODate(lang, iso string) string {
	switch len(iso) {
	case 10:
		if t, err := time.Parse("2006-01-02", iso); err == nil {
			return Date(lang, t)
		}
	case 7:
		if t, err := time.Parse("2006-01", iso); err == nil {
			return Month(lang, t.Year(), t.Month())
		}
	}
	return iso
}

// ParseDate reads a date typed in lang and returns it in ISO form of the
// precision typed: "2026", "2026-03" or "2026-03-02". Every language
// accepts the numeric forms Finns write (2.3.2026, 3/2026, 3.2026, 2026,
// and 2/3/2026 day first, as in British English) and ISO dates; English and
// Swedish also accept month names ("2 March 2026", "March 2026",
// "2 mars 2026"). Empty text returns "".
func ParseDate(lang, s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	bad := fmt.Errorf("%q: %w", s, ErrNotDate)
	if strings.Contains(s, "-") {
		for _, layout := range []string{"2006-01-02", "2006-01"} {
			if t, err := time.Parse(layout, s); err == nil {
				return t.Format(layout), nil
			}
		}
		return "", bad
	}
	if d, ok := parseNamedMonth(s); ok {
		return d, nil
	}
	parts := strings.FieldsFunc(strings.TrimSuffix(s, "."), func(r rune) bool { return r == '.' || r == '/' })
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil {
			return "", bad
		}
		nums[i] = n
	}
	var d string
	switch len(nums) {
	case 1:
		d = fmt.Sprintf("%04d", nums[0])
	case 2:
		d = fmt.Sprintf("%04d-%02d", nums[1], nums[0])
	case 3:
		d = fmt.Sprintf("%04d-%02d-%02d", nums[2], nums[1], nums[0])
	default:
		return "", bad
	}
	if !validISO(d) {
		return "", bad
	}
	return d, nil
}

// monthNames maps month names and their common abbreviations in English,
// Swedish and Finnish to month numbers.
var monthNames = func() map[string]int {
	m := map[string]int{}
	sv := []string{"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"}
	fi := []string{"tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"}
	for i := range 12 {
		en := strings.ToLower(englishMonths[i])
		m[en] = i + 1
		m[en[:3]] = i + 1
		m[sv[i]] = i + 1
		m[fi[i]] = i + 1
		m[fi[i]+"ta"] = i + 1 // 2. joulukuuta
	}
	m["sept"] = 9
	return m
}()

// parseNamedMonth reads "2 March 2026", "March 2, 2026", "March 2026" and
// the Swedish and Finnish equivalents.
func parseNamedMonth(s string) (string, bool) {
	fields := strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(strings.ToLower(s)))
	if len(fields) < 2 || len(fields) > 3 {
		return "", false
	}
	day, month, year := 0, 0, 0
	for _, f := range fields {
		if m, ok := monthNames[f]; ok && month == 0 {
			month = m
			continue
		}
		n, err := strconv.Atoi(f)
		switch {
		case err != nil:
			return "", false
		case n > 31 && year == 0:
			year = n
		case day == 0 && len(fields) == 3:
			day = n
		default:
			return "", false
		}
	}
	if month == 0 || year == 0 {
		return "", false
	}
	d := fmt.Sprintf("%04d-%02d", year, month)
	if day > 0 {
		d += fmt.Sprintf("-%02d", day)
	}
	return d, validISO(d)
}

func validISO(d string) bool {
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(d)]
	if layout == "" {
		return false
	}
	t, err := time.Parse(layout, d)
	return err == nil && t.Year() >= 1900 && t.Year() <= 2200 && t.Format(layout) == d
}

// Number writes f with no needless decimals, grouped in thousands:
// 1 234,5 (fi, sv; the space is a no-break space) or 1,234.5 (en).
func Number(lang string, f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	s := strconv.FormatFloat(math.Abs(f), 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	sep, dec := groupSep, ","
	if english(lang) {
		sep, dec = ",", "."
	}
	if len(intPart) > 3 {
		var b strings.Builder
		for i, r := range intPart {
			if i > 0 && (len(intPart)-i)%3 == 0 {
				b.WriteString(sep)
			}
			b.WriteRune(r)
		}
		intPart = b.String()
	}
	out := intPart
	if frac != "" {
		out += dec + frac
	}
	if f < 0 {
		out = "-" + out
	}
	return out
}

// ParseNumber reads a number typed in lang, with an optional trailing %.
// Finnish and Swedish take a decimal comma (or point) and spaces as
// thousands separators. English takes a decimal point and commas between
// groups of three digits; a lone comma not followed by exactly three digits
// is read as a decimal comma, as a Finnish habit typed in English.
func ParseNumber(lang, s string) (float64, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimSpace(strings.TrimSuffix(t, "%"))
	t = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "", "\u2212", "-", "\u2013", "-").Replace(t)
	if t == "" {
		return 0, fmt.Errorf("%q: %w", s, ErrNotNumber)
	}
	if english(lang) {
		t = englishCommas(t)
	}
	t = strings.Replace(t, ",", ".", 1)
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || strings.ContainsAny(t, "eExXpP_") || strings.EqualFold(t, "nan") || strings.Contains(strings.ToLower(t), "inf") {
		return 0, fmt.Errorf("%q: %w", s, ErrNotNumber)
	}
	return f, nil
}

// englishCommas drops commas that separate groups of three digits in the
// integer part; other commas are left for the caller to read as decimal.
func englishCommas(t string) string {
	intPart, frac, hasPoint := strings.Cut(t, ".")
	groups := strings.Split(intPart, ",")
	if len(groups) == 1 {
		return t
	}
	grouped := len(groups[0]) >= 1 && len(strings.TrimPrefix(groups[0], "-")) <= 3
	for _, g := range groups[1:] {
		grouped = grouped && len(g) == 3
	}
	if !grouped && !hasPoint {
		return t // 1,5: a decimal comma
	}
	intPart = strings.Join(groups, "")
	if hasPoint {
		return intPart + "." + frac
	}
	return intPart
}
