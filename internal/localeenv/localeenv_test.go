package localeenv

import (
	"os"
	"testing"
)

func TestApply(t *testing.T) {
	cases := []struct {
		name                 string
		env                  map[string]string
		want                 string
		chosen, wantLanguage string
		wantLang             string
	}{
		{"bare C locale", map[string]string{"LANG": "C"}, "", "fi", "fi", "C.UTF-8"},
		{"POSIX in LC_ALL", map[string]string{"LC_ALL": "POSIX", "LANG": "sv_FI.UTF-8"}, "", "fi", "fi", "sv_FI.UTF-8"},
		{"Swedish system", map[string]string{"LANG": "sv_FI.UTF-8"}, "", "sv", "sv", "sv_FI.UTF-8"},
		{"unsupported system", map[string]string{"LANG": "de_DE.UTF-8"}, "", "fi", "fi", "de_DE.UTF-8"},
		{"flag wins", map[string]string{"LANG": "sv_FI.UTF-8"}, "en", "en", "en", "sv_FI.UTF-8"},
		{"nothing set", map[string]string{}, "", "fi", "fi", ""},
		{"LANGUAGE list", map[string]string{"LANG": "en_GB.UTF-8", "LANGUAGE": "sv:en"}, "", "sv", "sv", "en_GB.UTF-8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"} {
				t.Setenv(v, c.env[v])
				if _, ok := c.env[v]; !ok {
					os.Unsetenv(v)
				}
			}
			if got := Apply(c.want); got != c.chosen {
				t.Errorf("Apply(%q) = %q, want %q", c.want, got, c.chosen)
			}
			if got := os.Getenv("LANGUAGE"); got != c.wantLanguage {
				t.Errorf("LANGUAGE = %q, want %q", got, c.wantLanguage)
			}
			if got := os.Getenv("LANG"); c.env["LANG"] != "" && got != c.wantLang {
				t.Errorf("LANG = %q, want %q", got, c.wantLang)
			}
			if v := c.env["LC_ALL"]; v == "POSIX" && os.Getenv("LC_ALL") != "C.UTF-8" {
				t.Errorf("LC_ALL = %q, want C.UTF-8", os.Getenv("LC_ALL"))
			}
		})
	}
}
