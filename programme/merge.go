package programme

import (
	"fmt"
	"reflect"
	"time"
)

// Side is one of the two versions being merged.
type Side string

// The sides of a merge: Ours is the programme in this database, Theirs the
// one that arrived in a file.
const (
	Ours   Side = "ours"
	Theirs Side = "theirs"
)

// ConflictKind tells why a merge cannot decide by itself.
type ConflictKind string

// The kinds of conflict.
const (
	// ConflictEdited is a field both versions changed, differently.
	ConflictEdited ConflictKind = "edited"
	// ConflictDeletedOurs is a row this database deleted and the other
	// version edited. Ours drops the row; Theirs keeps their version.
	ConflictDeletedOurs ConflictKind = "deleted-ours"
	// ConflictDeletedTheirs is a row the other version deleted and this
	// database edited. Ours keeps our version; Theirs drops the row.
	ConflictDeletedTheirs ConflictKind = "deleted-theirs"
)

// Conflict is one decision a merge needs from the user, with the values of
// the common version and both sides to show. Values are nil where a side
// has no such row.
type Conflict struct {
	Kind ConflictKind `json:"kind"`
	// Path identifies the conflict, as Change.Path does.
	Path    string `json:"path"`
	Ref     string `json:"ref,omitempty"`
	Step    string `json:"step,omitempty"`
	Field   string `json:"field,omitempty"`
	Subject string `json:"subject,omitempty"`
	Base    any    `json:"base,omitempty"`
	Ours    any    `json:"ours,omitempty"`
	Theirs  any    `json:"theirs,omitempty"`
}

// Merge is a three-way merge of two versions of a programme that share a
// common earlier version, the base. Rows are matched by their IDs; a field
// only one side changed since the base takes that change; a field both
// changed differently, or a row one side deleted while the other edited it,
// is a Conflict that must be resolved before Result. Comments from both
// sides are always kept.
//
// Without a base every difference is treated as added on one side: rows are
// never deleted and fields that differ are conflicts, so nothing is
// overwritten silently.
type Merge struct {
	base, ours, theirs *Programme
	// Conflicts are the decisions to make, in the programme's field order.
	Conflicts []Conflict
	choices   map[string]Side
}

// mergeKept are Programme fields that always come from ours: the identity
// of the programme in this database and its save times.
var mergeKept = map[string]bool{"id": true, "created": true, "updated": true}

// NewMerge prepares the merge of theirs into ours; base may be nil.
func NewMerge(base, ours, theirs *Programme) *Merge {
	if base == nil {
		base = &Programme{}
		base.ensure()
	}
	m := &Merge{base: base, ours: ours, theirs: theirs, choices: map[string]Side{}}
	_, m.Conflicts = m.run()
	return m
}

// Ours returns this database's version, as merged into.
func (m *Merge) Ours() *Programme { return m.ours }

// Theirs returns the version being merged in.
func (m *Merge) Theirs() *Programme { return m.theirs }

// Resolve decides the conflict at path for one side.
func (m *Merge) Resolve(path string, side Side) error {
	if side != Ours && side != Theirs {
		return fmt.Errorf("resolve %s: unknown side %q", path, side)
	}
	for _, c := range m.Conflicts {
		if c.Path == path {
			m.choices[path] = side
			return nil
		}
	}
	return fmt.Errorf("resolve %s: no such conflict", path)
}

// ResolveAll decides every conflict not yet decided for one side.
func (m *Merge) ResolveAll(side Side) {
	for _, c := range m.Conflicts {
		if _, ok := m.choices[c.Path]; !ok {
			m.choices[c.Path] = side
		}
	}
}

// Choice returns the side chosen for the conflict at path, if any.
func (m *Merge) Choice(path string) (Side, bool) {
	s, ok := m.choices[path]
	return s, ok
}

