package ui

// Preference keys. Preferences hold only small UI state; programmes live in
// the database.
const (
	prefWindowWidth  = "window.width"
	prefWindowHeight = "window.height"
	prefLastFolder   = "export.lastFolder"
	prefAuthor       = "review.author"
)

// AppID is the app's fixed ID: fyne keeps preferences under it.
const AppID = "fi.kotoutus.app"
