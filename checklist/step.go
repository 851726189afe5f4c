package checklist

// Step is one of a template's steps.
type Step struct {
	ID     string `json:"id"`
	Number int    `json:"number"`
	// Title is the short name shown in the sidebar.
	Title Text `json:"title"`
	// Heading is the step as the checklist states it.
	Heading Text `json:"heading"`
	// Guidance explains the step in plain language.
	Guidance Text `json:"guidance"`
	// Source is the address of the page the step follows.
	Source string `json:"source,omitempty"`
	// SourceTitle names the page at Source when it is not the template's
	// checklist.
	SourceTitle Text `json:"sourceTitle,omitempty"`
	// Derived, when set, says the step is not the official checklist's own
	// but derived, from what, and to check the current list.
	Derived Text   `json:"derived,omitempty"`
	Items   []Item `json:"items"`
}

// ItemsOf returns the step's items of kind k, in order.
func (s Step) ItemsOf(k Kind) []Item {
	var out []Item
	for _, it := range s.Items {
		if it.Kind == k {
			out = append(out, it)
		}
	}
	return out
}
