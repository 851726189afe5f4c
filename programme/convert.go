package programme

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"fi.kotoutus/kotoutus/checklist"
)

// Conversion records that a programme was moved from one template to
// another, the snapshot taken before, and what found no place in the new
// template. It is kept so that nothing the user wrote is lost: the list is
// shown until the user has found the content a place.
type Conversion struct {
	From         string    `json:"from"`
	FromRevision int       `json:"fromRevision"`
	To           string    `json:"to"`
	At           time.Time `json:"at"`
	// Snapshot is the key of the snapshot of the programme before.
	Snapshot string     `json:"snapshot,omitempty"`
	Unplaced []Unplaced `json:"unplaced,omitempty"`
	// OldTitle is the title before the conversion renamed the document
	// (ConvertedTitle), empty when the title stayed.
	OldTitle string `json:"oldTitle,omitempty"`
}

// UnplacedKind says what kind of content found no place.
type UnplacedKind string

// The kinds of unplaced content.
const (
	UnplacedSection   UnplacedKind = "section"   // a document element's section, kept as an extra section
	UnplacedItem      UnplacedKind = "item"      // a tick or note on a checklist item
	UnplacedAnswer    UnplacedKind = "answer"    // an answer to a guiding question
	UnplacedStrategy  UnplacedKind = "strategy"  // a goal's link to a plan or programme
	UnplacedTheme     UnplacedKind = "theme"     // a goal's theme, kept as its own theme
	UnplacedSector    UnplacedKind = "sector"    // a member's sector, now "other"
	UnplacedIndicator UnplacedKind = "indicator" // a catalogue indicator, kept as the user's own
	UnplacedAudience  UnplacedKind = "audience"  // a communication row's audience, kept as its own
)

// Unplaced is one piece of content that the new template has no place for.
type Unplaced struct {
	Kind UnplacedKind `json:"kind"`
	// OldID is the item or option ID in the old template.
	OldID string `json:"oldId"`
	// Label is the old item's or option's name.
	Label string `json:"label"`
	// Where names what it was on: a goal, a member, a section.
	Where string `json:"where,omitempty"`
	// Text is the content itself (a note, an answer, a draft's opening).
	Text string `json:"text,omitempty"`
	// Reason says why it has no place and where it might go.
	Reason string `json:"reason,omitempty"`
	// Ref is the ID of the row or section the content is now kept on.
	Ref string `json:"ref,omitempty"`
}

// UnplacedPrefix begins the title of a section kept from an element the new
// template lacks, so it stands out in the document.
const UnplacedPrefix = "Siirretty, paikka puuttuu: "

// Convert returns a copy of p moved to template to: every answer, tick,
// note, section, link and choice whose item or option still exists is
// carried over by the mapping table in checklist; what has no home is kept
// (as an extra section, the user's own theme or indicator, or in the list)
// and listed in the copy's Conversion. p itself is not changed.
func Convert(p *Programme, to *checklist.Template) (*Programme, error) {
	from, err := p.Template()
	if err != nil {
		return nil, err
	}
	m, err := checklist.MappingFor(from.ID, to.ID)
	if err != nil {
		return nil, fmt.Errorf("convert programme %s: %w (%v)", p.ID, ErrNoConversion, err)
	}
	data, err := Encode(p)
	if err != nil {
		return nil, err
	}
	q, err := Decode(data)
	if err != nil {
		return nil, err
	}
	c := &converter{p: q, from: from, to: to, m: m}
	c.conv = Conversion{From: from.ID, FromRevision: p.TemplateRevision, To: to.ID, At: time.Now().UTC().Truncate(time.Second)}
	c.items()
	c.answers()
	c.sections()
	c.goals()
	c.members()
	c.indicators()
	c.audiences()
	if t, ok := ConvertedTitle(q.Title, from, to); ok {
		c.conv.OldTitle, q.Title = q.Title, t
	}
	q.TemplateID, q.TemplateRevision = to.ID, to.Revision
	q.Conversion = &c.conv
	return q, nil
}

