package programme

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"fi.kotoutus/kotoutus/checklist"
)

// Document is step 5: the programme document's sections in order, and how
// the exported document is laid out.
type Document struct {
	Sections []Section `json:"sections,omitempty"`
	Layout   Layout    `json:"layout"`
	// Logo is the municipality's logo or crest on the title page, or nil
	// (logo.go).
	Logo *Logo `json:"logo,omitempty"`
}

// Layout holds the user's choices for the exported document. The zero
// value is the council convention: numbered headings, unwritten sections
// left out, each table printed once.
type Layout struct {
	// Unnumbered turns off the heading numbers (1, 1.1).
	Unnumbered bool `json:"unnumbered,omitempty"`
	// ListOpen lists the sections still unwritten on a page "Vielä
	// kesken" at the end of a draft instead of leaving them out silently.
	ListOpen bool `json:"listOpen,omitempty"`
	// RepeatTables prints the cooperation group and the hearings in the
	// appendix on the preparation process even when a section shows them.
	RepeatTables bool `json:"repeatTables,omitempty"`
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
	// BlockSituation is the situation picture of step 3 in words: the
	// answers to the guiding questions, strengths, challenges and missing
	// services.
	BlockSituation Block = "situation"
	// BlockMonitoringPlan is the monitoring plan of step 6: who follows
	// the programme, to whom it is reported, how often, when it is updated.
	BlockMonitoringPlan Block = "monitoringPlan"
	// BlockSummary is a summary assembled from the goals, their measures
	// and the indicators, for the summary element.
	BlockSummary Block = "summary"
)

// Blocks lists every block in display order.
var Blocks = []Block{BlockSummary, BlockGoals, BlockCooperation, BlockFigures, BlockSituation, BlockIndicators, BlockMonitoringPlan, BlockCommunication}

// ElementBlocks returns a template element's default content, the blocks
// a new section of it shows; unknown names are skipped.
func ElementBlocks(el checklist.Item) []Block {
	var out []Block
	for _, name := range el.Blocks {
		if b := Block(name); slices.Contains(Blocks, b) && !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	return out
}

// newElementSection returns a fresh section of element el with its
// default content.
func newElementSection(el checklist.Item) Section {
	return Section{ID: NewID(), ElementID: el.ID, Includes: ElementBlocks(el)}
}

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
	// Tr holds the row's texts in the further document languages
	// (translation.go).
	Tr Translations `json:"tr,omitempty"`
}

// IsExtra tells whether the section is the user's own rather than one of the
// template's content elements. Only extra sections can be deleted.
func (s *Section) IsExtra() bool { return s.ElementID == "" }

// Heading returns the section's title as the document shows it: the user's
// title if set, else the template element's title in language l.
func (s *Section) Heading(tpl *checklist.Template, l string) string {
	if t := strings.TrimSpace(s.Title); t != "" {
		return t
	}
	if tpl != nil && s.ElementID != "" {
		if el, ok := tpl.Item(s.ElementID); ok {
			return el.Label(l)
		}
	}
	return ""
}

// Shows tells whether the section includes block b.
func (s *Section) Shows(b Block) bool { return slices.Contains(s.Includes, b) }

// Words returns the number of words in the section's draft. A section marked
// not applicable counts its reason instead, which is what the document prints.
func (s *Section) Words() int {
	if s.NotApplicable {
		return WordCount(s.Reason)
	}
	return WordCount(s.Draft)
}

// Words returns the number of words in all drafts of the document.
func (d *Document) Words() int {
	n := 0
	for i := range d.Sections {
		n += d.Sections[i].Words()
	}
	return n
}

// WordCount counts the words of a Markdown text the way a reader would:
// runs of characters separated by white space that contain at least one
// letter or digit, so list bullets, table rules and heading marks do not
// count.
func WordCount(text string) int {
	n, inWord, hasLetter := 0, false, false
	for _, r := range text {
		if unicode.IsSpace(r) {
			if inWord && hasLetter {
				n++
			}
			inWord, hasLetter = false, false
			continue
		}
		inWord = true
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			hasLetter = true
		}
	}
	if inWord && hasLetter {
		n++
	}
	return n
}

// Index returns the position of the section with the given ID, or -1.
func (d *Document) Index(id string) int {
	return slices.IndexFunc(d.Sections, func(s Section) bool { return s.ID == id })
}

// Section returns the section with the given ID, or nil. The pointer is
// valid until sections are added, moved or deleted.
func (d *Document) Section(id string) *Section {
	if i := d.Index(id); i >= 0 {
		return &d.Sections[i]
	}
	return nil
}

// ElementSection returns the section of template element elementID, or nil.
func (d *Document) ElementSection(elementID string) *Section {
	for i := range d.Sections {
		if d.Sections[i].ElementID == elementID {
			return &d.Sections[i]
		}
	}
	return nil
}

