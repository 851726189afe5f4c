package programme

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Hit is one field of the programme whose text contains what Find looked
// for, with its place: the step, the row (in Comment.About's scheme) and the
// field within the row, and a snippet of the text around the first match.
type Hit struct {
	// Step is the ID of the step the text belongs to, "" for the programme
	// as a whole or the follow-up.
	Step string
	// Kind and RowID name the row the field is in ("measure", "<id>");
	// both are empty for a field in no row. Ref is the two as "kind:id".
	Kind  string
	RowID string
	Ref   string
	// About is, for a comment, the row the comment is about (its About).
	About string
	// Field is the field within its row, dot-separated ("title",
	// "lead.name"); Path is the whole path from the programme's root, as in
	// Change.Path ("goals/<id>/measures/<id>/title").
	Field string
	Path  string
	// Subject names the row for people: its title or name.
	Subject string
	// Snippet is the text around the first match on one line, with "…"
	// where it was cut; Snippet[MatchStart:MatchEnd] is the match.
	Snippet              string
	MatchStart, MatchEnd int
	// Count is how many times the text occurs in the field.
	Count int
}

// FindLimit is how many hits Find returns at most: a list longer than that
// is not read, and a short query on a large programme would otherwise
// build thousands of snippets per keystroke.
const FindLimit = 500

// findSkipped are fields (by JSON name) that hold no text the user typed:
// option IDs of the template's catalogues, language codes, references.
// Names ending in Id, Ids or Key are skipped too (findSkips).
var findSkipped = map[string]bool{
	"id": true, "about": true, "theme": true, "strategies": true, "sector": true,
	"audience": true, "languages": true, "host": true, "snapshot": true,
	// What a renewal or a conversion recorded about the programme's past,
	// not its content.
	"renewal": true, "conversion": true,
}

func findSkips(name string) bool {
	return findSkipped[name] || strings.HasSuffix(name, "Id") || strings.HasSuffix(name, "Ids") || strings.HasSuffix(name, "Key")
}

var (
	stringType  = reflect.TypeOf("")
	stringsType = reflect.TypeOf([]string(nil))
)

// Find lists the fields of p whose text contains query, ignoring case and
// accents but not the letters å, ä and ö, which are letters of their own in
// Finnish and Swedish ("ala" does not find "älä"); runs of white space match
// any white space. The hits come in the steps' order, the programme's own
// fields first, at most limit of them (FindLimit when limit ≤ 0); more tells
// whether there were others. A query of white space finds nothing.
func (p *Programme) Find(query string, limit int) (hits []Hit, more bool) {
	q := foldQuery(query)
	if len(q) == 0 || p == nil {
		return nil, false
	}
	if limit <= 0 {
		limit = FindLimit
	}
	f := &finder{q: q, limit: limit, keyAt: -1}
	t := reflect.TypeOf(Programme{})
	v := reflect.ValueOf(p).Elem()
	for _, fl := range fieldsOf(t) {
		if findSkips(fl.name) {
			continue
		}
		f.push(fl.name)
		step := f.step
		if isStepField(fl.name) {
			f.step = fl.name
		}
		f.walk(t.Field(fl.index).Type, v.Field(fl.index))
		f.step = step
		f.pop()
	}
	// The walk follows the struct's field order, which is not the steps'
	// (the document, step 5, is stored after monitoring): order by step.
	slices.SortStableFunc(f.hits, func(a, b Hit) int { return stepRank(a.Step) - stepRank(b.Step) })
	if len(f.hits) > limit {
		return f.hits[:limit], true
	}
	return f.hits, f.more
}

// stepRank orders hits: the programme as a whole, the steps, the rest.
func stepRank(step string) int {
	if step == "" {
		return 0
	}
	for i, s := range stepTable {
		if s.ID == step {
			return i + 1
		}
	}
	return len(stepTable) + 1
}

// finder is the walk of Find: where it is (the path as a stack, the row,
// the step) and what it found. It keeps its own stack rather than the
// compare walk's loc, which copies the path at every field.
type finder struct {
	q     []rune
	limit int
	hits  []Hit
	more  bool

	path    []string
	keyAt   int
	kind    string
	rowID   string
	about   string
	step    string
	subject string
}

func (f *finder) push(seg string) { f.path = append(f.path, seg) }
func (f *finder) pop()            { f.path = f.path[:len(f.path)-1] }

// full tells whether the walk has found enough: a hit past the limit is
// only counted as "more". The limit has a margin because the hits are
// sorted by step afterwards and a later step's hit may not be cut first.
func (f *finder) full() bool { return len(f.hits) > f.limit*4 }

