package programme

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
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
