package programme_test

import (
	"errors"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func TestSetAdoption(t *testing.T) {
	tests := []struct {
		name    string
		in      programme.Adoption
		wantErr error
		want    programme.Adoption
	}{
		{"draft", programme.Adoption{}, nil, programme.Adoption{Status: programme.DocDraft}},
		{"proposal without body", programme.Adoption{Status: programme.DocProposal}, nil, programme.Adoption{Status: programme.DocProposal}},
		{
			"adopted",
			programme.Adoption{Status: programme.DocAdopted, Body: " Kunnanvaltuusto ", Date: "2026-12-14", Paragraph: "§ 45"},
			nil,
			programme.Adoption{Status: programme.DocAdopted, Body: "Kunnanvaltuusto", Date: "2026-12-14", Paragraph: "45"},
		},
		{"adopted without body", programme.Adoption{Status: programme.DocAdopted, Date: "2026-12-14"}, programme.ErrNoAdoptionBody, programme.Adoption{}},
		{"adopted without day", programme.Adoption{Status: programme.DocAdopted, Body: "Valtuusto", Date: "2026-12"}, programme.ErrNoAdoptionDate, programme.Adoption{}},
		{"bad paragraph", programme.Adoption{Status: programme.DocAdopted, Body: "Valtuusto", Date: "2026-12-14", Paragraph: "neljäs"}, programme.ErrBadParagraph, programme.Adoption{}},
		{"bad stage", programme.Adoption{Status: "approved"}, programme.ErrBadStatus, programme.Adoption{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := programme.New(checklist.Default(), []string{"Kuopio"}, "", 2026, 2029)
			err := p.SetAdoption(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				if p.Adoption.Status != programme.DocDraft {
					t.Errorf("a refused stage changed the programme: %+v", p.Adoption)
				}
				return
			}
			if p.Adoption != tt.want {
				t.Errorf("adoption = %+v, want %+v", p.Adoption, tt.want)
			}
		})
	}
}

func TestAdoptionJoinsDecisionPath(t *testing.T) {
	p := programme.New(checklist.Default(), []string{"Kuopio"}, "", 2026, 2029)
	p.Responsibility.AddMilestone(programme.Milestone{Date: "2026-11-02", Body: "Lautakunta", Decision: "Esitys"})
	council := p.Responsibility.AddMilestone(programme.Milestone{Date: "2026-12-14", Body: "Kunnanvaltuusto", Decision: "Hyväksyminen"}).ID
	if m, ok := p.Responsibility.AdoptionMilestone(); !ok || m.ID != council {
		t.Fatalf("AdoptionMilestone = %+v %v, want the council's", m, ok)
	}
	if err := p.SetAdoption(programme.Adoption{Status: programme.DocAdopted, Body: "Kunnanvaltuusto", Date: "2026-12-14"}); err != nil {
		t.Fatal(err)
	}
	if n := len(p.Responsibility.Milestones); n != 2 || !p.Responsibility.Milestone(council).Done {
		t.Errorf("the council's milestone was not marked done (%d milestones)", n)
	}
	// A decision on another day is added as the path's last milestone.
	if err := p.SetAdoption(programme.Adoption{Status: programme.DocAdopted, Body: "Kunnanvaltuusto", Date: "2027-01-20"}); err != nil {
		t.Fatal(err)
	}
	tl := p.Responsibility.Timeline()
	if last := tl[len(tl)-1]; len(tl) != 3 || last.Date != "2027-01-20" || !last.Done || last.Decision != programme.AdoptionDecision {
		t.Errorf("timeline %+v", tl)
	}
}

// TestAdoptionOfferedAsLastMilestone checks that the decision path offers
// the council's adoption until it has a council milestone, adds it last,
// and that adopting marks that milestone done instead of adding another.
func TestAdoptionOfferedAsLastMilestone(t *testing.T) {
	var r programme.Responsibility
	r.AddMilestone(programme.Milestone{Date: "2026-10-20", Body: "Sivistyslautakunta", Decision: "Lausunto"})
	r.AddMilestone(programme.Milestone{Date: "2026-11-09", Body: "Kunnanhallitus", Decision: "Esitys valtuustolle"})
	if !r.AdoptionOffered() {
		t.Fatal("a path without the council does not offer the adoption")
	}
	m := r.AddAdoptionMilestone()
	if m == nil || len(r.Milestones) != 3 || r.Milestones[2].ID != m.ID || !m.IsCouncil() || m.Decision != programme.AdoptionDecision || !m.Date.IsZero() {
		t.Fatalf("added %+v; path %+v", m, r.Milestones)
	}
	if r.AdoptionOffered() || r.AddAdoptionMilestone() != nil {
		t.Error("the adoption is offered again")
	}
	r.Milestones[2].Date = "2026-12-14"
	p := &programme.Programme{Responsibility: r}
	if err := p.SetAdoption(programme.Adoption{Status: programme.DocAdopted, Body: "Kunnanvaltuusto", Date: "2026-12-14"}); err != nil {
		t.Fatal(err)
	}
	if ms := p.Responsibility.Milestones; len(ms) != 3 || !ms[2].Done {
		t.Errorf("after adopting: %+v", ms)
	}
}
