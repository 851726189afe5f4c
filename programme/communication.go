package programme

import (
	"slices"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// Communication is step 7: the communication plan.
type Communication struct {
	Rows []CommRow `json:"rows,omitempty"`
}

// Language codes for communication; LangOther is explained in
// CommRow.OtherLanguages.
const (
	LangFinnish = "fi"
	LangSwedish = "sv"
	LangPlain   = "plain"
	LangOther   = "other"
)

// AudienceTargetGroup is the audience catalogue's ID for the programme's
// target group, the immigrant residents themselves.
const AudienceTargetGroup = "target-group"

// AudienceDecisionMakers is the audience catalogue's ID for the
// municipality's decision-makers.
const AudienceDecisionMakers = "decision-makers"

// CommLanguages lists the language choices in display order.
var CommLanguages = []string{LangFinnish, LangSwedish, LangPlain, LangOther}

// CommRow is one row of the communication plan.
type CommRow struct {
	ID string `json:"id"`
	// Audience is an option ID of the audience catalogue, or empty when
	// CustomAudience names it.
	Audience       string   `json:"audience,omitempty"`
	CustomAudience string   `json:"customAudience,omitempty"`
	Message        string   `json:"message,omitempty"`
	Channel        string   `json:"channel,omitempty"`
	Timing         string   `json:"timing,omitempty"`
	Languages      []string `json:"languages,omitempty"`
	OtherLanguages string   `json:"otherLanguages,omitempty"`
	Responsible    string   `json:"responsible,omitempty"`
	// Tr holds the row's texts in the further document languages
	// (translation.go).
	Tr Translations `json:"tr,omitempty"`
}

// NewCommRow returns an empty plan row with a fresh ID.
func NewCommRow() CommRow { return CommRow{ID: NewID()} }

// AudienceLabel names the row's audience in language l: the catalogue's
// label, or the custom audience.
func (r CommRow) AudienceLabel(tpl *checklist.Template, l string) string {
	if r.Audience != "" {
		if o, ok := tpl.Catalogues.Audiences.Option(r.Audience); ok {
			return o.Label.In(l)
		}
	}
	return strings.TrimSpace(r.CustomAudience)
}

// HasLanguage tells whether the row uses the language code.
func (r CommRow) HasLanguage(code string) bool { return slices.Contains(r.Languages, code) }

// SetLanguage turns a language code on or off, keeping the codes in the
// order of CommLanguages.
func (r *CommRow) SetLanguage(code string, on bool) {
	set := map[string]bool{}
	for _, c := range r.Languages {
		set[c] = true
	}
	set[code] = on
	var out []string
	for _, c := range CommLanguages {
		if set[c] {
			out = append(out, c)
		}
	}
	for _, c := range r.Languages { // codes of a newer version survive an edit
		if set[c] && !slices.Contains(CommLanguages, c) && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	r.Languages = out
}

// SetOtherLanguages stores the names of other languages; naming one ticks
// LangOther, since naming a language means using it. Clearing the names
// leaves the tick, which the user may want to keep while deciding which
// languages. Unticking LangOther keeps the names, so ticking it again
// brings them back; readers show OtherLanguages only with LangOther.
func (r *CommRow) SetOtherLanguages(s string) {
	r.OtherLanguages = s
	if strings.TrimSpace(s) != "" {
		r.SetLanguage(LangOther, true)
	}
}

// BeyondOfficial tells whether the row reaches people beyond the official
// languages: in plain language or other languages.
func (r CommRow) BeyondOfficial() bool {
	return r.HasLanguage(LangPlain) || r.HasLanguage(LangOther)
}

func commRowIndex(list []CommRow, id string) int {
	return slices.IndexFunc(list, func(r CommRow) bool { return r.ID == id })
}

// Row returns the plan row with the given ID, or nil.
func (c *Communication) Row(id string) *CommRow {
	if i := commRowIndex(c.Rows, id); i >= 0 {
		return &c.Rows[i]
	}
	return nil
}

// AddRow appends a plan row, giving it an ID if it has none, and returns
// the stored row.
func (c *Communication) AddRow(r CommRow) *CommRow {
	if r.ID == "" {
		r.ID = NewID()
	}
	c.Rows = append(c.Rows, r)
	return &c.Rows[len(c.Rows)-1]
}

// DeleteRow removes the plan row with the given ID and tells whether it
// was there.
func (c *Communication) DeleteRow(id string) bool {
	return deleteRow(&c.Rows, commRowIndex(c.Rows, id))
}

// MoveRow moves a plan row delta places (−1 up, +1 down).
func (c *Communication) MoveRow(id string, delta int) bool {
	return shiftRow(c.Rows, commRowIndex(c.Rows, id), delta)
}

// AudiencesWithoutRow returns the catalogue's audiences that no row
// addresses, in catalogue order.
func (c Communication) AudiencesWithoutRow(tpl *checklist.Template) []checklist.Option {
	var out []checklist.Option
	for _, o := range tpl.Catalogues.Audiences.Options {
		if !slices.ContainsFunc(c.Rows, func(r CommRow) bool { return r.Audience == o.ID }) {
			out = append(out, o)
		}
	}
	return out
}
