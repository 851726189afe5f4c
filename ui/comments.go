package ui

import (
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// commentsPanel shows the review comments of one step and of everything in
// it, and lets the user start a thread, reply, resolve and reopen. Resolved
// threads are hidden unless asked for. A step has at most a few dozen
// threads, so they are laid out in a box rather than a virtual list: a
// thread's height depends on its replies and wrapped text.
type commentsPanel struct {
	v    *programmeView
	step checklist.Step
	// stepID is the step whose threads are listed; "" lists the threads
	// that belong to no step (about rows deleted since).
	stepID string
	// focus is the thread to highlight, when the panel was opened from a
	// link to one comment.
	focus string
	// onChange runs after every edit, so the opener can update its counts.
	onChange func()
	// now is the clock, replaceable in tests.
	now func() time.Time

	choices      []aboutChoice
	about        *widgets.Select
	text         *widgets.Entry
	add          *widget.Button
	showResolved *widget.Check
	// prompt is the name form shown when the user had no name yet.
	prompt  *prefsForm
	summary *widget.Label
	threads []*threadCard
	list    *fyne.Container
	scroll  *container.Scroll
	content fyne.CanvasObject
}

// threadCard is one thread in the panel with its controls.
type threadCard struct {
	thread    programme.Thread
	reply     *widget.Button
	resolve   *widget.Button
	replyText *widgets.Entry
	send      *widget.Button
	replyBox  *fyne.Container
	content   fyne.CanvasObject
}

func newCommentsPanel(v *programmeView, stepID, focus string) *commentsPanel {
	c := &commentsPanel{v: v, stepID: stepID, focus: focus, now: time.Now}
	c.step, _ = v.tpl.Step(stepID)
	c.showResolved = widget.NewCheck(lang.L("comments.showResolved"), func(bool) { c.render() })
	c.summary = widget.NewLabel("")
	c.summary.Wrapping = fyne.TextWrapWord
	c.list = container.NewVBox()
	c.scroll = container.NewVScroll(c.list)

	var top fyne.CanvasObject
	if stepID != "" {
		c.choices = aboutChoices(v.session.Programme(), v.tpl, c.step)
		labels := make([]string, len(c.choices))
		for i, ch := range c.choices {
			labels[i] = ch.label
		}
		c.about = widgets.NewSelect(labels, nil)
		c.about.SetSelectedIndex(0)
		c.text = widgets.NewMultiLineEntry()
		c.text.Wrapping = fyne.TextWrapWord
		c.text.SetMinRowsVisible(3)
		c.text.SetPlaceHolder(lang.L("comments.newPlaceholder"))
		c.text.OnChanged = func(string) { c.updateAdd() }
		c.add = widget.NewButtonWithIcon(lang.L("comments.add"), theme.MailSendIcon(), c.onAdd)
		c.add.Importance = widget.HighImportance
		c.updateAdd()
		aboutRow := container.NewBorder(nil, nil, widget.NewLabel(lang.L("comments.about")), nil, c.about)
		top = container.NewVBox(aboutRow, c.text, container.NewHBox(c.add), widget.NewSeparator())
	} else {
		top = widget.NewSeparator()
	}
	c.content = container.NewBorder(
		top,
		nil, nil, nil,
		container.NewBorder(container.NewBorder(nil, nil, nil, c.showResolved, c.summary), nil, nil, nil, c.scroll),
	)
	if focus != "" && c.isResolved(focus) {
		c.showResolved.SetChecked(true) // renders
	} else {
		c.render()
	}
	return c
}

// aboutRef returns the chosen subject of a new comment.
func (c *commentsPanel) aboutRef() string {
	if i := c.about.SelectedIndex(); i >= 0 && i < len(c.choices) {
		return c.choices[i].ref
	}
	return "step:" + c.stepID
}

// setAbout chooses what a new comment is about; unknown refs are ignored.
func (c *commentsPanel) setAbout(ref string) {
	ref = programme.CanonicalRef(ref)
	for i, ch := range c.choices {
		if ch.ref == ref {
			c.about.SetSelectedIndex(i)
			return
		}
	}
}

func (c *commentsPanel) updateAdd() {
	if strings.TrimSpace(c.text.Text) == "" {
		c.add.Disable()
	} else {
		c.add.Enable()
	}
}

// onAdd starts a thread. The text stays in the entry until the comment is
// stored, so a cancelled name prompt loses nothing.
func (c *commentsPanel) onAdd() {
	text, about := c.text.Text, c.aboutRef()
	if strings.TrimSpace(text) == "" {
		return
	}
	c.prompt = c.v.m.withAuthor(func(author string) {
		var added programme.Comment
		var err error
		c.v.edit(func(p *programme.Programme) { added, err = p.AddComment(about, author, text, c.now()) })
		if err != nil {
			c.v.m.showError(err)
			return
		}
		c.text.SetText("")
		c.focus = added.ID
		c.changed()
	})
}

func (c *commentsPanel) onReply(t *threadCard) {
	text := t.replyText.Text
	if strings.TrimSpace(text) == "" {
		return
	}
	c.prompt = c.v.m.withAuthor(func(author string) {
		var err error
		c.v.edit(func(p *programme.Programme) { _, err = p.Reply(t.thread.Root.ID, author, text, c.now()) })
		if err != nil {
			c.v.m.showError(err)
			return
		}
		c.focus = t.thread.Root.ID
		c.changed()
	})
}

func (c *commentsPanel) onResolve(t *threadCard) {
	id := t.thread.Root.ID
	if t.thread.Root.Resolved {
		var err error
		c.v.edit(func(p *programme.Programme) { err = p.ReopenComment(id) })
		if err != nil {
			c.v.m.showError(err)
			return
		}
		c.focus = id
		c.changed()
		return
	}
	c.prompt = c.v.m.withAuthor(func(author string) {
		var err error
		c.v.edit(func(p *programme.Programme) { err = p.ResolveComment(id, author, c.now()) })
		if err != nil {
			c.v.m.showError(err)
			return
		}
		c.changed()
	})
}

func (c *commentsPanel) changed() {
	c.render()
	if c.onChange != nil {
		c.onChange()
	}
}

func (c *commentsPanel) isResolved(id string) bool {
	for _, t := range c.v.session.Programme().Threads("", true) {
		if t.Root.ID == id {
			return t.Root.Resolved
		}
		for _, r := range t.Replies {
			if r.ID == id {
				return t.Root.Resolved
			}
		}
	}
	return false
}

// stepThreads returns the threads of the panel's step.
func (c *commentsPanel) stepThreads(withResolved bool) []programme.Thread {
	p := c.v.session.Programme()
	var out []programme.Thread
	for _, t := range p.Threads("", withResolved) {
		if p.StepOf(c.v.tpl, t.Root.About) == c.stepID {
			out = append(out, t)
		}
	}
	return out
}

func (c *commentsPanel) render() {
	all := c.stepThreads(true)
	open := 0
	for _, t := range all {
		if t.Open() {
			open++
		}
	}
	resolved := len(all) - open
	switch {
	case len(all) == 0:
		c.summary.SetText(lang.L("comments.none"))
	default:
		c.summary.SetText(lang.L("comments.summary", map[string]any{"Open": open, "Resolved": resolved}))
	}
	c.threads = nil
	var objs []fyne.CanvasObject
	var focused fyne.CanvasObject
	for _, t := range c.stepThreads(c.showResolved.Checked) {
		card := c.newThreadCard(t)
		c.threads = append(c.threads, card)
		objs = append(objs, card.content)
		if c.focus == t.Root.ID || containsReply(t, c.focus) {
			focused = card.content
		}
	}
	if len(objs) == 0 && len(all) > 0 {
		hint := widget.NewLabel(lang.L("comments.allResolved"))
		hint.Wrapping = fyne.TextWrapWord
		hint.TextStyle = fyne.TextStyle{Italic: true}
		objs = append(objs, hint)
	}
	c.list.Objects = objs
	c.list.Refresh()
	if focused != nil {
		c.scrollTo(focused)
	}
}

func containsReply(t programme.Thread, id string) bool {
	for _, r := range t.Replies {
		if r.ID == id {
			return true
		}
	}
	return false
}

// scrollTo brings a thread into view once the box has been laid out.
func (c *commentsPanel) scrollTo(o fyne.CanvasObject) {
	y := float32(0)
	for _, x := range c.list.Objects {
		if x == o {
			break
		}
		y += x.MinSize().Height + theme.Padding()
	}
	c.scroll.Offset = fyne.NewPos(0, y)
	c.scroll.Refresh()
}

func (c *commentsPanel) newThreadCard(t programme.Thread) *threadCard {
	p := c.v.session.Programme()
	card := &threadCard{thread: t}

	about := widget.NewLabelWithStyle(aboutLabel(p, c.v.tpl, t.Root.About), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	about.Wrapping = fyne.TextWrapWord
	state := widget.NewLabelWithStyle(lang.L("comments.open"), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	state.Importance = widget.WarningImportance
	if t.Root.Resolved {
		// Fyne's success green is too pale for text; the words and the
		// bar beside the card carry the state.
		state.SetText(lang.L("comments.resolved"))
		state.Importance = widget.MediumImportance
	}
	box := container.NewVBox(container.NewBorder(nil, nil, nil, state, about), commentBody(t.Root))
	for _, r := range t.Replies {
		box.Add(container.NewBorder(nil, nil, replyIndent(), nil, commentBody(r)))
	}
	if t.Root.Resolved {
		by := widget.NewLabel(lang.L("comments.resolvedBy", map[string]any{
			"Name": authorOrUnknown(t.Root.ResolvedBy), "When": formatTime(t.Root.ResolvedAt),
		}))
		by.Wrapping = fyne.TextWrapWord
		by.TextStyle = fyne.TextStyle{Italic: true}
		box.Add(by)
	}

	card.replyText = widgets.NewMultiLineEntry()
	card.replyText.Wrapping = fyne.TextWrapWord
	card.replyText.SetMinRowsVisible(2)
	card.replyText.SetPlaceHolder(lang.L("comments.replyPlaceholder"))
	card.send = widget.NewButtonWithIcon(lang.L("comments.send"), theme.MailReplyIcon(), func() { c.onReply(card) })
	card.send.Importance = widget.HighImportance
	card.send.Disable()
	card.replyText.OnChanged = func(s string) {
		if strings.TrimSpace(s) == "" {
			card.send.Disable()
		} else {
			card.send.Enable()
		}
	}
	cancel := widget.NewButton(lang.L("action.cancel"), func() { card.replyText.SetText(""); card.replyBox.Hide() })
	card.replyBox = container.NewVBox(card.replyText, container.NewHBox(card.send, cancel))
	card.replyBox.Hide()

	card.reply = widget.NewButtonWithIcon(lang.L("comments.reply"), theme.MailReplyIcon(), func() {
		card.replyBox.Show()
		c.v.m.win.Canvas().Focus(card.replyText)
	})
	if t.Root.Resolved {
		card.reply.Hide()
		card.resolve = widget.NewButtonWithIcon(lang.L("comments.reopen"), theme.ViewRefreshIcon(), func() { c.onResolve(card) })
	} else {
		card.resolve = widget.NewButtonWithIcon(lang.L("comments.markResolved"), theme.ConfirmIcon(), func() { c.onResolve(card) })
	}
	box.Add(container.NewHBox(card.reply, card.resolve))
	box.Add(card.replyBox)

	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.CornerRadius = theme.InputRadiusSize()
	bg.StrokeWidth = 1
	bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	if c.focus != "" && (c.focus == t.Root.ID || containsReply(t, c.focus)) {
		bg.StrokeColor = theme.Color(theme.ColorNamePrimary)
		bg.StrokeWidth = 2
	}
	bar := canvas.NewRectangle(threadColor(t))
	bar.SetMinSize(fyne.NewSize(4, 4))
	card.content = container.NewStack(bg, container.NewBorder(nil, nil, bar, nil, container.NewPadded(box)))
	return card
}

// threadColor marks open threads in the warning colour and resolved ones
// in the success colour; the label beside says the same in words.
func threadColor(t programme.Thread) color.Color {
	if t.Open() {
		return theme.Color(theme.ColorNameWarning)
	}
	return theme.Color(theme.ColorNameSuccess)
}

// commentBody is one comment: who and when, then the text.
func commentBody(cm programme.Comment) fyne.CanvasObject {
	meta := widget.NewLabel(lang.L("comments.meta", map[string]any{"Name": authorOrUnknown(cm.Author), "When": formatTime(cm.Created)}))
	meta.TextStyle = fyne.TextStyle{Bold: true}
	meta.Wrapping = fyne.TextWrapWord
	text := widget.NewLabel(cm.Text)
	text.Wrapping = fyne.TextWrapWord
	// The two lines belong together; the box's usual gap would part them.
	return container.New(layout.NewCustomPaddedVBoxLayout(0), meta, text)
}

func replyIndent() fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(theme.Padding()*6, 1))
	return r
}

func authorOrUnknown(name string) string {
	if strings.TrimSpace(name) == "" {
		return lang.L("comments.unknownAuthor")
	}
	return name
}

// commentsTitle names the comments dialog of a step.
func commentsTitle(tpl *checklist.Template, stepID string) string {
	if s, ok := tpl.Step(stepID); ok {
		return lang.L("comments.title", map[string]any{"Number": s.Number, "Title": s.Title.In(Language())})
	}
	return lang.L("comments.titleOther")
}

// showComments opens the comments of a step in a dialog; focus is a
// comment to highlight, or "". onClose runs when the dialog closes.
func (v *programmeView) showComments(stepID, focus string, onClose func()) *commentsPanel {
	c := newCommentsPanel(v, stepID, focus)
	c.onChange = func() {
		if v.stepPage != nil {
			v.stepPage.refreshComments()
		}
	}
	d := dialog.NewCustom(commentsTitle(v.tpl, stepID), lang.L("action.close"), c.content, v.m.win)
	d.SetOnClosed(func() {
		if onClose != nil {
			onClose()
		}
	})
	size := v.m.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(820, size.Width-40), min(720, size.Height-40)))
	d.Show()
	if c.text != nil && focus == "" {
		v.m.win.Canvas().Focus(c.text)
	}
	return c
}
