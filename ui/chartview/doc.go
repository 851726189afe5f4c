// Package chartview draws the pictures of internal/chart (indicator
// charts, measures by state, the measures timeline) with Fyne's canvas
// objects, from the same primitives the exports draw. It knows nothing of
// programmes; callers hand it a drawing, or a function that makes one for
// a width.
package chartview
