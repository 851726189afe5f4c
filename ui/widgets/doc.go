// Package widgets holds the domain-free widgets the step editors share:
// pop-up widgets that never open on a detached widget, the wheel router
// that gives a page one scroll, and small layouts. It knows nothing of
// programmes or steps and imports only Fyne.
package widgets
