package export

import (
	"errors"
	"fmt"

	"fi.kotoutus/kotoutus/programme"
)

// A document in a further language is the programme's translation
// (programme.InLanguage) rendered by the same code as the main language's:
// the renderers never see a translation. What happens to a text with no
// translation depends on the document: a draft shows the main text behind a
// visible marker, so that a reader sees what is still to translate; a final
// document (a proposal or an adopted programme) is refused, unless the user
// chose Options.Fallback, when the main text stands unmarked.

// ErrMissingTranslations is the error of a final export in a language some
// texts lack; the error is a *MissingTranslationsError.
var ErrMissingTranslations = errors.New("texts lack their translation")

// MissingTranslationsError names the texts a final export lacks.
type MissingTranslationsError struct {
	// Language is the document language.
	Language string
	// Missing are the texts with no translation into it.
	Missing []programme.TextRef
}

func (e *MissingTranslationsError) Error() string {
	return fmt.Sprintf("export in %s: %d %s", e.Language, len(e.Missing), ErrMissingTranslations)
}

// Unwrap makes errors.Is(err, ErrMissingTranslations) hold.
func (e *MissingTranslationsError) Unwrap() error { return ErrMissingTranslations }

// DocLanguage returns the language the document of p is written in: the
// option's, or the programme's main language when none is given.
func (o Options) DocLanguage(p *programme.Programme) string {
	if o.Language != "" {
		return o.Language
	}
	return p.Main()
}

// CheckTranslations tells whether p can be exported in the document
// language of opt: nil, or a *MissingTranslationsError when the document is
// final and texts lack their translation without Options.Fallback. The
// export dialog asks before it writes; the export itself refuses the same.
func CheckTranslations(p *programme.Programme, opt Options) error {
	lang := opt.DocLanguage(p)
	if lang == p.Main() || opt.Fallback || p.Adoption.Stage() == programme.DocDraft {
		return nil
	}
	if st := p.TranslationStatus(lang); len(st.Missing) > 0 {
		return &MissingTranslationsError{Language: lang, Missing: st.Missing}
	}
	return nil
}

// FallenBack lists the texts a document in opt's language shows in the main
// language: those with no translation. For the pre-flight of an export with
// Options.Fallback, and of a draft, where they are marked.
func FallenBack(p *programme.Programme, opt Options) []programme.TextRef {
	lang := opt.DocLanguage(p)
	if lang == p.Main() {
		return nil
	}
	return p.TranslationStatus(lang).Missing
}

// localize returns the programme as the document in opt's language shows
// it, with opt.Language set to that language.
func localize(p *programme.Programme, opt Options) (*programme.Programme, Options, error) {
	if p == nil {
		return nil, opt, fmt.Errorf("assemble: no programme")
	}
	lang := opt.DocLanguage(p)
	opt.Language = lang
	if lang == p.Main() {
		return p, opt, nil
	}
	if err := CheckTranslations(p, opt); err != nil {
		return nil, opt, err
	}
	if p.Adoption.Stage() != programme.DocDraft {
		return p.InLanguage(lang, nil), opt, nil // Fallback: the main text, unmarked
	}
	tx, err := loadTexts(lang)
	if err != nil {
		return nil, opt, fmt.Errorf("assemble: %w", err)
	}
	return p.InLanguage(lang, func(ref programme.TextRef) string { return markUntranslated(tx, ref) }), opt, nil
}

// localizeLenient is localize for previews and the follow-up report, which
// show what there is: translations where they exist, the main text
// unmarked elsewhere, and a language the programme is not written in at all
// as the main language's content.
func localizeLenient(p *programme.Programme, opt Options) (*programme.Programme, Options) {
	if p == nil {
		return nil, opt
	}
	lang := opt.DocLanguage(p)
	opt.Language = lang
	if lang == p.Main() || !p.HasDocLanguage(lang) {
		return p, opt
	}
	return p.InLanguage(lang, nil), opt
}

// markUntranslated is the draft's text for one with no translation: the
// main text behind the marker. A draft gets the marker as a paragraph of
// its own, so that the Markdown's first block (a heading, a list) keeps its
// form; a field gets it in front.
func markUntranslated(tx *texts, ref programme.TextRef) string {
	mark := tx.get("translation.missing")
	if ref.Markdown {
		return emphasised(mark) + "\n\n" + ref.Main
	}
	return mark + " " + ref.Main
}
