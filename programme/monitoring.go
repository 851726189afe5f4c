package programme

// Monitoring is step 6: the chosen indicators and the monitoring plan.
type Monitoring struct {
	Indicators []Indicator `json:"indicators,omitempty"`
	Plan       Plan        `json:"plan"`
}

// Plan says who follows the programme, how it is reported and when it is
// updated before its period ends.
type Plan struct {
	Who        string `json:"who,omitempty"`
	ReportsTo  string `json:"reportsTo,omitempty"`
	Frequency  string `json:"frequency,omitempty"`
	UpdateWhen string `json:"updateWhen,omitempty"`
}

// Indicator is an indicator the programme follows.
type Indicator struct {
	ID string `json:"id"`
	// CatalogueID is the checklist item the indicator was chosen from, or
	// empty for a custom indicator.
	CatalogueID string `json:"catalogueId,omitempty"`
	Name        string `json:"name,omitempty"`
	Description string `json:"description,omitempty"`
	// GoalIDs are the goals the indicator follows.
	GoalIDs      []string      `json:"goalIds,omitempty"`
	Unit         string        `json:"unit,omitempty"`
	Baseline     Point         `json:"baseline"`
	Target       Point         `json:"target"`
	Source       string        `json:"source,omitempty"`
	Frequency    string        `json:"frequency,omitempty"`
	Reporter     string        `json:"reporter,omitempty"`
	Measurements []Measurement `json:"measurements,omitempty"`
}

// Point is a value in a given year, such as a baseline or a target.
type Point struct {
	Value Value `json:"value"`
	Year  int   `json:"year,omitempty"`
}

// Measurement is a recorded value of an indicator for one year.
type Measurement struct {
	Year  int    `json:"year"`
	Value Value  `json:"value"`
	Note  string `json:"note,omitempty"`
}
