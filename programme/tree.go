package programme

import (
	"reflect"
	"sort"
	"strings"
	"sync"
	"time"
)

// Compare and Merge walk the model by reflection, so a field added to a model
// struct is compared and merged without new code. The walk knows four
// shapes besides plain values:
//
//   - structs, walked field by field under their JSON names;
//   - rows: slices of structs with a string ID field, matched by ID, so
//     that moving or inserting a row is not mistaken for editing others;
//   - maps with string keys (checklist ticks, answers), matched by key, an
//     absent entry being the same as an empty one;
//   - pointers to structs, an absent one being the same as an empty one.
//
// Everything else is a leaf, compared as a whole: strings, numbers, dates,
// lists of strings, and the atomic types below, whose parts only make sense
// together.
type shape int

const (
	shapeLeaf shape = iota
	shapeStruct
	shapeRows
	shapeMap
	shapePtr
)

// atomicTypes are structs compared as a whole: a figure's number and its
// text change together, and a time has no parts worth merging.
// A translation's text and the main text it was made from (its basis) are
// one value too: merging one side's text with the other's basis would mark
// a translation up to date that is not.
var atomicTypes = map[reflect.Type]bool{
	reflect.TypeOf(Value{}):       true,
	reflect.TypeOf(time.Time{}):   true,
	reflect.TypeOf(Translation{}): true,
}

func shapeOf(t reflect.Type) shape {
	switch t.Kind() {
	case reflect.Struct:
		if !atomicTypes[t] {
			return shapeStruct
		}
	case reflect.Slice:
		if e := t.Elem(); e.Kind() == reflect.Struct {
			if f, ok := e.FieldByName("ID"); ok && f.Type.Kind() == reflect.String {
				return shapeRows
			}
		}
	case reflect.Map:
		if t.Key().Kind() == reflect.String {
			return shapeMap
		}
	case reflect.Pointer:
		if t.Elem().Kind() == reflect.Struct && !atomicTypes[t.Elem()] {
			return shapePtr
		}
	}
	return shapeLeaf
}

// field is an exported struct field with its JSON name.
type field struct {
	index int
	name  string
}

var fieldCache sync.Map // reflect.Type → []field

// fieldsOf returns t's exported fields that are stored, under their JSON
// names.
func fieldsOf(t reflect.Type) []field {
	if f, ok := fieldCache.Load(t); ok {
		return f.([]field)
	}
	var out []field
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		out = append(out, field{index: i, name: name})
	}
	fieldCache.Store(t, out)
	return out
}

// orZero returns v, or the zero value of t when v is absent.
func orZero(v reflect.Value, t reflect.Type) reflect.Value {
	if !v.IsValid() {
		return reflect.Zero(t)
	}
	return v
}

// deref follows a pointer to a struct, an absent one reading as empty.
func deref(v reflect.Value, t reflect.Type) reflect.Value {
	if !v.IsValid() || v.IsNil() {
		return reflect.Zero(t.Elem())
	}
	return v.Elem()
}

// isEmpty tells whether v holds nothing: a zero value, an empty list or map.
// The JSON encoding drops such values, so they equal an absent one.
func isEmpty(v reflect.Value) bool {
	if !v.IsValid() {
		return true
	}
	switch v.Kind() {
	case reflect.Slice, reflect.Map:
		return v.Len() == 0
	case reflect.Pointer:
		return v.IsNil()
	}
	return v.IsZero()
}

