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
	switch step.ID {
	case "responsibility":
		for _, m := range p.Responsibility.Milestones {
			add("milestone:" + m.ID)
		}
	case "cooperation":
		for _, m := range p.Cooperation.Members {
			add("member:" + m.ID)
		}
		for _, h := range p.Cooperation.Hearings {
			add("hearing:" + h.ID)
		}
	case "situation":
		for _, f := range p.Situation.Figures {
			add("figure:" + f.ID)
		}
	case "goals":
		for _, g := range p.Goals {
			add("goal:" + g.ID)
			for _, m := range g.Measures {
				add("measure:" + m.ID)
			}
		}
	case "document":
		for _, s := range p.Document.Sections {
			add("section:" + s.ID)
		}
	case "monitoring":
		for _, ind := range p.Monitoring.Indicators {
			add("indicator:" + ind.ID)
		}
	case "communication":
		for _, r := range p.Communication.Rows {
			add("comm:" + r.ID)
		}
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
	case "milestone":
		if m := p.Responsibility.Milestone(id); m != nil {
			label := m.Label()
			if !m.Date.IsZero() {
				label = strings.TrimSpace(label + " " + m.Date.Format(Language()))
			}
			return lang.L("comments.aboutMilestone", name(label)), true
		}
	case "member":
		for _, m := range p.Cooperation.Members {
			if m.ID == id {
				return lang.L("comments.aboutMember", name(firstText(m.Name, m.Organisation))), true
			}
		}
	case "hearing":
		for _, h := range p.Cooperation.Hearings {
			if h.ID == id {
				return lang.L("comments.aboutHearing", name(h.Title)), true
			}
		}
	case "figure":
		for _, f := range p.Situation.Figures {
			if f.ID == id {
				return lang.L("comments.aboutFigure", name(f.Label)), true
			}
		}
	case "goal":
		if g := p.Goal(id); g != nil {
			return lang.L("comments.aboutGoal", name(g.Title)), true
		}
	case "measure":
		if _, m := p.FindMeasure(id); m != nil {
			return lang.L("comments.aboutMeasure", name(m.Title)), true
		}
	case "section":
		if s := p.Document.Section(id); s != nil {
			return lang.L("comments.aboutSection", name(s.Heading(tpl, l))), true
		}
	case "indicator":
		if ind := p.Monitoring.Indicator(id); ind != nil {
			return lang.L("comments.aboutIndicator", name(ind.Name)), true
		}
	case "comm":
		for _, r := range p.Communication.Rows {
			if r.ID == id {
				return lang.L("comments.aboutComm", name(firstText(r.Message, r.AudienceLabel(tpl, l)))), true
			}
		}
	case "contact":
		for _, list := range [][]programme.Contact{p.Responsibility.Contacts, p.Responsibility.Experts} {
			for _, c := range list {
				if c.ID == id {
					return lang.L("comments.aboutContact", name(firstText(c.Name, c.Title, c.Organisation))), true
				}
			}
		}
	case "question":
		for _, q := range p.Situation.Questions {
			if q.ID == id {
				return lang.L("comments.aboutQuestion", name(q.Question)), true
			}
		}
	case "comment":
		for _, c := range p.Comments {
			if c.ID == id {
				return lang.L("comments.aboutComment", name(c.Text)), true
			}
		}
	case "":
		return lang.L("comments.aboutProgramme"), true
	}
	return "", false
}

func firstText(list ...string) string {
	for _, s := range list {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
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
