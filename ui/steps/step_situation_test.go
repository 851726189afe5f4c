package steps

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
)

func TestSituationQuestionsAnswerAddMoveDelete(t *testing.T) {
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	v := newSituationView(stepCtx(t, m, "situation"))
	m.win.SetContent(v.content())
	m.win.Resize(fyne.NewSize(1200, 800))
	q := v.questions
	w := q.rows.w
	if q.selected() != q.fixed[0].ID {
		t.Fatalf("first question not open: %q", q.selected())
	}
	if fs := v.findings.Findings(); fs[0].Code != "situation.unansweredMany" || fs[0].Subject != "10" {
		t.Errorf("first finding of an empty programme: %+v", fs[0])
	}
	test.Type(q.answer, "Noin **1 900** vieraskielistä.")
	p := stored(t, m)
	if got := p.Situation.Answer(q.fixed[0].ID); got != "Noin **1 900** vieraskielistä." {
		t.Errorf("answer stored as %q", got)
	}
	if fs := v.findings.Findings(); fs[0].Subject != "9" {
		t.Errorf("after answering one question the first finding is %+v", fs[0])
	}
	if got := q.answered.Text; !strings.HasPrefix(got, "Vastattu 1 / 10") {
		t.Errorf("count after one answer: %q", got)
	}
	if q.own != nil {
		t.Error("question text editable for a checklist question")
	}
	// The checklist's questions are neither deleted nor moved.
	if !w.DeleteButton().Disabled() || !w.DownButton().Disabled() || !w.UpButton().Disabled() {
		t.Error("delete or move offered for a checklist question")
	}
	w.Remove(0)
	if q.rows.Len() != len(q.fixed) || q.rows.idAt(0) != q.fixed[0].ID {
		t.Error("a checklist question was removed")
	}

	// The second question starts empty, and the first keeps its answer.
	w.Select(1)
	if q.answer.Text != "" || q.selected() != q.fixed[1].ID {
		t.Errorf("second question shows %q", q.answer.Text)
	}
	w.Select(0)
	if q.answer.Text != "Noin **1 900** vieraskielistä." {
		t.Errorf("first question reopened with %q", q.answer.Text)
	}

	// Own questions: add two (the cursor goes to the new question's text),
	// reorder, answer, delete after the confirmation.
	test.Tap(w.AddButton())
	if m.win.Canvas().Focused() != q.own || q.own == nil {
		t.Fatalf("after Add the focus is on %T, want the new question's text", m.win.Canvas().Focused())
	}
	test.Type(q.own, "Miten ikääntyneet tavoitetaan?")
	test.Type(q.answer, "Järjestöjen kautta.")
	first := q.own
	test.Tap(w.AddButton())
	test.Type(m.win.Canvas().Focused().(*widget.Entry), "Mitä nuoret toivovat?")
	if !w.DownButton().Disabled() || w.UpButton().Disabled() {
		t.Error("on the last own question: down enabled or up disabled")
	}
	test.Tap(w.UpButton())
	p = stored(t, m)
	own := p.Situation.Questions
	if len(own) != 2 || own[0].Question != "Mitä nuoret toivovat?" || own[1].Question != "Miten ikääntyneet tavoitetaan?" || own[1].Answer != "Järjestöjen kautta." {
		t.Fatalf("own questions stored as %+v", own)
	}
	if !w.UpButton().Disabled() {
		t.Error("the first own question may move among the checklist's")
	}
	if got, _ := q.rows.Label(len(q.fixed)); got != "Oma: Mitä nuoret toivovat?" {
		t.Errorf("moved question's line: %q", got)
	}
	w.Select(len(q.fixed) + 1)
	if q.own == first || q.own.Text != "Miten ikääntyneet tavoitetaan?" || q.answer.Text != "Järjestöjen kautta." {
		t.Errorf("reopened own question shows %q / %q", q.own.Text, q.answer.Text)
	}

	w.Select(len(q.fixed))
	test.Tap(w.DeleteButton())
	dlg := m.win.Canvas().Overlays().Top()
	if dlg == nil {
		t.Fatal("delete did not ask first")
	}
	if !strings.Contains(dialogText(dlg), "Poistetaanko kysymys?") || !strings.Contains(dialogText(dlg), "Mitä nuoret toivovat?") {
		t.Errorf("the confirmation says %q", dialogText(dlg))
	}
	if len(stored(t, m).Situation.Questions) != 2 {
		t.Fatal("deleted before the confirmation")
	}
	test.Tap(dialogButton(t, dlg, "Poista"))
	p = stored(t, m)
	if len(p.Situation.Questions) != 1 || p.Situation.Questions[0].ID != own[1].ID {
		t.Errorf("after delete: %+v", p.Situation.Questions)
	}
	if q.selected() != own[1].ID {
		t.Error("deleting did not open the neighbouring question")
	}
	if got := q.answered.Text; !strings.HasPrefix(got, "Vastattu 2 / 11") {
		t.Errorf("count after adding two own questions, answering one and deleting the other: %q", got)
	}

	// Clearing an answer makes the question unanswered again.
	q.selectQuestion(q.fixed[0].ID)
	q.answer.SetText("  ")
	if _, ok := stored(t, m).Situation.Answers[q.fixed[0].ID]; ok {
		t.Error("a blank answer was stored")
	}
}