// ConvertedTitle returns the title a programme gets on moving from
// template from to template to: a title that begins with the old
// template's name of the document ("Kotouttamisohjelma 2022–2025") begins
// with the new one's instead ("Kotoutumisen edistämisen suunnitelma
// 2022–2025"), the rest kept; ok is false for a title of the user's own,
// which stays (the checker still points out an old term in it).
func ConvertedTitle(title string, from, to *checklist.Template) (string, bool) {
	old, repl := from.DocumentTitle.In(convLang), to.DocumentTitle.In(convLang)
	t := strings.TrimSpace(title)
	if old == "" || repl == "" || old == repl || len(t) < len(old) || !strings.EqualFold(t[:len(old)], old) {
		return title, false
	}
	rest := t[len(old):]
	if rest != "" && !strings.HasPrefix(rest, " ") {
		return title, false // a longer word ("Kotouttamisohjelmatyö")
	}
	return repl + rest, true
}

type converter struct {
	p        *Programme
	from, to *checklist.Template
	m        *checklist.Mapping
	conv     Conversion
}

const convLang = checklist.DefaultLanguage

func (c *converter) reason(id string) string { return c.m.NoHome[id].In(convLang) }

func (c *converter) lost(u Unplaced) { c.conv.Unplaced = append(c.conv.Unplaced, u) }

func (c *converter) itemLabel(id string) string {
	if it, ok := c.from.Item(id); ok {
		return it.Label(convLang)
	}
	return id
}

func (c *converter) items() {
	out := map[string]*ItemState{}
	for _, id := range sortedKeys(c.p.Items) {
		st := c.p.Items[id]
		if to, ok := c.m.Item(id); ok {
			out[to] = st
			continue
		}
		if st.Done || strings.TrimSpace(st.Note) != "" {
			text := st.Note
			if st.Done {
				text = strings.TrimSpace("[x] " + text)
			}
			c.lost(Unplaced{Kind: UnplacedItem, OldID: id, Label: c.itemLabel(id), Text: text, Reason: c.reason(id)})
		}
	}
	c.p.Items = out
}

func (c *converter) answers() {
	out := map[string]string{}
	for _, id := range sortedKeys(c.p.Situation.Answers) {
		a := c.p.Situation.Answers[id]
		if to, ok := c.m.Item(id); ok {
			out[to] = a
			continue
		}
		if strings.TrimSpace(a) != "" {
			c.lost(Unplaced{Kind: UnplacedAnswer, OldID: id, Label: c.itemLabel(id), Text: a, Reason: c.reason(id)})
		}
	}
	c.p.Situation.Answers = out
}

// sections maps each element's section; one the new template lacks stays in
// the document as an extra section under its old heading, so its draft,
// blocks and comments remain. The new template's missing elements are added
// after the element before them.
func (c *converter) sections() {
	d := &c.p.Document
	for i := range d.Sections {
		s := &d.Sections[i]
		if s.ElementID == "" {
			continue
		}
		if to, ok := c.m.Item(s.ElementID); ok {
			s.ElementID = to
			continue
		}
		old := s.ElementID
		title := s.Heading(c.from, convLang)
		s.ElementID = ""
		s.Title = UnplacedPrefix + title
		if s.NotApplicable {
			// Extra sections cannot be "not applicable": keep the reason
			// in the text instead.
			s.Draft = strings.TrimSpace(s.Draft + "\n\n*" + s.Reason + "*")
			s.NotApplicable, s.Reason = false, ""
		}
		c.lost(Unplaced{Kind: UnplacedSection, OldID: old, Label: title, Text: firstWords(s.Draft, 40), Reason: c.reason(old), Ref: s.ID})
	}
	prev := ""
	for _, el := range c.to.ItemsOf(checklist.KindElement) {
		if d.ElementSection(el.ID) == nil {
			at := len(d.Sections)
			if prev != "" {
				at = d.Index(d.ElementSection(prev).ID) + 1
			}
			d.Sections = slices.Insert(d.Sections, at, Section{ID: NewID(), ElementID: el.ID})
		}
		prev = el.ID
	}
}

func goalName(g Goal) string {
	if t := strings.TrimSpace(g.Title); t != "" {
		return t
	}
	return g.ID
}

