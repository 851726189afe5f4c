package checklist

import (
	"embed"
	"encoding/json"
	"fmt"
	"sort"
	"sync"
	"time"
)

//go:embed templates/*.json
var templateFS embed.FS

// DefaultID is the template of the repealed Act 1386/2010: the one a
// programme without a template, and every existing programme, keeps.
const DefaultID = "kotouttamisohjelma"

// PlanningID is the template of the planning duty of Act 681/2023 §45, in
// force since 1 January 2025.
const PlanningID = "kotoutumisen-edistaminen-2025"

// PlanningFromYear is the first period start year for which new programmes
// get the PlanningID template.
const PlanningFromYear = 2025

// IDForPeriod returns the template a new programme starting in startYear gets
// by default: the 2025 planning template from 2025 on, the old one before.
func IDForPeriod(startYear int) string {
	if startYear >= PlanningFromYear {
		return PlanningID
	}
	return DefaultID
}

// Law names the Act a template follows and what is known to be changing.
type Law struct {
	// Act is the Act and section, e.g. "Laki kotoutumisen edistämisestä
	// (681/2023), 45 §".
	Act Text   `json:"act"`
	URL string `json:"url"`
	// InForce is the date the Act took effect (YYYY-MM-DD).
	InForce string `json:"inForce,omitempty"`
	// Pending tells of a known coming amendment; PendingSource is where
	// that was read.
	Pending       Text   `json:"pending,omitempty"`
	PendingSource string `json:"pendingSource,omitempty"`
}

// Source names the public page a template's guidance is drawn from.
type Source struct {
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	URL       string `json:"url"`
	// Translations are the publisher's own pages in other languages, by
	// language code, with their titles as published. A language without
	// one cites the Finnish page.
	Translations map[string]SourcePage `json:"translations,omitempty"`
}

// SourcePage is the title and address of one language version of a source.
type SourcePage struct {
	Title string `json:"title"`
	URL   string `json:"url"`
}

// In returns the title and address to cite for a reader of lang: the
// publisher's page in that language when there is one, else the Finnish.
func (s Source) In(lang string) (title, url string) {
	if p, ok := s.Translations[lang]; ok && p.Title != "" && p.URL != "" {
		return p.Title, p.URL
	}
	return s.Title, s.URL
}

// AboutPoint is one point of the checklist's closing guidance.
type AboutPoint struct {
	ID    string `json:"id"`
	Title Text   `json:"title"`
	Text  Text   `json:"text"`
}

// About is the closing guidance on what a programme is and is not.
type About struct {
	Title Text `json:"title"`
	// Derived, when set, says the guidance is not the official text's own
	// and where it comes from.
	Derived Text         `json:"derived,omitempty"`
	Points  []AboutPoint `json:"points"`
}

// Template is one version of the official guidance.
type Template struct {
	ID            string `json:"id"`
	Revision      int    `json:"revision"`
	Name          Text   `json:"name"`
	DocumentTitle Text   `json:"documentTitle"`
	Source        Source `json:"source"`
	Law           Law    `json:"law"`
	// Checked is the date (YYYY-MM-DD) the texts were last compared with
	// the official pages; an update of the guidance or the Act is a change
	// of this data, not of code.
	Checked    string     `json:"checked"`
	Steps      []Step     `json:"steps"`
	About      About      `json:"about"`
	Catalogues Catalogues `json:"catalogues"`

	items map[string]Item
}

// CheckedDate returns the date the texts were last checked.
func (t *Template) CheckedDate() time.Time {
	d, _ := time.Parse(time.DateOnly, t.Checked)
	return d
}

// Step returns the step with the given ID.
func (t *Template) Step(id string) (Step, bool) {
	for _, s := range t.Steps {
		if s.ID == id {
			return s, true
		}
	}
	return Step{}, false
}

// Item returns the item with the given ID from any step.
func (t *Template) Item(id string) (Item, bool) {
	it, ok := t.items[id]
	return it, ok
}