// equal compares two values of type t by the walk's rules.
func equal(t reflect.Type, a, b reflect.Value) bool {
	a, b = orZero(a, t), orZero(b, t)
	switch shapeOf(t) {
	case shapeStruct:
		for _, f := range fieldsOf(t) {
			if !equal(t.Field(f.index).Type, a.Field(f.index), b.Field(f.index)) {
				return false
			}
		}
		return true
	case shapePtr:
		return equal(t.Elem(), deref(a, t), deref(b, t))
	case shapeRows:
		if a.Len() != b.Len() {
			return false
		}
		for i := 0; i < a.Len(); i++ {
			if rowID(a.Index(i)) != rowID(b.Index(i)) || !equal(t.Elem(), a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case shapeMap:
		for _, k := range mapKeys(a, b) {
			if !equal(t.Elem(), mapGet(a, k), mapGet(b, k)) {
				return false
			}
		}
		return true
	}
	if isEmpty(a) && isEmpty(b) {
		return true
	}
	if t == reflect.TypeOf(time.Time{}) {
		return a.Interface().(time.Time).Equal(b.Interface().(time.Time))
	}
	return reflect.DeepEqual(a.Interface(), b.Interface())
}

// rowID returns the ID of a row.
func rowID(row reflect.Value) string { return row.FieldByName("ID").String() }

// rowIndex returns a row list's IDs in order and the rows by ID.
func rowIndex(v reflect.Value) ([]string, map[string]reflect.Value) {
	if !v.IsValid() {
		return nil, map[string]reflect.Value{}
	}
	ids := make([]string, 0, v.Len())
	byID := make(map[string]reflect.Value, v.Len())
	for i := 0; i < v.Len(); i++ {
		id := rowID(v.Index(i))
		if _, dup := byID[id]; dup {
			continue // Validate refuses such files; stay safe all the same
		}
		ids = append(ids, id)
		byID[id] = v.Index(i)
	}
	return ids, byID
}

// mapKeys returns the keys of the maps in sorted order, each once.
func mapKeys(maps ...reflect.Value) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range maps {
		if !m.IsValid() {
			continue
		}
		for _, k := range m.MapKeys() {
			if s := k.String(); !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	sort.Strings(out)
	return out
}

// mapGet returns m[k], or an invalid Value when absent.
func mapGet(m reflect.Value, k string) reflect.Value {
	if !m.IsValid() || m.IsNil() {
		return reflect.Value{}
	}
	return m.MapIndex(reflect.ValueOf(k).Convert(m.Type().Key()))
}

// rowSubject names a row for people: its title or name, whichever it has.
func rowSubject(row reflect.Value) string {
	if !row.IsValid() {
		return ""
	}
	for _, name := range []string{"Title", "Name", "Label", "Question", "Message", "CustomAudience", "Body", "Text"} {
		if f := row.FieldByName(name); f.IsValid() && f.Kind() == reflect.String && f.String() != "" {
			return f.String()
		}
	}
	return ""
}

// collection is how the walk names the rows or entries of one list, by
// the list's JSON name: their kind in Comment.About's scheme and, for the
// lists outside a step's content, the step a key belongs to. The step
// registry adds its row kinds (registry.go); a list named nowhere uses its
// JSON name without the plural s.
type collection struct {
	kind string
	// keyStep returns the step of the row or entry with key k; nil keeps
	// the step the walk is in.
	keyStep func(k string) string
}

var collections = map[string]collection{
	"steps":   {kind: "step", keyStep: func(k string) string { return k }},
	"items":   {kind: "item", keyStep: itemStep},
	"answers": {kind: "item", keyStep: itemStep},
}

// itemStep returns the step of a checklist item: item IDs start with their
// step's ID.
func itemStep(id string) string {
	step, _, _ := strings.Cut(id, ".")
	return step
}

// isStepField tells whether a Programme field (by JSON name) holds one
// step's content: those fields are named by the step IDs.
func isStepField(name string) bool {
	_, ok := StepDefOf(name)
	return ok
}

// loc is where the walk is: the path of JSON names and row keys, the row it
// is in (Comment.About's scheme), the step, and the row's name for people.
type loc struct {
	path    []string
	keyAt   int // index in path of the last row or map key, -1 if none
	ref     string
	step    string
	subject string
}

func rootLoc() loc { return loc{keyAt: -1} }

func (l loc) child(seg string) []string {
	p := make([]string, len(l.path), len(l.path)+1)
	copy(p, l.path)
	return append(p, seg)
}

// field descends into a struct field.
func (l loc) field(name string) loc {
	n := l
	n.path = l.child(name)
	if len(l.path) == 0 && isStepField(name) {
		n.step = name
	}
	return n
}

// key descends into the row or map entry k of the collection l is at.
func (l loc) key(k string, subject string) loc {
	coll := ""
	if len(l.path) > 0 {
		coll = l.path[len(l.path)-1]
	}
	n := l
	n.path = l.child(k)
	if l.inTranslations() {
		// A row's translations (tr/<lang>/<field>) are fields of the row,
		// not rows of their own: the change stays the row's, named
		// "tr.sv.title".
		return n
	}
	n.keyAt = len(n.path) - 1
	c, ok := collections[coll]
	if !ok {
		c.kind = strings.TrimSuffix(coll, "s")
	}
	n.ref = c.kind + ":" + k
	n.subject = subject
	if c.keyStep != nil {
		n.step = c.keyStep(k)
	}
	return n
}

// inTranslations tells whether l is at a row's Translations or at one
// language of them.
func (l loc) inTranslations() bool {
	n := len(l.path)
	return n >= 1 && l.path[n-1] == "tr" || n >= 2 && l.path[n-2] == "tr"
}

// String returns the path joined with slashes.
func (l loc) String() string { return strings.Join(l.path, "/") }

// fieldName returns the field's name within its row, dot-separated, or the
// whole path when the field is in no row.
func (l loc) fieldName() string {
	return strings.Join(l.path[l.keyAt+1:], ".")
}
