package programme_test

import (
	"reflect"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// nonZeroFields fails the test when any field of v (a struct, walked into
// nested structs and the first element of slices) is its zero value, so a
// round trip test notices a field it does not cover.
func nonZeroFields(t *testing.T, path string, v reflect.Value) {
	t.Helper()
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			nonZeroFields(t, path+"."+v.Type().Field(i).Name, v.Field(i))
		}
	case reflect.Slice:
		if v.Len() == 0 {
			t.Errorf("%s is empty", path)
			return
		}
		nonZeroFields(t, path+"[0]", v.Index(0))
	default:
		if v.IsZero() {
			t.Errorf("%s is zero", path)
		}
	}
}

func TestStoreRoundTripSteps127(t *testing.T) {
	s, path := openStore(t)
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Akaa"}, "Kotouttamisohjelma", 2026, 2029)
	p.SetOtherMunicipalities([]string{"Urjala", "Valkeakoski"})
	full := programme.Contact{
		ID: "c", Name: "Aino Virtanen", Title: "koordinaattori", Organisation: "Akaan kaupunki",
		Email: "aino@akaa.fi", Phone: "040 123 4567",
		Tr: programme.Translations{"sv": {"title": {Text: "koordinator", Basis: programme.TextBasis("koordinaattori")}}},
	}
	p.Responsibility = programme.Responsibility{
		Organisation: "Hyvinvointipalvelut", Unit: "Maahanmuuttajapalvelut",
		Lead: full, Contacts: []programme.Contact{full, {ID: "d", Name: "Jari"}}, ELY: full, Experts: []programme.Contact{full},
		Milestones: []programme.Milestone{
			{ID: "m1", Date: "2026-12-14", Body: "Kaupunginvaltuusto", Decision: "Hyväksyy ohjelman – ”lopullisesti”", Done: true, Tr: programme.Translations{"sv": {"body": {Text: "Stadsfullmäktige", Basis: programme.TextBasis("Kaupunginvaltuusto")}}}},
			{ID: "m2", Date: "2027", Body: "Kaupunginhallitus"},
		},
		Tr: programme.Translations{"sv": {"unit": {Text: "Invandrartjänster", Basis: programme.TextBasis("Maahanmuuttajapalvelut")}}},
	}
	p.Cooperation = programme.Cooperation{
		Members: []programme.Member{{
			ID: "mem", Name: "Abdi Hassan", Organisation: "Somaliyhdistys ry", Sector: "immigrant-association",
			Role: "jäsen", Contact: "abdi@example.com", Tr: programme.Translations{"sv": {"role": {Text: "medlem", Basis: programme.TextBasis("jäsen")}}},
		}},
		Hearings: []programme.Hearing{{
			ID: "h", Date: "2026-04-22", Kind: programme.HearingResident, Title: "Asukasilta",
			Participants: "kuntalaiset", Count: 46, ImmigrantCount: 31, Languages: "suomi, arabia", Summary: "Toiveita:\n- kielikursseja",
			Tr: programme.Translations{"sv": {"title": {Text: "Invånarkväll", Basis: programme.TextBasis("Asukasilta")}}},
		}},
		Schedule: "- 2/2026 käynnistys\n- 12/2026 valtuusto",
	}
	p.Communication = programme.Communication{Rows: []programme.CommRow{
		{
			ID: "r", Audience: "residents", CustomAudience: "Nuoret", Message: "Viesti", Channel: "verkkosivut", Timing: "3/2026",
			Languages: []string{programme.LangFinnish, programme.LangOther}, OtherLanguages: "arabia", Responsible: "viestintä",
			Tr: programme.Translations{"sv": {"message": {Text: "Meddelande", Basis: programme.TextBasis("Viesti")}}},
		},
	}}
	for name, v := range map[string]any{"Responsibility": p.Responsibility, "Cooperation": p.Cooperation, "Communication": p.Communication} {
		nonZeroFields(t, name, reflect.ValueOf(v))
	}

	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := programme.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	got, err := s2.Load(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		got, want any
	}{
		{"municipalities", got.Municipalities, p.Municipalities},
		{"responsibility", got.Responsibility, p.Responsibility},
		{"cooperation", got.Cooperation, p.Cooperation},
		{"communication", got.Communication, p.Communication},
	} {
		if !reflect.DeepEqual(tc.got, tc.want) {
			t.Errorf("%s after reopening:\n got %+v\nwant %+v", tc.name, tc.got, tc.want)
		}
	}
	if !got.Joint() {
		t.Error("the joint programme came back as the municipality's own")
	}
}

func TestDemoRoundTripSteps127(t *testing.T) {
	s, _ := openStore(t)
	p := programme.Demo(checklist.Default())
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Responsibility, p.Responsibility) || !reflect.DeepEqual(got.Cooperation, p.Cooperation) ||
		!reflect.DeepEqual(got.Communication, p.Communication) {
		t.Error("the demo's steps 1, 2 and 7 changed on the way through the store")
	}
	if len(got.Responsibility.Milestones) == 0 || len(got.Cooperation.Members) == 0 || len(got.Cooperation.Hearings) == 0 ||
		len(got.Communication.Rows) == 0 || got.Cooperation.Schedule == "" || got.Responsibility.ELY.Name == "" {
		t.Error("the demo leaves a structure of steps 1, 2 or 7 empty")
	}
}
