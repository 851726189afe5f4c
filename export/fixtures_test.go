package export

import (
	"testing"
	"time"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/export/internal/sample"
	"fi.kotoutus/kotoutus/programme"
)

// fixedNow is the export date of every test, so outputs are reproducible.
var fixedNow = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

func testOptions() Options {
	return Options{Language: "fi", Creator: "Kotoutus test", Now: fixedNow}
}

// demo returns the demo programme with fixed IDs.
func demo(t testing.TB) (*programme.Programme, *checklist.Template) {
	t.Helper()
	tpl := checklist.Default()
	return sample.Demo(tpl), tpl
}

// large returns a generated programme; scale benchScale gives over 100
// pages.
func large(t testing.TB, scale int) (*programme.Programme, *checklist.Template) {
	t.Helper()
	tpl := checklist.Default()
	return sample.Large(tpl, scale), tpl
}
