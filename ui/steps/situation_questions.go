package steps

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// questionsView answers the guiding questions: the checklist's questions,
// then the municipality's own, in one row editor whose open row shows its
// answer and the answer's preview. One answer editor at a time keeps
// typing fast, which ten large word-wrapped entries in a column would not.
// The checklist's questions are the editor's lead rows: answered, never
// moved or deleted; the own questions are added, moved and deleted
// through programme.Situation.
type questionsView struct {
	ctx      *Context
	fixed    []checklist.Item
	onChange func()
	rows     *rowEditor[programme.Question]
	answered *widget.Label
	content  fyne.CanvasObject

	// own and answer are the open form's question (nil for a checklist
	// question) and answer entries.
	own, answer *widget.Entry
}

func newQuestionsView(c *Context, onChange func()) *questionsView {
	q := &questionsView{ctx: c, fixed: c.step.ItemsOf(checklist.KindQuestion), onChange: onChange}
	lead := &leadRows{Label: q.fixedLabel, Icon: q.fixedIcon, Form: q.fixedForm}
	for _, it := range q.fixed {
		lead.IDs = append(lead.IDs, it.ID)
	}
	q.rows = newRowEditor(c, rowSpec[programme.Question]{
		Rows:   func(p *programme.Programme) *[]programme.Question { return &p.Situation.Questions },
		ID:     func(r *programme.Question) string { return r.ID },
		Title:  ownLabel,
		New:    func() programme.Question { return programme.Question{ID: programme.NewID()} },
		Add:    func(p *programme.Programme, r programme.Question) { p.Situation.AddQuestion(r) },
		Delete: func(p *programme.Programme, id string) bool { return p.Situation.DeleteQuestion(id) },
		Move:   func(p *programme.Programme, id string, delta int) bool { return p.Situation.MoveQuestion(id, delta) },
		Icon:   func(r *programme.Question) fyne.Resource { return answeredIcon(r.Answer) },
		DeleteText: func(r *programme.Question) (string, string) {
			return lang.L("situation.deleteQuestionTitle"), lang.L("rows.deleteConfirm", map[string]any{"Name": ownLabel(r)})
		},
		Form:     q.ownForm,
		Lead:     lead,
		AddLabel: lang.L("situation.addQuestion"),
		OnChange: q.changed,
	})
	q.answered = widgets.HelpText("")
	q.rows.w.SetListHeader(q.answered)
	q.content = q.rows.content
	q.updateCount()
	q.rows.w.OpenFirst()
	return q
}

// ownLabel is an own question's line in the list.
func ownLabel(r *programme.Question) string {
	text := strings.TrimSpace(r.Question)
	if text == "" {
		text = lang.L("situation.newQuestion")
	}
	return lang.L("situation.ownPrefix", map[string]any{"Question": text})
}

// answeredIcon marks a question answered or not.
func answeredIcon(answer string) fyne.Resource {
	if strings.TrimSpace(answer) != "" {
		return theme.ConfirmIcon()
	}
	return theme.NewDisabledResource(theme.RadioButtonIcon())
}

// fixedItem is the checklist question with the given item ID.
func (q *questionsView) fixedItem(id string) *checklist.Item {
	for i := range q.fixed {
		if q.fixed[i].ID == id {
			return &q.fixed[i]
		}
	}
	return nil
}

func (q *questionsView) fixedLabel(id string) (string, string) {
	if it := q.fixedItem(id); it != nil {
		return it.Text.In(i18n.Language()), ""
	}
	return "", ""
}

func (q *questionsView) fixedIcon(id string) fyne.Resource {
	return answeredIcon(q.ctx.programme().Situation.Answer(id))
}