// Unresolved counts the conflicts not yet decided.
func (m *Merge) Unresolved() int {
	n := 0
	for _, c := range m.Conflicts {
		if _, ok := m.choices[c.Path]; !ok {
			n++
		}
	}
	return n
}

// Result returns the merged programme, or ErrUnresolved while conflicts
// remain. It keeps ours's ID; nothing is written anywhere.
func (m *Merge) Result() (*Programme, error) {
	if n := m.Unresolved(); n > 0 {
		return nil, fmt.Errorf("%d conflicts: %w", n, ErrUnresolved)
	}
	p, _ := m.run()
	return p, nil
}

// Preview returns the merge as it stands, undecided conflicts keeping ours.
func (m *Merge) Preview() *Programme {
	p, _ := m.run()
	return p
}

// Changes lists what the merge, as it stands, changes in ours.
func (m *Merge) Changes() []Change { return Compare(m.ours, m.Preview()) }

func (m *Merge) run() (*Programme, []Conflict) {
	mg := &merger{choices: m.choices}
	t := reflect.TypeOf(Programme{})
	b, o, th := reflect.ValueOf(m.base).Elem(), reflect.ValueOf(m.ours).Elem(), reflect.ValueOf(m.theirs).Elem()
	out := reflect.New(t).Elem()
	for _, f := range fieldsOf(t) {
		if mergeKept[f.name] {
			out.Field(f.index).Set(o.Field(f.index))
			continue
		}
		ft := t.Field(f.index).Type
		out.Field(f.index).Set(mg.merge(rootLoc().field(f.name), ft, b.Field(f.index), o.Field(f.index), th.Field(f.index)))
	}
	// The result shares slices with the inputs until cloned.
	return out.Addr().Interface().(*Programme).Clone(), mg.conflicts
}

// merger does one pass of a merge, recording conflicts and applying the
// choices made so far (ours where none is made).
type merger struct {
	choices   map[string]Side
	conflicts []Conflict
}

func (m *merger) conflict(c Conflict, ours, theirs reflect.Value) reflect.Value {
	m.conflicts = append(m.conflicts, c)
	if m.choices[c.Path] == Theirs {
		return theirs
	}
	return ours
}

// merge returns the merged value of type t; b, o and th may be absent.
func (m *merger) merge(l loc, t reflect.Type, b, o, th reflect.Value) reflect.Value {
	switch shapeOf(t) {
	case shapeStruct:
		b, o, th = orZero(b, t), orZero(o, t), orZero(th, t)
		out := reflect.New(t).Elem()
		for _, f := range fieldsOf(t) {
			ft := t.Field(f.index).Type
			out.Field(f.index).Set(m.merge(l.field(f.name), ft, b.Field(f.index), o.Field(f.index), th.Field(f.index)))
		}
		return out
	case shapePtr:
		if isEmpty(o) && isEmpty(th) {
			return reflect.Zero(t)
		}
		out := reflect.New(t.Elem())
		out.Elem().Set(m.merge(l, t.Elem(), deref(b, t), deref(o, t), deref(th, t)))
		return out
	case shapeMap:
		return m.mergeMap(l, t, b, o, th)
	case shapeRows:
		return m.mergeRows(l, t, b, o, th)
	}
	b, o, th = orZero(b, t), orZero(o, t), orZero(th, t)
	switch {
	case equal(t, o, th), equal(t, b, th):
		return o
	case equal(t, b, o):
		return th
	}
	return m.conflict(Conflict{
		Kind: ConflictEdited, Path: l.String(), Ref: l.ref, Step: l.step, Field: l.fieldName(), Subject: l.subject,
		Base: b.Interface(), Ours: o.Interface(), Theirs: th.Interface(),
	}, o, th)
}

