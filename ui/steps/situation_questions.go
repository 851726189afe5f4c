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
// then the municipality's own, in one list, with one answer editor and its
// preview. One editor at a time keeps typing fast, which ten large
// word-wrapped entries in a column would not.
type questionsView struct {
	ctx      *Context
	fixed    []checklist.Item
	onChange func()

	list     *widget.List
	selected string // the question's item ID or own question ID
	loading  bool   // true while the editor is being filled, not typed in

	heading  *widget.Label
	own      *widget.Entry
	answer   *widget.Entry
	preview  *widget.RichText
	editor   fyne.CanvasObject
	nothing  *widget.Label
	addBtn   *widget.Button
	upBtn    *widget.Button
	downBtn  *widget.Button
	delBtn   *widget.Button
	content  fyne.CanvasObject
	answered *widget.Label
}

func newQuestionsView(c *Context, onChange func()) *questionsView {
	q := &questionsView{ctx: c, fixed: c.step.ItemsOf(checklist.KindQuestion), onChange: onChange}
	q.list = widget.NewList(q.length, q.createItem, q.updateItem)
	q.list.OnSelected = func(i widget.ListItemID) {
		if id := q.idAt(i); id != "" {
			q.show(id)
		}
	}
	q.addBtn = widget.NewButtonWithIcon(lang.L("situation.addQuestion"), theme.ContentAddIcon(), q.add)
	q.upBtn = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { q.move(-1) })
	q.downBtn = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { q.move(1) })
	q.delBtn = widget.NewButtonWithIcon("", theme.DeleteIcon(), q.confirmDelete)
	q.answered = widgets.HelpText("")

	q.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	q.heading.Wrapping = fyne.TextWrapWord
	q.heading.SizeName = theme.SizeNameSubHeadingText
	q.own = widget.NewEntry()
	q.own.SetPlaceHolder(lang.L("situation.ownQuestionPlaceholder"))
	q.own.OnChanged = q.onOwnChanged
	q.answer = widget.NewMultiLineEntry()
	q.answer.Wrapping = fyne.TextWrapWord
	q.answer.SetMinRowsVisible(10)
	q.answer.SetPlaceHolder(lang.L("situation.answerPlaceholder"))
	q.answer.OnChanged = q.onAnswerChanged
	q.preview = widget.NewRichTextFromMarkdown("")
	q.preview.Wrapping = fyne.TextWrapWord
	q.editor = container.NewVBox(
		q.heading, q.own,
		boldLabel(lang.L("situation.answer")),
		widgets.HelpText(lang.L("situation.answerHint")),
		q.answer,
		boldLabel(lang.L("situation.preview")),
		q.preview,
	)
	q.nothing = widget.NewLabel(lang.L("situation.chooseQuestion"))
	q.nothing.Wrapping = fyne.TextWrapWord
	q.nothing.Importance = widget.LowImportance

	tools := container.NewHBox(q.addBtn, widgets.ToolSpacer(), q.upBtn, q.downBtn, q.delBtn)
	left := container.NewBorder(container.NewVBox(tools, q.answered), nil, nil, nil, widgets.WithMinHeight(q.list, widgets.RowListMinHeight))
	split := container.NewHSplit(left, container.NewPadded(container.NewStack(q.nothing, q.editor)))
	split.Offset = 0.38
	q.content = split
	q.refresh()
	if len(q.fixed) > 0 {
		q.list.Select(0)
	}
	return q
}

func (q *questionsView) ownQuestions() []programme.Question {
	return q.ctx.programme().Situation.Questions
}

func (q *questionsView) length() int { return len(q.fixed) + len(q.ownQuestions()) }

// idAt returns the ID of the question in list row i.
func (q *questionsView) idAt(i int) string {
	if i < len(q.fixed) {
		return q.fixed[i].ID
	}
	own := q.ownQuestions()
	if j := i - len(q.fixed); j >= 0 && j < len(own) {
		return own[j].ID
	}
	return ""
}

// index returns the list row of a question, or -1.
func (q *questionsView) index(id string) int {
	for i := 0; i < q.length(); i++ {
		if q.idAt(i) == id {
			return i
		}
	}
	return -1
}

// isOwn tells whether row i is one of the municipality's own questions.
func (q *questionsView) isOwn(i int) bool { return i >= len(q.fixed) && i < q.length() }

func (q *questionsView) createItem() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, widget.NewIcon(theme.ConfirmIcon()), nil, l)
}

func (q *questionsView) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	var label *widget.Label
	var icon *widget.Icon
	for _, obj := range c.Objects {
		switch w := obj.(type) {
		case *widget.Label:
			label = w
		case *widget.Icon:
			icon = w
		}
	}
	text, answered := q.rowText(i)
	label.SetText(text)
	if answered {
		icon.SetResource(theme.ConfirmIcon())
	} else {
		icon.SetResource(theme.NewDisabledResource(theme.RadioButtonIcon()))
	}
}

