package ui

// Preference keys. Preferences hold only small UI state; programmes live in
// the database.
const (
	// prefWindowSize is "WIDTHxHEIGHT" in one key: Fyne writes the first
	// change at once but defers a second one made within 100 ms, and a
	// deferred write is lost when the app quits right after.
	prefWindowSize = "window.size"
	prefLastFolder = "export.lastFolder"
	prefAuthor     = "review.author"
)

// AppID is the app's fixed ID: fyne keeps preferences under it.
const AppID = "fi.kotoutus.app"
