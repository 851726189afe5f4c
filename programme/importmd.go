package programme

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"golang.org/x/text/unicode/norm"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/mdtext"
)

// Limits on an imported file. A municipality's whole programme is a few
// hundred kilobytes of text; anything far beyond that is the wrong file, and
// refusing it early keeps a hostile file from stalling the app.
const (
	MaxImportBytes    = 2 << 20
	MaxImportSections = 200
	MaxImportDepth    = 32
)

// Errors of PlanImport. Each means the file was refused and nothing changed.
var (
	// ErrImportTooLarge means the file exceeds MaxImportBytes.
	ErrImportTooLarge = errors.New("file is too large to be a programme document")
	// ErrImportBinary means the file is not text (an image, a .docx …).
	ErrImportBinary = errors.New("file is not a text file")
	// ErrImportEncoding means the text is not UTF-8 (e.g. Latin-1 or UTF-16).
	ErrImportEncoding = errors.New("file is not UTF-8 text")
	// ErrImportEmpty means the file holds no text.
	ErrImportEmpty = errors.New("file is empty")
	// ErrImportTooDeep means lists or quotes nest deeper than MaxImportDepth.
	ErrImportTooDeep = errors.New("file nests lists or quotes too deeply")
	// ErrImportTooManySections means the file has more than MaxImportSections headings.
	ErrImportTooManySections = errors.New("file has too many headings")
)

// MatchKind tells how an imported part found its place in the document.
type MatchKind string

// The ways an imported part is placed.
const (
	// MatchExact: the heading is a content element's title, ignoring case,
	// punctuation, numbering and diacritics.
	MatchExact MatchKind = "exact"
	// MatchSimilar: the heading shares most of its words with an element's title.
	MatchSimilar MatchKind = "similar"
	// MatchExisting: the heading is the title of an extra section the document already has.
	MatchExisting MatchKind = "existing"
	// MatchNew: the part becomes a new extra section.
	MatchNew MatchKind = "new"
)

// ImportEntry is one part of an imported file and where it would go.
type ImportEntry struct {
	// Heading is the heading as the file has it, as plain text; empty for
	// the text before the first heading.
	Heading string
	// Line is the heading's line in the file (1-based; 1 for leading text);
	// 0 for a Word file, which has no lines to point to.
	Line int
	// Draft is the Markdown under the heading, nested headings included.
	Draft string
	Match MatchKind
	// SectionID is the existing section that receives the draft; empty when
	// a new extra section is made.
	SectionID string
	// ElementID is the content element matched, if any.
	ElementID string
	// Title is the section's title in the document: the element's title, or
	// the new section's title.
	Title string
	// Replaces tells that the section already has a different, non-empty
	// draft that would be overwritten.
	Replaces bool
	// Skip leaves the part out when the plan is applied. Parts with no text
	// that would land on an existing section start skipped, so an empty
	// heading never wipes a draft.
	Skip bool
}

// Words returns the number of words of the imported draft.
func (e *ImportEntry) Words() int { return WordCount(e.Draft) }

// ImportPlan is what an import would do, for the user to review before
// anything changes.
type ImportPlan struct {
	Entries []ImportEntry
	// Level is the heading level the file was divided at; 0 when it has none.
	Level int
	// DocumentTitle is a lone top heading over the dividing ones, taken to
	// be the file's title and left out; text under it becomes the
	// introduction.
	DocumentTitle string
}

// Replacing returns how many applied entries would overwrite a draft.
func (pl *ImportPlan) Replacing() int {
	n := 0
	for _, e := range pl.Entries {
		if e.Replaces && !e.Skip {
			n++
		}
	}
	return n
}

// ImportOptions tune PlanImport.
type ImportOptions struct {
	// Language picks the element titles to match against.
	Language string
	// PreambleTitle names the section made of text before the first heading.
	PreambleTitle string
}