func (f *finder) walk(t reflect.Type, v reflect.Value) {
	if f.full() {
		f.more = true
		return
	}
	switch shapeOf(t) {
	case shapeStruct:
		for _, fl := range fieldsOf(t) {
			if findSkips(fl.name) {
				continue
			}
			f.push(fl.name)
			f.walk(t.Field(fl.index).Type, v.Field(fl.index))
			f.pop()
		}
	case shapePtr:
		if !v.IsNil() {
			f.walk(t.Elem(), v.Elem())
		}
	case shapeMap:
		for _, k := range mapKeys(v) {
			f.inRow(k, reflect.Value{}, func() { f.walk(t.Elem(), mapGet(v, k)) })
		}
	case shapeRows:
		for i := 0; i < v.Len(); i++ {
			row := v.Index(i)
			f.inRow(rowID(row), row, func() { f.walk(t.Elem(), row) })
		}
	default:
		switch {
		case t == stringType:
			f.match(v.String(), "")
		case t == stringsType:
			for i := 0; i < v.Len(); i++ {
				f.match(v.Index(i).String(), strconv.Itoa(i))
			}
		case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct && !atomicTypes[t.Elem()]:
			// Rows without IDs (an indicator's measurements): by position.
			for i := 0; i < v.Len(); i++ {
				f.push(strconv.Itoa(i))
				f.walk(t.Elem(), v.Index(i))
				f.pop()
			}
		}
	}
}

// inRow walks fn inside the row (or map entry, row invalid) k of the list the walk is at,
// naming it as the compare walk does (loc.key), then restores the place.
func (f *finder) inRow(k string, row reflect.Value, fn func()) {
	coll := f.path[len(f.path)-1]
	saved := *f
	f.push(k)
	f.keyAt = len(f.path) - 1
	c, ok := collections[coll]
	if !ok {
		c.kind = strings.TrimSuffix(coll, "s")
	}
	f.kind, f.rowID, f.subject, f.about = c.kind, k, rowSubject(row), ""
	// The responsibility step names an expert's row apart from a contact's
	// (its editors keep them on two tabs), though both are contacts.
	if coll == "experts" {
		f.kind = "expert"
	}
	if c.keyStep != nil {
		f.step = c.keyStep(k)
	}
	if row.IsValid() && row.Type() == commentType {
		// A comment is found where the row it is about is.
		f.kind = "comment"
		f.about = row.FieldByName("About").String()
		f.step = stepOfRef(f.about)
	}
	fn()
	hits, more := f.hits, f.more
	path := f.path[:len(saved.path)]
	*f = saved
	f.hits, f.more, f.path = hits, more, path
}

// stepOfRef returns the step of a row in Comment.About's scheme, as
// Programme.StepOf does but without the template: an item's ID starts with
// its step's.
func stepOfRef(ref string) string {
	kind, id, _ := strings.Cut(ref, ":")
	switch kind {
	case "step":
		return id
	case "item":
		return itemStep(id)
	}
	if at, ok := rowKinds[kind]; ok {
		return at.step
	}
	return ""
}

// match records a hit when s contains the query; sub is the position of s
// in a list of strings, or "".
func (f *finder) match(s, sub string) {
	start, end, count := findFolded(s, f.q)
	if count == 0 {
		return
	}
	if sub != "" {
		f.push(sub)
		defer f.pop()
	}
	h := Hit{
		Step: f.step, Kind: f.kind, RowID: f.rowID, About: f.about, Subject: f.subject,
		Path: strings.Join(f.path, "/"), Field: strings.Join(f.path[f.keyAt+1:], "."), Count: count,
	}
	if f.kind != "" {
		h.Ref = f.kind + ":" + f.rowID
	}
	h.Snippet, h.MatchStart, h.MatchEnd = snippet(s, start, end)
	f.hits = append(f.hits, h)
}

// nordic are the letters folding keeps: in Finnish and Swedish å, ä and ö
// are letters of their own, not accented a and o (and æ, ø their Danish and
// Norwegian spellings).
var nordic = map[rune]bool{'å': true, 'ä': true, 'ö': true, 'æ': true, 'ø': true}

// foldTableSize covers Latin, Greek and Cyrillic; other runes fold by
// unicode.ToLower alone.
const foldTableSize = 0x530

var foldTable [foldTableSize]rune

func init() {
	for r := rune(0); r < foldTableSize; r++ {
		foldTable[r] = foldSlow(r)
	}
}

// foldSlow lower-cases r and drops its accents unless it is a Nordic letter.
func foldSlow(r rune) rune {
	l := unicode.ToLower(r)
	if nordic[l] || l < 0x80 {
		return l
	}
	d := norm.NFD.String(string(l))
	base, n := utf8.DecodeRuneInString(d)
	for _, m := range d[n:] {
		if !unicode.Is(unicode.Mn, m) {
			return l
		}
	}
	return base
}

