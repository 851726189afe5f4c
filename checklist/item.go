package checklist

// Kind tells what an item of a step is; the UI groups items by kind and later
// features use the typed ones (questions, document elements, indicators).
type Kind string

// The kinds of checklist items.
const (
	KindTask            Kind = "task"            // something to do and tick off
	KindQuestion        Kind = "question"        // a guiding question to answer
	KindSource          Kind = "source"          // a data source for the situation picture
	KindElement         Kind = "element"         // a content element of the programme document
	KindIndicator       Kind = "indicator"       // an example indicator for monitoring
	KindIndicatorSource Kind = "indicatorSource" // where indicator data can be had
	KindAudience        Kind = "audience"        // an audience of communication
)

// Kinds lists every kind in the order the UI shows their groups.
var Kinds = []Kind{KindTask, KindQuestion, KindSource, KindElement, KindIndicator, KindIndicatorSource, KindAudience}

// Item is one bullet of the checklist.
type Item struct {
	ID   string `json:"id"`
	Kind Kind   `json:"kind"`
	// Text is the bullet itself.
	Text Text `json:"text"`
	// Title is a short name, set for document elements (the section heading)
	// and indicators.
	Title Text `json:"title,omitempty"`
	// Unit is an indicator's usual unit.
	Unit string `json:"unit,omitempty"`
	// Sources are the IDs of an indicator's typical data sources (items of
	// kind KindIndicatorSource).
	Sources []string `json:"sources,omitempty"`
	// Source is the address of the page the item's meaning comes from.
	Source string `json:"source,omitempty"`
	// Derived, when set, says the item is not in the readable part of the
	// official checklist but derived, from what, and to check the current
	// list ("johdettu: … — tarkista …").
	Derived Text `json:"derived,omitempty"`
	// Blocks are a document element's default content from the other
	// steps, in order (programme.Block names: "figures", "indicators" …).
	// A new section shows them until the user turns them off.
	Blocks []string `json:"blocks,omitempty"`
	// Extra marks a document element the app suggests beyond the
	// checklist's own parts (the summary, the communication plan): it is
	// not missing when it has no text of its own.
	Extra bool `json:"extra,omitempty"`
}

// IsDerived tells whether the item is derived rather than official.
func (it Item) IsDerived() bool { return it.Derived.String() != "" }

// Label returns the item's short title if it has one, else its text.
func (it Item) Label(lang string) string {
	if s := it.Title.In(lang); s != "" {
		return s
	}
	return it.Text.In(lang)
}
