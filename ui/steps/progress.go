package steps

// Timelines is a Host that can show the measures timeline, which step 6's
// progress view opens; without it the view has no button for it.
type Timelines interface {
	ShowTimeline()
}

// openTimeline returns the host's way to the timeline, or nil.
func (c *Context) openTimeline() func() {
	if t, ok := c.host.(Timelines); ok {
		return t.ShowTimeline
	}
	return nil
}

// Followups is a Host that can show the follow-up view, which step 4's
// measure form links to when a round holds the measure's state.
type Followups interface {
	ShowFollowup()
}

// openFollowup returns the host's way to the follow-up view, or nil.
func (c *Context) openFollowup() func() {
	if f, ok := c.host.(Followups); ok {
		return f.ShowFollowup
	}
	return nil
}
