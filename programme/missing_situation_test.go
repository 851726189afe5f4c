package programme_test

import (
	"reflect"
	"strconv"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func TestMissingSituation(t *testing.T) {
	tpl := checklist.Default()
	step, _ := tpl.Step("situation")
	questions := step.ItemsOf(checklist.KindQuestion)
	answerAll := func(p *programme.Programme) {
		for _, q := range questions {
			p.Situation.SetAnswer(q.ID, "Vastaus.")
		}
	}
	good := programme.Figure{ID: "f", Label: "Vieraskieliset", Value: programme.TextValue("1 912"), Year: 2024, Source: "Tilastokeskus"}
	tests := []struct {
		name string
		fill func(p *programme.Programme)
		want []string
	}{
		{"complete", func(p *programme.Programme) {
			answerAll(p)
			p.Situation.Figures = []programme.Figure{good}
			p.EditItem("situation.src.dvv").Done = true
			p.Situation.Challenges = []string{"Kielikoulutus"}
		}, []string{}},
		{"own source and strengths suffice", func(p *programme.Programme) {
			answerAll(p)
			p.Situation.Figures = []programme.Figure{good}
			p.Situation.OtherSources = []string{"Asukaskysely"}
			p.Situation.Strengths = []string{"Järjestöt"}
		}, []string{}},
		{"one question unanswered", func(p *programme.Programme) {
			answerAll(p)
			p.Situation.SetAnswer("situation.q.forecast", " ")
			p.Situation.Figures = []programme.Figure{good}
			p.Situation.OtherSources = []string{"Asukaskysely"}
			p.Situation.MissingServices = []string{"Nuorten ryhmät"}
		}, []string{"situation.unanswered question:situation.q.forecast"}},
		{"own question unanswered, figure gaps", func(p *programme.Programme) {
			answerAll(p)
			p.Situation.Questions = []programme.Question{{ID: "q", Question: "Oma?"}}
			p.Situation.Figures = []programme.Figure{{ID: "f", Label: "x"}}
			p.Situation.OtherSources = []string{" ", ""}
			p.Situation.Strengths = []string{""}
		}, []string{
			"situation.figureNoSource figure:f", "situation.figureNoValue figure:f", "situation.figureNoYear figure:f",
			"situation.noQualitative", "situation.noSources", "situation.unanswered question:q",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := programme.New(tpl, []string{"Akaa"}, "Ohjelma", 2026, 2029)
			tt.fill(p)
			if got := codes(p.MissingIn(tpl, "situation"), nil); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findings %v\nwant %v", got, tt.want)
			}
		})
	}

	p := programme.New(tpl, []string{"Akaa"}, "Ohjelma", 2026, 2029)
	fs := p.MissingIn(tpl, "situation")
	want := []string{"situation.noFigures", "situation.noQualitative", "situation.noSources", "situation.unansweredMany question:" + questions[0].ID}
	if got := codes(fs, nil); !reflect.DeepEqual(got, want) {
		t.Errorf("empty programme: %v\nwant %v", got, want)
	}
	if fs[0].Subject != strconv.Itoa(len(questions)) {
		t.Errorf("summary finding's subject %q, want the count %d", fs[0].Subject, len(questions))
	}

	// Up to three open questions are listed one by one, with the question.
	answerAll(p)
	for _, q := range questions[:3] {
		p.Situation.SetAnswer(q.ID, "")
	}
	fs = p.MissingIn(tpl, "situation")
	if fs[0].Code != "situation.unanswered" || fs[0].Subject != questions[0].Text.String() || fs[2].Ref != "question:"+questions[2].ID {
		t.Errorf("three open questions: %+v", fs[:3])
	}
	p.Situation.SetAnswer(questions[3].ID, "")
	if fs = p.MissingIn(tpl, "situation"); fs[0].Code != "situation.unansweredMany" || fs[0].Subject != "4" {
		t.Errorf("four open questions: %+v", fs[0])
	}
}
