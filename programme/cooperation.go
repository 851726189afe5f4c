package programme

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
}
