package programme

import (
	"fmt"
	"sort"

	"fi.kotoutus/kotoutus/checklist"
)

// The programme checker reviews the whole programme against the guidance
// and reports findings, each with a severity, the place it concerns, a
// one-sentence explanation (a translation key with arguments) and the
// source of the rule. Every rule is a row of one table (checkRules, and
// the template-specific rules registered with RegisterRule); what the step
// pages call "still missing" is one family of them (FamilyMissing).

// Severity tells how much a finding matters.
type Severity string

// The severities, most serious first. An error is something the guidance
// requires that is absent; a warning is a gap a reader of the programme
// will notice; a hint is a suggestion from a heuristic.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityHint    Severity = "hint"
)

// Severities lists the severities in order, most serious first.
var Severities = []Severity{SeverityError, SeverityWarning, SeverityHint}

// Source is where a rule comes from: a public page and the part of it.
type Source struct {
	Title   string `json:"title"`
	URL     string `json:"url"`
	Section string `json:"section,omitempty"`
	// Derived tells that the section is the app's derivation (from the old
	// checklist and the guidance page), not a part of the official list.
	Derived bool `json:"derived,omitempty"`
	// Translations are the title, address and section to cite for readers
	// of other languages, by language code, where the template has them:
	// the publisher's own page in that language and the step's heading in
	// it. Title, URL and Section are the Finnish.
	Translations map[string]SourceText `json:"translations,omitempty"`
}

// SourceText is a source's citation in one language.
type SourceText struct {
	Title   string `json:"title"`
	URL     string `json:"url"`
	Section string `json:"section,omitempty"`
}

// In returns the source as cited for a reader of lang: its translation
// where it has one, else the Finnish.
func (s Source) In(lang string) Source {
	if t, ok := s.Translations[lang]; ok {
		s.Title, s.URL, s.Section = t.Title, t.URL, t.Section
	}
	s.Translations = nil
	return s
}

// SourceRef names the part of a template's guidance a rule rests on, so
// that each template cites its own page: a step (its heading becomes the
// section), a point of the closing guidance, or a fixed Source for rules
// resting on something else (the Act, a guidance page).
type SourceRef struct {
	Step  string
	About string
	Fixed *Source
}

// resolve returns the source for tpl. A step cites the page it follows
// (its own Source when it has one, as the 2025 template's derived steps do)
// and says whether it is derived rather than the official checklist's own.
func (r SourceRef) resolve(tpl *checklist.Template) Source {
	if r.Fixed != nil {
		return *r.Fixed
	}
	src := r.resolveIn(tpl, checklist.DefaultLanguage)
	for _, l := range DocLanguageCodes {
		if l == checklist.DefaultLanguage {
			continue
		}
		in := r.resolveIn(tpl, l)
		if t := (SourceText{Title: in.Title, URL: in.URL, Section: in.Section}); t != (SourceText{Title: src.Title, URL: src.URL, Section: src.Section}) {
			if src.Translations == nil {
				src.Translations = map[string]SourceText{}
			}
			src.Translations[l] = t
		}
	}
	return src
}

// resolveIn is resolve's citation for a reader of lang.
func (r SourceRef) resolveIn(tpl *checklist.Template, lang string) Source {
	title, url := tpl.Source.In(lang)
	src := Source{Title: title, URL: url}
	if s, ok := tpl.Step(r.Step); ok {
		src.Section = fmt.Sprintf("%d. %s", s.Number, s.Heading.In(lang))
		if s.Source != "" && s.Source != tpl.Source.URL {
			src.URL = s.Source
			src.Title = s.SourceTitle.In(lang)
		}
		src.Derived = s.Derived.String() != ""
	}
	for _, pt := range tpl.About.Points {
		if pt.ID == r.About {
			src.Section = fmt.Sprintf("%s: %s", tpl.About.Title.In(lang), pt.Title.In(lang))
		}
	}
	return src
}

// Families of rules.
const (
	// FamilyMissing are the rules of what each step still lacks, the
	// "Puuttuu vielä" of the step pages (missing_*.go).
	FamilyMissing = "missing"
	// FamilyPlan are the rules on goals, measures and indicators as a plan:
	// periods, links between them.
	FamilyPlan = "plan"
	// FamilyParticipation are the rules on immigrants' own part.
	FamilyParticipation = "participation"
	// FamilyDocument are the rules on the programme document's text.
	FamilyDocument = "document"
	// FamilyCommunication are the rules on the communication plan.
	FamilyCommunication = "communication"
	// FamilyTemplate are rules that a template brings: its required content.
	FamilyTemplate = "template"
	// FamilyTerms are rules on the words used: terms of the old Act.
	FamilyTerms = "terms"
)

// Rule is one row of the checker's table.
type Rule struct {
	// ID names the rule; findings carry it.
	ID     string
	Family string
	// Step is the step whose findings the rule makes, "" for the programme
	// as a whole.
	Step string
	// Severity is the findings' severity unless Severities names their
	// code, or the finding sets its own.
	Severity   Severity
	Severities map[string]Severity
	// Source is what the rule rests on.
	Source SourceRef
	// Templates limits the rule to these template IDs; empty means every
	// template.
	Templates []string
	// Supersedes names finding codes of other rules that this rule says
	// better on its templates: they are dropped where the rule applies, so
	// that one gap is reported once.
	Supersedes []string
	// Find returns the rule's findings: Code, Ref and Subject at least.
	// Step, Severity, Source, Rule and Key are filled in from the rule
	// where the finding leaves them empty.
	Find func(p *Programme, tpl *checklist.Template) []Finding
}