func (m *merger) mergeMap(l loc, t reflect.Type, b, o, th reflect.Value) reflect.Value {
	out := reflect.MakeMap(t)
	for _, k := range mapKeys(b, o, th) {
		ov := mapGet(o, k)
		v := m.merge(l.key(k, ""), t.Elem(), mapGet(b, k), ov, mapGet(th, k))
		// An absent entry equals an empty one; keep ours's entries as they
		// are and add others only when they hold something.
		if ov.IsValid() || !equal(t.Elem(), v, reflect.Value{}) {
			out.SetMapIndex(reflect.ValueOf(k).Convert(t.Key()), v)
		}
	}
	return out
}

var commentType = reflect.TypeOf(Comment{})

func (m *merger) mergeRows(l loc, t reflect.Type, b, o, th reflect.Value) reflect.Value {
	elem := t.Elem()
	bIDs, bRows := rowIndex(b)
	oIDs, oRows := rowIndex(o)
	tIDs, tRows := rowIndex(th)
	comments := elem == commentType
	merged := map[string]reflect.Value{}
	for _, id := range append(append([]string{}, oIDs...), tIDs...) {
		if _, done := merged[id]; done {
			continue
		}
		bv, inB := bRows[id]
		ov, inO := oRows[id]
		tv, inT := tRows[id]
		// Name the row as it was before either side changed it.
		subject := rowSubject(bv)
		if subject == "" {
			subject = rowSubject(ov)
		}
		if subject == "" {
			subject = rowSubject(tv)
		}
		at := l.key(id, subject)
		switch {
		case inO && inT && comments:
			merged[id] = m.mergeComment(at, bv, ov, tv)
		case inO && inT:
			merged[id] = m.merge(at, elem, bv, ov, tv)
		case inO && !inB:
			merged[id] = ov // added here
		case inT && !inB:
			merged[id] = tv // added there
		case inO: // deleted there
			if equal(elem, bv, ov) {
				continue
			}
			if comments { // a changed comment outlives its deletion
				merged[id] = ov
				continue
			}
			if v := m.conflict(Conflict{
				Kind: ConflictDeletedTheirs, Path: at.String(), Ref: at.ref, Step: at.step, Subject: at.subject,
				Base: bv.Interface(), Ours: ov.Interface(),
			}, ov, reflect.Value{}); v.IsValid() {
				merged[id] = v
			}
		case inT: // deleted here
			if equal(elem, bv, tv) {
				continue
			}
			if comments {
				merged[id] = tv
				continue
			}
			if v := m.conflict(Conflict{
				Kind: ConflictDeletedOurs, Path: at.String(), Ref: at.ref, Step: at.step, Subject: at.subject,
				Base: bv.Interface(), Theirs: tv.Interface(),
			}, reflect.Value{}, tv); v.IsValid() {
				merged[id] = v
			}
		}
	}
	if len(merged) == 0 {
		return reflect.Zero(t)
	}
	out := reflect.MakeSlice(t, 0, len(merged))
	for _, id := range mergeOrder(bIDs, oIDs, tIDs) {
		if v, ok := merged[id]; ok {
			out = reflect.Append(out, v)
		}
	}
	return out
}

// resolutionFields are a comment's fields that say whether it is resolved;
// they merge together.
var resolutionFields = map[string]bool{"resolved": true, "resolvedBy": true, "resolvedAt": true}

// mergeComment merges a comment both sides have. Its text can conflict
// like any field; whether it is resolved never does: a change on one side
// wins, and when both resolved it, the first resolution stands. When one
// reopened what the other resolved again, it stays open, so it is seen.
func (m *merger) mergeComment(l loc, b, o, th reflect.Value) reflect.Value {
	b = orZero(b, commentType)
	out := reflect.New(commentType).Elem()
	for _, f := range fieldsOf(commentType) {
		if resolutionFields[f.name] {
			continue
		}
		ft := commentType.Field(f.index).Type
		out.Field(f.index).Set(m.merge(l.field(f.name), ft, b.Field(f.index), o.Field(f.index), th.Field(f.index)))
	}
	bc, oc, tc := b.Interface().(Comment), o.Interface().(Comment), th.Interface().(Comment)
	r := resolution(bc, oc, tc)
	c := out.Addr().Interface().(*Comment)
	c.Resolved, c.ResolvedBy, c.ResolvedAt = r.Resolved, r.ResolvedBy, r.ResolvedAt
	return out
}