// PlanImport reads a Markdown document and plans where its parts go:
// headings that name one of the template's content elements fill that
// element's section, the rest become extra sections. Nothing changes until
// the plan is applied. A file that is not sensible text is refused with one
// of the ErrImport… errors.
//
// A Word document (.docx, recognised by its first bytes) is converted to
// Markdown first (DOCXMarkdown), so both kinds of file share the plan and
// its review; a file that is not a sound .docx is refused with one of the
// ErrDOCX… errors.
func PlanImport(p *Programme, tpl *checklist.Template, src []byte, opt ImportOptions) (*ImportPlan, error) {
	word := IsDOCX(src)
	if word {
		md, err := DOCXMarkdown(src)
		if err != nil {
			return nil, err
		}
		src = []byte(md)
	}
	src, err := checkImport(src)
	if err != nil {
		return nil, err
	}
	doc := mdtext.Parse(src)
	if depth(doc) > MaxImportDepth {
		return nil, fmt.Errorf("import: %w (more than %d levels)", ErrImportTooDeep, MaxImportDepth)
	}
	heads := topHeadings(doc, src)
	if len(heads) > MaxImportSections {
		return nil, fmt.Errorf("import: %w (%d, at most %d)", ErrImportTooManySections, len(heads), MaxImportSections)
	}
	targets := importTargets(p, tpl, opt.Language)
	level := chooseLevel(heads, targets)
	plan := &ImportPlan{Level: level}

	var splits []heading
	for _, h := range heads {
		if h.level <= level {
			splits = append(splits, h)
		}
	}
	// The text before the first dividing heading.
	end := len(src)
	if len(splits) > 0 {
		end = splits[0].start
	}
	if pre := cleanDraft(src[:end]); pre != "" {
		plan.Entries = append(plan.Entries, ImportEntry{Line: 1, Draft: pre, Title: opt.PreambleTitle})
	}
	for i, h := range splits {
		end := len(src)
		if i+1 < len(splits) {
			end = splits[i+1].start
		}
		body := cleanDraft(src[min(h.end, end):end])
		// A lone top heading over the dividing ones is the document's
		// title, not a section; the text under it is its introduction.
		if i == 0 && len(plan.Entries) == 0 && h.level < level && headingsAt(heads, h.level) == 1 {
			plan.DocumentTitle = h.text
			if body != "" {
				plan.Entries = append(plan.Entries, ImportEntry{Line: h.line, Draft: body, Title: opt.PreambleTitle})
			}
			continue
		}
		plan.Entries = append(plan.Entries, ImportEntry{Heading: h.text, Line: h.line, Draft: body, Title: h.text})
	}
	if len(plan.Entries) == 0 {
		return nil, fmt.Errorf("import: %w", ErrImportEmpty)
	}
	// Each part becomes one section's draft, so it meets the same limits
	// as a draft typed or pasted in the editor.
	for _, e := range plan.Entries {
		if err := checkDraft(e.Draft, fmt.Sprintf("import: section at line %d", e.Line)); err != nil {
			return nil, err
		}
	}
	plan.match(p, targets)
	if word {
		// The lines are the converted Markdown's, not the Word file's.
		for i := range plan.Entries {
			plan.Entries[i].Line = 0
		}
	}
	return plan, nil
}

// checkImport refuses what is not UTF-8 Markdown text and returns the text
// with a byte order mark removed and line ends made "\n".
func checkImport(src []byte) ([]byte, error) {
	if len(src) > MaxImportBytes {
		return nil, fmt.Errorf("import: %w (%d bytes, at most %d)", ErrImportTooLarge, len(src), MaxImportBytes)
	}
	if bytes.HasPrefix(src, []byte{0xFF, 0xFE}) || bytes.HasPrefix(src, []byte{0xFE, 0xFF}) {
		return nil, fmt.Errorf("import: %w (UTF-16)", ErrImportEncoding)
	}
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	control := 0
	for _, b := range src {
		if b == 0 {
			return nil, fmt.Errorf("import: %w", ErrImportBinary)
		}
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			control++
		}
	}
	if control > len(src)/100 {
		return nil, fmt.Errorf("import: %w", ErrImportBinary)
	}
	if !utf8.Valid(src) {
		return nil, fmt.Errorf("import: %w", ErrImportEncoding)
	}
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, fmt.Errorf("import: %w", ErrImportEmpty)
	}
	return src, nil
}

