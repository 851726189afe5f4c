package programme

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
)

// TestDecodeMigratesOlderSchemas registers a migration from a made-up
// schema 0, in which the title was called "name", and checks that Decode
// runs it: the mechanism later schema changes rely on.
func TestDecodeMigratesOlderSchemas(t *testing.T) {
	migrations[0] = func(raw json.RawMessage) (json.RawMessage, error) {
		var m map[string]any
		if err := json.Unmarshal(raw, &m); err != nil {
			return nil, err
		}
		m["title"] = m["name"]
		delete(m, "name")
		return json.Marshal(m)
	}
	defer delete(migrations, 0)
	old := []byte(`{"schema":0,"programme":{"id":"abcd1234","name":"Vanha ohjelma","municipalities":["Akaa"]}}`)
	p, err := Decode(old)
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "Vanha ohjelma" || p.Municipality() != "Akaa" || p.Items == nil {
		t.Errorf("migrated programme: %+v", p.Summary())
	}

	newer := []byte(`{"schema":99,"programme":{}}`)
	if _, err := Decode(newer); !errors.Is(err, ErrNewerSchema) {
		t.Errorf("newer schema: %v", err)
	}
	missing := []byte(`{"schema":-1,"programme":{}}`)
	if _, err := Decode(missing); err == nil || !strings.Contains(err.Error(), "no migration") {
		t.Errorf("schema without a migration path: %v", err)
	}
}

// TestEncodeIsTheEnvelope: Encode writes exactly the bytes of marshalling
// the envelope around the marshalled programme, which older versions wrote
// and read: the faster path changes no stored byte.
func TestEncodeIsTheEnvelope(t *testing.T) {
	tpl := checklist.Default()
	large, err := GenerateSize(tpl, SizeLarge)
	if err != nil {
		t.Fatal(err)
	}
	odd := New(tpl, []string{"Åland"}, "<b>Ohjelma</b> & \u2028 \"lainaus\" \\ ä", 2026, 2029)
	odd.Comments = []Comment{{ID: "c", About: "step:goals", Text: "rivi\nrivi\t\x01"}}
	for name, p := range map[string]*Programme{"demo": Demo(tpl), "large": large, "odd": odd, "empty": {}} {
		raw, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(envelope{Schema: SchemaVersion, Programme: raw})
		if err != nil {
			t.Fatal(err)
		}
		got, err := Encode(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: Encode differs from the envelope (%d bytes, want %d)", name, len(got), len(want))
		}
		back, err := Decode(got)
		if err != nil || back.Title != p.Title {
			t.Errorf("%s: decoded %v, title %q", name, err, back.Title)
		}
	}
}
