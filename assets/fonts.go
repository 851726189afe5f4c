package assets

import "embed"

// Fonts holds the TrueType fonts the PDF export embeds (DejaVu Sans in four
// styles) and their licence, fonts/LICENSE-DejaVu.txt.
// DejaVu is used because it covers the Latin letters of Finnish, Swedish,
// Sámi and Estonian as well as Cyrillic and Arabic, which names of
// residents and organisations may contain.
//
//go:embed fonts/*.ttf fonts/LICENSE-DejaVu.txt
var Fonts embed.FS

// FontsDir is the folder of Fonts that holds the files.
const FontsDir = "fonts"

// DocTexts holds the strings of exported documents, doc/<lang>.json: flat
// maps from key to text with {name} placeholders. They are separate from
// the interface translations because a document's language may differ from
// the interface's (a Swedish programme written in a Finnish interface).
//
//go:embed doc/*.json
var DocTexts embed.FS

// DocTextsDir is the folder of DocTexts that holds the files.
const DocTextsDir = "doc"

// SRGBProfile is the ICC profile sRGB2014 (icc/sRGB2014.icc, from the
// International Color Consortium, freely redistributable; see
// icc/LICENSE.color.org). The PDF export embeds it as the output intent
// that PDF/A needs for its RGB colours.
//
//go:embed icc/sRGB2014.icc
var SRGBProfile []byte