// depth returns how deeply the document's blocks nest, without recursion so
// that a hostile file cannot exhaust the stack while being measured.
func depth(doc ast.Node) int {
	deepest := 0
	type item struct {
		n ast.Node
		d int
	}
	stack := []item{{doc, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		deepest = max(deepest, it.d)
		if deepest > MaxImportDepth {
			return deepest
		}
		for c := it.n.FirstChild(); c != nil; c = c.NextSibling() {
			if c.Type() == ast.TypeBlock {
				stack = append(stack, item{c, it.d + 1})
			}
		}
	}
	return deepest
}

// heading is a top-level heading of the file with its place in the source.
type heading struct {
	level int
	text  string
	line  int
	// start is the offset where the heading's first line begins; end is
	// where the line after the heading begins.
	start, end int
}

// topHeadings lists the document's own headings; headings inside quotes or
// lists belong to those and never divide the file.
func topHeadings(doc ast.Node, src []byte) []heading {
	var out []heading
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.Heading)
		if !ok {
			continue
		}
		pos := h.Pos()
		if pos < 0 {
			if h.Lines().Len() == 0 {
				continue
			}
			pos = h.Lines().At(0).Start
		}
		start := bytes.LastIndexByte(src[:pos], '\n') + 1
		end := lineEnd(src, pos)
		if !bytes.HasPrefix(bytes.TrimLeft(src[start:], " \t"), []byte("#")) && h.Lines().Len() > 0 {
			// A setext heading: its text lines, then the underline.
			last := h.Lines().At(h.Lines().Len() - 1)
			end = lineEnd(src, lineEnd(src, max(last.Stop-1, last.Start)))
		}
		out = append(out, heading{
			level: h.Level,
			text:  strings.Join(strings.Fields(mdtext.Plain(h, src)), " "),
			line:  bytes.Count(src[:start], []byte("\n")) + 1,
			start: start,
			end:   end,
		})
	}
	return out
}

// headingsAt counts the headings of the given level.
func headingsAt(heads []heading, level int) int {
	n := 0
	for _, h := range heads {
		if h.level == level {
			n++
		}
	}
	return n
}

// lineEnd returns the offset just past the newline that ends the line
// holding offset i, or the end of src.
func lineEnd(src []byte, i int) int {
	if i >= len(src) {
		return len(src)
	}
	if j := bytes.IndexByte(src[i:], '\n'); j >= 0 {
		return i + j + 1
	}
	return len(src)
}

// cleanDraft drops the blank lines around a part and its trailing white
// space, keeping the first line's indentation (it may be a code block).
func cleanDraft(b []byte) string {
	s := strings.TrimRightFunc(string(b), unicode.IsSpace)
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 || strings.TrimSpace(s[:i]) != "" {
			break
		}
		s = s[i+1:]
	}
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return s
}

// target is a section a heading may land on.
type target struct {
	sectionID string
	elementID string
	title     string // the document's title of the section
	names     []string
	extra     bool
	draft     string
}

// importTargets lists every section a heading can be matched to, with the
// normalised names it answers to: an element by its template title and by
// the user's own title for it, an extra section by its title.
func importTargets(p *Programme, tpl *checklist.Template, l string) []target {
	var out []target
	seen := map[string]bool{}
	for i := range p.Document.Sections {
		s := &p.Document.Sections[i]
		t := target{sectionID: s.ID, elementID: s.ElementID, title: s.Heading(tpl, l), extra: s.IsExtra(), draft: s.Draft}
		if s.ElementID != "" {
			seen[s.ElementID] = true
			if el, ok := tpl.Item(s.ElementID); ok {
				t.names = append(t.names, normalizeTitle(el.Label(l)), normalizeTitle(el.Title.String()))
			}
		}
		if s.Title != "" {
			t.names = append(t.names, normalizeTitle(s.Title))
		}
		out = append(out, t)
	}
	// Elements the document lacks can still be matched; applying adds them.
	for _, el := range tpl.ItemsOf(checklist.KindElement) {
		if !seen[el.ID] {
			out = append(out, target{elementID: el.ID, title: el.Label(l), names: []string{normalizeTitle(el.Label(l)), normalizeTitle(el.Title.String())}})
		}
	}
	return out
}

