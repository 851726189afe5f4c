package programme

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// Cooperation is step 2: the cooperation group, its hearings and schedule.
type Cooperation struct {
	Members  []Member  `json:"members,omitempty"`
	Hearings []Hearing `json:"hearings,omitempty"`
	// Schedule is the agreed preparation schedule, as Markdown.
	Schedule string `json:"schedule,omitempty"`
}

// Member is one member of the cooperation group.
type Member struct {
	ID           string `json:"id"`
	Name         string `json:"name,omitempty"`
	Organisation string `json:"organisation,omitempty"`
	// Sector is an option ID of the template's sector catalogue.
	Sector  string `json:"sector,omitempty"`
	Role    string `json:"role,omitempty"`
	Contact string `json:"contact,omitempty"`
	// Tr holds the row's texts in the further document languages
	// (translation.go).
	Tr Translations `json:"tr,omitempty"`
}

// HearingKind is the form of a meeting or hearing.
type HearingKind string

// The forms of meetings and hearings.
const (
	HearingMeeting  HearingKind = "meeting"
	HearingHearing  HearingKind = "hearing"
	HearingWorkshop HearingKind = "workshop"
	HearingSurvey   HearingKind = "survey"
	HearingResident HearingKind = "resident-event"
)

// HearingKinds lists the forms in display order.
var HearingKinds = []HearingKind{HearingMeeting, HearingHearing, HearingWorkshop, HearingSurvey, HearingResident}

// Hearing is a meeting, hearing, workshop, survey or resident event held
// during preparation: the evidence of an inclusive process.
type Hearing struct {
	ID           string      `json:"id"`
	Date         Date        `json:"date,omitempty"`
	Kind         HearingKind `json:"kind,omitempty"`
	Title        string      `json:"title,omitempty"`
	Participants string      `json:"participants,omitempty"`
	// Count and ImmigrantCount are the number of participants and how many
	// of them had an immigrant background.
	Count          int    `json:"count,omitempty"`
	ImmigrantCount int    `json:"immigrantCount,omitempty"`
	Languages      string `json:"languages,omitempty"`
	Summary        string `json:"summary,omitempty"`
	// Tr holds the row's texts in the further document languages
	// (translation.go).
	Tr Translations `json:"tr,omitempty"`
}

// ErrBadCount is returned for a participant count that is not a whole
// number of zero or more.
var ErrBadCount = errors.New("not a count of people")

// ErrImmigrantCount is returned when more participants are said to have an
// immigrant background than took part at all.
var ErrImmigrantCount = errors.New("more participants with an immigrant background than participants")

// NewMember returns an empty member with a fresh ID.
func NewMember() Member { return Member{ID: NewID()} }

// Label names the member for messages: the name, else the organisation.
func (m Member) Label() string {
	if s := strings.TrimSpace(m.Name); s != "" {
		return s
	}
	return strings.TrimSpace(m.Organisation)
}

func memberIndex(list []Member, id string) int {
	return slices.IndexFunc(list, func(m Member) bool { return m.ID == id })
}

// Member returns the member with the given ID, or nil.
func (c *Cooperation) Member(id string) *Member {
	if i := memberIndex(c.Members, id); i >= 0 {
		return &c.Members[i]
	}
	return nil
}

// AddMember appends a member, giving it an ID if it has none, and returns
// the stored member.
func (c *Cooperation) AddMember(m Member) *Member {
	if m.ID == "" {
		m.ID = NewID()
	}
	c.Members = append(c.Members, m)
	return &c.Members[len(c.Members)-1]
}

// DeleteMember removes the member with the given ID and tells whether it
// was there.
func (c *Cooperation) DeleteMember(id string) bool {
	return deleteRow(&c.Members, memberIndex(c.Members, id))
}

// MoveMember moves a member delta places (−1 up, +1 down).
func (c *Cooperation) MoveMember(id string, delta int) bool {
	return shiftRow(c.Members, memberIndex(c.Members, id), delta)
}

