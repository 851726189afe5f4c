package programme

import (
	"fmt"
	"strings"
	"time"

	"fi.kotoutus/kotoutus/checklist"
)

// Programme is one municipality's (or several municipalities' joint)
// integration programme with all its working content.
type Programme struct {
	// unknown are the members a newer app wrote that this one keeps
	// without knowing them (unknown.go).
	unknown *unknownTree

	ID               string `json:"id"`
	TemplateID       string `json:"templateId"`
	TemplateRevision int    `json:"templateRevision"`
	// Municipalities has one name, or several for a joint programme.
	Municipalities []string `json:"municipalities"`
	Title          string   `json:"title"`
	StartYear      int      `json:"startYear"`
	EndYear        int      `json:"endYear"`
	// MainLanguage is the language the texts are written in, "" for
	// Finnish (programmes from before document languages); read it with
	// Main. DocLanguages are the further languages the document is
	// translated into (languages.go); Tr holds the title's translations.
	MainLanguage string       `json:"mainLanguage,omitempty"`
	DocLanguages []string     `json:"docLanguages,omitempty"`
	Tr           Translations `json:"tr,omitempty"`
	// Adoption records the council's decision once it is known.
	Adoption Adoption `json:"adoption"`
	// Form is how the plan is published: separate, or part of another
	// municipal plan (planform.go).
	Form    PlanForm  `json:"form"`
	Created time.Time `json:"created"`
	// Updated is set by Store.Save.
	Updated time.Time `json:"updated"`

	// Steps and Items hold the checklist work, keyed by checklist IDs.
	Steps map[string]*StepState `json:"steps"`
	Items map[string]*ItemState `json:"items"`

	Responsibility Responsibility `json:"responsibility"`
	Cooperation    Cooperation    `json:"cooperation"`
	Situation      Situation      `json:"situation"`
	Goals          []Goal         `json:"goals"`
	Monitoring     Monitoring     `json:"monitoring"`
	Communication  Communication  `json:"communication"`
	Document       Document       `json:"document"`
	Comments       []Comment      `json:"comments"`
	// Followup holds the yearly follow-up rounds and mid-period updates
	// (followup.go).
	Followup Followup `json:"followup"`
	// Renewal is set on a programme started from an earlier one (renew.go).
	Renewal *Renewal `json:"renewal,omitempty"`
	// Conversion is set on a programme moved to another template
	// (convert.go): what found no place is listed there.
	Conversion *Conversion `json:"conversion,omitempty"`
}

// Adoption is the document's stage: a draft, a proposal to a body, or
// the decision that adopted it (adoption.go).
type Adoption struct {
	Status DocStatus `json:"status,omitempty"`
	// Date is the day of the decision once adopted; for a proposal, the
	// meeting it goes to, if known.
	Date Date `json:"date,omitempty"`
	// Body is the deciding body ("Kunnanvaltuusto"), or for a proposal the
	// body it is proposed to.
	Body string `json:"body,omitempty"`
	// Paragraph is the § number of the decision in the minutes, e.g. "45".
	Paragraph string `json:"paragraph,omitempty"`
}

// DocStatus is the stage of the programme document.
type DocStatus string

// The document stages.
const (
	DocDraft    DocStatus = "draft"
	DocProposal DocStatus = "proposal"
	DocAdopted  DocStatus = "adopted"
)

// New returns an empty programme for tpl with the document's sections laid
// out from the template's content elements.
func New(tpl *checklist.Template, municipalities []string, title string, startYear, endYear int) *Programme {
	p := &Programme{
		ID:               NewProgrammeID(),
		TemplateID:       tpl.ID,
		TemplateRevision: tpl.Revision,
		Municipalities:   cleanNames(municipalities),
		Title:            strings.TrimSpace(title),
		StartYear:        startYear,
		EndYear:          endYear,
		Adoption:         Adoption{Status: DocDraft},
		Created:          time.Now().UTC().Truncate(time.Second),
	}
	p.ensure()
	for _, el := range tpl.ItemsOf(checklist.KindElement) {
		p.Document.Sections = append(p.Document.Sections, newElementSection(el))
	}
	return p
}

// ensure makes the maps usable after decoding an old or empty value.
func (p *Programme) ensure() {
	if p.Steps == nil {
		p.Steps = map[string]*StepState{}
	}
	if p.Items == nil {
		p.Items = map[string]*ItemState{}
	}
	if p.Situation.Answers == nil {
		p.Situation.Answers = map[string]string{}
	}
}

// Municipality returns the municipalities' names joined for display.
func (p *Programme) Municipality() string { return strings.Join(p.Municipalities, ", ") }

// Joint tells whether several municipalities share the programme.
func (p *Programme) Joint() bool { return len(p.Municipalities) > 1 }

// Template returns the checklist the programme follows.
// A template this version does not have (a programme from a newer app)
// fails with ErrUnknownTemplate.
func (p *Programme) Template() (*checklist.Template, error) {
	tpl, err := checklist.Get(p.TemplateID)
	if err != nil {
		return nil, fmt.Errorf("programme %s: %w (%v)", p.ID, ErrUnknownTemplate, err)
	}
	return tpl, nil
}

// Item returns the state of a checklist item, the zero state when it has
// none. It never changes p, so it is safe beside a Session's saver, which
// encodes the same maps.
func (p *Programme) Item(id string) ItemState {
	if st, ok := p.Items[id]; ok && st != nil {
		return *st
	}
	return ItemState{}
}

// EditItem returns the state of a checklist item for changing, creating it
// on first use. It writes p's maps: call it only inside Session.Edit, or on
// a programme no session is saving.
func (p *Programme) EditItem(id string) *ItemState {
	p.ensure()
	st, ok := p.Items[id]
	if !ok || st == nil {
		st = &ItemState{}
		p.Items[id] = st
	}
	return st
}

// Step returns the state of a step, the zero state when it has none. It
// never changes p (see Item).
func (p *Programme) Step(id string) StepState {
	if st, ok := p.Steps[id]; ok && st != nil {
		return *st
	}
	return StepState{}
}

// EditStep returns the state of a step for changing, creating it on first
// use; like EditItem, only inside Session.Edit.
func (p *Programme) EditStep(id string) *StepState {
	p.ensure()
	st, ok := p.Steps[id]
	if !ok || st == nil {
		st = &StepState{}
		p.Steps[id] = st
	}
	return st
}

// Summary is what lists of programmes show.
type Summary struct {
	ID             string    `json:"id"`
	Municipalities []string  `json:"municipalities"`
	Title          string    `json:"title"`
	StartYear      int       `json:"startYear"`
	EndYear        int       `json:"endYear"`
	Updated        time.Time `json:"updated"`
}

// Summary returns the programme's list entry.
func (p *Programme) Summary() Summary {
	return Summary{ID: p.ID, Municipalities: p.Municipalities, Title: p.Title, StartYear: p.StartYear, EndYear: p.EndYear, Updated: p.Updated}
}

// Municipality returns the municipalities' names joined for display.
func (s Summary) Municipality() string { return strings.Join(s.Municipalities, ", ") }

func cleanNames(names []string) []string {
	out := make([]string, 0, len(names))
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}
