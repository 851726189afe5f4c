package programme

import (
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// The programme's own prose, visited field by field: what the old-terms
// rule reads and what the 2025 demo rewrites.

// textField is one piece of the user's prose: the step it is written on,
// the row it belongs to (Ref) and a name for the row (Subject).
type textField struct {
	step, ref, subject string
	text               *string
}

// textFields returns the programme's prose fields: the title, the goals
// and measures, the document's sections, the decision path, the contacts' organisations,
// the hearings' summaries, the monitoring plan and the communication plan.
func (p *Programme) textFields(tpl *checklist.Template) []textField {
	out := []textField{{step: "", subject: p.Title, text: &p.Title}}
	r := &p.Responsibility
	out = append(out, textField{StepResponsibility, "", r.ELY.Organisation, &r.ELY.Organisation})
	for i := range r.Contacts {
		c := &r.Contacts[i]
		out = append(out, textField{StepResponsibility, "contact:" + c.ID, c.Organisation, &c.Organisation})
	}
	for i := range r.Milestones {
		m := &r.Milestones[i]
		out = append(out, textField{StepResponsibility, "milestone:" + m.ID, m.Label(), &m.Decision})
	}
	for i := range p.Cooperation.Hearings {
		h := &p.Cooperation.Hearings[i]
		out = append(out, textField{StepCooperation, "hearing:" + h.ID, h.Label(), &h.Summary})
	}
	for i := range p.Goals {
		g := &p.Goals[i]
		subj := findingSubject(g.Title, i)
		for _, f := range []*string{&g.Title, &g.Description, &g.Rationale} {
			out = append(out, textField{StepGoals, "goal:" + g.ID, subj, f})
		}
		for j := range g.Measures {
			m := &g.Measures[j]
			msubj := findingSubject(m.Title, j)
			for _, f := range []*string{&m.Title, &m.Responsible, &m.Partners, &m.Resources} {
				out = append(out, textField{StepGoals, "measure:" + m.ID, msubj, f})
			}
		}
	}
	for i := range p.Document.Sections {
		s := &p.Document.Sections[i]
		subj := sectionSubject(*s, tpl, i)
		out = append(out, textField{StepDocument, "section:" + s.ID, subj, &s.Title}, textField{StepDocument, "section:" + s.ID, subj, &s.Draft})
	}
	pl := &p.Monitoring.Plan
	for _, f := range []*string{&pl.Who, &pl.ReportsTo, &pl.Frequency, &pl.UpdateWhen} {
		out = append(out, textField{StepMonitoring, "", "", f})
	}
	for i := range p.Communication.Rows {
		c := &p.Communication.Rows[i]
		out = append(out, textField{StepCommunication, "comm:" + c.ID, c.AudienceLabel(tpl, checklist.DefaultLanguage), &c.Message})
	}
	return out
}

// oldTerms are the words of the old Act and administration that a plan
// under Act 681/2023 should not use for today's things, by finding code:
// the kotouttamisohjelma is gone (and "kotoutumisohjelma" now means the
// initial-phase services), the TE offices' services moved to the
// municipalities' employment areas (the employment authority) on 1
// January 2025, and the ELY centres' integration tasks moved to the
// elinvoimakeskus on 1 January 2026.
var oldTerms = []struct{ stem, code string }{
	{"kotouttamisohjelm", "planning.oldTermProgramme"},
	{"ely-kesku", "planning.oldTermEly"},
	{"te-palvelu", "planning.oldTermTe"},
	{"te-toimisto", "planning.oldTermTe"},
}

// oldTermsUsed finds prose that still uses the old terms, once per place
// and term. A heuristic, so a hint: a plan may name the previous
// kotouttamisohjelma on purpose.
func oldTermsUsed(p *Programme, tpl *checklist.Template) []Finding {
	var out []Finding
	seen := map[string]bool{}
	for _, f := range p.textFields(tpl) {
		low := strings.ToLower(*f.text)
		for _, t := range oldTerms {
			key := t.code + " " + f.step + " " + f.ref
			if seen[key] || !strings.Contains(low, t.stem) {
				continue
			}
			seen[key] = true
			src := *oldTermSources[t.code]
			out = append(out, Finding{Step: f.step, Code: t.code, Ref: f.ref, Subject: f.subject, Source: &src})
		}
	}
	return out
}

// oldTermSources are where the rules on the old terms rest.
var oldTermSources = map[string]*Source{
	"planning.oldTermProgramme": {
		Title:   contentRule.Title,
		URL:     contentRule.URL,
		Section: "kohta lain 1386/2010 kotouttamisohjelmasta, jonka käsitteestä luovuttiin 1.1.2025",
	},
	"planning.oldTermTe": {
		Title:   "Tarkistuslista: Kunnan kotoutumisen edistämisen suunnittelu",
		URL:     "https://kotoutuminen.fi/koto24-kunnan-kotoutumisen-suunnittelun-tarkistuslista",
		Section: "1. Kunta määrittelee vastuutahon (työvoimaviranomainen)",
	},
	"planning.oldTermEly": {
		Title: "Työ- ja elinkeinoministeriö: Elinvoimakeskusten toimeenpanohanke",
		URL:   "https://tem.fi/Elinvoimakeskusten-toimeenpanohanke",
	},
}

// replaceOldTerms rewrites the old terms in the programme's prose, for the
// 2025 demo made from the old one.
func (p *Programme) replaceOldTerms(tpl *checklist.Template) {
	r := strings.NewReplacer(
		"Kotouttamisohjelma", "Kotoutumisen edistämisen suunnitelma",
		"kotouttamisohjelma", "kotoutumisen edistämisen suunnitelma",
		"ELY-kesku", "elinvoimakesku", // keskus, keskuksen, keskukselle
		"TE-palvelu", "työllisyyspalvelu",
		"TE-toimisto", "työllisyysalueen toimisto",
	)
	for _, f := range p.textFields(tpl) {
		*f.text = r.Replace(*f.text)
	}
}