// asciiFold is foldRune of the ASCII characters, white space as ' '.
var asciiFold [utf8.RuneSelf]rune

func init() {
	for c := range asciiFold {
		asciiFold[c] = foldRune(rune(c))
		if unicode.IsSpace(rune(c)) {
			asciiFold[c] = ' '
		}
	}
}

func foldRune(r rune) rune {
	if r >= 0 && r < foldTableSize {
		return foldTable[r]
	}
	return unicode.ToLower(r)
}

// nextFolded reads the character at s[i:] and returns it folded with the
// number of bytes it takes: a base letter with the combining marks after it
// (a decomposed "a" + U+0308 is "ä"), or a run of white space as one ' '.
func nextFolded(s string, i int) (rune, int) {
	r, n := rune(s[i]), 1
	if r >= utf8.RuneSelf {
		r, n = utf8.DecodeRuneInString(s[i:])
	}
	if unicode.IsSpace(r) {
		for i+n < len(s) {
			c, m := utf8.DecodeRuneInString(s[i+n:])
			if !unicode.IsSpace(c) {
				break
			}
			n += m
		}
		return ' ', n
	}
	r = foldRune(r)
	for marked(s, i+n) {
		m, k := utf8.DecodeRuneInString(s[i+n:])
		switch {
		case m == 0x308 && r == 'a':
			r = 'ä'
		case m == 0x308 && r == 'o':
			r = 'ö'
		case m == 0x30A && r == 'a':
			r = 'å'
		}
		n += k
	}
	return r, n
}

// marked tells whether s[i:] starts with a combining mark (U+0300–U+036F),
// which joins the letter before it.
func marked(s string, i int) bool { return i < len(s) && s[i] >= 0xCC && s[i] <= 0xCD }

// foldQuery folds a query for findFolded, trimming white space.
func foldQuery(query string) []rune {
	query = strings.TrimSpace(query)
	var q []rune
	for i := 0; i < len(query); {
		r, n := nextFolded(query, i)
		q = append(q, r)
		i += n
	}
	return q
}

// findFolded returns the byte range in s of the first occurrence of the
// folded query q, and how many non-overlapping occurrences s has.
func findFolded(s string, q []rune) (start, end, count int) {
	first := q[0]
	for i := 0; i < len(s); {
		// Most text is ASCII: a byte that cannot begin the match is passed
		// without decoding. Other bytes (accented letters) are decoded.
		if c := s[i]; c < utf8.RuneSelf && asciiFold[c] != first && !marked(s, i+1) {
			i++
			continue
		}
		r, n := nextFolded(s, i)
		if r == first {
			if e, ok := matchAt(s, i+n, q[1:]); ok {
				if count == 0 {
					start, end = i, e
				}
				count++
				i = e
				continue
			}
		}
		i += n
	}
	return start, end, count
}

// matchAt tells whether the folded runes of s from i on begin with q, and
// where the match ends.
func matchAt(s string, i int, q []rune) (int, bool) {
	for _, want := range q {
		if i >= len(s) {
			return 0, false
		}
		r, n := nextFolded(s, i)
		if r != want {
			return 0, false
		}
		i += n
	}
	return i, true
}

// snippetBefore and snippetAfter are how many characters of context a
// snippet keeps on either side of the match.
const (
	snippetBefore = 40
	snippetAfter  = 60
)

// snippet cuts the text around s[start:end] at word boundaries onto one
// line and returns it with the match's range in it.
func snippet(s string, start, end int) (string, int, int) {
	from := start
	for k := 0; k < snippetBefore && from > 0; k++ {
		_, n := utf8.DecodeLastRuneInString(s[:from])
		from -= n
	}
	if from > 0 {
		if sp := strings.IndexFunc(s[from:start], unicode.IsSpace); sp >= 0 {
			from += sp + 1
		}
	}
	to := end
	for k := 0; k < snippetAfter && to < len(s); k++ {
		_, n := utf8.DecodeRuneInString(s[to:])
		to += n
	}
	if to < len(s) {
		if sp := strings.LastIndexFunc(s[end:to], unicode.IsSpace); sp >= 0 {
			to = end + sp
		}
	}
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	b.WriteString(oneLine(s[from:start]))
	ms := b.Len()
	b.WriteString(oneLine(s[start:end]))
	me := b.Len()
	b.WriteString(oneLine(s[end:to]))
	if to < len(s) {
		b.WriteString("…")
	}
	return b.String(), ms, me
}

// oneLine puts s on one line: each run of white space becomes a space.
func oneLine(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}
