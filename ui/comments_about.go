package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// aboutChoice is one part of a step that a new comment can be about.
type aboutChoice struct {
	ref   string // in Comment.About's scheme
	label string
}

// aboutChoices lists what a comment on a step can be about: the step as a
// whole, each of its checklist items, then the step's own rows (goals and
// measures, sections, indicators, …) in their stored order.
func aboutChoices(p *programme.Programme, tpl *checklist.Template, step checklist.Step) []aboutChoice {
	out := []aboutChoice{{ref: "step:" + step.ID, label: lang.L("comments.aboutStep")}}
	add := func(ref string) { out = append(out, aboutChoice{ref: ref, label: aboutLabel(p, tpl, ref)}) }
	for _, it := range step.Items {
		add("item:" + it.ID)
	}
	for _, ref := range p.RowRefs(step.ID) {
		add(ref)
	}
	return out
}

// aboutLabel names the part of the programme a comment is about, e.g.
// "Tavoite: Työllisyys paranee". A row deleted since the comment was
// written is named as such, so the comment stays readable.
func aboutLabel(p *programme.Programme, tpl *checklist.Template, ref string) string {
	if s, ok := aboutLabelOK(p, tpl, ref); ok {
		return s
	}
	return lang.L("comments.aboutGone")
}

// aboutLabelOK names ref, and tells whether p still has it.
func aboutLabelOK(p *programme.Programme, tpl *checklist.Template, ref string) (string, bool) {
	kind, id, _ := strings.Cut(ref, ":")
	l := Language()
	name := func(s string) map[string]any {
		s = strings.TrimSpace(s)
		if s == "" {
			s = lang.L("comments.untitled")
		}
		return map[string]any{"Name": shortText(s, 70)}
	}
	switch kind {
	case "step":
		if s, ok := tpl.Step(id); ok {
			return lang.L("comments.aboutStepNamed", map[string]any{"Number": s.Number, "Title": s.Title.In(l)}), true
		}
	case "item":
		if it, ok := tpl.Item(id); ok {
			return lang.L("comments.aboutItem", name(it.Label(l))), true
		}
	case "comment":
		for _, c := range p.Comments {
			if c.ID == id {
				return lang.L("comments.aboutComment", name(c.Text)), true
			}
		}
	case "":
		return lang.L("comments.aboutProgramme"), true
	default:
		// A row of a step's content, named by the step registry.
		if n, key, ok := p.RowName(tpl, l, ref); ok {
			return lang.L(key, name(n)), true
		}
	}
	return "", false
}

// shortText cuts s to at most n runes at a word boundary, so that long item
// texts fit a chooser; the full text is on the step page.
func shortText(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	cut := string(r[:n])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:–-") + "…"
}
