package programme

import (
	"slices"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// A step's progress counts its checklist items that are met: ticked by the
// user, or shown done by the step's content (a Proof of the step
// registry). An item the content proves is not ticked for the user: the
// step page suggests the tick, and the user accepts it with one click. A
// step's catalogue entries (step 6's example indicators and their data
// sources) are picked into the content rather than ticked, so they do not
// count.

// Progress counts the items of a step that are met.
type Progress struct {
	// Done counts the items ticked; Suggested the items not ticked that
	// the content shows done; Total the items that count.
	Done, Suggested, Total int
}

// Met is how many items are ticked or shown done by the content.
func (pr Progress) Met() int { return pr.Done + pr.Suggested }

// Progress returns how many of the step's items are met.
func (p *Programme) Progress(s checklist.Step) Progress {
	tpl, _ := p.Template()
	var pr Progress
	for _, it := range s.Items {
		switch {
		case IsCatalogue(s.ID, it.Kind):
			continue
		case p.Item(it.ID).Done:
			pr.Done++
		case p.proven(tpl, s.ID, it.ID):
			pr.Suggested++
		}
		pr.Total++
	}
	return pr
}

// IsCatalogue tells whether items of kind k are, in the step, entries to
// pick from rather than things to tick.
func IsCatalogue(stepID string, k checklist.Kind) bool {
	s, ok := StepDefOf(stepID)
	return ok && slices.Contains(s.Catalogue, k)
}

// Proven tells whether the programme's content shows the checklist item
// done, whether or not it is ticked.
func (p *Programme) Proven(tpl *checklist.Template, itemID string) bool {
	return p.proven(tpl, itemStep(itemID), itemID)
}

func (p *Programme) proven(tpl *checklist.Template, stepID, itemID string) bool {
	s, ok := StepDefOf(stepID)
	if !ok {
		return false
	}
	proof, ok := s.Proofs[itemID]
	return ok && proof != nil && proof(p, tpl)
}

// SuggestedTicks returns the step's items that the content shows done but
// that are not ticked, in checklist order: the ticks to suggest.
func (p *Programme) SuggestedTicks(tpl *checklist.Template, s checklist.Step) []string {
	var out []string
	for _, it := range s.Items {
		if !IsCatalogue(s.ID, it.Kind) && !p.Item(it.ID).Done && p.proven(tpl, s.ID, it.ID) {
			out = append(out, it.ID)
		}
	}
	return out
}

// The proofs of each step, by checklist item ID (both templates' IDs; an
// ID a template lacks is never asked about). Each says what in the content
// answers the item; items the content cannot show (a decision taken, a
// contact made) have none and stay the user's tick.

var responsibilityProofs = map[string]Proof{
	"responsibility.authority": func(p *Programme, _ *checklist.Template) bool {
		return anyText(p.Responsibility.Organisation) && p.Responsibility.Lead.Named()
	},
	"responsibility.commitment": func(p *Programme, _ *checklist.Template) bool {
		return slices.ContainsFunc(p.Responsibility.Milestones, func(m Milestone) bool { return anyText(m.Body) && !m.Date.IsZero() })
	},
	// A separate programme is the zero value, so only the other choice
	// shows that the form was decided.
	"responsibility.form":  func(p *Programme, _ *checklist.Template) bool { return p.Form.IsPart() },
	"responsibility.joint": func(p *Programme, _ *checklist.Template) bool { return p.Joint() },
	"responsibility.ely":   func(p *Programme, _ *checklist.Template) bool { return p.Responsibility.ELY.Named() },
	"responsibility.experts": func(p *Programme, _ *checklist.Template) bool {
		return slices.ContainsFunc(p.Responsibility.Experts, Contact.Named)
	},
}

// memberFrom returns a proof that some member of the group comes from one
// of the sectors (a sector ending in * matches by prefix).
func memberFrom(sectors ...string) Proof {
	return func(p *Programme, _ *checklist.Template) bool {
		return slices.ContainsFunc(p.Cooperation.Members, func(m Member) bool {
			return slices.ContainsFunc(sectors, func(s string) bool {
				if pre, ok := strings.CutSuffix(s, "*"); ok {
					return strings.HasPrefix(m.Sector, pre)
				}
				return m.Sector == s
			})
		})
	}
}

var cooperationProofs = map[string]Proof{
	"cooperation.wellbeing-county": memberFrom("wellbeing-county"),
	"cooperation.group": func(p *Programme, _ *checklist.Template) bool {
		return len(p.Cooperation.Members) > 0 && anyText(p.Cooperation.Schedule)
	},
	"cooperation.municipal":   memberFrom("municipal-*"),
	"cooperation.authorities": memberFrom("employment-authority", "kela", "wellbeing-county", "other-authority"),
	"cooperation.local":       memberFrom("ngo", "immigrant-association", "educational-institution", "company", "religious-community"),
	"cooperation.residents": func(p *Programme, tpl *checklist.Template) bool {
		c := p.Cooperation
		if tpl != nil && c.ImmigrantMembers(tpl) > 0 {
			return true
		}
		return slices.ContainsFunc(c.Hearings, func(h Hearing) bool { return h.ImmigrantCount > 0 })
	},
}

// answered proves a guiding question answered in the situation picture.
func answered(itemID string) Proof {
	return func(p *Programme, _ *checklist.Template) bool { return anyText(p.Situation.Answer(itemID)) }
}

var situationProofs = func() map[string]Proof {
	m := map[string]Proof{
		"situation.quantitative-qualitative": func(p *Programme, _ *checklist.Template) bool {
			s := p.Situation
			return len(s.Figures) > 0 && len(s.Strengths)+len(s.Challenges)+len(s.MissingServices) > 0
		},
	}
	for _, q := range []string{"count", "reasons", "demography", "needs", "reception", "forecast", "relations", "challenges", "services", "guidance"} {
		m["situation.q."+q] = answered("situation.q." + q)
	}
	return m
}()

// everyGoal proves an item when there are goals and each has ok.
func everyGoal(ok func(Goal) bool) Proof {
	return func(p *Programme, _ *checklist.Template) bool {
		return len(p.Goals) > 0 && !slices.ContainsFunc(p.Goals, func(g Goal) bool { return !ok(g) })
	}
}

// goalStrategy proves a goal linked to a strategy of the catalogue that is
// national (VALKO and the national employment goals) or, with national
// false, to a municipal or regional plan.
func goalStrategy(national bool) Proof {
	return func(p *Programme, tpl *checklist.Template) bool {
		if tpl == nil {
			return false
		}
		for _, g := range p.Goals {
			for _, id := range g.Strategies {
				if o, ok := tpl.Catalogues.Strategies.Option(id); ok && o.National == national {
					return true
				}
			}
		}
		return false
	}
}

var goalsProofs = map[string]Proof{
	"goals.themes": everyGoal(Goal.HasTheme),
	"goals.q.opportunities": func(p *Programme, _ *checklist.Template) bool {
		return len(p.Situation.Strengths) > 0 && len(p.Situation.Challenges) > 0
	},
	"goals.q.themes": everyGoal(func(g Goal) bool { return g.HasTheme() && anyText(g.Rationale) }),
	"goals.q.change": everyGoal(func(g Goal) bool { return anyText(g.Description) }),
	"goals.national": goalStrategy(true),
	"goals.strategy": goalStrategy(false),
	"goals.means":    everyGoal(func(g Goal) bool { return len(g.Measures) > 0 }),
}

// sectionDone proves a content element of the document covered: its
// section has text, or is marked not applicable with a reason, or (for an
// element the app fills from the other steps) shows a block that has data.
func sectionDone(elementID string) Proof {
	return func(p *Programme, tpl *checklist.Template) bool {
		i := slices.IndexFunc(p.Document.Sections, func(s Section) bool { return s.ElementID == elementID })
		if i < 0 {
			return false
		}
		s := p.Document.Sections[i]
		if s.NotApplicable {
			return anyText(s.Reason)
		}
		return anyText(s.Draft) || (extraElement(tpl, elementID) && slices.ContainsFunc(s.Includes, p.blockHasData))
	}
}

// blockHasData tells whether a block of a section would print anything.
func (p *Programme) blockHasData(b Block) bool {
	switch b {
	case BlockSummary, BlockGoals:
		return len(p.Goals) > 0
	case BlockCooperation:
		return len(p.Cooperation.Members)+len(p.Cooperation.Hearings) > 0
	case BlockFigures:
		return len(p.Situation.Figures) > 0
	case BlockSituation:
		return situationHasContent(p)
	case BlockIndicators:
		return len(p.Monitoring.Indicators) > 0
	case BlockMonitoringPlan:
		return !p.Monitoring.Plan.IsEmpty()
	case BlockCommunication:
		return len(p.Communication.Rows) > 0
	}
	return false
}

// documentProofs are made per template: the elements are the template's.
func documentProofs() map[string]Proof {
	m := map[string]Proof{
		"document.measure-fields": func(p *Programme, _ *checklist.Template) bool {
			n := 0
			for _, g := range p.Goals {
				for _, ms := range g.Measures {
					if !anyText(ms.Responsible) || !anyText(ms.Partners) || (ms.Start.IsZero() && ms.End.IsZero()) {
						return false
					}
					n++
				}
				if len(g.Measures) > 0 && len(p.IndicatorsOf(g.ID)) == 0 {
					return false
				}
			}
			return n > 0
		},
		"document.integration-programme": sectionDone("document.el.integration-programme"),
	}
	for _, id := range checklist.IDs() {
		tpl, err := checklist.Get(id)
		if err != nil {
			continue
		}
		for _, el := range tpl.ItemsOf(checklist.KindElement) {
			m[el.ID] = sectionDone(el.ID)
		}
	}
	return m
}

// indicatorsWithout proves an item when there are indicators and the
// monitoring rule reports none of codes.
func indicatorsWithout(codes ...string) Proof {
	return func(p *Programme, tpl *checklist.Template) bool {
		if len(p.Monitoring.Indicators) == 0 {
			return false
		}
		return !slices.ContainsFunc(missingMonitoring(p, tpl), func(f Finding) bool { return slices.Contains(codes, f.Code) })
	}
}

var monitoringProofs = map[string]Proof{
	"monitoring.concrete":     indicatorsWithout("monitoring.goalNoIndicator", "monitoring.noGoal", "monitoring.noTarget"),
	"monitoring.indicators":   indicatorsWithout("monitoring.noBaseline", "monitoring.noTarget", "monitoring.targetBeforeBaseline"),
	"monitoring.known-source": indicatorsWithout("monitoring.noSource"),
	"monitoring.reporting": func(p *Programme, _ *checklist.Template) bool {
		return anyText(p.Monitoring.Plan.Who) && anyText(p.Monitoring.Plan.ReportsTo)
	},
	"monitoring.update": func(p *Programme, _ *checklist.Template) bool { return anyText(p.Monitoring.Plan.UpdateWhen) },
}

// audienceReached proves an audience of the checklist addressed by a row of
// the communication plan; the item's ID ends in the audience's option ID.
func audienceReached(itemID string) Proof {
	audience := strings.TrimPrefix(itemID, StepCommunication+".")
	return func(p *Programme, _ *checklist.Template) bool {
		return slices.ContainsFunc(p.Communication.Rows, func(r CommRow) bool { return r.Audience == audience })
	}
}

var communicationProofs = map[string]Proof{
	"communication.residents":       audienceReached("communication.residents"),
	"communication.stakeholders":    audienceReached("communication.stakeholders"),
	"communication.target-group":    audienceReached("communication.target-group"),
	"communication.decision-makers": audienceReached("communication.decision-makers"),
}
