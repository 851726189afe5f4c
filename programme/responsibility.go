package programme

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
)

// Responsibility is step 1: who coordinates and how the programme is decided.
type Responsibility struct {
	// Organisation and Unit name the coordinating authority.
	Organisation string `json:"organisation,omitempty"`
	Unit         string `json:"unit,omitempty"`
	// Lead is the person responsible for the preparation.
	Lead Contact `json:"lead"`
	// Contacts are further people to reach about the programme.
	Contacts []Contact `json:"contacts,omitempty"`
	// ELY is the ELY centre's immigration contact person.
	ELY Contact `json:"ely"`
	// Experts are external experts, if any are used.
	Experts []Contact `json:"experts,omitempty"`
	// Milestones is the decision path, in date order.
	Milestones []Milestone `json:"milestones,omitempty"`
	// Tr holds the row's texts in the further document languages
	// (translation.go).
	Tr Translations `json:"tr,omitempty"`
}

// Contact is a person with how to reach them.
type Contact struct {
	ID           string `json:"id"`
	Name         string `json:"name,omitempty"`
	Title        string `json:"title,omitempty"`
	Organisation string `json:"organisation,omitempty"`
	Email        string `json:"email,omitempty"`
	Phone        string `json:"phone,omitempty"`
	// Tr holds the row's texts in the further document languages
	// (translation.go).
	Tr Translations `json:"tr,omitempty"`
}

// Milestone is one step of the decision path, e.g. a board's statement or
// the council's decision.
type Milestone struct {
	ID   string `json:"id"`
	Date Date   `json:"date,omitempty"`
	// Body is the deciding body: lautakunta, kunnanhallitus, valtuusto …
	Body     string `json:"body,omitempty"`
	Decision string `json:"decision,omitempty"`
	Done     bool   `json:"done,omitempty"`
	// Tr holds the row's texts in the further document languages
	// (translation.go).
	Tr Translations `json:"tr,omitempty"`
}

// ErrBadEmail is returned for text that cannot be an e-mail address.
var ErrBadEmail = errors.New("not an e-mail address")

// ErrBadPhone is returned for text that cannot be a phone number.
var ErrBadPhone = errors.New("not a phone number")

// NewContact returns an empty contact with a fresh ID.
func NewContact() Contact { return Contact{ID: NewID()} }

// IsZero tells whether nothing but the ID has been entered.
func (c Contact) IsZero() bool {
	return strings.TrimSpace(c.Name+c.Title+c.Organisation+c.Email+c.Phone) == ""
}

// Named tells whether the contact has a name.
func (c Contact) Named() bool { return strings.TrimSpace(c.Name) != "" }

// Reachable tells whether the contact has an e-mail address or a phone
// number.
func (c Contact) Reachable() bool { return strings.TrimSpace(c.Email+c.Phone) != "" }

// Validate checks the contact's e-mail address and phone number; empty
// ones are allowed.
func (c Contact) Validate() error {
	if err := CheckEmail(c.Email); err != nil {
		return err
	}
	return CheckPhone(c.Phone)
}

// CheckEmail accepts an empty text or one that looks like an e-mail
// address. It is deliberately loose: it catches a phone number or a name
// typed in the wrong field, not every invalid address.
func CheckEmail(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	local, domain, ok := strings.Cut(s, "@")
	if !ok || local == "" || strings.ContainsAny(s, " \t,;<>") || strings.Contains(domain, "@") ||
		!strings.Contains(domain, ".") || strings.HasPrefix(domain, ".") || strings.HasSuffix(domain, ".") {
		return fmt.Errorf("%q: %w", s, ErrBadEmail)
	}
	return nil
}

// CheckPhone accepts an empty text or a phone number as Finns write it:
// digits with spaces, hyphens or brackets, optionally starting with +, with
// 5 to 15 digits.
func CheckPhone(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	digits := 0
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '+' && i == 0, r == ' ', r == '-', r == '(', r == ')', r == '\u00a0':
		default:
			return fmt.Errorf("%q: %w", s, ErrBadPhone)
		}
	}
	if digits < 5 || digits > 15 {
		return fmt.Errorf("%q: %w", s, ErrBadPhone)
	}
	return nil
}

// contactIndex returns the position of the contact with the given ID.
func contactIndex(list []Contact, id string) int {
	return slices.IndexFunc(list, func(c Contact) bool { return c.ID == id })
}

// Contact returns the further contact with the given ID, or nil.
func (r *Responsibility) Contact(id string) *Contact {
	if i := contactIndex(r.Contacts, id); i >= 0 {
		return &r.Contacts[i]
	}
	return nil
}

// AddContact appends a further contact, giving it an ID if it has none,
// and returns the stored contact.
func (r *Responsibility) AddContact(c Contact) *Contact {
	if c.ID == "" {
		c.ID = NewID()
	}
	r.Contacts = append(r.Contacts, c)
	return &r.Contacts[len(r.Contacts)-1]
}

// DeleteContact removes the further contact with the given ID and tells
// whether it was there.
func (r *Responsibility) DeleteContact(id string) bool {
	return deleteRow(&r.Contacts, contactIndex(r.Contacts, id))
}

// MoveContact moves a further contact delta places (−1 up, +1 down).
func (r *Responsibility) MoveContact(id string, delta int) bool {
	return shiftRow(r.Contacts, contactIndex(r.Contacts, id), delta)
}

// Expert returns the external expert with the given ID, or nil.
func (r *Responsibility) Expert(id string) *Contact {
	if i := contactIndex(r.Experts, id); i >= 0 {
		return &r.Experts[i]
	}
	return nil
}