func (c *converter) goals() {
	for i := range c.p.Goals {
		g := &c.p.Goals[i]
		if g.Theme != "" {
			if to, ok := c.m.Option(g.Theme); ok {
				g.Theme = to
			} else {
				label := optionLabel(c.from.Catalogues.Themes, g.Theme)
				c.lost(Unplaced{Kind: UnplacedTheme, OldID: g.Theme, Label: label, Where: goalName(*g), Reason: c.reason(g.Theme), Ref: g.ID})
				g.Theme, g.CustomTheme = "", label
			}
		}
		var kept []string
		for _, s := range g.Strategies {
			if to, ok := c.m.Option(s); ok {
				if !slices.Contains(kept, to) {
					kept = append(kept, to)
				}
				continue
			}
			c.lost(Unplaced{Kind: UnplacedStrategy, OldID: s, Label: optionLabel(c.from.Catalogues.Strategies, s), Where: goalName(*g), Reason: c.reason(s), Ref: g.ID})
		}
		g.Strategies = kept
	}
}

func (c *converter) members() {
	for i := range c.p.Cooperation.Members {
		mb := &c.p.Cooperation.Members[i]
		if mb.Sector == "" {
			continue
		}
		if to, ok := c.m.Option(mb.Sector); ok {
			mb.Sector = to
			continue
		}
		c.lost(Unplaced{Kind: UnplacedSector, OldID: mb.Sector, Label: optionLabel(c.from.Catalogues.Sectors, mb.Sector), Where: mb.Label(), Reason: c.reason(mb.Sector), Ref: mb.ID})
		mb.Sector = "other"
	}
}

func (c *converter) indicators() {
	for i := range c.p.Monitoring.Indicators {
		ind := &c.p.Monitoring.Indicators[i]
		if ind.CatalogueID == "" {
			continue
		}
		if to, ok := c.m.Item(ind.CatalogueID); ok {
			ind.CatalogueID = to
			continue
		}
		c.lost(Unplaced{Kind: UnplacedIndicator, OldID: ind.CatalogueID, Label: c.itemLabel(ind.CatalogueID), Where: ind.Name, Reason: c.reason(ind.CatalogueID), Ref: ind.ID})
		ind.CatalogueID = ""
	}
}

func (c *converter) audiences() {
	for i := range c.p.Communication.Rows {
		r := &c.p.Communication.Rows[i]
		if r.Audience == "" {
			continue
		}
		if to, ok := c.m.Option(r.Audience); ok {
			r.Audience = to
			continue
		}
		label := optionLabel(c.from.Catalogues.Audiences, r.Audience)
		c.lost(Unplaced{Kind: UnplacedAudience, OldID: r.Audience, Label: label, Where: r.Message, Reason: c.reason(r.Audience), Ref: r.ID})
		r.Audience, r.CustomAudience = "", label
	}
}

func optionLabel(cat checklist.Catalogue, id string) string {
	if o, ok := cat.Option(id); ok {
		return o.Label.In(convLang)
	}
	return id
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + " …"
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// ErrNoConversion means there is no way from the programme's template to
// the one asked for, e.g. because it already follows it.
var ErrNoConversion = errors.New("no conversion between these templates")

// ReasonBeforeConvert marks the snapshot taken before a conversion.
const ReasonBeforeConvert SnapshotReason = "before-convert"

// Convert moves stored programme id to template to: it takes a snapshot of
// the stored state first, then saves the converted programme. Callers
// editing through a Session flush it first and reopen the programme after.
func (s *Store) Convert(id string, to *checklist.Template) (*Programme, error) {
	p, err := s.Load(id)
	if err != nil {
		return nil, err
	}
	q, err := Convert(p, to)
	if err != nil {
		return nil, err
	}
	info, err := s.TakeSnapshot(id, "", ReasonBeforeConvert)
	if err != nil {
		return nil, err
	}
	q.Conversion.Snapshot = info.Key
	if err := s.Save(q); err != nil {
		return nil, fmt.Errorf("convert programme %s: %w", id, err)
	}
	return q, nil
}
