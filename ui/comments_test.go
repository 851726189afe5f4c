package ui

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// fixedNow is the clock of the comment tests.
var fixedNow = time.Date(2026, 3, 2, 14, 30, 0, 0, time.UTC)

// newTestComments opens the demo and the comments panel of a step, with
// the author's name already set unless author is empty.
func newTestComments(t *testing.T, stepID, author string) (*MainWindow, *commentsPanel) {
	t.Helper()
	m, _ := newTestWindow(t)
	if author != "" {
		m.app.Preferences().SetString(prefAuthor, author)
	}
	openDemo(t, m)
	c := newCommentsPanel(m.editor, stepID, "")
	c.now = func() time.Time { return fixedNow }
	return m, c
}

// threadCardOf finds the card of the thread whose first comment has text.
func threadCardOf(t *testing.T, c *commentsPanel, text string) *threadCard {
	t.Helper()
	for _, card := range c.threads {
		if card.thread.Root.Text == text {
			return card
		}
	}
	t.Fatalf("no thread %q among %d shown", text, len(c.threads))
	return nil
}

func storedComment(t *testing.T, p *programme.Programme, text string) programme.Comment {
	t.Helper()
	for _, cm := range p.Comments {
		if cm.Text == text {
			return cm
		}
	}
	t.Fatalf("comment %q not stored", text)
	return programme.Comment{}
}

func TestCommentOnAGoalIsStoredWithAuthorAndSubject(t *testing.T) {
	m, c := newTestComments(t, "goals", "Liisa Lautakunta")
	goal := m.editor.session.Programme().Goals[1]
	c.setAbout("goal:" + goal.ID)
	if c.add.Disabled() == false {
		t.Error("add is enabled with no text")
	}
	test.Type(c.text, "Onko tavoitteen mittari sovittu?")
	if c.add.Disabled() {
		t.Fatal("add stays disabled after typing")
	}
	test.Tap(c.add)

	got := storedComment(t, stored(t, m), "Onko tavoitteen mittari sovittu?")
	if got.About != "goal:"+goal.ID || got.Author != "Liisa Lautakunta" || !got.Created.Equal(fixedNow) || got.Resolved {
		t.Errorf("stored comment %+v", got)
	}
	if c.text.Text != "" {
		t.Errorf("entry keeps %q after adding", c.text.Text)
	}
	card := threadCardOf(t, c, "Onko tavoitteen mittari sovittu?")
	if card.thread.Root.About != "goal:"+goal.ID {
		t.Errorf("card about %q", card.thread.Root.About)
	}
}

func TestReplyResolveAndShowResolved(t *testing.T) {
	m, c := newTestComments(t, "goals", "Liisa Lautakunta")
	test.Type(c.text, "Aikataulu on liian tiukka.")
	test.Tap(c.add)
	card := threadCardOf(t, c, "Aikataulu on liian tiukka.")

	test.Tap(card.reply)
	if !card.replyBox.Visible() {
		t.Fatal("reply box did not open")
	}
	test.Type(card.replyText, "Siirretään kuukaudella.")
	test.Tap(card.send)
	p := stored(t, m)
	root := storedComment(t, p, "Aikataulu on liian tiukka.")
	reply := storedComment(t, p, "Siirretään kuukaudella.")
	if reply.ParentID != root.ID || reply.About != root.About || reply.Author != "Liisa Lautakunta" {
		t.Errorf("reply %+v to %+v", reply, root)
	}
	card = threadCardOf(t, c, "Aikataulu on liian tiukka.")
	if len(card.thread.Replies) != 1 {
		t.Fatalf("card shows %d replies", len(card.thread.Replies))
	}

	test.Tap(card.resolve)
	root = storedComment(t, stored(t, m), "Aikataulu on liian tiukka.")
	if !root.Resolved || root.ResolvedBy != "Liisa Lautakunta" || !root.ResolvedAt.Equal(fixedNow) {
		t.Errorf("after resolving: %+v", root)
	}
	for _, tc := range c.threads {
		if tc.thread.Root.ID == root.ID {
			t.Fatal("resolved thread still shown while resolved ones are hidden")
		}
	}

	c.showResolved.SetChecked(true)
	card = threadCardOf(t, c, "Aikataulu on liian tiukka.")
	if !card.thread.Root.Resolved || card.reply.Visible() {
		t.Errorf("resolved thread shown as open, or with a reply button")
	}
	test.Tap(card.resolve) // reopen
	root = storedComment(t, stored(t, m), "Aikataulu on liian tiukka.")
	if root.Resolved || root.ResolvedBy != "" {
		t.Errorf("after reopening: %+v", root)
	}
}

func TestPanelListsOnlyItsStepsThreads(t *testing.T) {
	m, c := newTestComments(t, "monitoring", "X")
	p := m.editor.session.Programme()
	want := 0
	for _, th := range p.Threads("", true) {
		if p.StepOf(m.editor.tpl, th.Root.About) == "monitoring" {
			want++
		}
	}
	c.showResolved.SetChecked(true)
	if len(c.threads) != want || want == 0 {
		t.Fatalf("panel shows %d threads, step has %d", len(c.threads), want)
	}
	for _, card := range c.threads {
		if p.StepOf(m.editor.tpl, card.thread.Root.About) != "monitoring" {
			t.Errorf("thread about %s shown on monitoring", card.thread.Root.About)
		}
	}
}

