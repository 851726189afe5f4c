package ui

import (
	"strings"

	"fyne.io/fyne/v2"
)

// Preference keys. Preferences hold only small UI state; programmes live in
// the database.
const (
	// prefWindowSize is "WIDTHxHEIGHT" in one key: Fyne writes the first
	// change at once but defers a second one made within 100 ms, and a
	// deferred write is lost when the app quits right after.
	prefWindowSize = "window.size"
	prefLastFolder = "export.lastFolder"
	prefAuthor     = "review.author"
	// prefLanguage is the interface language chosen in the settings: a
	// language code, or "" (unset) for the system's language.
	prefLanguage = "app.language"
)

// AppID is the app's fixed ID: fyne keeps preferences under it.
const AppID = "fi.kotoutus.app"

// prefGuidance holds the user's choice of open or closed guidance per
// step, as "stepID=1,stepID=0", in one key (see prefWindowSize).
const prefGuidance = "step.guidance"

// guidanceChoice returns the remembered choice for a step, if any.
func guidanceChoice(p fyne.Preferences, stepID string) (open, ok bool) {
	for _, kv := range strings.Split(p.StringWithFallback(prefGuidance, ""), ",") {
		if k, v, found := strings.Cut(kv, "="); found && k == stepID {
			return v == "1", true
		}
	}
	return false, false
}

// rememberGuidance keeps the choice for a step.
func rememberGuidance(p fyne.Preferences, stepID string, open bool) {
	var out []string
	for _, kv := range strings.Split(p.StringWithFallback(prefGuidance, ""), ",") {
		if k, _, found := strings.Cut(kv, "="); found && k != stepID {
			out = append(out, kv)
		}
	}
	v := "0"
	if open {
		v = "1"
	}
	p.SetString(prefGuidance, strings.Join(append(out, stepID+"="+v), ","))
}

// prefLastOpen is the programme and step open at the last quit.
const prefLastOpen = "last.open"