// appliesTo tells whether the rule checks programmes on tpl.
func (r Rule) appliesTo(tpl *checklist.Template) bool {
	if len(r.Templates) == 0 {
		return true
	}
	for _, id := range r.Templates {
		if id == tpl.ID {
			return true
		}
	}
	return false
}

// registered are the rules added with RegisterRule, after the built-in ones.
var registered []Rule

// RegisterRule adds a rule to the checker, typically one a template
// brings (Templates set), from an init function. An ID used twice panics:
// it is a programming error.
func RegisterRule(r Rule) {
	for _, x := range Rules() {
		if x.ID == r.ID {
			panic("programme: rule " + r.ID + " registered twice")
		}
	}
	if r.Find == nil || r.Severity == "" {
		panic("programme: rule " + r.ID + " needs Find and Severity")
	}
	registered = append(registered, r)
}

// Variant rewords, regrades or re-sources one finding code of a shared rule
// on one template: the rules are written once for both templates, but a
// sentence resting on the old Act (the council adopts the programme,
// immigrants must take part) reads differently under Act 681/2023. Empty
// fields keep the rule's.
type Variant struct {
	Key      string
	Severity Severity
	Source   *SourceRef
}

// variants are the registered variants by template ID and finding code.
var variants = map[string]map[string]Variant{}

// RegisterVariant sets the variant of code's findings on template
// templateID, from an init function. A code given twice panics.
func RegisterVariant(templateID, code string, v Variant) {
	if variants[templateID] == nil {
		variants[templateID] = map[string]Variant{}
	}
	if _, dup := variants[templateID][code]; dup {
		panic("programme: variant of " + code + " on " + templateID + " registered twice")
	}
	variants[templateID][code] = v
}

func (v Variant) apply(f Finding, tpl *checklist.Template) Finding {
	if v.Key != "" {
		f.Key = v.Key
	}
	if v.Severity != "" {
		f.Severity = v.Severity
	}
	if v.Source != nil {
		s := v.Source.resolve(tpl)
		f.Source = &s
	}
	return f
}

// Rules returns every rule of the checker in table order.
func Rules() []Rule {
	out := make([]Rule, 0, len(missingRules)+len(checkRules)+len(registered))
	out = append(out, missingRules...)
	out = append(out, checkRules...)
	return append(out, registered...)
}

// CheckKey is the translation key of a finding's explanation by default:
// "missing.<code>" for the missing family, whose sentences the step pages
// have always shown, and "check.<code>" for the others.
func CheckKey(family, code string) string {
	if family == FamilyMissing {
		return "missing." + code
	}
	return "check." + code
}

// Check reviews the whole programme and returns its findings in the order
// of the template's steps (findings about the programme as a whole first),
// within a step errors first, otherwise in rule order.
func (p *Programme) Check(tpl *checklist.Template) []Finding {
	return p.check(tpl, func(Rule) bool { return true })
}

// CheckStep returns the checker's findings about one step: those of Check
// whose Step is stepID. It runs only the step's rules and those about the
// programme as a whole (which may name any step), since a step page asks
// for its findings while the user types.
func (p *Programme) CheckStep(tpl *checklist.Template, stepID string) []Finding {
	var out []Finding
	for _, f := range p.check(tpl, func(r Rule) bool { return r.Step == stepID || r.Step == "" }) {
		if f.Step == stepID {
			out = append(out, f)
		}
	}
	return out
}

func (p *Programme) check(tpl *checklist.Template, want func(Rule) bool) []Finding {
	rules := Rules()
	superseded := map[string]string{} // code -> superseding rule
	for _, r := range rules {
		if r.appliesTo(tpl) {
			for _, c := range r.Supersedes {
				superseded[c] = r.ID
			}
		}
	}
	var out []Finding
	for _, r := range rules {
		if !r.appliesTo(tpl) || !want(r) {
			continue
		}
		src := r.Source.resolve(tpl)
		for _, f := range r.Find(p, tpl) {
			if by, ok := superseded[f.Code]; ok && by != r.ID {
				continue
			}
			f = localSubject(p, tpl, r.complete(f, src))
			if v, ok := variants[tpl.ID][f.Code]; ok {
				f = v.apply(f, tpl)
			}
			out = append(out, f)
		}
	}
	order := map[string]int{"": -1}
	for i, s := range tpl.Steps {
		order[s.ID] = i
	}
	// Within a step, errors first: a step page and the overview show the
	// first few findings.
	sort.SliceStable(out, func(i, j int) bool {
		if a, b := order[out[i].Step], order[out[j].Step]; a != b {
			return a < b
		}
		return out[i].Severity == SeverityError && out[j].Severity != SeverityError
	})
	return out
}

// complete fills in what the rule knows and the finding left empty.
func (r Rule) complete(f Finding, src Source) Finding {
	if f.Step == "" {
		f.Step = r.Step
	}
	if f.Severity == "" {
		f.Severity = r.Severity
		if s, ok := r.Severities[f.Code]; ok {
			f.Severity = s
		}
	}
	if f.Rule == "" {
		f.Rule = r.ID
	}
	if f.Key == "" {
		f.Key = CheckKey(r.Family, f.Code)
	}
	if f.Source == nil {
		s := src
		f.Source = &s
	}
	return f
}

// Counts is how many findings there are of each severity.
type Counts struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Hints    int `json:"hints"`
}

// Total is the number of findings counted.
func (c Counts) Total() int { return c.Errors + c.Warnings + c.Hints }

// Add counts one finding.
func (c *Counts) Add(f Finding) {
	switch f.Severity {
	case SeverityError:
		c.Errors++
	case SeverityWarning:
		c.Warnings++
	default:
		c.Hints++
	}
}

// CountFindings counts findings by severity.
func CountFindings(fs []Finding) Counts {
	var c Counts
	for _, f := range fs {
		c.Add(f)
	}
	return c
}
