package programme_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func TestGenerateSizes(t *testing.T) {
	tests := []struct {
		name                                           string
		tpl                                            *checklist.Template
		size                                           programme.Size
		goals, measures, indicators, members, hearings int
		minWords, maxWords                             int
	}{
		{"large", checklist.Default(), programme.SizeLarge, 40, 400, 60, 60, 30, 55000, 70000},
		{"large planning", mustTemplate(t, checklist.PlanningID), programme.SizeLarge, 40, 400, 60, 60, 30, 55000, 70000},
		{"huge", checklist.Default(), programme.SizeHuge, 400, 4000, 600, 600, 300, 550000, 700000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := programme.GenerateSize(tt.tpl, tt.size)
			if err != nil {
				t.Fatal(err)
			}
			measures := 0
			for _, g := range p.Goals {
				measures += len(g.Measures)
			}
			words := 0
			for _, s := range p.Document.Sections {
				words += len(strings.Fields(s.Draft))
				if err := programme.CheckDraft(s.Draft); err != nil {
					t.Errorf("section %s: %v", s.ID, err)
				}
			}
			got := []int{len(p.Goals), measures, len(p.Monitoring.Indicators), len(p.Cooperation.Members), len(p.Cooperation.Hearings)}
			want := []int{tt.goals, tt.measures, tt.indicators, tt.members, tt.hearings}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("rows (goals, measures, indicators, members, hearings) = %v, want %v", got, want)
					break
				}
			}
			if words < tt.minWords || words > tt.maxWords {
				t.Errorf("%d words of drafts, want %d–%d", words, tt.minWords, tt.maxWords)
			}
			for _, ind := range p.Monitoring.Indicators {
				if len(ind.Measurements) != 10 {
					t.Fatalf("indicator %s has %d measurements, want 10", ind.ID, len(ind.Measurements))
				}
				if err := ind.Validate(); err != nil {
					t.Fatalf("indicator %s: %v", ind.ID, err)
				}
			}
		})
	}
}

// TestGenerateDeterministic: two programmes of one size differ only in
// their own ID and creation time.
func TestGenerateDeterministic(t *testing.T) {
	encode := func() string {
		p, err := programme.GenerateSize(checklist.Default(), programme.SizeLarge)
		if err != nil {
			t.Fatal(err)
		}
		p.ID, p.Created, p.Updated = "", time.Time{}, time.Time{}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if a, b := encode(), encode(); a != b {
		t.Errorf("two generated programmes differ (%d and %d bytes)", len(a), len(b))
	}
}

func TestGenerateUnknownSize(t *testing.T) {
	if _, err := programme.GenerateSize(checklist.Default(), "giant"); err == nil {
		t.Error("size giant accepted")
	}
}

func mustTemplate(t *testing.T, id string) *checklist.Template {
	t.Helper()
	tpl, err := checklist.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	return tpl
}
