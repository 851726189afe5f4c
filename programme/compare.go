package programme

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"time"

	"fi.kotoutus/kotoutus/internal/i18n/locale"
)

// ChangeKind tells how a part of the programme differs between two versions.
type ChangeKind string

// The kinds of change.
const (
	// ChangeAdded is a row that only the newer version has.
	ChangeAdded ChangeKind = "added"
	// ChangeRemoved is a row that only the older version has.
	ChangeRemoved ChangeKind = "removed"
	// ChangeModified is a field whose value differs.
	ChangeModified ChangeKind = "changed"
	// ChangeMoved is a list whose rows are in a different order.
	ChangeMoved ChangeKind = "moved"
)

// Change is one difference between two versions of a programme.
type Change struct {
	Kind ChangeKind `json:"kind"`
	// Path locates the change: JSON field names and row IDs or map keys,
	// joined with "/", e.g. "goals/<id>/measures/<id>/title".
	Path string `json:"path"`
	// Ref is the row concerned in Comment.About's scheme ("measure:<id>",
	// "item:<id>"), or empty for a field of the programme as a whole.
	Ref string `json:"ref,omitempty"`
	// Step is the ID of the step whose content changed, or empty.
	Step string `json:"step,omitempty"`
	// Field is the changed field within its row, e.g. "title" or
	// "baseline.value"; empty for added and removed rows.
	Field string `json:"field,omitempty"`
	// Subject names the row for people, e.g. the goal's title.
	Subject string `json:"subject,omitempty"`
	// Old and New are the values before and after; for an added or
	// removed row, the row itself.
	Old any `json:"old,omitempty"`
	New any `json:"new,omitempty"`
	// Lines is a line-by-line difference when the text has several lines,
	// such as a section's draft.
	Lines []DiffLine `json:"lines,omitempty"`
}

// compareSkipped are Programme fields that differ between any two saves or
// copies and say nothing about the content.
var compareSkipped = map[string]bool{"id": true, "updated": true}

// Compare lists what changed from a to b: rows added, removed and moved
// (matched by their IDs), and every field that differs, in the programme's
// field order.
func Compare(a, b *Programme) []Change {
	var out []Change
	t := reflect.TypeOf(Programme{})
	va, vb := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	for _, f := range fieldsOf(t) {
		if compareSkipped[f.name] {
			continue
		}
		diff(rootLoc().field(f.name), t.Field(f.index).Type, va.Field(f.index), vb.Field(f.index), &out)
	}
	return out
}

func diff(l loc, t reflect.Type, a, b reflect.Value, out *[]Change) {
	a, b = orZero(a, t), orZero(b, t)
	switch shapeOf(t) {
	case shapeStruct:
		for _, f := range fieldsOf(t) {
			diff(l.field(f.name), t.Field(f.index).Type, a.Field(f.index), b.Field(f.index), out)
		}
	case shapePtr:
		diff(l, t.Elem(), deref(a, t), deref(b, t), out)
	case shapeMap:
		for _, k := range mapKeys(a, b) {
			diff(l.key(k, ""), t.Elem(), mapGet(a, k), mapGet(b, k), out)
		}
	case shapeRows:
		diffRows(l, t, a, b, out)
	default:
		if equal(t, a, b) {
			return
		}
		c := Change{
			Kind: ChangeModified, Path: l.String(), Ref: l.ref, Step: l.step, Field: l.fieldName(), Subject: l.subject,
			Old: a.Interface(), New: b.Interface(),
		}
		sa, okA := c.Old.(string)
		sb, _ := c.New.(string)
		if ta, ok := c.Old.(Translation); ok {
			// A translated draft differs line by line like the draft.
			sa, sb, okA = ta.Text, c.New.(Translation).Text, true
		}
		if okA && (strings.Contains(sa, "\n") || strings.Contains(sb, "\n")) {
			c.Lines = LineDiff(sa, sb)
		}
		*out = append(*out, c)
	}
}

func diffRows(l loc, t reflect.Type, a, b reflect.Value, out *[]Change) {
	aIDs, aRows := rowIndex(a)
	bIDs, bRows := rowIndex(b)
	for _, id := range bIDs {
		rb := bRows[id]
		ra, ok := aRows[id]
		at := l.key(id, rowSubject(rb))
		if !ok {
			*out = append(*out, Change{Kind: ChangeAdded, Path: at.String(), Ref: at.ref, Step: at.step, Subject: at.subject, New: rb.Interface()})
			continue
		}
		diff(at, t.Elem(), ra, rb, out)
	}
	for _, id := range aIDs {
		if _, ok := bRows[id]; !ok {
			ra := aRows[id]
			at := l.key(id, rowSubject(ra))
			*out = append(*out, Change{Kind: ChangeRemoved, Path: at.String(), Ref: at.ref, Step: at.step, Subject: at.subject, Old: ra.Interface()})
		}
	}
	if !sameOrder(aIDs, bIDs, aRows, bRows) {
		*out = append(*out, Change{Kind: ChangeMoved, Path: l.String(), Ref: l.ref, Step: l.step, Field: l.fieldName(), Subject: l.subject})
	}
}

