// Package assets embeds what the app ships besides code: translations of the
// interface, fonts for PDF export, and icons. It depends on nothing, so every
// layer may use it.
package assets

import "embed"

// Translations holds the interface's translation files, lang/<prefix>.<lang>.json,
// in the format of fyne's lang package. Several prefixes per language keep
// each part of the interface in its own file.
//
//go:embed lang/*.json
var Translations embed.FS

// TranslationsDir is the folder of Translations that holds the files.
const TranslationsDir = "lang"

// Icon is the application icon (PNG).
//
//go:embed icons/kotoutus.png
var Icon []byte

// ThirdParty is the licence text of every Go module linked into the app,
// each under a line "== MODULE VERSION (LICENCE)" (licenses/THIRD_PARTY.txt,
// written by scripts/licenses.sh). The fonts' licence is in Fonts and the
// colour profile's in ICCLicence.
//
//go:embed licenses/THIRD_PARTY.txt
var ThirdParty string

// ICCLicence is the licence of the sRGB colour profile (SRGBProfile).
//
//go:embed icc/LICENSE.color.org
var ICCLicence string

// Hyphenation holds the hyphenation patterns, hyph/hyph_<lang>.dic, with
// their licences (hyph/README.md).
//
//go:embed hyph/*.dic hyph/README.md hyph/LICENSE-*.txt
var Hyphenation embed.FS