// AddExpert appends an external expert, giving it an ID if it has none,
// and returns the stored contact.
func (r *Responsibility) AddExpert(c Contact) *Contact {
	if c.ID == "" {
		c.ID = NewID()
	}
	r.Experts = append(r.Experts, c)
	return &r.Experts[len(r.Experts)-1]
}

// DeleteExpert removes the external expert with the given ID and tells
// whether it was there.
func (r *Responsibility) DeleteExpert(id string) bool {
	return deleteRow(&r.Experts, contactIndex(r.Experts, id))
}

// MoveExpert moves an external expert delta places (−1 up, +1 down).
func (r *Responsibility) MoveExpert(id string, delta int) bool {
	return shiftRow(r.Experts, contactIndex(r.Experts, id), delta)
}

// NewMilestone returns an empty milestone with a fresh ID.
func NewMilestone() Milestone { return Milestone{ID: NewID()} }

// IsCouncil tells whether the milestone is taken by the council, the body
// that adopts the programme. Body is free text, so this looks for a word
// that ends in the word for council in Finnish or Swedish
// ("kunnanvaltuusto", "valtuuston kokous", "stadsfullmäktige"), which a
// council seminar ("valtuustoseminaari") does not.
func (m Milestone) IsCouncil() bool {
	words := strings.FieldsFunc(strings.ToLower(m.Body), func(r rune) bool { return !unicode.IsLetter(r) })
	return slices.ContainsFunc(words, func(w string) bool {
		return strings.HasSuffix(w, "valtuusto") || strings.HasSuffix(w, "valtuuston") || strings.HasSuffix(w, "fullmäktige")
	})
}

// Label names the milestone for messages: its body, else its decision.
func (m Milestone) Label() string {
	if s := strings.TrimSpace(m.Body); s != "" {
		return s
	}
	return strings.TrimSpace(m.Decision)
}

// Upcoming tells whether the milestone is still ahead on the given day: it
// is not done and the period its date covers has not ended. An undated
// milestone is not upcoming, since it cannot be placed in time.
func (m Milestone) Upcoming(today time.Time) bool {
	if m.Done || m.Date.IsZero() {
		return false
	}
	return !m.Date.End().Before(truncateDay(today))
}

// Overdue tells whether the milestone's date has passed without it being
// marked done.
func (m Milestone) Overdue(today time.Time) bool {
	return !m.Done && !m.Date.IsZero() && m.Date.End().Before(truncateDay(today))
}

func truncateDay(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func milestoneIndex(list []Milestone, id string) int {
	return slices.IndexFunc(list, func(m Milestone) bool { return m.ID == id })
}

// Milestone returns the milestone with the given ID, or nil.
func (r *Responsibility) Milestone(id string) *Milestone {
	if i := milestoneIndex(r.Milestones, id); i >= 0 {
		return &r.Milestones[i]
	}
	return nil
}

// AddMilestone appends a milestone, giving it an ID if it has none, and
// returns the stored milestone.
func (r *Responsibility) AddMilestone(m Milestone) *Milestone {
	if m.ID == "" {
		m.ID = NewID()
	}
	r.Milestones = append(r.Milestones, m)
	return &r.Milestones[len(r.Milestones)-1]
}

// DeleteMilestone removes the milestone with the given ID and tells whether
// it was there.
func (r *Responsibility) DeleteMilestone(id string) bool {
	return deleteRow(&r.Milestones, milestoneIndex(r.Milestones, id))
}

// MoveMilestone moves a milestone delta places (−1 up, +1 down).
func (r *Responsibility) MoveMilestone(id string, delta int) bool {
	return shiftRow(r.Milestones, milestoneIndex(r.Milestones, id), delta)
}

// SortMilestones puts the milestones in date order, undated ones last; rows
// of the same date keep their order.
func (r *Responsibility) SortMilestones() { sortMilestones(r.Milestones) }

// Timeline returns the milestones in date order, undated ones last, without
// changing the stored order.
func (r Responsibility) Timeline() []Milestone {
	out := slices.Clone(r.Milestones)
	sortMilestones(out)
	return out
}

func sortMilestones(list []Milestone) {
	slices.SortStableFunc(list, func(a, b Milestone) int {
		switch {
		case a.Date.IsZero() && b.Date.IsZero():
			return 0
		case a.Date.IsZero():
			return 1
		case b.Date.IsZero():
			return -1
		}
		return a.Date.Start().Compare(b.Date.Start())
	})
}

// NextMilestone returns the first upcoming milestone in date order on the
// given day, and false when none is ahead.
func (r Responsibility) NextMilestone(today time.Time) (Milestone, bool) {
	for _, m := range r.Timeline() {
		if m.Upcoming(today) {
			return m, true
		}
	}
	return Milestone{}, false
}

// OtherMunicipalities returns the municipalities that share the programme
// besides the first one, which owns it.
func (p *Programme) OtherMunicipalities() []string {
	if len(p.Municipalities) < 2 {
		return nil
	}
	return slices.Clone(p.Municipalities[1:])
}

// SetOtherMunicipalities replaces the municipalities after the first one.
// Blank names and repeats (also of the first municipality) are dropped, so
// Joint follows what remains.
func (p *Programme) SetOtherMunicipalities(names []string) {
	var first []string
	if len(p.Municipalities) > 0 {
		first = p.Municipalities[:1]
	}
	out := slices.Clone(first)
	for _, n := range cleanNames(names) {
		if !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, n) }) {
			out = append(out, n)
		}
	}
	p.Municipalities = out
}

// SplitNames splits a list of names typed on one line, separated by
// commas, semicolons or line breaks.
func SplitNames(s string) []string {
	return cleanNames(strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '\n' }))
}
