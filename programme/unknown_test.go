package programme

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"fi.kotoutus/kotoutus/checklist"
)

// newerEncoding is the demo as a newer app would store it at the same
// schema: with members this version does not know at the top, inside the
// document (where the logo once came), inside a goal and a measure (rows,
// found by ID) and inside a step's state (a map entry).
func newerEncoding(t *testing.T) (data []byte, goal, measure, step string) {
	t.Helper()
	p := Demo(checklist.Default())
	raw, err := Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	var env map[string]any
	if err := json.Unmarshal(raw, &env); err != nil {
		t.Fatal(err)
	}
	prog := env["programme"].(map[string]any)
	prog["futureTop"] = map[string]any{"a": 1.0}
	prog["document"].(map[string]any)["futureCrest"] = "iVBORw0KGgo="
	g := prog["goals"].([]any)[1].(map[string]any)
	g["futureWeight"] = 3.0
	m := g["measures"].([]any)[0].(map[string]any)
	m["futureCost"] = []any{"x", "y"}
	for id, s := range prog["steps"].(map[string]any) {
		s.(map[string]any)["futureFlag"] = true
		step = id
		break
	}
	data, err = json.Marshal(env)
	if err != nil {
		t.Fatal(err)
	}
	return data, g["id"].(string), m["id"].(string), step
}

// futureMembers reads the unknown members back from an encoding.
func futureMembers(t *testing.T, data []byte, goal, measure, step string) map[string]any {
	t.Helper()
	var env struct {
		Programme map[string]any `json:"programme"`
	}
	if err := json.Unmarshal(data, &env); err != nil {
		t.Fatal(err)
	}
	prog := env.Programme
	got := map[string]any{"top": prog["futureTop"], "crest": prog["document"].(map[string]any)["futureCrest"]}
	for _, g := range prog["goals"].([]any) {
		g := g.(map[string]any)
		if g["id"] == goal {
			got["weight"] = g["futureWeight"]
			for _, m := range g["measures"].([]any) {
				if m := m.(map[string]any); m["id"] == measure {
					got["cost"] = m["futureCost"]
				}
			}
		}
	}
	got["flag"] = prog["steps"].(map[string]any)[step].(map[string]any)["futureFlag"]
	return got
}

// TestUnknownMembersSurviveASave: a programme a newer app wrote at the same
// schema keeps the members this version does not know through decode,
// edits, clone and encode, in the database's encoding and in an exchange
// file; the members of a row deleted here go with it.
func TestUnknownMembersSurviveASave(t *testing.T) {
	data, goal, measure, step := newerEncoding(t)
	p, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !p.HasUnknownFields() {
		t.Fatal("the newer members were not noticed")
	}
	want := map[string]any{"top": map[string]any{"a": 1.0}, "crest": "iVBORw0KGgo=", "weight": 3.0, "cost": []any{"x", "y"}, "flag": true}
	check := func(what string, out []byte) {
		t.Helper()
		got := futureMembers(t, out, goal, measure, step)
		for k, v := range want {
			g, _ := json.Marshal(got[k])
			w, _ := json.Marshal(v)
			if !bytes.Equal(g, w) {
				t.Errorf("%s: %s = %s, want %s", what, k, g, w)
			}
		}
	}

	// An edit elsewhere, and a clone (the session works on clones).
	p.Goals[0].Title = "Muutettu tavoite"
	c := p.Clone()
	out, err := Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	check("encode", out)
	again, err := Decode(out)
	if err != nil || again.Goals[0].Title != "Muutettu tavoite" {
		t.Fatalf("re-decode: %v", err)
	}
	out2, _ := Encode(again)
	check("second save", out2)

	var file bytes.Buffer
	if err := WriteFile(&file, c, WriteOptions{Now: time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	check("exchange file", file.Bytes())

	// The goal deleted: its members go with it, the others stay.
	var kept []Goal
	for _, g := range c.Goals {
		if g.ID != goal {
			kept = append(kept, g)
		}
	}
	c.Goals = kept
	out3, err := Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out3), "futureWeight") || strings.Contains(string(out3), "futureCost") {
		t.Error("the deleted goal's unknown members are still written")
	}
	if !strings.Contains(string(out3), "futureCrest") || !strings.Contains(string(out3), "futureTop") {
		t.Error("deleting a goal lost the document's unknown member")
	}
}

// TestKnownProgrammeHasNoUnknownMembers: this version's own encoding reads
// without anything to keep, and encodes exactly as before.
func TestKnownProgrammeHasNoUnknownMembers(t *testing.T) {
	p := Demo(checklist.Default())
	raw, err := Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	q, err := Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	if q.HasUnknownFields() {
		t.Error("the demo has unknown members")
	}
	raw2, _ := Encode(q)
	if !bytes.Equal(raw, raw2) {
		t.Error("decode and encode changed the demo's encoding")
	}
}