// fixedForm answers a checklist question; the answer is the programme's
// Situation.Answer under the item's ID.
func (q *questionsView) fixedForm(id string) fyne.CanvasObject {
	text, _ := q.fixedLabel(id)
	q.own = nil
	q.answer = q.answerEntry(q.ctx.programme().Situation.Answer(id))
	preview := answerPreview(q.answer)
	store := q.ctx.guardField(q.answer.SetText,
		func(p *programme.Programme) string { return p.Situation.Answer(id) },
		func(s string) {
			q.ctx.edit(func(p *programme.Programme) { p.Situation.SetAnswer(id, s) })
			if i := q.rows.index(id); i >= 0 {
				q.rows.w.RefreshRow(i)
			}
			q.changed()
		})
	q.answer.OnChanged = func(s string) { preview.ParseMarkdown(s); store(s) }
	return q.form(questionHeading(text), nil, q.answer, preview)
}

// ownForm edits an own question and its answer.
func (q *questionsView) ownForm(f *rowForm[programme.Question]) fyne.CanvasObject {
	q.own = f.Entry(func(r *programme.Question) string { return r.Question },
		func(r *programme.Question, v string) { r.Question = v })
	q.own.SetPlaceHolder(lang.L("situation.ownQuestionPlaceholder"))
	q.answer = f.MultiLine(10, func(r *programme.Question) string { return r.Answer },
		func(r *programme.Question, v string) { r.Answer = v })
	q.answer.SetPlaceHolder(lang.L("situation.answerPlaceholder"))
	preview := answerPreview(q.answer)
	store := q.answer.OnChanged
	q.answer.OnChanged = func(s string) { preview.ParseMarkdown(s); store(s) }
	return q.form(questionHeading(lang.L("situation.ownQuestion")), q.own, q.answer, preview)
}

// answerEntry is the answer's wrapped entry, ten lines high.
func (q *questionsView) answerEntry(text string) *widget.Entry {
	w := widget.NewMultiLineEntry()
	w.Wrapping = fyne.TextWrapWord
	w.SetMinRowsVisible(10)
	w.SetPlaceHolder(lang.L("situation.answerPlaceholder"))
	w.SetText(text)
	return w
}

// answerPreview renders an answer's Markdown as it is typed.
func answerPreview(answer *widget.Entry) *widget.RichText {
	p := widget.NewRichTextFromMarkdown(answer.Text)
	p.Wrapping = fyne.TextWrapWord
	return p
}

func questionHeading(text string) *widget.Label {
	h := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	h.Wrapping = fyne.TextWrapWord
	h.SizeName = theme.SizeNameSubHeadingText
	return h
}

// form lays out a question's form: its heading, the own question's text
// (nil for a checklist question), the answer and its preview.
func (q *questionsView) form(heading *widget.Label, own, answer *widget.Entry, preview *widget.RichText) fyne.CanvasObject {
	box := container.NewVBox(heading)
	if own != nil {
		box.Add(own)
	}
	box.Add(boldLabel(lang.L("situation.answer")))
	box.Add(widgets.HelpText(lang.L("situation.answerHint")))
	box.Add(answer)
	box.Add(boldLabel(lang.L("situation.preview")))
	box.Add(preview)
	return box
}

// changed follows an answer or a change to the own questions: the count
// of answers and the step's findings.
func (q *questionsView) changed() {
	q.updateCount()
	if q.onChange != nil {
		q.onChange()
	}
}

// updateCount shows how many of the questions have an answer.
func (q *questionsView) updateCount() {
	s := &q.ctx.programme().Situation
	done, total := 0, len(q.fixed)+len(s.Questions)
	for _, it := range q.fixed {
		if strings.TrimSpace(s.Answer(it.ID)) != "" {
			done++
		}
	}
	for _, r := range s.Questions {
		if strings.TrimSpace(r.Answer) != "" {
			done++
		}
	}
	q.answered.SetText(lang.L("situation.answeredCount", map[string]any{"Done": done, "Total": total}))
}

// selectQuestion selects and opens a question by its item ID or own
// question ID.
func (q *questionsView) selectQuestion(id string) { q.rows.selectRow(id) }

// selected is the ID of the open question, "" for none.
func (q *questionsView) selected() string { return q.rows.selectedID() }
