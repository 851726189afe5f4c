package programme

import (
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// StepDef is one step's row in the step registry: what the programme knows
// about the step's content beyond the checklist's own text. Code that used
// to switch on the step ID (content, findings, comment references, the
// compare walk, progress) reads this table instead.
type StepDef struct {
	// ID is one of the Step* constants.
	ID string
	// HasContent tells whether the user has entered working content for
	// the step beyond ticks and notes.
	HasContent func(p *Programme) bool
	// Missing lists what the step's content still lacks: the step's rule
	// of the checker's missing family. Severities names the codes it
	// reports as something other than a warning.
	Missing    func(p *Programme, tpl *checklist.Template) []Finding
	Severities map[string]Severity
	// Rows are the kinds of rows the step's content holds.
	Rows []RowKind
	// Refs lists the rows a comment on the step can be about, in Comment.About's
	// scheme and in the order the step shows them (a goal, then its measures).
	Refs func(p *Programme) []string
	// Catalogue are the kinds of the step's checklist items that are
	// entries to pick from (step 6's example indicators and their data
	// sources), not things to tick: progress does not count them.
	Catalogue []checklist.Kind
	// Proofs tell, per checklist item ID, whether the content shows that
	// the item is done, so that the tick can be suggested (progress.go).
	Proofs map[string]Proof
}

// Proof tells whether a programme's content shows a checklist item done.
type Proof func(p *Programme, tpl *checklist.Template) bool

// RowKind is one kind of row in a step's content, in Comment.About's scheme
// ("goal:<id>").
type RowKind struct {
	// Kind is the reference's prefix, "goal" in "goal:<id>".
	Kind string
	// Collections are the JSON names of the lists holding such rows; the
	// compare walk (tree.go) names the rows it meets by them.
	Collections []string
	// LabelKey is the translation key that names a row of the kind for
	// people ("comments.aboutGoal"), given the row's name as {{.Name}}.
	LabelKey string
	// Name returns the row's name in language l for people (possibly
	// empty) and whether the programme still has the row.
	Name func(p *Programme, tpl *checklist.Template, l, id string) (string, bool)
}

// stepTable is the registry, in the order of the checklist's steps. It is
// filled in init because its functions reach the checker, whose rules are
// read from the table: a package-level initialiser would be a cycle.
var stepTable []StepDef

func init() {
	stepTable = []StepDef{
		{
			ID: StepResponsibility, HasContent: responsibilityHasContent,
			Missing: missingResponsibility, Severities: map[string]Severity{
				"responsibility.noAuthority":  SeverityError,
				"responsibility.expertNoName": SeverityHint,
			},
			Rows: []RowKind{
				{Kind: "milestone", Collections: []string{"milestones"}, LabelKey: "comments.aboutMilestone", Name: milestoneName},
				{Kind: "contact", Collections: []string{"contacts"}, LabelKey: "comments.aboutContact", Name: contactName},
				{Kind: "expert", Collections: []string{"experts"}, LabelKey: "comments.aboutExpert", Name: contactName},
			},
			// In the order of the step's tabs: contacts, experts, milestones.
			Refs: func(p *Programme) []string {
				r := p.Responsibility
				contactID := func(c Contact) string { return c.ID }
				refs := append(refsOf("contact", r.Contacts, contactID), refsOf("expert", r.Experts, contactID)...)
				return append(refs, refsOf("milestone", r.Milestones, func(m Milestone) string { return m.ID })...)
			},
			Proofs: responsibilityProofs,
		},
		{
			ID: StepCooperation, HasContent: cooperationHasContent,
			Missing: missingCooperation, Severities: map[string]Severity{
				"cooperation.sectorMissing":    SeverityHint,
				"cooperation.onlyMeetings":     SeverityHint,
				"cooperation.hearingNoSummary": SeverityHint,
			},
			Rows: []RowKind{
				{Kind: "member", Collections: []string{"members"}, LabelKey: "comments.aboutMember", Name: memberName},
				{Kind: "hearing", Collections: []string{"hearings"}, LabelKey: "comments.aboutHearing", Name: hearingName},
			},
			Refs: func(p *Programme) []string {
				c := p.Cooperation
				return append(refsOf("member", c.Members, func(m Member) string { return m.ID }),
					refsOf("hearing", c.Hearings, func(h Hearing) string { return h.ID })...)
			},
			Proofs: cooperationProofs,
		},
		{
			ID: StepSituation, HasContent: situationHasContent,
			Missing: missingSituation, Severities: map[string]Severity{
				"situation.figureNoYear":   SeverityHint,
				"situation.noQualitative":  SeverityWarning,
				"situation.unanswered":     SeverityHint,
				"situation.unansweredMany": SeverityHint,
			},
			Rows: []RowKind{
				{Kind: "figure", Collections: []string{"figures"}, LabelKey: "comments.aboutFigure", Name: figureName},
				{Kind: "question", Collections: []string{"questions"}, LabelKey: "comments.aboutQuestion", Name: questionName},
			},
			Refs: func(p *Programme) []string {
				return refsOf("figure", p.Situation.Figures, func(f Figure) string { return f.ID })
			},
			Proofs: situationProofs,
		},
		{
			ID: StepGoals, HasContent: func(p *Programme) bool { return len(p.Goals) > 0 },
			Missing: missingGoals, Severities: map[string]Severity{
				"goals.none":           SeverityError,
				"goals.endBeforeStart": SeverityError,
				"goals.noTheme":        SeverityHint,
			},
			Rows: []RowKind{
				{Kind: "goal", Collections: []string{"goals"}, LabelKey: "comments.aboutGoal", Name: goalRowName},
				{Kind: "measure", Collections: []string{"measures"}, LabelKey: "comments.aboutMeasure", Name: measureName},
			},
			Refs: func(p *Programme) []string {
				var out []string
				for _, g := range p.Goals {
					out = append(out, "goal:"+g.ID)
					out = append(out, refsOf("measure", g.Measures, func(m Measure) string { return m.ID })...)
				}
				return out
			},
			Proofs: goalsProofs,
		},
		{
			ID: StepDocument, HasContent: documentHasContent, Missing: missingDocument,
			Rows: []RowKind{
				{Kind: "section", Collections: []string{"sections"}, LabelKey: "comments.aboutSection", Name: sectionName},
			},
			Refs: func(p *Programme) []string {
				return refsOf("section", p.Document.Sections, func(s Section) string { return s.ID })
			},
			Proofs: documentProofs(),
		},
		{
			ID: StepMonitoring, HasContent: monitoringHasContent,
			Missing: missingMonitoring, Severities: map[string]Severity{
				"monitoring.none":                 SeverityError,
				"monitoring.targetBeforeBaseline": SeverityError,
			},
			Rows: []RowKind{
				{Kind: "indicator", Collections: []string{"indicators"}, LabelKey: "comments.aboutIndicator", Name: indicatorName},
			},
			Refs: func(p *Programme) []string {
				return refsOf("indicator", p.Monitoring.Indicators, func(ind Indicator) string { return ind.ID })
			},
			Catalogue: []checklist.Kind{checklist.KindIndicator, checklist.KindIndicatorSource},
			Proofs:    monitoringProofs,
		},
		{
			ID: StepCommunication, HasContent: func(p *Programme) bool { return len(p.Communication.Rows) > 0 },
			Missing: missingCommunication, Severities: map[string]Severity{
				"communication.audienceMissing": SeverityHint,
			},
			Rows: []RowKind{
				{Kind: "comm", Collections: []string{"rows"}, LabelKey: "comments.aboutComm", Name: commName},
			},
			Refs: func(p *Programme) []string {
				return refsOf("comm", p.Communication.Rows, func(r CommRow) string { return r.ID })
			},
			Proofs: communicationProofs,
		},
	}
	for _, s := range stepTable {
		missingRules = append(missingRules, missingRule(s))
		for _, k := range s.Rows {
			rowKinds[k.Kind] = rowKindAt{step: s.ID, kind: k}
			for _, c := range k.Collections {
				collections[c] = collection{kind: k.Kind}
			}
		}
	}
	for old, kind := range legacyKinds {
		rowKinds[old] = rowKinds[kind]
	}
}

// legacyKinds are row reference prefixes once written and still read: the
// communication step's findings named their rows "commrow:<id>" while
// comments named them "comm:<id>". One scheme, the registry's, is written
// now; an old reference kept anywhere (a comment, a note) still resolves.
var legacyKinds = map[string]string{"commrow": "comm"}

// CanonicalRef returns ref in the registry's scheme, rewriting a legacy
// prefix ("commrow:<id>" becomes "comm:<id>").
func CanonicalRef(ref string) string {
	kind, id, ok := strings.Cut(ref, ":")
	if to, legacy := legacyKinds[kind]; ok && legacy {
		return to + ":" + id
	}
	return ref
}

// rowKindAt is a kind of row with the step whose content it is.
type rowKindAt struct {
	step string
	kind RowKind
}

// rowKinds are the registry's row kinds by Comment.About prefix.
var rowKinds = map[string]rowKindAt{}

// StepDefs returns the registry in step order.
func StepDefs() []StepDef { return stepTable }

// StepDefOf returns the registry's row for a step ID.
func StepDefOf(stepID string) (StepDef, bool) {
	for _, s := range stepTable {
		if s.ID == stepID {
			return s, true
		}
	}
	return StepDef{}, false
}

// RowKindOf returns the kind of row a Comment.About prefix names and the
// step whose content such rows are.
func RowKindOf(kind string) (RowKind, string, bool) {
	k, ok := rowKinds[kind]
	return k.kind, k.step, ok
}

// RowRefs lists the rows of a step a comment can be about, in the order the
// step shows them.
func (p *Programme) RowRefs(stepID string) []string {
	if s, ok := StepDefOf(stepID); ok && s.Refs != nil {
		return s.Refs(p)
	}
	return nil
}

// RowName names the row ref (in Comment.About's scheme) in language l and
// returns its kind's label key; ok is false when ref is no row of a step or
// the row is gone.
func (p *Programme) RowName(tpl *checklist.Template, l, ref string) (name, labelKey string, ok bool) {
	kind, id, _ := strings.Cut(ref, ":")
	k, _, known := RowKindOf(kind)
	if !known {
		return "", "", false
	}
	name, ok = k.Name(p, tpl, l, id)
	return name, k.LabelKey, ok
}

// HasContent tells whether the user has entered any working content for a
// step beyond ticks and notes, so that a step with a full communication plan
// but no ticks is not shown as not started.
func (p *Programme) HasContent(stepID string) bool {
	s, ok := StepDefOf(stepID)
	return ok && s.HasContent(p)
}

// refsOf returns the references of rows of one kind, in order.
func refsOf[T any](kind string, rows []T, id func(T) string) []string {
	out := make([]string, 0, len(rows))
	for _, r := range rows {
		out = append(out, kind+":"+id(r))
	}
	return out
}
