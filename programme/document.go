package programme

// Document is step 5: the programme document's sections in order.
type Document struct {
	Sections []Section `json:"sections,omitempty"`
}

// Block names structured content of another step that a section shows,
// assembled from the current data at export time.
type Block string

// The blocks a section can include.
const (
	BlockGoals         Block = "goals"         // goals and measures (step 4)
	BlockCooperation   Block = "cooperation"   // cooperation group and hearings (step 2)
	BlockFigures       Block = "figures"       // key figures (step 3)
	BlockIndicators    Block = "indicators"    // indicators (step 6)
	BlockCommunication Block = "communication" // communication plan (step 7)
)

// Blocks lists every block in display order.
var Blocks = []Block{BlockGoals, BlockCooperation, BlockFigures, BlockIndicators, BlockCommunication}

// Section is one section of the document: one of the template's content
// elements (ElementID set) or an extra section of the user's.
type Section struct {
	ID        string `json:"id"`
	ElementID string `json:"elementId,omitempty"`
	// Title overrides the element's title; extra sections must have one.
	Title string `json:"title,omitempty"`
	// Draft is the section's text as Markdown.
	Draft string `json:"draft,omitempty"`
	// NotApplicable marks an element the programme leaves out, with Reason.
	NotApplicable bool    `json:"notApplicable,omitempty"`
	Reason        string  `json:"reason,omitempty"`
	Includes      []Block `json:"includes,omitempty"`
}