// AddSection inserts a new extra section titled title at position at
// (clamped to the list; -1 appends) and returns its ID.
func (d *Document) AddSection(title string, at int) string {
	s := Section{ID: NewID(), Title: strings.TrimSpace(title)}
	if at < 0 || at > len(d.Sections) {
		at = len(d.Sections)
	}
	d.Sections = slices.Insert(d.Sections, at, s)
	return s.ID
}

// MoveSection moves the section with the given ID by delta places (negative
// is towards the start) and tells whether it moved; moves past either end are
// clamped.
func (d *Document) MoveSection(id string, delta int) bool {
	from := d.Index(id)
	if from < 0 {
		return false
	}
	to := min(max(from+delta, 0), len(d.Sections)-1)
	if to == from {
		return false
	}
	s := d.Sections[from]
	d.Sections = slices.Delete(d.Sections, from, from+1)
	d.Sections = slices.Insert(d.Sections, to, s)
	return true
}

// DeleteSection removes an extra section. The template's elements stay in
// the document (mark them not applicable instead), so deleting one is an
// error.
func (d *Document) DeleteSection(id string) error {
	i := d.Index(id)
	switch {
	case i < 0:
		return fmt.Errorf("delete section %s: %w", id, ErrNoSection)
	case !d.Sections[i].IsExtra():
		return fmt.Errorf("delete section %s: %w", id, ErrElementSection)
	}
	d.Sections = slices.Delete(d.Sections, i, i+1)
	return nil
}

// RenameSection sets a section's title. An element section given an empty
// title shows the template's title again.
func (d *Document) RenameSection(id, title string) error {
	s := d.Section(id)
	if s == nil {
		return fmt.Errorf("rename section %s: %w", id, ErrNoSection)
	}
	s.Title = strings.TrimSpace(title)
	return nil
}

// SetNotApplicable marks a template element as left out of the programme
// (or back in). The reason is kept either way so that unticking and ticking
// again does not lose it, and the draft is kept too.
func (d *Document) SetNotApplicable(id string, notApplicable bool, reason string) error {
	s := d.Section(id)
	if s == nil {
		return fmt.Errorf("mark section %s: %w", id, ErrNoSection)
	}
	if notApplicable && s.IsExtra() {
		return fmt.Errorf("mark section %s: %w", id, ErrExtraNotApplicable)
	}
	s.NotApplicable = notApplicable
	s.Reason = reason
	return nil
}

// SetIncludes sets the blocks a section shows, in the given order (the
// user may reorder them). Unknown and repeated blocks are dropped.
func (d *Document) SetIncludes(id string, blocks []Block) error {
	s := d.Section(id)
	if s == nil {
		return fmt.Errorf("set includes of section %s: %w", id, ErrNoSection)
	}
	var out []Block
	for _, b := range blocks {
		if slices.Contains(Blocks, b) && !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	s.Includes = out
	return nil
}

// MoveInclude moves block b of a section delta places among its blocks
// and tells whether it moved.
func (d *Document) MoveInclude(id string, b Block, delta int) bool {
	s := d.Section(id)
	if s == nil {
		return false
	}
	return shiftRow(s.Includes, slices.Index(s.Includes, b), delta)
}

// EnsureElements adds a section, with its default content, for every
// content element of tpl that the document lacks (a programme made with an
// older template revision), after the section of the element before it in
// the template, and returns how many it added.
func (d *Document) EnsureElements(tpl *checklist.Template) int {
	n := 0
	at := 0 // where the next missing element goes
	for _, el := range tpl.ItemsOf(checklist.KindElement) {
		if i := slices.IndexFunc(d.Sections, func(s Section) bool { return s.ElementID == el.ID }); i >= 0 {
			at = i + 1
			continue
		}
		d.Sections = slices.Insert(d.Sections, at, newElementSection(el))
		at++
		n++
	}
	return n
}

// addDefaultBlocks gives every element section the default content of its
// element that it does not show yet. The migration to schema 2 calls it
// once, when the blocks became defaults, so nothing the user turned off
// later comes back.
func (d *Document) addDefaultBlocks(tpl *checklist.Template) {
	for i := range d.Sections {
		s := &d.Sections[i]
		if s.ElementID == "" {
			continue
		}
		el, ok := tpl.Item(s.ElementID)
		if !ok {
			continue
		}
		for _, b := range ElementBlocks(el) {
			if !slices.Contains(s.Includes, b) {
				s.Includes = append(s.Includes, b)
			}
		}
	}
}

// ErrNoSection means no section of the document has the given ID, usually
// because it was deleted in the meantime.
var ErrNoSection = errors.New("no such section")

// ErrElementSection means an operation meant for extra sections was tried on
// one of the template's content elements.
var ErrElementSection = errors.New("section is a content element of the template")

// ErrExtraNotApplicable means an extra section was marked not applicable;
// the user deletes it instead.
var ErrExtraNotApplicable = errors.New("only content elements can be marked not applicable")