// sameOrder tells whether the rows both lists have are in the same order.
func sameOrder(aIDs, bIDs []string, aRows, bRows map[string]reflect.Value) bool {
	var ca, cb []string
	for _, id := range aIDs {
		if _, ok := bRows[id]; ok {
			ca = append(ca, id)
		}
	}
	for _, id := range bIDs {
		if _, ok := aRows[id]; ok {
			cb = append(cb, id)
		}
	}
	return reflect.DeepEqual(ca, cb)
}

// DiffOp marks a line of a text difference.
type DiffOp string

// The line operations.
const (
	DiffSame    DiffOp = "="
	DiffRemoved DiffOp = "-"
	DiffAdded   DiffOp = "+"
)

// DiffLine is one line of a text difference.
type DiffLine struct {
	Op   DiffOp `json:"op"`
	Text string `json:"text"`
}

// maxDiffCells caps the work of LineDiff's table; texts that differ in more
// lines than that show as wholly replaced, which is still correct.
const maxDiffCells = 4_000_000

// LineDiff returns the lines of a and b as kept, removed and added, with a
// longest common subsequence of lines kept.
func LineDiff(a, b string) []DiffLine {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	if a == "" {
		al = nil
	}
	if b == "" {
		bl = nil
	}
	// Edits are usually local: trim what is common at both ends first.
	pre := 0
	for pre < len(al) && pre < len(bl) && al[pre] == bl[pre] {
		pre++
	}
	suf := 0
	for suf < len(al)-pre && suf < len(bl)-pre && al[len(al)-1-suf] == bl[len(bl)-1-suf] {
		suf++
	}
	var out []DiffLine
	for _, s := range al[:pre] {
		out = append(out, DiffLine{DiffSame, s})
	}
	out = append(out, lcsDiff(al[pre:len(al)-suf], bl[pre:len(bl)-suf])...)
	for _, s := range al[len(al)-suf:] {
		out = append(out, DiffLine{DiffSame, s})
	}
	return out
}

func lcsDiff(a, b []string) []DiffLine {
	var out []DiffLine
	if len(a)*len(b) > maxDiffCells {
		for _, s := range a {
			out = append(out, DiffLine{DiffRemoved, s})
		}
		for _, s := range b {
			out = append(out, DiffLine{DiffAdded, s})
		}
		return out
	}
	// lcs[i][j] is the common length of a[i:] and b[j:].
	w := len(b) + 1
	lcs := make([]int, (len(a)+1)*w)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			out = append(out, DiffLine{DiffSame, a[i]})
			i++
			j++
		case lcs[(i+1)*w+j] >= lcs[i*w+j+1]:
			out = append(out, DiffLine{DiffRemoved, a[i]})
			i++
		default:
			out = append(out, DiffLine{DiffAdded, b[j]})
			j++
		}
	}
	for ; i < len(a); i++ {
		out = append(out, DiffLine{DiffRemoved, a[i]})
	}
	for ; j < len(b); j++ {
		out = append(out, DiffLine{DiffAdded, b[j]})
	}
	return out
}

// ValueText writes a compared or conflicting value for a reader of lang:
// dates and numbers in that language's notation, lists joined with commas,
// a row by its name. yes and no are the caller's words for true and false.
func ValueText(lang string, v any, yes, no string) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case Date:
		return x.Format(lang)
	case Value:
		return x.Format(lang)
	case bool:
		if x {
			return yes
		}
		return no
	case int:
		if x == 0 {
			return ""
		}
		return strconv.Itoa(x)
	case time.Time:
		if x.IsZero() {
			return ""
		}
		return locale.DateTime(lang, x.Local())
	case []string:
		return strings.Join(x, ", ")
	case ImageData:
		return x.String()
	case Translation:
		return x.Text
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.String {
		return rv.String()
	}
	if rv.Kind() == reflect.Struct {
		if s := rowSubject(rv); s != "" {
			return s
		}
	}
	if rv.Kind() == reflect.Slice {
		parts := make([]string, rv.Len())
		for i := range parts {
			parts[i] = ValueText(lang, rv.Index(i).Interface(), yes, no)
		}
		return strings.Join(parts, ", ")
	}
	data, _ := json.Marshal(v)
	return string(data)
}
