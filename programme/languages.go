package programme

import (
	"errors"
	"fmt"
	"slices"
)

// LangEnglish is English as a document language; LangFinnish and
// LangSwedish are in communication.go.
const LangEnglish = "en"

// DocLanguageCodes are the languages a programme document can be written
// and exported in, in display order: the checklist's language codes.
var DocLanguageCodes = []string{LangFinnish, LangSwedish, LangEnglish}

// ErrBadLanguage is returned for a language code that is no document
// language, or one that cannot be used where it was given (the main
// language as a further one).
var ErrBadLanguage = errors.New("not a document language")

// IsDocLanguage tells whether l is one of DocLanguageCodes.
func IsDocLanguage(l string) bool { return slices.Contains(DocLanguageCodes, l) }

// Main returns the programme's main language, the one its texts are
// written in. Programmes from before document languages have none and are
// Finnish.
func (p *Programme) Main() string {
	if IsDocLanguage(p.MainLanguage) {
		return p.MainLanguage
	}
	return LangFinnish
}

// FurtherLanguages returns the further document languages, the ones the
// texts are translated into: known codes, each once, never the main one. A
// file edited by hand may hold others; they are ignored, not an error.
func (p *Programme) FurtherLanguages() []string {
	main := p.Main()
	var out []string
	for _, l := range p.DocLanguages {
		if IsDocLanguage(l) && l != main && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// DocumentLanguages returns every language the document is written in: the
// main language first, then the further ones.
func (p *Programme) DocumentLanguages() []string {
	return append([]string{p.Main()}, p.FurtherLanguages()...)
}

// HasDocLanguage tells whether l is the main or a further document
// language.
func (p *Programme) HasDocLanguage(l string) bool {
	return slices.Contains(p.DocumentLanguages(), l)
}

// AddDocLanguage adds a further document language. Translations stored for
// it earlier (before it was removed) are in use again.
func (p *Programme) AddDocLanguage(l string) error {
	if !IsDocLanguage(l) || l == p.Main() {
		return fmt.Errorf("add document language %q: %w", l, ErrBadLanguage)
	}
	if !slices.Contains(p.FurtherLanguages(), l) {
		p.DocLanguages = append(p.FurtherLanguages(), l)
	}
	return nil
}

// RemoveDocLanguage removes a further document language. Its translations
// are kept in the rows, so that adding the language again brings them back
// and removing one by mistake loses no work; the checker and the exports
// no longer look at them.
func (p *Programme) RemoveDocLanguage(l string) {
	var out []string
	for _, x := range p.FurtherLanguages() {
		if x != l {
			out = append(out, x)
		}
	}
	p.DocLanguages = out
}

// SetMainLanguage makes l the main language. When l was a further language,
// the two swap: every text whose translation into l exists takes that
// translation as its main text, and the former main text is kept as its
// translation into the former main language (up to date, since it matches
// the new main text). A text with no translation into l keeps its text and
// shows as missing in the former main language, so that nothing is lost.
// The former main language becomes a further one when l was one.
func (p *Programme) SetMainLanguage(l string) error {
	if !IsDocLanguage(l) {
		return fmt.Errorf("main language %q: %w", l, ErrBadLanguage)
	}
	old := p.Main()
	if l == old {
		return nil
	}
	wasFurther := slices.Contains(p.FurtherLanguages(), l)
	tpl, _ := p.Template()
	for _, row := range p.textRows(tpl) {
		for _, f := range row.fields {
			t, ok := row.tr.Get(l, f.key)
			if !ok {
				continue
			}
			former := f.get()
			f.set(t.Text)
			row.tr.Set(l, f.key, "", "")
			row.tr.Set(old, f.key, former, t.Text)
		}
	}
	further := p.FurtherLanguages()
	p.MainLanguage = l
	p.DocLanguages = nil
	if wasFurther {
		p.DocLanguages = append(p.DocLanguages, old)
	}
	for _, x := range further {
		if x != l {
			p.DocLanguages = append(p.DocLanguages, x)
		}
	}
	return nil
}