// similarEnough is the least word overlap (Dice coefficient of word stems)
// for a heading to be matched to an element whose title it does not equal.
const similarEnough = 0.5

// score rates how well a heading names a target: 2 for an exact name; for
// an element's near match the word overlap in [0,1], or 0.9 when the
// heading begins with the title; 0 otherwise. Extra
// sections only match exactly: a loose match there would merge unrelated
// texts.
func (t *target) score(head string) float64 {
	if head == "" {
		return 0
	}
	best := 0.0
	for _, n := range t.names {
		if n == head {
			return 2
		}
		if !t.extra {
			if d := dice(stems(head), stems(n)); d >= similarEnough {
				best = max(best, d)
			}
			// A heading that starts with the whole title and goes on
			// ("Vastuutahot ja työnjako") names the same part.
			if n != "" && strings.HasPrefix(head, n+" ") {
				best = max(best, 0.9)
			}
		}
	}
	return best
}

// chooseLevel picks the heading level that divides the file into sections:
// the level whose headings (with the shallower ones) match most content
// elements; without matches, the shallowest level, or the one below a lone
// title heading.
func chooseLevel(heads []heading, targets []target) int {
	if len(heads) == 0 {
		return 0
	}
	var levels []int
	for _, h := range heads {
		if !slices.Contains(levels, h.level) {
			levels = append(levels, h.level)
		}
	}
	slices.Sort(levels)
	bestLevel, bestCount := 0, 0
	for _, l := range levels {
		// Count the elements matched, not the headings: a subheading that
		// resembles an element its section already names ("Seurannan
		// mittarit" under "Seuranta ja päivittäminen") must not pull the
		// division a level deeper.
		matched := map[int]bool{}
		for _, h := range heads {
			if h.level > l {
				continue
			}
			name := normalizeTitle(h.text)
			best, bestScore := -1, 0.0
			for i := range targets {
				if s := targets[i].score(name); !targets[i].extra && s > bestScore {
					best, bestScore = i, s
				}
			}
			if best >= 0 {
				matched[best] = true
			}
		}
		if n := len(matched); n > bestCount {
			bestLevel, bestCount = l, n
		}
	}
	if bestCount > 0 {
		return bestLevel
	}
	top := levels[0]
	if headingsAt(heads, top) == 1 && heads[0].level == top && len(levels) > 1 {
		return levels[1]
	}
	return top
}

// match places each entry: best matches first, each section taken once;
// what is left becomes a new extra section.
func (pl *ImportPlan) match(p *Programme, targets []target) {
	type pair struct {
		entry, target int
		score         float64
	}
	var pairs []pair
	for i := range pl.Entries {
		name := normalizeTitle(pl.Entries[i].Heading)
		if pl.Entries[i].Heading == "" {
			name = normalizeTitle(pl.Entries[i].Title)
		}
		for j := range targets {
			if s := targets[j].score(name); s > 0 {
				pairs = append(pairs, pair{i, j, s})
			}
		}
	}
	// Best matches first; at equal scores a part with a heading of its own
	// goes before the untitled text at the top, which only bears the
	// introduction's name by default.
	untitled := func(i int) bool { return pl.Entries[i].Heading == "" }
	sort.SliceStable(pairs, func(a, b int) bool {
		if pairs[a].score != pairs[b].score {
			return pairs[a].score > pairs[b].score
		}
		return !untitled(pairs[a].entry) && untitled(pairs[b].entry)
	})
	usedEntry := map[int]bool{}
	usedTarget := map[int]bool{}
	for _, pr := range pairs {
		if usedEntry[pr.entry] || usedTarget[pr.target] {
			continue
		}
		usedEntry[pr.entry], usedTarget[pr.target] = true, true
		e, t := &pl.Entries[pr.entry], &targets[pr.target]
		e.SectionID, e.ElementID, e.Title = t.sectionID, t.elementID, t.title
		switch {
		case t.extra:
			e.Match = MatchExisting
		case pr.score >= 2:
			e.Match = MatchExact
		default:
			e.Match = MatchSimilar
		}
		old := strings.TrimSpace(t.draft)
		e.Replaces = old != "" && old != strings.TrimSpace(e.Draft)
		if strings.TrimSpace(e.Draft) == "" && t.sectionID != "" {
			e.Skip = true
			e.Replaces = false
		}
	}
	for i := range pl.Entries {
		if !usedEntry[i] {
			pl.Entries[i].Match = MatchNew
		}
	}
}

