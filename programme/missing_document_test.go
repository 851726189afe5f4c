package programme

import (
	"reflect"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
)

func TestMissingDocument(t *testing.T) {
	tpl := checklist.Default()
	var elements []checklist.Item
	for _, el := range tpl.ItemsOf(checklist.KindElement) {
		if !el.Extra {
			elements = append(elements, el)
		}
	}
	summary, _ := tpl.Item("document.el.summary")
	if len(elements) < 2 || !summary.Extra {
		t.Fatal("template has too few elements for this test")
	}
	first := elements[0].Label(checklist.DefaultLanguage)
	tests := []struct {
		name    string
		section Section
		want    []Finding
	}{
		{"element with draft", Section{ID: "a", ElementID: elements[0].ID, Draft: "Teksti."}, nil},
		{
			"element without draft",
			Section{ID: "a", ElementID: elements[0].ID, Draft: "  \n"},
			[]Finding{{Step: "document", Code: "document.noDraft", Ref: "section:a", Subject: first}},
		},
		{
			"element with only included tables",
			Section{ID: "a", ElementID: elements[0].ID, Includes: []Block{BlockGoals}},
			[]Finding{{Step: "document", Code: "document.noDraft", Ref: "section:a", Subject: first}},
		},
		{
			"overridden title names the finding",
			Section{ID: "a", ElementID: elements[0].ID, Title: "Oma otsikko"},
			[]Finding{{Step: "document", Code: "document.noDraft", Ref: "section:a", Subject: "Oma otsikko"}},
		},
		{"the app's own element fills itself", Section{ID: "a", ElementID: summary.ID}, nil},
		{"not applicable with reason", Section{ID: "a", ElementID: elements[0].ID, NotApplicable: true, Reason: "Ei vastaanottokeskusta."}, nil},
		{
			"not applicable without reason",
			Section{ID: "a", ElementID: elements[0].ID, NotApplicable: true, Reason: " "},
			[]Finding{{Step: "document", Code: "document.noReason", Ref: "section:a", Subject: first}},
		},
		{"extra section with title and no draft", Section{ID: "x", Title: "Johdanto"}, nil},
		{
			"extra section without title",
			Section{ID: "x", Draft: "Teksti."},
			[]Finding{{Step: "document", Code: "document.noTitle", Ref: "section:x", Subject: "#1"}},
		},
		{
			"extra section without title or reason",
			Section{ID: "x", NotApplicable: true},
			[]Finding{
				{Step: "document", Code: "document.noTitle", Ref: "section:x", Subject: "#1"},
				{Step: "document", Code: "document.noReason", Ref: "section:x", Subject: "#1"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &Programme{Document: Document{Sections: []Section{tt.section}}}
			got := p.MissingIn(tpl, "document")
			for i := range got {
				// The checker's own fields (severity, source, key) are
				// tested in check_test.go; here the findings themselves.
				got[i] = Finding{Step: got[i].Step, Code: got[i].Code, Ref: got[i].Ref, Subject: got[i].Subject}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestMissingDocumentOfNewProgramme(t *testing.T) {
	tpl := checklist.Default()
	p := New(tpl, []string{"Kunta"}, "Ohjelma", 2026, 2029)
	got := p.MissingIn(tpl, "document")
	var official []Section
	for _, s := range p.Document.Sections {
		if el, _ := tpl.Item(s.ElementID); !el.Extra {
			official = append(official, s)
		}
	}
	if len(got) != len(official) || len(official) != 10 {
		t.Fatalf("a new programme has %d document findings, want one per checklist element (%d of 10)", len(got), len(official))
	}
	for i, f := range got {
		if f.Code != "document.noDraft" || f.Ref != "section:"+official[i].ID {
			t.Errorf("finding %d: %+v", i, f)
		}
	}
}
