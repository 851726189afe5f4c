package programme

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
}
