package programme

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"fi.kotoutus/kotoutus/checklist"
)

// SchemaVersion is the version of the stored encoding. Raise it with a
// migration in migrations when a stored shape changes incompatibly.
const SchemaVersion = 4

// envelope wraps every stored programme so that a later version knows which
// encoding it reads and can migrate it.
type envelope struct {
	Schema    int             `json:"schema"`
	Programme json.RawMessage `json:"programme"`
}

// migrations[n] turns a programme encoded at schema n into schema n+1.
var migrations = map[int]func(json.RawMessage) (json.RawMessage, error){
	1: migrateDefaultContent,
	2: migrateFollowup,
	3: migrateTranslations,
}

// migrateTranslations (schema 3 → 4) adds document languages and the rows'
// translations (translation.go). Older data needs no change: a programme
// without them is in Finnish only. The version is raised, as for rounds, so
// that an older app refuses a bilingual file instead of dropping its
// translations the next time it saves.
func migrateTranslations(raw json.RawMessage) (json.RawMessage, error) { return raw, nil }

// migrateFollowup (schema 2 → 3) adds follow-up rounds (followup.go) and the
// delayed state of a measure. Older data needs no change: a measure's own
// state stays its current state until a round records one. The version is
// raised all the same, so that an older app refuses a file with rounds
// instead of dropping them, unknown to it, the next time it saves.
func migrateFollowup(raw json.RawMessage) (json.RawMessage, error) { return raw, nil }

// migrateDefaultContent (schema 1 → 2) makes the document complete by
// default: every element section gets its element's default content from
// the other steps (the key figures, the indicators and monitoring plan …),
// and elements added to the template since (the summary, communication)
// get their sections. Nothing is removed.
func migrateDefaultContent(raw json.RawMessage) (json.RawMessage, error) {
	var p Programme
	if err := json.Unmarshal(raw, &p); err != nil {
		return nil, err
	}
	tpl, err := checklist.Get(p.TemplateID)
	if err != nil {
		return raw, nil // a template this version lacks: leave it as it is
	}
	p.Document.EnsureElements(tpl)
	p.Document.addDefaultBlocks(tpl)
	return json.Marshal(&p)
}

// Encode returns the stored form of p: the bytes json.Marshal gives for
// envelope{SchemaVersion, json.Marshal(p)}, written directly. Marshalling
// the envelope would scan the encoded programme once more to compact a
// json.RawMessage that json.Marshal already wrote compact; on the large
// generated programme that scan was three quarters of a save's CPU time
// (BenchmarkSaveEditLarge). TestEncodeIsTheEnvelope pins the bytes.
func Encode(p *Programme) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(encodeSizeHint)
	buf.WriteString(`{"schema":`)
	buf.WriteString(strconv.Itoa(SchemaVersion))
	buf.WriteString(`,"programme":`)
	// p.MarshalJSON, not an Encoder: for a type with its own MarshalJSON
	// encoding/json compacts the method's output once more, the same
	// whole-programme scan as marshalling the envelope.
	raw, err := p.MarshalJSON()
	if err != nil {
		return nil, fmt.Errorf("encode programme %s: %w", p.ID, err)
	}
	buf.Write(raw)
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// encodeSizeHint is where Encode's buffer starts, so that a typical
// programme is written without the buffer growing many times.
const encodeSizeHint = 64 << 10

// Decode reads a stored programme, migrating older encodings.
func Decode(data []byte) (*Programme, error) {
	var env envelope
	if err := json.Unmarshal(data, &env); err != nil {
		return nil, fmt.Errorf("decode programme: %w", err)
	}
	if env.Schema > SchemaVersion {
		return nil, fmt.Errorf("programme encoded at schema %d: %w", env.Schema, ErrNewerSchema)
	}
	raw := env.Programme
	for v := env.Schema; v < SchemaVersion; v++ {
		m, ok := migrations[v]
		if !ok {
			return nil, fmt.Errorf("no migration from schema %d", v)
		}
		var err error
		if raw, err = m(raw); err != nil {
			return nil, fmt.Errorf("migrate from schema %d: %w", v, err)
		}
	}
	var p Programme
	if err := decodeKeepingUnknown(raw, &p); err != nil {
		return nil, fmt.Errorf("decode programme: %w", err)
	}
	p.ensure()
	return &p, nil
}

// Clone returns a deep copy of p.
func (p *Programme) Clone() *Programme {
	data, err := p.MarshalJSON() // not json.Marshal, which compacts it again
	if err != nil {
		panic(fmt.Sprintf("clone programme: %v", err)) // plain data always encodes
	}
	var c Programme
	if err := json.Unmarshal(data, (*plainProgramme)(&c)); err != nil {
		panic(fmt.Sprintf("clone programme: %v", err))
	}
	c.ensure()
	// The unknown members came along in data; the tree of where they
	// belong is read-only and shared.
	c.unknown = p.unknown
	return &c
}
