package programme_test

import (
	"errors"
	"testing"

	"fi.kotoutus/kotoutus/programme"
)

func TestParseNumber(t *testing.T) {
	cases := []struct {
		in   string
		want float64
		err  bool
	}{
		{"1 234,5", 1234.5, false},
		{"1\u00a0200", 1200, false},
		{"12,3 %", 12.3, false},
		{"−4", -4, false},
		{"0.5", 0.5, false},
		{"", 0, true},
		{"noin sata", 0, true},
		{"NaN", 0, true},
		{"Inf", 0, true},
		{"-infinity", 0, true},
		{"0x1p3", 0, true},
		{"1e400", 0, true},
		{"1e3", 0, true},
	}
	for _, c := range cases {
		got, err := programme.ParseNumber(c.in)
		if (err != nil) != c.err || (!c.err && got != c.want) {
			t.Errorf("ParseNumber(%q) = %v, %v", c.in, got, err)
		}
	}
	if _, err := programme.NumberValue("paljon"); !errors.Is(err, programme.ErrNotNumber) {
		t.Errorf("NumberValue accepted text: %v", err)
	}
	if v := programme.TextValue("arabia, venäjä"); v.Number != nil || v.String() != "arabia, venäjä" {
		t.Errorf("TextValue of text: %+v", v)
	}
}

func TestParseDate(t *testing.T) {
	cases := []struct {
		in, want, finnish string
		err               bool
	}{
		{"2.3.2026", "2026-03-02", "2.3.2026", false},
		{"3/2026", "2026-03", "3/2026", false},
		{"2026", "2026", "2026", false},
		{"2026-03-02", "2026-03-02", "2.3.2026", false},
		{"31.2.2026", "", "", true},
		{"huomenna", "", "", true},
		{"", "", "", false},
	}
	for _, c := range cases {
		got, err := programme.ParseDate(c.in)
		if (err != nil) != c.err || string(got) != c.want || got.Finnish() != c.finnish {
			t.Errorf("ParseDate(%q) = %q (%q), %v", c.in, got, got.Finnish(), err)
		}
	}
	if !programme.Date("2026-03").Before("2026-04-01") || programme.Date("2027").Before("2026-12-31") {
		t.Error("Before orders dates wrongly")
	}
}

func TestDateEnd(t *testing.T) {
	for in, want := range map[programme.Date]string{"2026": "2026-12-31", "2026-02": "2026-02-28", "2028-02": "2028-02-29", "2026-03-02": "2026-03-02"} {
		if got := in.End().Format("2006-01-02"); got != want {
			t.Errorf("Date(%q).End() = %s, want %s", in, got, want)
		}
	}
}