// Apply carries out the plan on p: matched sections get the imported draft,
// the rest become extra sections. A new section goes after the section the
// file's previous part went to; parts before every matched part go first in
// the document and parts after all of them (appendices) go last. Skipped
// entries are left out. It returns how many sections it changed or added.
func (pl *ImportPlan) Apply(p *Programme) int {
	d := &p.Document
	lastMatched := -1
	for i, e := range pl.Entries {
		if !e.Skip && e.Match != MatchNew {
			lastMatched = i
		}
	}
	changed := 0
	anchor := "" // the section the previous entry went to
	front := 0   // where new sections go while no entry has landed yet
	for i, e := range pl.Entries {
		if e.Skip {
			continue
		}
		if i > lastMatched && lastMatched >= 0 && e.Match == MatchNew && len(d.Sections) > 0 {
			anchor = d.Sections[len(d.Sections)-1].ID
		}
		var s *Section
		if e.SectionID != "" {
			s = d.Section(e.SectionID)
		}
		if s == nil && e.ElementID != "" {
			if s = d.ElementSection(e.ElementID); s == nil {
				d.Sections = append(d.Sections, Section{ID: NewID(), ElementID: e.ElementID})
				s = &d.Sections[len(d.Sections)-1]
			}
		}
		if s == nil {
			at := front
			if anchor != "" {
				at = d.Index(anchor) + 1
			} else {
				front++
			}
			title := e.Title
			if title == "" {
				title = e.Heading
			}
			id := d.AddSection(title, at)
			s = d.Section(id)
		}
		s.Draft = e.Draft
		anchor = s.ID
		changed++
	}
	return changed
}

// normalizeTitle reduces a heading to what matching compares: lower case,
// without diacritics, numbering, punctuation or extra spaces, so that
// "3. VASTUUTAHOT:" and "Vastuutahot" are the same.
func normalizeTitle(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// a combining mark: ä is a plus one
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	words := strings.Fields(b.String())
	// Leading section numbers ("3", "3 1", "iv", "a") are not part of the title.
	for len(words) > 1 && isNumbering(words[0]) {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// isNumbering tells whether a word is a section number: digits, a roman
// numeral or a single letter.
func isNumbering(w string) bool {
	if strings.Trim(w, "0123456789") == "" {
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
	return strings.Trim(w, "ivxlc") == "" && len(w) <= 4
}

// stopWords carry no meaning of their own in a heading.
var stopWords = map[string]bool{"ja": true, "seka": true, "tai": true, "eli": true, "the": true, "and": true, "of": true, "och": true}

// stems reduces a normalised title to its words' first five letters, a crude
// but adequate stem for Finnish inflection ("vastuutahot", "vastuutahojen").
func stems(normalised string) []string {
	var out []string
	for _, w := range strings.Fields(normalised) {
		if stopWords[w] || utf8.RuneCountInString(w) < 3 {
			continue
		}
		if r := []rune(w); len(r) > 5 {
			w = string(r[:5])
		}
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// dice is the Dice coefficient of two stem sets.
func dice(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	common := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			common++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}
