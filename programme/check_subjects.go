package programme

import (
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// localSubject gives a finding the words of its Subject in every language
// (SubjectText) where the rule named the row by text the app wrote rather
// than the user: a document section by its template element's title, a
// communication row by its catalogue audience, a checklist question by its
// text, a hearing without a title by its date. Without this a Swedish or
// English window would read those subjects in Finnish. A subject the user
// typed (a title, a custom audience) is left as it is.
func localSubject(p *Programme, tpl *checklist.Template, f Finding) Finding {
	if len(f.SubjectText) > 0 || f.Subject == "" {
		return f
	}
	kind, id, _ := strings.Cut(CanonicalRef(f.Ref), ":")
	var tx checklist.Text
	switch kind {
	case "section":
		if s := p.Document.Section(id); s != nil && strings.TrimSpace(s.Title) == "" && s.ElementID != "" {
			if it, ok := tpl.Item(s.ElementID); ok {
				tx = labelText(it)
			}
		}
	case "comm":
		if r := p.Communication.Row(id); r != nil && r.Audience != "" {
			if o, ok := tpl.Catalogues.Audiences.Option(r.Audience); ok {
				tx = o.Label
			}
		}
	case "question":
		if it, ok := tpl.Item(id); ok {
			tx = it.Text
		}
	case "hearing":
		if h := p.Cooperation.Hearing(id); h != nil && strings.TrimSpace(h.Title) == "" && !h.Date.IsZero() {
			tx = checklist.Text{}
			for _, l := range DocLanguageCodes {
				tx[l] = h.Date.Format(l)
			}
		}
	}
	// Only where the subject is that text in Finnish: a rule that named
	// the row otherwise (a count, a message) keeps its own words.
	if tx != nil && tx.String() == f.Subject {
		f.SubjectText = tx
	}
	return f
}

// labelText is an item's label (its title, else its text) in every
// language, as Item.Label gives it in one.
func labelText(it checklist.Item) checklist.Text {
	if len(it.Title) > 0 && it.Title.String() != "" {
		return it.Title
	}
	return it.Text
}
