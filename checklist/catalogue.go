package checklist

// Option is one entry of a catalogue, such as a sector or a goal theme.
type Option struct {
	ID    string `json:"id"`
	Label Text   `json:"label"`
	// Recommended marks sectors the checklist asks to invite.
	Recommended bool `json:"recommended,omitempty"`
	// Immigrant marks sectors through which immigrants themselves take part.
	Immigrant bool `json:"immigrant,omitempty"`
	// National marks a national goal (VALKO, the national employment goals)
	// among the strategies a goal links to, as opposed to a municipal plan.
	National bool `json:"national,omitempty"`
}

// Catalogue is a list of options with the source it was drawn from.
type Catalogue struct {
	Source  string   `json:"source"`
	Options []Option `json:"options"`
}

// Option returns the option with the given ID.
func (c Catalogue) Option(id string) (Option, bool) {
	for _, o := range c.Options {
		if o.ID == id {
			return o, true
		}
	}
	return Option{}, false
}

// Catalogues are the fixed lists that programme content chooses from.
type Catalogues struct {
	Sectors    Catalogue `json:"sectors"`
	Themes     Catalogue `json:"themes"`
	Strategies Catalogue `json:"strategies"`
	Audiences  Catalogue `json:"audiences"`
}
