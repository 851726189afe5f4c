package programme

import (
	"strings"
	"sync"
)

// sectionText is what the document rules read from a section's text: its
// words (the reason's for a section marked not applicable) and, in its
// draft, the words about services and about change.
type sectionText struct {
	words, services, change int
}

// textMemo remembers what was read from each section's text, by section
// ID, so that the rules read again only the section being typed in: a step
// page asks for its findings on every keystroke, and a long programme has
// tens of thousands of words (BenchmarkCheckStep).
var textMemo = struct {
	sync.Mutex
	m map[string]textMemoEntry
}{m: map[string]textMemoEntry{}}

// maxTextMemo bounds the memo: a large programme has a few dozen sections.
const maxTextMemo = 4096

type textMemoEntry struct {
	na    bool
	text  string
	stats sectionText
}

// readSection returns what the rules read from s's text.
func readSection(s *Section) sectionText {
	text := s.Draft
	if s.NotApplicable {
		text = s.Reason
	}
	textMemo.Lock()
	e, ok := textMemo.m[s.ID]
	textMemo.Unlock()
	if ok && e.na == s.NotApplicable && e.text == text {
		return e.stats
	}
	st := sectionText{words: WordCount(text)}
	if !s.NotApplicable {
		st.services, st.change = serviceWords(text)
	}
	textMemo.Lock()
	if len(textMemo.m) >= maxTextMemo {
		// Programmes opened one after another leave their sections
		// behind; start afresh rather than keep their texts alive.
		clear(textMemo.m)
	}
	textMemo.m[s.ID] = textMemoEntry{na: s.NotApplicable, text: text, stats: st}
	textMemo.Unlock()
	return st
}

// serviceWords counts a draft's words about services (any word containing
// "palvelu", so compounds count) and about change (changeWords).
func serviceWords(draft string) (services, change int) {
	words := strings.FieldsFunc(strings.ToLower(draft), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == 'ä' || r == 'ö' || r == 'å' || r == '-')
	})
	for _, w := range words {
		if strings.Contains(w, "palvelu") {
			services++
		}
		if hasStem(w, changeWords) {
			change++
		}
	}
	return services, change
}
