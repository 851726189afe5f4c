package locale

import (
	"errors"
	"testing"
	"time"
)

func TestDate(t *testing.T) {
	day := time.Date(2026, time.December, 2, 14, 32, 0, 0, time.UTC)
	tests := []struct {
		lang, date, month, clock, dateTime string
	}{
		{"fi", "2.12.2026", "12/2026", "14.32", "2.12.2026 14.32"},
		{"sv", "2.12.2026", "12/2026", "14.32", "2.12.2026 14.32"},
		{"en", "2 December 2026", "December 2026", "14:32", "2 December 2026, 14:32"},
		{"xx", "2.12.2026", "12/2026", "14.32", "2.12.2026 14.32"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			if got := Date(tt.lang, day); got != tt.date {
				t.Errorf("Date = %q, want %q", got, tt.date)
			}
			if got := Month(tt.lang, 2026, time.December); got != tt.month {
				t.Errorf("Month = %q, want %q", got, tt.month)
			}
			if got := Clock(tt.lang, day); got != tt.clock {
				t.Errorf("Clock = %q, want %q", got, tt.clock)
			}
			if got := DateTime(tt.lang, day); got != tt.dateTime {
				t.Errorf("DateTime = %q, want %q", got, tt.dateTime)
			}
		})
	}
}

func TestISODate(t *testing.T) {
	tests := []struct{ lang, iso, want string }{
		{"fi", "2026-03-02", "2.3.2026"},
		{"sv", "2026-03", "3/2026"},
		{"fi", "2026", "2026"},
		{"en", "2026-03-02", "2 March 2026"},
		{"en", "2026-03", "March 2026"},
		{"en", "2026", "2026"},
		{"en", "", ""},
		{"fi", "kevät", "kevät"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.iso, func(t *testing.T) {
			if got := ISODate(tt.lang, tt.iso); got != tt.want {
				t.Errorf("ISODate(%q, %q) = %q, want %q", tt.lang, tt.iso, got, tt.want)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		lang, in, want string
		bad            bool
	}{
		{"fi", "2.12.2026", "2026-12-02", false},
		{"fi", "2.12.2026.", "2026-12-02", false},
		{"fi", "3/2026", "2026-03", false},
		{"fi", "3.2026", "2026-03", false},
		{"fi", "2026", "2026", false},
		{"fi", "2026-12-02", "2026-12-02", false},
		{"fi", "2. joulukuuta 2026", "2026-12-02", false},
		{"sv", "2.12.2026", "2026-12-02", false},
		{"sv", "2 december 2026", "2026-12-02", false},
		{"sv", "mars 2026", "2026-03", false},
		{"en", "2 December 2026", "2026-12-02", false},
		{"en", "December 2, 2026", "2026-12-02", false},
		{"en", "2 Dec 2026", "2026-12-02", false},
		{"en", "March 2026", "2026-03", false},
		{"en", "2/12/2026", "2026-12-02", false},
		{"en", "", "", false},
		{"fi", "31.2.2026", "", true},
		{"en", "31 February 2026", "", true},
		{"fi", "huomenna", "", true},
		{"en", "2 Smarch 2026", "", true},
		{"fi", "1.2.3.4", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.lang, tt.in)
			if tt.bad {
				if !errors.Is(err, ErrNotDate) {
					t.Errorf("ParseDate(%q) = %q, %v; want ErrNotDate", tt.in, got, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ParseDate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestNumber(t *testing.T) {
	tests := []struct {
		lang string
		f    float64
		want string
	}{
		{"fi", 1234.5, "1\u00a0234,5"},
		{"sv", 1234.5, "1\u00a0234,5"},
		{"en", 1234.5, "1,234.5"},
		{"fi", 12, "12"},
		{"en", 999, "999"},
		{"fi", 1234567, "1\u00a0234\u00a0567"},
		{"en", 1234567.25, "1,234,567.25"},
		{"fi", -4321.5, "-4\u00a0321,5"},
		{"en", -0.5, "-0.5"},
		{"fi", 0, "0"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.want, func(t *testing.T) {
			if got := Number(tt.lang, tt.f); got != tt.want {
				t.Errorf("Number(%q, %v) = %q, want %q", tt.lang, tt.f, got, tt.want)
			}
		})
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		lang, in string
		want     float64
		bad      bool
	}{
		{"fi", "1 234,5", 1234.5, false},
		{"fi", "1\u00a0234,5", 1234.5, false},
		{"fi", "1234.5", 1234.5, false},
		{"sv", "1 234,5", 1234.5, false},
		{"fi", "12,5 %", 12.5, false},
		{"fi", "\u22123,5", -3.5, false},
		{"en", "1,234.5", 1234.5, false},
		{"en", "1,234", 1234, false},
		{"en", "1,234,567", 1234567, false},
		{"en", "1234.5", 1234.5, false},
		{"en", "1,5", 1.5, false},
		{"en", "12.5%", 12.5, false},
		{"en", "-1,234.5", -1234.5, false},
		{"fi", "", 0, true},
		{"fi", "paljon", 0, true},
		{"en", "1,234,5", 0, true},
		{"fi", "1e5", 0, true},
		{"en", "NaN", 0, true},
		{"fi", "Inf", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.in, func(t *testing.T) {
			got, err := ParseNumber(tt.lang, tt.in)
			if tt.bad {
				if !errors.Is(err, ErrNotNumber) {
					t.Errorf("ParseNumber(%q) = %v, %v; want ErrNotNumber", tt.in, got, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ParseNumber(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestRoundTrip(t *testing.T) {
	for _, lang := range []string{"fi", "sv", "en"} {
		for _, f := range []float64{0, 1, 12.25, 1234.5, -98765.125, 1e9} {
			got, err := ParseNumber(lang, Number(lang, f))
			if err != nil || got != f {
				t.Errorf("%s: ParseNumber(Number(%v)) = %v, %v", lang, f, got, err)
			}
		}
	}
}
