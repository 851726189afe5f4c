package programme

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"fi.kotoutus/kotoutus/checklist"
)

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

// SetIncludes sets the blocks a section shows. Unknown and repeated blocks
// are dropped and the rest kept in the order of Blocks, so the stored list is
// the same whatever order the user ticked them in.
func (d *Document) SetIncludes(id string, blocks []Block) error {
	s := d.Section(id)
	if s == nil {
		return fmt.Errorf("set includes of section %s: %w", id, ErrNoSection)
	}
	var out []Block
	for _, b := range Blocks {
		if slices.Contains(blocks, b) {
			out = append(out, b)
		}
	}
	s.Includes = out
	return nil
}

// EnsureElements adds a section for every content element of tpl that the
// document lacks (a programme made with an older template revision), at the
// end, and returns how many it added.
func (d *Document) EnsureElements(tpl *checklist.Template) int {
	n := 0
	for _, el := range tpl.ItemsOf(checklist.KindElement) {
		if d.ElementSection(el.ID) == nil {
			d.Sections = append(d.Sections, Section{ID: NewID(), ElementID: el.ID})
			n++
		}
	}
	return n
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