func resolution(b, o, t Comment) Comment {
	same := func(x, y Comment) bool {
		return x.Resolved == y.Resolved && x.ResolvedBy == y.ResolvedBy && x.ResolvedAt.Equal(y.ResolvedAt)
	}
	switch {
	case same(o, t), same(b, t):
		return o
	case same(b, o):
		return t
	case o.Resolved && t.Resolved:
		if t.ResolvedAt.Before(o.ResolvedAt) {
			return t
		}
		return o
	case !o.Resolved:
		return o
	}
	return t
}

// mergeOrder orders the rows of a merged list. The side that reordered
// rows since the base leads (ours when both did); rows only the other side
// has follow the row they follow there.
func mergeOrder(base, ours, theirs []string) []string {
	lead, other := ours, theirs
	if relativeOrderSame(base, ours) && !relativeOrderSame(base, theirs) {
		lead, other = theirs, ours
	}
	out := append([]string{}, lead...)
	placed := map[string]bool{}
	for _, id := range out {
		placed[id] = true
	}
	for i, id := range other {
		if placed[id] {
			continue
		}
		pos := 0
		for j := i - 1; j >= 0; j-- {
			if placed[other[j]] {
				pos = indexOf(out, other[j]) + 1
				break
			}
		}
		out = append(out[:pos], append([]string{id}, out[pos:]...)...)
		placed[id] = true
	}
	return out
}

// relativeOrderSame tells whether the IDs a and b share are in the same
// order in both.
func relativeOrderSame(a, b []string) bool {
	in := func(list []string) map[string]bool {
		s := make(map[string]bool, len(list))
		for _, id := range list {
			s[id] = true
		}
		return s
	}
	inA, inB := in(a), in(b)
	var ca, cb []string
	for _, id := range a {
		if inB[id] {
			ca = append(ca, id)
		}
	}
	for _, id := range b {
		if inA[id] {
			cb = append(cb, id)
		}
	}
	return reflect.DeepEqual(ca, cb)
}

func indexOf(list []string, id string) int {
	for i, x := range list {
		if x == id {
			return i
		}
	}
	return -1
}

// ApplyMerge stores the merge's result as programme id in one transaction:
// it first snapshots the stored version (reason ReasonBeforeMerge), then
// writes the result and records the merged-in version as the base for the
// next exchange. It refuses with ErrUnresolved while conflicts remain, and
// with ErrChangedMeanwhile when the stored programme is no longer the one
// the merge was prepared from.
func (s *Store) ApplyMerge(id string, m *Merge) (SnapshotInfo, *Programme, error) {
	result, err := m.Result()
	if err != nil {
		return SnapshotInfo{}, nil, err
	}
	result.ID = id
	result.Updated = s.now().Truncate(time.Millisecond)
	data, err := Encode(result)
	if err != nil {
		return SnapshotInfo{}, nil, err
	}
	baseData, err := Encode(m.theirs)
	if err != nil {
		return SnapshotInfo{}, nil, err
	}
	var info SnapshotInfo
	err = s.update(id, func(b *programmeBucket) error {
		cur, err := b.programme()
		if err != nil {
			return err
		}
		if !cur.Updated.Equal(m.ours.Updated) {
			return ErrChangedMeanwhile
		}
		if info, err = b.snapshot("", ReasonBeforeMerge, s.now()); err != nil {
			return err
		}
		if err := b.write(result.Summary(), data); err != nil {
			return err
		}
		return b.setBase(baseData)
	})
	if err != nil {
		return SnapshotInfo{}, nil, fmt.Errorf("merge into programme %s: %w", id, err)
	}
	return info, result, nil
}
