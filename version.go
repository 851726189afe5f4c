package main

import (
	_ "embed"
	"strings"
)

// fyneApp is FyneApp.toml, the app's one version source: the fyne tool
// reads it when packaging, the Makefile reads it for file names, and the
// binary embeds it here for `kotoutus version` and the About dialog.
//
//go:embed FyneApp.toml
var fyneApp string

// appVersion returns the Version of FyneApp.toml's [Details] table, or
// "unknown" when the file has none (a test keeps it there).
func appVersion() string {
	v, ok := tomlVersion(fyneApp)
	if !ok {
		return "unknown"
	}
	return v
}

// tomlVersion reads `Version = "…"` from the [Details] table of a
// FyneApp.toml; it is not a general TOML reader.
func tomlVersion(toml string) (string, bool) {
	table := ""
	for line := range strings.Lines(toml) {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") {
			table = strings.Trim(line, "[] ")
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok || table != "Details" || strings.TrimSpace(key) != "Version" {
			continue
		}
		value = strings.TrimSpace(value)
		if len(value) < 3 || value[0] != '"' || value[len(value)-1] != '"' {
			return "", false
		}
		return value[1 : len(value)-1], true
	}
	return "", false
}
