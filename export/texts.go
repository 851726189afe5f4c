package export

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"fi.kotoutus/kotoutus/assets"
)

// fallbackLanguage is the language whose strings are complete; every other
// language falls back to it key by key.
const fallbackLanguage = "fi"

// texts are the document strings of one language.
type texts struct {
	lang    string
	strings map[string]string
}

var (
	textsMu    sync.Mutex
	textsCache = map[string]*texts{}
)

// loadTexts returns the document strings of lang, merged over Finnish.
func loadTexts(lang string) (*texts, error) {
	if lang == "" {
		lang = fallbackLanguage
	}
	textsMu.Lock()
	defer textsMu.Unlock()
	if t, ok := textsCache[lang]; ok {
		return t, nil
	}
	base, err := readTexts(fallbackLanguage)
	if err != nil {
		return nil, err
	}
	t := &texts{lang: fallbackLanguage, strings: base}
	if lang != fallbackLanguage {
		own, err := readTexts(lang)
		switch {
		case err == nil:
			merged := make(map[string]string, len(base))
			for k, v := range base {
				merged[k] = v
			}
			for k, v := range own {
				merged[k] = v
			}
			t = &texts{lang: lang, strings: merged}
		case !isNotExist(err):
			return nil, err
		}
	}
	textsCache[lang] = t
	return t, nil
}

func isNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }

func readTexts(lang string) (map[string]string, error) {
	name := assets.DocTextsDir + "/" + lang + ".json"
	data, err := fs.ReadFile(assets.DocTexts, name)
	if err != nil {
		return nil, fmt.Errorf("document texts %s: %w", lang, err)
	}
	var m map[string]string
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("document texts %s: %w", lang, err)
	}
	return m, nil
}

// get returns the string for key with {name} placeholders filled from
// pairs (name, value, name, value …). A missing key returns the key itself,
// which tests catch, rather than an empty heading in a council document.
func (t *texts) get(key string, pairs ...string) string {
	s, ok := t.strings[key]
	if !ok {
		return key
	}
	if len(pairs) == 0 {
		return s
	}
	old := make([]string, 0, len(pairs))
	for i := 0; i+1 < len(pairs); i += 2 {
		old = append(old, "{"+pairs[i]+"}", pairs[i+1])
	}
	return strings.NewReplacer(old...).Replace(s)
}

// has tells whether key exists.
func (t *texts) has(key string) bool {
	_, ok := t.strings[key]
	return ok
}
