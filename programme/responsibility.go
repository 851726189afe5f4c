package programme

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
}

// Contact is a person with how to reach them.
type Contact struct {
	ID           string `json:"id"`
	Name         string `json:"name,omitempty"`
	Title        string `json:"title,omitempty"`
	Organisation string `json:"organisation,omitempty"`
	Email        string `json:"email,omitempty"`
	Phone        string `json:"phone,omitempty"`
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
}
