package export

import (
	"fmt"
	"io"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// Markdown writes programme p as one Markdown document (CommonMark with
// GitHub tables): the title block, a table of contents linking to the
// sections, the sections in order with their drafts and the tables they
// include, and the appendix on the preparation process. Text typed into
// names and tables is escaped so that it cannot change the document's
// structure; drafts stay the user's Markdown with their headings moved
// below the section headings.
func Markdown(w io.Writer, p *programme.Programme, tpl *checklist.Template, opt Options) error {
	d, err := assemble(p, tpl, opt)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, d.markdown()); err != nil {
		return fmt.Errorf("write markdown: %w", err)
	}
	return nil
}

// SectionMarkdown renders one section as it appears in the document,
// without its heading: the draft (headings moved down) followed by the
// tables it includes, built from the current data, or the note that the
// section does not apply. It is meant for previews and returns "" when p
// has no section with that ID.
//
// In a further document language it shows the section's translation, the
// main text where there is none; a language the programme is not written
// in shows the main language's content.
func SectionMarkdown(p *programme.Programme, tpl *checklist.Template, sectionID string, opt Options) string {
	p, opt = localizeLenient(p, opt)
	a, err := newAssembler(p, tpl, opt)
	if err != nil {
		return ""
	}
	for _, s := range p.Document.Sections {
		if s.ID == sectionID {
			return a.sectionBody(s)
		}
	}
	return ""
}
