package programme

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"sync"
)

// A newer app may add members to the programme without raising the schema
// (the logo was one, inside "document"). An app that dropped the members
// it does not know would delete them on its next save; this one keeps
// them: Decode records every unknown member with where it stood (unknownTree)
// and Programme's MarshalJSON writes them back there. A row is found again
// by its ID, a map entry by its key; an unknown member of a row deleted
// here goes with the row. Lists of plain values are taken as a whole and
// have no members to keep.

// unknownTree holds the members of one JSON object that the Go type does
// not know (verbatim), and below it, by member name, row ID or map key,
// the trees of the values that hold unknown members further down.
type unknownTree struct {
	fields []unknownField
	kids   map[string]*unknownTree
}

type unknownField struct {
	name  string
	value json.RawMessage
}

// Programme's own encoding is plainProgramme's: the methods below only add
// the unknown members.
type plainProgramme Programme

// MarshalJSON writes p with the members a newer app wrote that this one
// does not know, in the places they were read from.
func (p *Programme) MarshalJSON() ([]byte, error) {
	raw, err := json.Marshal((*plainProgramme)(p))
	if err != nil || p.unknown == nil {
		return raw, err
	}
	return addUnknown(raw, reflect.TypeOf(plainProgramme{}), p.unknown)
}

// decodeKeepingUnknown decodes raw into p. A strict decode first: a
// programme of this version's shape (nearly always) is read once; only
// one with unknown members is read again to record them.
func decodeKeepingUnknown(raw []byte, p *Programme) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	err := dec.Decode((*plainProgramme)(p))
	if err == nil || !strings.HasPrefix(err.Error(), "json: unknown field ") {
		return err
	}
	*p = Programme{}
	if err := json.Unmarshal(raw, (*plainProgramme)(p)); err != nil {
		return err
	}
	p.unknown = findUnknown(raw, reflect.TypeOf(plainProgramme{}))
	return nil
}

// HasUnknownFields tells whether p holds members of a newer app's that this
// version keeps without knowing them.
func (p *Programme) HasUnknownFields() bool { return p.unknown != nil }

var (
	unknownFieldCache sync.Map // reflect.Type → map[string]reflect.Type
	idField           sync.Map // reflect.Type → bool
)

// jsonFields returns the members a struct type reads, by JSON name, with
// their types; embedded structs' members count as the struct's own.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	if m, ok := unknownFieldCache.Load(t); ok {
		return m.(map[string]reflect.Type)
	}
	m := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				for k, v := range jsonFields(ft) {
					m[k] = v
				}
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		m[name] = f.Type
	}
	unknownFieldCache.Store(t, m)
	return m
}

var unmarshaler = reflect.TypeFor[json.Unmarshaler]()

// opaque tells whether values of t are read by their own UnmarshalJSON or
// have no members: nothing to look into.
func opaque(t reflect.Type) bool {
	if t.Implements(unmarshaler) || reflect.PointerTo(t).Implements(unmarshaler) {
		return true
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Slice, reflect.Array, reflect.Map:
		return false
	}
	return true
}

// isRow tells whether t is a struct with an "id" member: a row of a list.
func isRow(t reflect.Type) bool {
	if v, ok := idField.Load(t); ok {
		return v.(bool)
	}
	_, ok := jsonFields(t)["id"]
	idField.Store(t, ok)
	return ok
}

func derefType(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// rowID reads a row's "id" member.
func unknownRowID(raw json.RawMessage) (string, bool) {
	var r struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(raw, &r) != nil || r.ID == "" {
		return "", false
	}
	return r.ID, true
}

// findUnknown returns the tree of the members of raw that t does not
// know, or nil when there are none.
func findUnknown(raw json.RawMessage, t reflect.Type) *unknownTree {
	t = derefType(t)
	if opaque(t) {
		return nil
	}
	u := &unknownTree{}
	kid := func(key string, v json.RawMessage, vt reflect.Type) {
		if k := findUnknown(v, vt); k != nil {
			if u.kids == nil {
				u.kids = map[string]*unknownTree{}
			}
			u.kids[key] = k
		}
	}
	switch t.Kind() {
	case reflect.Struct:
		members, err := orderedMembers(raw)
		if err != nil {
			return nil
		}
		known := jsonFields(t)
		for _, m := range members {
			ft, ok := known[m.name]
			if !ok {
				u.fields = append(u.fields, unknownField{m.name, append(json.RawMessage(nil), m.value...)})
				continue
			}
			kid(m.name, m.value, ft)
		}
	case reflect.Slice, reflect.Array:
		et := derefType(t.Elem())
		if et.Kind() != reflect.Struct || !isRow(et) || opaque(et) {
			return nil
		}
		var rows []json.RawMessage
		if json.Unmarshal(raw, &rows) != nil {
			return nil
		}
		for _, r := range rows {
			if id, ok := unknownRowID(r); ok {
				kid(id, r, et)
			}
		}
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			return nil
		}
		var entries map[string]json.RawMessage
		if json.Unmarshal(raw, &entries) != nil {
			return nil
		}
		for k, v := range entries {
			kid(k, v, t.Elem())
		}
	}
	if len(u.fields) == 0 && len(u.kids) == 0 {
		return nil
	}
	return u
}

// addUnknown writes u's members back into raw, the encoding of a value
// of type t.
func addUnknown(raw json.RawMessage, t reflect.Type, u *unknownTree) (json.RawMessage, error) {
	t = derefType(t)
	if u == nil || bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return raw, nil
	}
	switch t.Kind() {
	case reflect.Struct:
		members, err := orderedMembers(raw)
		if err != nil {
			return nil, err
		}
		known := jsonFields(t)
		have := map[string]bool{}
		for i, m := range members {
			have[m.name] = true
			if k := u.kids[m.name]; k != nil {
				if members[i].value, err = addUnknown(m.value, known[m.name], k); err != nil {
					return nil, err
				}
			}
		}
		for _, f := range u.fields {
			if !have[f.name] { // a member this version learnt since keeps its own value
				members = append(members, member(f))
			}
		}
		return writeMembers(members)
	case reflect.Slice, reflect.Array:
		var rows []json.RawMessage
		if err := json.Unmarshal(raw, &rows); err != nil {
			return nil, err
		}
		for i, r := range rows {
			id, ok := unknownRowID(r)
			if k := u.kids[id]; ok && k != nil {
				var err error
				if rows[i], err = addUnknown(r, t.Elem(), k); err != nil {
					return nil, err
				}
			}
		}
		return json.Marshal(rows)
	case reflect.Map:
		members, err := orderedMembers(raw)
		if err != nil {
			return nil, err
		}
		for i, m := range members {
			if k := u.kids[m.name]; k != nil {
				if members[i].value, err = addUnknown(m.value, t.Elem(), k); err != nil {
					return nil, err
				}
			}
		}
		return writeMembers(members)
	}
	return raw, nil
}

type member struct {
	name  string
	value json.RawMessage
}

// orderedMembers reads a JSON object's members in their order.
func orderedMembers(raw json.RawMessage) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, errNotObject
	}
	var out []member
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		name, _ := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		out = append(out, member{name, v})
	}
	return out, nil
}

var errNotObject = errors.New("not a JSON object")

// writeMembers writes members as a JSON object, in their order.
func writeMembers(members []member) (json.RawMessage, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range members {
		if i > 0 {
			b.WriteByte(',')
		}
		name, err := json.Marshal(m.name)
		if err != nil {
			return nil, err
		}
		b.Write(name)
		b.WriteByte(':')
		b.Write(m.value)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}
