package programme

import (
	"fmt"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// missingDocument lists what the document's sections still lack:
//   - document.noDraft: a content element of the checklist with no text
//     that is not marked as not applicable (the checklist expects each
//     element to be covered or its absence explained);
//   - document.noReason: a section marked not applicable without saying
//     why, which a council reader would ask;
//   - document.noTitle: an extra section without a title, which would
//     appear nameless in the contents.
//
// Subject is the section's heading (the element's title unless the section
// overrides it), or its position for an extra section without a title.
func missingDocument(p *Programme, tpl *checklist.Template) []Finding {
	const step = StepDocument
	var out []Finding
	for i, s := range p.Document.Sections {
		ref := "section:" + s.ID
		subject := sectionSubject(s, tpl, i)
		switch {
		case s.ElementID == "" && strings.TrimSpace(s.Title) == "":
			out = append(out, Finding{Step: step, Code: "document.noTitle", Ref: ref, Subject: subject})
		}
		switch {
		case s.NotApplicable && strings.TrimSpace(s.Reason) == "":
			out = append(out, Finding{Step: step, Code: "document.noReason", Ref: ref, Subject: subject})
		case !s.NotApplicable && s.ElementID != "" && strings.TrimSpace(s.Draft) == "" && !extraElement(tpl, s.ElementID):
			out = append(out, Finding{Step: step, Code: "document.noDraft", Ref: ref, Subject: subject})
		}
	}
	return out
}

// extraElement tells whether an element is one the app suggests beyond
// the checklist's parts (the summary, communication), which its default
// content fills without text of its own.
func extraElement(tpl *checklist.Template, id string) bool {
	if tpl == nil {
		return false
	}
	it, ok := tpl.Item(id)
	return ok && it.Extra
}

// sectionSubject names a section in a finding.
func sectionSubject(s Section, tpl *checklist.Template, i int) string {
	if t := strings.TrimSpace(s.Title); t != "" {
		return t
	}
	if tpl != nil && s.ElementID != "" {
		if it, ok := tpl.Item(s.ElementID); ok {
			return it.Label(checklist.DefaultLanguage)
		}
	}
	return fmt.Sprintf("#%d", i+1)
}
