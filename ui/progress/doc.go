// Package progress shows how the programme is getting on, drawn with
// ui/chartview from the same data the exports chart (export's chart data
// functions): step 6's progress view per goal (measures by state and each
// indicator's chart with its values in words), the overview's compact
// bars, and the measures timeline that scrolls and zooms by year.
package progress
