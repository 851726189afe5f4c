package programme

// Situation is step 3: the situation picture.
type Situation struct {
	// Answers holds a Markdown answer per guiding question, keyed by the
	// checklist item ID of the question.
	Answers map[string]string `json:"answers,omitempty"`
	// Questions are the municipality's own additional questions.
	Questions []Question `json:"questions,omitempty"`
	Figures   []Figure   `json:"figures,omitempty"`
	// OtherSources are data sources beyond the checklist's list; the
	// checklist's own sources are ticked as items of the step.
	OtherSources []string `json:"otherSources,omitempty"`
	Strengths    []string `json:"strengths,omitempty"`
	Challenges   []string `json:"challenges,omitempty"`
	// MissingServices are services the municipality lacks.
	MissingServices []string `json:"missingServices,omitempty"`
}

// Question is an additional guiding question with its answer.
type Question struct {
	ID       string `json:"id"`
	Question string `json:"question,omitempty"`
	Answer   string `json:"answer,omitempty"`
}

// Figure is one key figure of the situation picture.
type Figure struct {
	ID    string `json:"id"`
	Label string `json:"label,omitempty"`
	Value Value  `json:"value"`
	Unit  string `json:"unit,omitempty"`
	Year  int    `json:"year,omitempty"`
	Area  string `json:"area,omitempty"`
	// Source is where the figure comes from.
	Source string `json:"source,omitempty"`
}
