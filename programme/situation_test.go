package programme_test

import (
	"errors"
	"reflect"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func TestAnswers(t *testing.T) {
	var s programme.Situation
	s.SetAnswer("situation.q.count", "Noin 1 900.")
	if s.Answer("situation.q.count") != "Noin 1 900." {
		t.Errorf("answer %q", s.Answer("situation.q.count"))
	}
	s.SetAnswer("situation.q.count", "  \n ")
	if _, ok := s.Answers["situation.q.count"]; ok {
		t.Error("a blank answer was kept")
	}
}

func TestQuestionsAndFigures(t *testing.T) {
	var s programme.Situation
	q1 := s.AddQuestion(programme.Question{Question: "Q1"}).ID
	q2 := s.AddQuestion(programme.Question{Question: "Q2"}).ID
	if q1 == "" || q1 == q2 {
		t.Fatalf("question IDs %q %q", q1, q2)
	}
	if !s.MoveQuestion(q2, -1) || s.Questions[0].ID != q2 {
		t.Error("MoveQuestion did not move Q2 first")
	}
	if !s.DeleteQuestion(q2) || s.Question(q2) != nil || len(s.Questions) != 1 {
		t.Error("DeleteQuestion failed")
	}

	f1 := s.AddFigure(programme.Figure{Label: "F1", Value: programme.TextValue("1 912")}).ID
	f2 := s.AddFigure(programme.Figure{Label: "F2", Value: programme.TextValue("arabia, venäjä")}).ID
	if n := s.Figure(f1).Value.Number; n == nil || *n != 1912 {
		t.Errorf("figure number %v", n)
	}
	if s.Figure(f2).Value.Number != nil {
		t.Error("text figure got a number")
	}
	if !s.MoveFigure(f1, 1) || s.Figures[1].ID != f1 {
		t.Error("MoveFigure failed")
	}
	if s.MoveFigure(f1, 1) {
		t.Error("moving the last figure down reported a move")
	}
	if !s.DeleteFigure(f1) || s.DeleteFigure(f1) || len(s.Figures) != 1 {
		t.Error("DeleteFigure failed")
	}
}

func TestFigureValidate(t *testing.T) {
	tests := []struct {
		year int
		err  error
	}{{0, nil}, {2024, nil}, {1850, programme.ErrBadYear}, {24, programme.ErrBadYear}}
	for _, tt := range tests {
		if err := (programme.Figure{Year: tt.year}).Validate(); !errors.Is(err, tt.err) {
			t.Errorf("year %d: %v, want %v", tt.year, err, tt.err)
		}
	}
}

func TestSourcesUsedAndCleanList(t *testing.T) {
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Akaa"}, "Ohjelma", 2026, 2029)
	if got := p.SourcesUsed(tpl); len(got) != 0 {
		t.Errorf("fresh programme uses %v", got)
	}
	p.EditItem("situation.src.reception").Done = true
	p.EditItem("situation.src.dvv").Done = true
	p.EditItem("situation.q.count").Done = true // a question, not a source
	if got, want := p.SourcesUsed(tpl), []string{"situation.src.dvv", "situation.src.reception"}; !reflect.DeepEqual(got, want) {
		t.Errorf("SourcesUsed %v, want %v", got, want)
	}
	if got := programme.CleanList([]string{" a ", "", "  ", "b"}); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("CleanList %q", got)
	}
}