func TestFirstCommentAsksForTheNameOnce(t *testing.T) {
	m, c := newTestComments(t, "situation", "")
	test.Type(c.text, "Lähteet puuttuvat.")
	test.Tap(c.add)
	if c.prompt == nil {
		t.Fatal("no name was asked for")
	}
	if got := storedComments(t, m, "Lähteet puuttuvat."); got != 0 {
		t.Fatal("comment stored before the name was given")
	}
	if c.text.Text != "Lähteet puuttuvat." {
		t.Errorf("typed text lost while asking the name: %q", c.text.Text)
	}
	if c.prompt.save() {
		t.Error("an empty name was accepted")
	}
	c.prompt.author.SetText("  Pekka Päättäjä ")
	if !c.prompt.save() {
		t.Fatal("name not accepted")
	}
	got := storedComment(t, stored(t, m), "Lähteet puuttuvat.")
	if got.Author != "Pekka Päättäjä" {
		t.Errorf("author %q", got.Author)
	}
	if m.author() != "Pekka Päättäjä" {
		t.Errorf("name not kept in preferences: %q", m.author())
	}

	c.prompt = nil
	test.Type(c.text, "Toinen.")
	test.Tap(c.add)
	if c.prompt != nil {
		t.Error("name asked again")
	}
}

func storedComments(t *testing.T, m *MainWindow, text string) int {
	t.Helper()
	n := 0
	for _, cm := range stored(t, m).Comments {
		if cm.Text == text {
			n++
		}
	}
	return n
}

func TestAboutChoicesCoverStepRows(t *testing.T) {
	m, _ := newTestComments(t, "goals", "X")
	p, tpl := m.editor.session.Programme(), m.editor.tpl
	for _, tc := range []struct {
		step string
		want []string
	}{
		{"goals", []string{"goal:" + p.Goals[0].ID, "measure:" + p.Goals[0].Measures[0].ID, "item:goals.themes"}},
		{"monitoring", []string{"indicator:" + p.Monitoring.Indicators[0].ID}},
		{"document", []string{"section:" + p.Document.Sections[0].ID}},
	} {
		step, _ := tpl.Step(tc.step)
		choices := aboutChoices(p, tpl, step)
		if choices[0].ref != "step:"+tc.step {
			t.Errorf("%s: first choice %q, want the step", tc.step, choices[0].ref)
		}
		for _, w := range tc.want {
			found := false
			for _, ch := range choices {
				if ch.ref == w {
					found = true
					if strings.Contains(ch.label, "comments.") || ch.label == aboutLabel(p, tpl, "gone:x") {
						t.Errorf("%s: label %q", w, ch.label)
					}
				}
			}
			if !found {
				t.Errorf("%s: no choice %s", tc.step, w)
			}
		}
	}
}

func TestStepHeaderCountsOpenComments(t *testing.T) {
	m, _ := newTestComments(t, "goals", "X")
	m.editor.selectStep(3) // goals
	sp := m.editor.stepPage
	p := m.editor.session.Programme()
	n := p.OpenCountsByStep(m.editor.tpl)["goals"]
	if n == 0 {
		t.Fatal("the demo has no open comments on goals")
	}
	if !strings.Contains(sp.commentsBtn.Text, "avoin") || !strings.Contains(sp.commentsBtn.Text, strconv.Itoa(n)) {
		t.Errorf("button %q, want %d open", sp.commentsBtn.Text, n)
	}
	c := m.editor.showComments("goals", "", nil)
	c.now = func() time.Time { return fixedNow }
	test.Type(c.text, "Vielä yksi.")
	test.Tap(c.add)
	if !strings.Contains(sp.commentsBtn.Text, strconv.Itoa(n+1)) {
		t.Errorf("button %q after adding, want %d", sp.commentsBtn.Text, n+1)
	}
}

// The "about" chooser of step 1 offers its contacts and experts, named by
// kind, besides its milestones.
func TestAboutChoicesOfferStep1Contacts(t *testing.T) {
	SetupLanguage("fi")
	tpl := checklist.Default()
	p := programme.Demo(tpl)
	step, _ := tpl.Step(programme.StepResponsibility)
	labels := map[string]string{}
	for _, ch := range aboutChoices(p, tpl, step) {
		labels[ch.ref] = ch.label
	}
	c, e := p.Responsibility.Contacts[0], p.Responsibility.Experts[0]
	if l := labels["contact:"+c.ID]; !strings.HasPrefix(l, "Yhteyshenkilö: ") {
		t.Errorf("contact offered as %q", l)
	}
	if l := labels["expert:"+e.ID]; !strings.HasPrefix(l, "Asiantuntija: ") {
		t.Errorf("expert offered as %q", l)
	}
}