// rowText returns a row's question and whether it has an answer.
func (q *questionsView) rowText(i int) (string, bool) {
	s := &q.ctx.programme().Situation
	if i < len(q.fixed) {
		return q.fixed[i].Text.In(i18n.Language()), strings.TrimSpace(s.Answer(q.fixed[i].ID)) != ""
	}
	own := s.Questions[i-len(q.fixed)]
	text := strings.TrimSpace(own.Question)
	if text == "" {
		text = lang.L("situation.newQuestion")
	}
	return lang.L("situation.ownPrefix", map[string]any{"Question": text}), strings.TrimSpace(own.Answer) != ""
}

// show opens the question with the given ID in the editor.
func (q *questionsView) show(id string) {
	q.selected = id
	i := q.index(id)
	q.loading = true
	defer func() { q.loading = false }()
	s := &q.ctx.programme().Situation
	switch {
	case i < 0:
		q.selected = ""
	case q.isOwn(i):
		own := s.Question(id)
		q.heading.SetText(lang.L("situation.ownQuestion"))
		q.own.SetText(own.Question)
		q.own.Show()
		q.answer.SetText(own.Answer)
	default:
		q.heading.SetText(q.fixed[i].Text.In(i18n.Language()))
		q.own.Hide()
		q.answer.SetText(s.Answer(id))
	}
	q.preview.ParseMarkdown(q.answer.Text)
	q.refresh()
}

// selectQuestion selects and opens a question by ID.
func (q *questionsView) selectQuestion(id string) {
	if i := q.index(id); i >= 0 {
		q.list.Select(i)
		q.show(id)
	}
}

// refresh updates the buttons, the counter and the editor's visibility.
func (q *questionsView) refresh() {
	i := q.index(q.selected)
	if i < 0 {
		q.editor.Hide()
		q.nothing.Show()
	} else {
		q.nothing.Hide()
		q.editor.Show()
	}
	own := q.isOwn(i)
	widgets.SetEnabled(q.delBtn, own)
	widgets.SetEnabled(q.upBtn, own && i > len(q.fixed))
	widgets.SetEnabled(q.downBtn, own && i < q.length()-1)
	done := 0
	for j := 0; j < q.length(); j++ {
		if _, ok := q.rowText(j); ok {
			done++
		}
	}
	q.answered.SetText(lang.L("situation.answeredCount", map[string]any{"Done": done, "Total": q.length()}))
}

func (q *questionsView) changed() {
	if i := q.index(q.selected); i >= 0 {
		q.list.RefreshItem(i)
	}
	q.refresh()
	if q.onChange != nil {
		q.onChange()
	}
}

func (q *questionsView) onAnswerChanged(text string) {
	q.preview.ParseMarkdown(text)
	if q.loading || q.selected == "" {
		return
	}
	id, own := q.selected, q.isOwn(q.index(q.selected))
	q.ctx.edit(func(p *programme.Programme) {
		if !own {
			p.Situation.SetAnswer(id, text)
		} else if oq := p.Situation.Question(id); oq != nil {
			oq.Answer = text
		}
	})
	q.changed()
}

func (q *questionsView) onOwnChanged(text string) {
	if q.loading || !q.isOwn(q.index(q.selected)) {
		return
	}
	id := q.selected
	q.ctx.edit(func(p *programme.Programme) {
		if oq := p.Situation.Question(id); oq != nil {
			oq.Question = text
		}
	})
	q.changed()
}

// add appends an own question and opens it with its text entry focused.
func (q *questionsView) add() {
	id := programme.NewID()
	q.ctx.edit(func(p *programme.Programme) { p.Situation.AddQuestion(programme.Question{ID: id}) })
	q.list.Refresh()
	q.selectQuestion(id)
	q.changed()
	if c := fyne.CurrentApp().Driver().CanvasForObject(q.own); c != nil {
		c.Focus(q.own)
	}
}

func (q *questionsView) move(delta int) {
	i := q.index(q.selected)
	if !q.isOwn(i) || !q.isOwn(i+delta) {
		return
	}
	id := q.selected
	q.ctx.edit(func(p *programme.Programme) { p.Situation.MoveQuestion(id, delta) })
	q.list.Refresh()
	q.list.Select(i + delta)
	q.changed()
}

func (q *questionsView) confirmDelete() {
	i := q.index(q.selected)
	if !q.isOwn(i) {
		return
	}
	id := q.selected
	name, _ := q.rowText(i)
	widgets.Confirm(q.ctx.window(), lang.L("situation.deleteQuestionTitle"), lang.L("rows.delete"),
		lang.L("rows.deleteConfirm", map[string]any{"Name": name}), func() { q.remove(id) })
}

// remove deletes an own question and opens its neighbour.
func (q *questionsView) remove(id string) {
	i := q.index(id)
	if !q.isOwn(i) {
		return
	}
	q.ctx.edit(func(p *programme.Programme) { p.Situation.DeleteQuestion(id) })
	q.list.UnselectAll()
	q.list.Refresh()
	q.selected = ""
	if n := q.length(); n > 0 {
		q.selectQuestion(q.idAt(min(i, n-1)))
	}
	q.changed()
}
