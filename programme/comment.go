package programme

import "time"

// Comment is a working group member's review comment on a part of the
// programme. Replies point to their parent with ParentID.
type Comment struct {
	ID string `json:"id"`
	// About names what the comment is on: "step:<id>", "item:<id>",
	// "goal:<id>", "measure:<id>", "indicator:<id>", "section:<id>".
	About      string    `json:"about"`
	ParentID   string    `json:"parentId,omitempty"`
	Author     string    `json:"author,omitempty"`
	Text       string    `json:"text"`
	Created    time.Time `json:"created"`
	Resolved   bool      `json:"resolved,omitempty"`
	ResolvedBy string    `json:"resolvedBy,omitempty"`
	ResolvedAt time.Time `json:"resolvedAt,omitempty"`
}
