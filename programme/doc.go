// Package programme is the user's integration programme: the domain model,
// its validation, the findings of what is still missing, and the bbolt store
// that keeps many programmes in one local file.
//
// Nothing here knows about Fyne; the UI binds to these plain structs.
package programme
