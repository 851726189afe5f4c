package programme

import (
	"fmt"
	"slices"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// Situation is step 3: the situation picture.
type Situation struct {
	// Answers holds a Markdown answer per guiding question, keyed by the
	// checklist item ID of the question.
	Answers map[string]string `json:"answers,omitempty"`
	// Questions are the municipality's own additional questions.
	Questions []Question `json:"questions,omitempty"`
	Figures   []Figure   `json:"figures,omitempty"`
	// OtherSources are data sources beyond the checklist's list; the
	// checklist's own sources are ticked as items of the step.
	OtherSources []string `json:"otherSources,omitempty"`
	Strengths    []string `json:"strengths,omitempty"`
	Challenges   []string `json:"challenges,omitempty"`
	// MissingServices are services the municipality lacks.
	MissingServices []string `json:"missingServices,omitempty"`
	// Tr holds the translations of the lists and, under
	// "answers.<question ID>", of the answers (translation.go).
	Tr Translations `json:"tr,omitempty"`
}

// Question is an additional guiding question with its answer.
type Question struct {
	ID       string `json:"id"`
	Question string `json:"question,omitempty"`
	Answer   string `json:"answer,omitempty"`
	// Tr holds the row's texts in the further document languages
	// (translation.go).
	Tr Translations `json:"tr,omitempty"`
}

// Figure is one key figure of the situation picture.
type Figure struct {
	ID    string `json:"id"`
	Label string `json:"label,omitempty"`
	Value Value  `json:"value"`
	Unit  string `json:"unit,omitempty"`
	Year  int    `json:"year,omitempty"`
	Area  string `json:"area,omitempty"`
	// Source is where the figure comes from.
	Source string `json:"source,omitempty"`
	// Tr holds the row's texts in the further document languages
	// (translation.go).
	Tr Translations `json:"tr,omitempty"`
}

// Answer returns the answer to a guiding question of the checklist.
func (s *Situation) Answer(itemID string) string { return s.Answers[itemID] }

// SetAnswer stores the answer to a guiding question; an answer of only
// white space removes it, so that the question counts as unanswered.
func (s *Situation) SetAnswer(itemID, text string) {
	if strings.TrimSpace(text) == "" {
		delete(s.Answers, itemID)
		return
	}
	if s.Answers == nil {
		s.Answers = map[string]string{}
	}
	s.Answers[itemID] = text
}

// Question returns the additional question with the given ID, or nil.
func (s *Situation) Question(id string) *Question {
	if i := s.questionIndex(id); i >= 0 {
		return &s.Questions[i]
	}
	return nil
}

func (s *Situation) questionIndex(id string) int {
	return slices.IndexFunc(s.Questions, func(q Question) bool { return q.ID == id })
}

// AddQuestion appends an additional question, giving it an ID if it has
// none, and returns the stored question.
func (s *Situation) AddQuestion(q Question) *Question {
	if q.ID == "" {
		q.ID = NewID()
	}
	s.Questions = append(s.Questions, q)
	return &s.Questions[len(s.Questions)-1]
}

// DeleteQuestion removes an additional question and its answer.
func (s *Situation) DeleteQuestion(id string) bool {
	i := s.questionIndex(id)
	if i < 0 {
		return false
	}
	s.Questions = slices.Delete(s.Questions, i, i+1)
	return true
}

// MoveQuestion moves an additional question delta places.
func (s *Situation) MoveQuestion(id string, delta int) bool {
	return shiftRow(s.Questions, s.questionIndex(id), delta)
}

// Figure returns the key figure with the given ID, or nil.
func (s *Situation) Figure(id string) *Figure {
	if i := s.figureIndex(id); i >= 0 {
		return &s.Figures[i]
	}
	return nil
}

func (s *Situation) figureIndex(id string) int {
	return slices.IndexFunc(s.Figures, func(f Figure) bool { return f.ID == id })
}

// AddFigure appends a key figure, giving it an ID if it has none, and
// returns the stored figure.
func (s *Situation) AddFigure(f Figure) *Figure {
	if f.ID == "" {
		f.ID = NewID()
	}
	s.Figures = append(s.Figures, f)
	return &s.Figures[len(s.Figures)-1]
}

// DeleteFigure removes a key figure.
func (s *Situation) DeleteFigure(id string) bool {
	i := s.figureIndex(id)
	if i < 0 {
		return false
	}
	s.Figures = slices.Delete(s.Figures, i, i+1)
	return true
}

// MoveFigure moves a key figure delta places.
func (s *Situation) MoveFigure(id string, delta int) bool {
	return shiftRow(s.Figures, s.figureIndex(id), delta)
}

// Validate checks what a stored figure must satisfy. Its value may be text
// ("arabia, venäjä, somali"), so only the year is checked.
func (f Figure) Validate() error {
	if f.Year != 0 && !yearInRange(f.Year) {
		return fmt.Errorf("figure year %d: %w", f.Year, ErrBadYear)
	}
	return nil
}

// SourcesUsed returns the IDs of the checklist's data sources that are
// ticked in step 3, in the checklist's order.
func (p *Programme) SourcesUsed(tpl *checklist.Template) []string {
	var out []string
	if s, ok := tpl.Step(StepSituation); ok {
		for _, it := range s.ItemsOf(checklist.KindSource) {
			if st, ok := p.Items[it.ID]; ok && st.Done {
				out = append(out, it.ID)
			}
		}
	}
	return out
}

// CleanList trims each entry of a short list (strengths, challenges, other
// sources …) and drops empty ones, so that a list edited line by line stores
// only what was written.
func CleanList(lines []string) []string {
	var out []string
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