func TestSituationFiguresSourcesAndFindings(t *testing.T) {
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	v := newSituationView(stepCtx(t, m, "situation"))
	test.NewWindow(v.content()).Resize(fyne.NewSize(1200, 800))

	test.Tap(v.figures.w.AddButton())
	f := v.figures.w.Detail()
	test.Type(entryWith(t, f, "Esim. Vieraskieliset asukkaat"), "Vieraskielisten osuus")
	test.Type(entryWith(t, f, "Esim. 1 912 tai 7,6"), "7,6")
	test.Type(entryWith(t, f, "Esim. henkilöä tai %"), "%")
	year := entryWith(t, f, "Esim. 2024")
	test.Type(year, "20x4")
	if msgs := dangerLabels(f); len(msgs) != 1 || year.Text != "20x4" {
		t.Errorf("bad year: messages %q, entry %q", msgs, year.Text)
	}
	p := stored(t, m)
	fig := p.Situation.Figures[0]
	if fig.Year != 0 {
		t.Errorf("bad year stored as %d", fig.Year)
	}
	year.SetText("2024")
	test.Type(entryWith(t, f, "Mistä luku on peräisin?"), "Tilastokeskus")
	p = stored(t, m)
	fig = p.Situation.Figures[0]
	if fig.Label != "Vieraskielisten osuus" || fig.Value.Number == nil || *fig.Value.Number != 7.6 || fig.Value.Text != "7,6" ||
		fig.Unit != "%" || fig.Year != 2024 || fig.Source != "Tilastokeskus" {
		t.Errorf("figure stored as %+v", fig)
	}

	test.Tap(v.figures.w.AddButton())
	test.Type(entryWith(t, v.figures.w.Detail(), "Esim. 1 912 tai 7,6"), "arabia, venäjä")
	test.Tap(v.figures.w.UpButton())
	p = stored(t, m)
	if len(p.Situation.Figures) != 2 || p.Situation.Figures[0].Value.Text != "arabia, venäjä" || p.Situation.Figures[0].Value.Number != nil {
		t.Errorf("text figure or order wrong: %+v", p.Situation.Figures)
	}
	v.figures.remove(p.Situation.Figures[0].ID)
	if n := len(stored(t, m).Situation.Figures); n != 1 {
		t.Errorf("%d figures after delete", n)
	}

	// Sources ticked on the checklist tab show here once the tab shows again.
	if sourceTicked(v, 0) {
		t.Error("a source shows as ticked in an empty programme")
	}
	m.editor.edit(func(p *programme.Programme) { p.EditItem(v.ctx.step.ItemsOf("source")[0].ID).Done = true })
	v.tabs.SelectIndex(2)
	if !sourceTicked(v, 0) {
		t.Error("ticked source not shown")
	}

	test.Type(v.other, "Asukaskysely 2024\n\nHaastattelut")
	v.strengths.SetText("Aktiiviset järjestöt\n  \nKirjaston neuvonta")
	test.Type(v.challenges, "Kielikoulutus")
	test.Type(v.services, "Nuorten ryhmät")
	p = stored(t, m)
	s := p.Situation
	if !reflect.DeepEqual(s.OtherSources, []string{"Asukaskysely 2024", "Haastattelut"}) ||
		!reflect.DeepEqual(s.Strengths, []string{"Aktiiviset järjestöt", "Kirjaston neuvonta"}) ||
		!reflect.DeepEqual(s.Challenges, []string{"Kielikoulutus"}) || !reflect.DeepEqual(s.MissingServices, []string{"Nuorten ryhmät"}) {
		t.Errorf("lists stored as %q %q %q %q", s.OtherSources, s.Strengths, s.Challenges, s.MissingServices)
	}
	for _, fd := range v.findings.Findings() {
		if fd.Code == "situation.noSources" || fd.Code == "situation.noQualitative" || fd.Code == "situation.noFigures" {
			t.Errorf("finding %s still shown", fd.Code)
		}
	}
}

// sourceTicked tells whether the i-th checklist source shows as ticked.
func sourceTicked(v *situationView, i int) bool {
	row := v.sourceRows.Objects[i].(*fyne.Container)
	for _, w := range formWidgets(row) {
		if l, ok := w.(*widget.Label); ok {
			return l.Importance == widget.MediumImportance
		}
	}
	return false
}

func TestSituationFindingOpensQuestion(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	v := newSituationView(stepCtx(t, m, "situation"))
	test.NewWindow(v.content()).Resize(fyne.NewSize(1200, 800))
	for _, fd := range v.findings.Findings() {
		switch fd.Code {
		case "situation.unanswered":
			v.onFindingSelected(fd)
			if v.tabs.SelectedIndex() != 0 || "question:"+v.questions.selected() != fd.Ref {
				t.Errorf("finding %s opened tab %d, question %q", fd.Ref, v.tabs.SelectedIndex(), v.questions.selected())
			}
		case "situation.figureNoYear":
			v.onFindingSelected(fd)
			if v.tabs.SelectedIndex() != 1 || "figure:"+v.figures.selectedID() != fd.Ref {
				t.Errorf("finding %s opened tab %d, figure %q", fd.Ref, v.tabs.SelectedIndex(), v.figures.selectedID())
			}
		}
	}
}
