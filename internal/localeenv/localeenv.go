// Package localeenv makes the process locale readable for fyne's lang
// package before that package initialises.
//
// fyne's lang reads the locale in its own init and logs an error for names it
// cannot parse, such as C, POSIX or C.UTF-8 without LANGUAGE. Go initialises
// packages in import-path order as soon as their imports are ready, and this
// package's path (fi.kotoutus/…) sorts before fyne.io/…, so importing it from
// ui for its side effect runs this init first.
package localeenv

import (
	"os"
	"strings"
)

// Supported are the languages the app has translations for, best first.
var Supported = []string{"fi", "sv", "en"}

func init() { Apply("") }

// Apply sets LANGUAGE to want if it is supported, else to the system's
// language if supported, else to Finnish, and renames a bare C or POSIX
// locale to C.UTF-8 (the same locale, under a name that lets LANGUAGE
// through). It returns the language chosen.
func Apply(want string) string {
	primary := ""
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if val := os.Getenv(v); val != "" {
			if val == "C" || val == "POSIX" {
				os.Setenv(v, "C.UTF-8")
			}
			primary = val
			break
		}
	}
	chosen := Supported[0]
	for _, cand := range []string{want, base(os.Getenv("LANGUAGE")), base(primary)} {
		if isSupported(cand) {
			chosen = cand
			break
		}
	}
	os.Setenv("LANGUAGE", chosen)
	return chosen
}

// base returns the language part of a locale name: fi_FI.UTF-8 → fi.
func base(loc string) string {
	loc = strings.SplitN(loc, ":", 2)[0]
	loc = strings.SplitN(loc, ".", 2)[0]
	loc = strings.SplitN(loc, "_", 2)[0]
	loc = strings.SplitN(loc, "-", 2)[0]
	return strings.ToLower(loc)
}

func isSupported(l string) bool {
	for _, s := range Supported {
		if s == l {
			return true
		}
	}
	return false
}