// NewHearing returns an empty hearing with a fresh ID.
func NewHearing() Hearing { return Hearing{ID: NewID()} }

// Validate checks the counts of a hearing: neither may be negative, and no
// more participants can have an immigrant background than took part. An
// unknown total (0) allows any immigrant count, since a survey may report
// only the latter.
func (h Hearing) Validate() error {
	if h.Count < 0 || h.ImmigrantCount < 0 {
		return ErrBadCount
	}
	if h.Count > 0 && h.ImmigrantCount > h.Count {
		return fmt.Errorf("%d of %d: %w", h.ImmigrantCount, h.Count, ErrImmigrantCount)
	}
	return nil
}

// Label names the hearing for messages: its title, else its date.
func (h Hearing) Label() string {
	if s := strings.TrimSpace(h.Title); s != "" {
		return s
	}
	return h.Date.Finnish()
}

// KnownHearingKind tells whether k is one of HearingKinds or empty.
func KnownHearingKind(k HearingKind) bool { return k == "" || slices.Contains(HearingKinds, k) }

// ParseCount reads a number of people: empty text is 0, anything else must
// be a whole number of zero or more (spaces as thousands separators are
// allowed).
func ParseCount(s string) (int, error) {
	t := strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "").Replace(strings.TrimSpace(s))
	if t == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(t)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%q: %w", s, ErrBadCount)
	}
	return n, nil
}

func hearingIndex(list []Hearing, id string) int {
	return slices.IndexFunc(list, func(h Hearing) bool { return h.ID == id })
}

// Hearing returns the hearing with the given ID, or nil.
func (c *Cooperation) Hearing(id string) *Hearing {
	if i := hearingIndex(c.Hearings, id); i >= 0 {
		return &c.Hearings[i]
	}
	return nil
}

// AddHearing appends a hearing, giving it an ID if it has none, and returns
// the stored hearing.
func (c *Cooperation) AddHearing(h Hearing) *Hearing {
	if h.ID == "" {
		h.ID = NewID()
	}
	c.Hearings = append(c.Hearings, h)
	return &c.Hearings[len(c.Hearings)-1]
}

// DeleteHearing removes the hearing with the given ID and tells whether it
// was there.
func (c *Cooperation) DeleteHearing(id string) bool {
	return deleteRow(&c.Hearings, hearingIndex(c.Hearings, id))
}

// MoveHearing moves a hearing delta places (−1 up, +1 down).
func (c *Cooperation) MoveHearing(id string, delta int) bool {
	return shiftRow(c.Hearings, hearingIndex(c.Hearings, id), delta)
}

// SectorCoverage tells how many members represent one sector.
type SectorCoverage struct {
	Sector  checklist.Option
	Members int
}

// Coverage returns every sector of the template's catalogue, in catalogue
// order, with the number of members from it. Members whose sector is not in
// the catalogue are not counted.
func (c Cooperation) Coverage(tpl *checklist.Template) []SectorCoverage {
	count := map[string]int{}
	for _, m := range c.Members {
		count[m.Sector]++
	}
	out := make([]SectorCoverage, 0, len(tpl.Catalogues.Sectors.Options))
	for _, o := range tpl.Catalogues.Sectors.Options {
		out = append(out, SectorCoverage{Sector: o, Members: count[o.ID]})
	}
	return out
}

// ImmigrantMembers counts the members from sectors through which
// immigrants themselves take part (immigrant residents and associations).
func (c Cooperation) ImmigrantMembers(tpl *checklist.Template) int {
	n := 0
	for _, m := range c.Members {
		if o, ok := tpl.Catalogues.Sectors.Option(m.Sector); ok && o.Immigrant {
			n++
		}
	}
	return n
}

// HearingTotals adds up the hearings: how many were held, how many took
// part and how many of them had an immigrant background.
func (c Cooperation) HearingTotals() (events, participants, immigrants int) {
	for _, h := range c.Hearings {
		events++
		participants += h.Count
		immigrants += h.ImmigrantCount
	}
	return events, participants, immigrants
}
