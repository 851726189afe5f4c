package programme_test

import (
	"fmt"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func TestCommRows(t *testing.T) {
	var c programme.Communication
	for _, id := range []string{"a", "b", "c"} {
		c.AddRow(programme.CommRow{ID: id})
	}
	c.Row("c").Channel = "verkkosivut"
	if c.Rows[2].Channel != "verkkosivut" || c.Row("zz") != nil {
		t.Error("Row does not return the stored row")
	}
	id := func(r programme.CommRow) string { return r.ID }
	if !c.MoveRow("a", 1) || orderOf(c.Rows, id) != "[b a c]" {
		t.Errorf("after moving a down: %s", orderOf(c.Rows, id))
	}
	if c.MoveRow("b", -1) || c.MoveRow("c", 1) {
		t.Error("a move past the ends reported a move")
	}
	if !c.DeleteRow("a") || c.DeleteRow("a") || orderOf(c.Rows, id) != "[b c]" {
		t.Errorf("after delete: %s", orderOf(c.Rows, id))
	}
	if c.AddRow(programme.CommRow{}).ID == "" {
		t.Error("AddRow gave no ID")
	}
}

func TestCommLanguages(t *testing.T) {
	for _, tc := range []struct {
		name   string
		start  []string
		code   string
		on     bool
		want   string
		beyond bool
	}{
		{"first", nil, programme.LangSwedish, true, "[sv]", false},
		{"kept in display order", []string{programme.LangPlain}, programme.LangFinnish, true, "[fi plain]", true},
		{"off", []string{"fi", "sv"}, programme.LangFinnish, false, "[sv]", false},
		{"twice on is once", []string{"fi"}, programme.LangFinnish, true, "[fi]", false},
		{"unknown code kept", []string{"fi", "sme"}, programme.LangOther, true, "[fi other sme]", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := programme.CommRow{Languages: tc.start}
			r.SetLanguage(tc.code, tc.on)
			if got := fmt.Sprint(r.Languages); got != tc.want {
				t.Errorf("Languages = %s, want %s", got, tc.want)
			}
			if r.HasLanguage(tc.code) != tc.on {
				t.Errorf("HasLanguage(%s) = %v", tc.code, !tc.on)
			}
			if r.BeyondOfficial() != tc.beyond {
				t.Errorf("BeyondOfficial = %v", !tc.beyond)
			}
		})
	}

	r := programme.CommRow{Languages: []string{programme.LangFinnish}}
	r.SetOtherLanguages("arabia, somali")
	if !r.HasLanguage(programme.LangOther) || r.OtherLanguages != "arabia, somali" {
		t.Errorf("naming other languages did not tick them: %+v", r)
	}
	r.SetLanguage(programme.LangOther, false)
	if r.OtherLanguages != "arabia, somali" {
		t.Error("unticking other languages lost their names")
	}
	r.SetLanguage(programme.LangOther, true)
	r.SetOtherLanguages("")
	if !r.HasLanguage(programme.LangOther) {
		t.Error("clearing the names unticked other languages")
	}
}

func TestAudiences(t *testing.T) {
	tpl := checklist.Default()
	c := programme.Communication{Rows: []programme.CommRow{
		{Audience: "residents"}, {CustomAudience: "Henkilöstö"}, {Audience: programme.AudienceTargetGroup},
	}}
	var missing []string
	for _, o := range c.AudiencesWithoutRow(tpl) {
		missing = append(missing, o.ID)
	}
	if got := fmt.Sprint(missing); got != "[stakeholders decision-makers]" {
		t.Errorf("AudiencesWithoutRow = %s", got)
	}
	if got := c.Rows[0].AudienceLabel(tpl, "fi"); got != "Kuntalaiset" {
		t.Errorf("catalogue label = %q", got)
	}
	if got := c.Rows[1].AudienceLabel(tpl, "fi"); got != "Henkilöstö" {
		t.Errorf("custom label = %q", got)
	}
}