// ItemsOf returns the items of kind k from every step, in order.
func (t *Template) ItemsOf(k Kind) []Item {
	var out []Item
	for _, s := range t.Steps {
		out = append(out, s.ItemsOf(k)...)
	}
	return out
}

// Parse decodes and checks a template.
func Parse(data []byte) (*Template, error) {
	var t Template
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, fmt.Errorf("decode template: %w", err)
	}
	if err := t.check(); err != nil {
		return nil, fmt.Errorf("template %q: %w", t.ID, err)
	}
	return &t, nil
}

// check enforces what the rest of the app relies on: unique IDs, texts in the
// default language, and references that resolve.
func (t *Template) check() error {
	if t.ID == "" {
		return fmt.Errorf("no id")
	}
	if len(t.Steps) > 0 {
		if t.Law.Act.String() == "" || t.Source.URL == "" {
			return fmt.Errorf("no act or checklist address")
		}
		if _, err := time.Parse(time.DateOnly, t.Checked); err != nil {
			return fmt.Errorf("checked date %q: %w", t.Checked, err)
		}
	}
	t.items = map[string]Item{}
	steps := map[string]bool{}
	for i, s := range t.Steps {
		if s.ID == "" || steps[s.ID] {
			return fmt.Errorf("step %d: empty or repeated id %q", i+1, s.ID)
		}
		steps[s.ID] = true
		if s.Number != i+1 {
			return fmt.Errorf("step %s: number %d, want %d", s.ID, s.Number, i+1)
		}
		if s.Title.String() == "" || s.Guidance.String() == "" {
			return fmt.Errorf("step %s: title or guidance missing in %s", s.ID, DefaultLanguage)
		}
		if s.Source != "" && s.Source != t.Source.URL && s.SourceTitle.String() == "" {
			return fmt.Errorf("step %s: source %s has no title", s.ID, s.Source)
		}
		for _, it := range s.Items {
			if it.ID == "" {
				return fmt.Errorf("step %s: item without id", s.ID)
			}
			if _, dup := t.items[it.ID]; dup {
				return fmt.Errorf("repeated item id %q", it.ID)
			}
			if it.Text.String() == "" {
				return fmt.Errorf("item %s: no text in %s", it.ID, DefaultLanguage)
			}
			t.items[it.ID] = it
		}
	}
	for _, it := range t.items {
		for _, src := range it.Sources {
			if s, ok := t.items[src]; !ok || s.Kind != KindIndicatorSource {
				return fmt.Errorf("item %s: source %q is not an indicator source", it.ID, src)
			}
		}
	}
	return nil
}

var (
	loadOnce  sync.Once
	templates map[string]*Template
	loadErr   error
)

func loadAll() {
	templates = map[string]*Template{}
	entries, err := templateFS.ReadDir("templates")
	if err != nil {
		loadErr = err
		return
	}
	for _, e := range entries {
		data, err := templateFS.ReadFile("templates/" + e.Name())
		if err != nil {
			loadErr = err
			return
		}
		t, err := Parse(data)
		if err != nil {
			loadErr = fmt.Errorf("%s: %w", e.Name(), err)
			return
		}
		templates[t.ID] = t
	}
}

// Get returns the embedded template with the given ID.
func Get(id string) (*Template, error) {
	loadOnce.Do(loadAll)
	if loadErr != nil {
		return nil, loadErr
	}
	t, ok := templates[id]
	if !ok {
		return nil, fmt.Errorf("unknown template %q", id)
	}
	return t, nil
}

// Default returns the default template. The embedded data is checked by the
// package's tests, so a failure here is a build defect and panics.
func Default() *Template {
	t, err := Get(DefaultID)
	if err != nil {
		panic(err)
	}
	return t
}

// IDs lists the embedded templates' IDs in order.
func IDs() []string {
	loadOnce.Do(loadAll)
	ids := make([]string, 0, len(templates))
	for id := range templates {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}
