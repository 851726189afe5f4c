package checklist

import (
	"embed"
	"encoding/json"
	"fmt"
	"sort"
	"sync"
)

//go:embed templates/*.json
var templateFS embed.FS

// DefaultID is the template new programmes use unless told otherwise.
const DefaultID = "kotouttamisohjelma"

// Source names the public page a template's guidance is drawn from.
type Source struct {
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	URL       string `json:"url"`
}

// AboutPoint is one point of the checklist's closing guidance.
type AboutPoint struct {
	ID    string `json:"id"`
	Title Text   `json:"title"`
	Text  Text   `json:"text"`
}

// About is the closing guidance on what a programme is and is not.
type About struct {
	Title  Text         `json:"title"`
	Points []AboutPoint `json:"points"`
}

// Template is one version of the official guidance.
type Template struct {
	ID            string     `json:"id"`
	Revision      int        `json:"revision"`
	Name          Text       `json:"name"`
	DocumentTitle Text       `json:"documentTitle"`
	Source        Source     `json:"source"`
	Steps         []Step     `json:"steps"`
	About         About      `json:"about"`
	Catalogues    Catalogues `json:"catalogues"`

	items map[string]Item
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
