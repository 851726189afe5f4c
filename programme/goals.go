package programme

// Goal is one goal of step 4 with the measures that pursue it.
type Goal struct {
	ID          string `json:"id"`
	Title       string `json:"title,omitempty"`
	Description string `json:"description,omitempty"`
	// Theme is an option ID of the template's theme catalogue, or empty
	// when CustomTheme names the theme.
	Theme       string `json:"theme,omitempty"`
	CustomTheme string `json:"customTheme,omitempty"`
	// Strategies are option IDs of the template's strategy catalogue.
	Strategies []string `json:"strategies,omitempty"`
	// Rationale says why the goal matters in this municipality.
	Rationale string    `json:"rationale,omitempty"`
	Measures  []Measure `json:"measures,omitempty"`
}

// MeasureStatus is the state of a measure.
type MeasureStatus string

// The states of a measure.
const (
	MeasurePlanned MeasureStatus = "planned"
	MeasureOngoing MeasureStatus = "ongoing"
	MeasureDone    MeasureStatus = "done"
	MeasureDropped MeasureStatus = "dropped"
)

// MeasureStatuses lists the states in display order.
var MeasureStatuses = []MeasureStatus{MeasurePlanned, MeasureOngoing, MeasureDone, MeasureDropped}

// Measure is something done to reach a goal.
type Measure struct {
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	// Responsible is the one party answerable for the measure.
	Responsible string        `json:"responsible,omitempty"`
	Partners    string        `json:"partners,omitempty"`
	Start       Date          `json:"start,omitempty"`
	End         Date          `json:"end,omitempty"`
	Resources   string        `json:"resources,omitempty"`
	Status      MeasureStatus `json:"status,omitempty"`
}
