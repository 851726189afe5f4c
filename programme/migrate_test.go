package programme_test

import (
	"encoding/json"
	"slices"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// TestMigrationAddsDefaultContent stores a programme as schema 1 did (ten
// elements, blocks only where the user ticked them) and reads it back: the
// new elements are in their template places and every element shows its
// default content besides what the user chose.
func TestMigrationAddsDefaultContent(t *testing.T) {
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Kuopio"}, "Ohjelma", 2026, 2029)
	var old []programme.Section
	for _, s := range p.Document.Sections {
		if s.ElementID == "document.el.summary" || s.ElementID == "document.el.communication" {
			continue
		}
		s.Includes = nil
		if s.ElementID == "document.el.monitoring" {
			s.Includes = []programme.Block{programme.BlockCommunication}
		}
		old = append(old, s)
	}
	p.Document.Sections = old
	raw, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(map[string]any{"schema": 1, "programme": json.RawMessage(raw)})
	got, err := programme.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	d := got.Document
	if len(d.Sections) != 12 || d.Sections[0].ElementID != "document.el.summary" {
		t.Fatalf("sections after migration: %d, first %q", len(d.Sections), d.Sections[0].ElementID)
	}
	if i, j := d.Index(d.ElementSection("document.el.monitoring").ID), d.Index(d.ElementSection("document.el.communication").ID); j != i+1 {
		t.Errorf("communication at %d, want right after monitoring at %d", j, i)
	}
	want := map[string][]programme.Block{
		"document.el.monitoring": {programme.BlockCommunication, programme.BlockIndicators, programme.BlockMonitoringPlan},
		"document.el.population": {programme.BlockFigures, programme.BlockSituation},
		"document.el.summary":    {programme.BlockSummary},
		"document.el.strategy":   nil,
	}
	for id, blocks := range want {
		if got := d.ElementSection(id).Includes; !slices.Equal(got, blocks) {
			t.Errorf("%s shows %v, want %v", id, got, blocks)
		}
	}
	// Saved again at the current schema, nothing more is added: a block
	// the user turned off stays off.
	_ = got.Document.SetIncludes(got.Document.ElementSection("document.el.population").ID, nil)
	enc, err := programme.Encode(got)
	if err != nil {
		t.Fatal(err)
	}
	again, err := programme.Decode(enc)
	if err != nil {
		t.Fatal(err)
	}
	if inc := again.Document.ElementSection("document.el.population").Includes; len(inc) != 0 {
		t.Errorf("turned-off blocks came back: %v", inc)
	}
}
