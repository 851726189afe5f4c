package export

import "time"

// Options tune an export.
type Options struct {
	// Language is the document's language: its fixed strings come from
	// assets/doc/<Language>.json (missing files or keys fall back to
	// Finnish), its content from the programme's translations into it
	// (translate.go). Empty means the programme's main language.
	Language string
	// Fallback lets a final document in a further language use the main
	// language's text where a translation is missing; without it such an
	// export fails with a *MissingTranslationsError. A draft always shows
	// the main text there, marked.
	Fallback bool
	// Creator is written into the PDF's creator field, e.g. "Kotoutus 0.1.0".
	Creator string
	// Now is the date printed on the title page and written as the PDF's
	// creation date. The zero time means time.Now(); tests fix it so that
	// the output is byte for byte the same on every run.
	Now time.Time
}

// now returns the export's date.
func (o Options) now() time.Time {
	if o.Now.IsZero() {
		return time.Now()
	}
	return o.Now
}

// Report tells how a PDF export went.
type Report struct {
	// Pages is the number of pages written.
	Pages int
	// MissingGlyphs are the characters the embedded font cannot print, in
	// ascending order. Each was replaced by a visible substitute (□) in the
	// document, never dropped silently.
	MissingGlyphs []rune
}
