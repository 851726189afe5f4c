// Package chart computes the geometry of the programme's pictures from plain
// data: an indicator's chart (baseline, yearly values, target), a goal's
// measures by state, and the measures timeline. It knows nothing of Fyne or
// fpdf: each function returns a Drawing, a list of lines, rectangles,
// circles and texts in abstract units (roughly points), which the app
// (ui/), the PDF and the image renderers (export/) draw as they are.
//
// Text the user reads comes in through the label structs, already
// translated; the package itself writes only numbers and dates, in the
// notation of the labels' language (Lang), and years. State is never shown by colour alone: every state has its own
// fill pattern as well as its name in text.
package chart
