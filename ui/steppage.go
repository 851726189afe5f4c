package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/steps"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// stepPage shows one step: its guidance, status, checklist items and note,
// and the step's working content where the step has an editor.
type stepPage struct {
	v       *programmeView
	step    checklist.Step
	status  *widgets.Select
	suggest *widget.Label
	// suggestions names the ticks the content proves and opens the
	// checklist; acceptAll, on the checklist, ticks them all.
	suggestions *widget.Button
	acceptAll   *widget.Button
	items       []*itemRow
	// catalogue are the checklist's catalogue entries of the step (step
	// 6's example indicators), each with its pick button.
	catalogue []*catalogueRow
	note      *widget.Entry
	views     *viewSwitch
	ctx       *steps.Context // the content editor's context, nil without one
	content   fyne.CanvasObject
	// commentsBtn opens the step's review comments (comments_button.go).
	commentsBtn *widget.Button
	guidance    *widgets.Fold
	// page is the page's one scroll, nil on a page that the content fills.
	page *widgets.Page
}

// statusChoices are the states the user can set, in the select's order.
var statusChoices = []programme.Status{programme.StatusAuto, programme.StatusNotStarted, programme.StatusInProgress, programme.StatusDone}

func newStepPage(v *programmeView, step checklist.Step) *stepPage {
	sp := &stepPage{v: v, step: step}
	p := v.session.Programme()

	title := widget.NewLabelWithStyle(lang.L("step.title", map[string]any{"Number": step.Number, "Count": len(v.tpl.Steps), "Title": step.Title.In(Language())}),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	labels := make([]string, len(statusChoices))
	for i, s := range statusChoices {
		labels[i] = StatusLabel(s)
	}
	sp.status = widgets.NewSelect(labels, nil)
	sp.status.SetSelectedIndex(indexOfStatus(p.Step(step.ID).Status))
	sp.status.OnChanged = func(string) { sp.onStatusChanged() }
	sp.suggest = widget.NewLabel("")
	sp.suggest.TextStyle = fyne.TextStyle{Italic: true}
	sp.suggestions = widget.NewButtonWithIcon("", theme.ConfirmIcon(), sp.showChecklist)
	sp.suggestions.Importance = widget.LowImportance
	sp.acceptAll = widget.NewButtonWithIcon(lang.L("progress.acceptAll"), theme.ConfirmIcon(), sp.onAcceptAll)
	sp.updateSuggestion()
	// The select sizes to its current text; a fixed width keeps every
	// state's name whole.
	statusBox := container.NewGridWrap(fyne.NewSize(175, sp.status.MinSize().Height), sp.status)
	// The views' buttons share the status row, to leave the page's height
	// to the work.
	sp.views = newViewSwitch()
	// The suggestion gives way (ellipsis) to a narrow window; the views'
	// buttons and the offer of suggested ticks keep their room.
	sp.suggest.Truncation = fyne.TextTruncateEllipsis
	statusRow := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel(lang.L("step.status")), statusBox),
		container.NewHBox(sp.suggestions, sp.views.bar), sp.suggest)
	comments := sp.newCommentsButton()
	guidance := sp.guidancePanel()

	sp.views.add(lang.L("step.tabChecklist"), theme.ConfirmIcon(), sp.checklistTab)
	if build, ok := steps.Editor(step.ID); ok {
		sp.ctx = steps.NewContext(v, step)
		sp.views.add(lang.L("step.tabContent"), theme.DocumentCreateIcon(), func() fyne.CanvasObject { return build(sp.ctx) })
	}
	// The content opens first: it is the step's work; the checklist is a
	// click away.
	sp.views.show(len(sp.views.views) - 1)
	if fillsPage(step.ID) {
		// The writing surface fills the page below a fixed header; only the
		// checklist view scrolls (checklistTab). The guidance opens in a
		// pane beside the work, not above it, so that reading it takes no
		// height from the draft; its switch shares the title's row.
		titleRow := container.NewBorder(nil, nil, nil, container.NewCenter(container.NewHBox(sp.guidance.Header, comments)), title)
		top := container.NewPadded(container.NewVBox(titleRow, statusRow))
		pane := widgets.NewSidePane(sp.views.body, guidance)
		remember := sp.guidance.OnToggle
		sp.guidance.OnToggle = func(open bool) {
			remember(open)
			pane.Relayout()
		}
		sp.content = container.NewBorder(top, nil, nil, nil, container.NewBorder(widget.NewSeparator(), nil, nil, nil, pane.Container))
	} else {
		// One scroll for the whole page: header, findings and every form.
		titleRow := container.NewBorder(nil, nil, nil, container.NewCenter(comments), title)
		top := container.NewPadded(container.NewVBox(titleRow, statusRow, sp.guidance.Content, widget.NewSeparator()))
		sp.page = widgets.NewPage(container.NewVBox(top, sp.views.body))
		sp.content = sp.page
	}
	return sp
}

// fillsPage tells whether a step's content view fills the page instead of
// scrolling with it: step 5's writing surface, whose editor scrolls itself.
func fillsPage(stepID string) bool { return stepID == programme.StepDocument }

// guidancePanel folds the step's guidance under its heading, so the step's
// content gets the room. It starts open on a step not yet started, when the
// user most needs it, and closed once the step is under way; once the user
// opens or closes it, that choice is kept for the step. It returns the
// guidance's body, a scrolled side pane on a page that the content fills.
func (sp *stepPage) guidancePanel() fyne.CanvasObject {
	l := Language()
	guidance := widget.NewLabel(sp.step.Guidance.In(l))
	guidance.Wrapping = fyne.TextWrapWord
	cited, _ := sp.v.tpl.Source.In(l)
	source := widget.NewLabel(lang.L("source.cite", map[string]any{"Publisher": sp.v.tpl.Source.Publisher, "Title": cited}))
	source.Wrapping = fyne.TextWrapWord
	source.SizeName = theme.SizeNameCaptionText
	source.TextStyle = fyne.TextStyle{Italic: true}
	box := container.NewVBox(guidance, source)
	if d := sp.step.Derived.In(l); d != "" {
		box.Add(widgets.HelpText(d))
	}
	box.Add(widgets.HelpText(templateInfo(sp.v.tpl, l)))
	// On step 5 the guidance is a side pane beside the draft, one click away
	// in the title row; open by default it would narrow the draft and its
	// title to a few letters at 1024 px.
	open := sp.v.session.Programme().StepStatus(sp.step) == programme.StatusNotStarted && !fillsPage(sp.step.ID)
	if remembered, ok := guidanceChoice(sp.v.m.app.Preferences(), sp.step.ID); ok {
		open = remembered
	}
	title := lang.L("step.guidance", map[string]any{"Heading": sp.step.Heading.In(l)})
	var body fyne.CanvasObject = box
	if fillsPage(sp.step.ID) {
		// The page places the fold's header and its body, a scrolled side
		// pane, apart (newStepPage); the header sits in the title's row,
		// so it names the guidance short.
		body = container.NewBorder(nil, nil, widget.NewSeparator(), nil, container.NewVScroll(box))
		sp.guidance = widgets.NewLooseFold(lang.L("step.guidanceShort"), body, open)
	} else {
		sp.guidance = widgets.NewFold(title, body, open)
	}
	sp.guidance.OnToggle = func(open bool) { rememberGuidance(sp.v.m.app.Preferences(), sp.step.ID, open) }
	return body
}

// openFinding shows the content view and the row the finding is about.
func (sp *stepPage) openFinding(f programme.Finding) {
	if sp.ctx == nil {
		return
	}
	sp.views.show(len(sp.views.views) - 1)
	sp.ctx.OpenFinding(f)
}

// showChecklist shows the checklist view, building it on first use.
func (sp *stepPage) showChecklist() { sp.views.show(0) }

func indexOfStatus(s programme.Status) int {
	for i, c := range statusChoices {
		if c == s {
			return i
		}
	}
	return 0
}

// checklistTab lists the items grouped by kind, then the step's own note.
// The step's catalogue entries (step 6's example indicators) are listed to
// pick from, not to tick.
func (sp *stepPage) checklistTab() fyne.CanvasObject {
	box := container.NewVBox(container.NewHBox(sp.acceptAll))
	for _, k := range checklist.Kinds {
		items := sp.step.ItemsOf(k)
		if len(items) == 0 {
			continue
		}
		h := widget.NewLabelWithStyle(KindHeading(k), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		h.SizeName = theme.SizeNameSubHeadingText
		box.Add(h)
		if programme.IsCatalogue(sp.step.ID, k) {
			sp.addCatalogue(box, k, items)
			continue
		}
		for _, it := range items {
			row := newItemRow(sp, it)
			sp.items = append(sp.items, row)
			box.Add(row.content)
		}
	}
	sp.note = widget.NewMultiLineEntry()
	sp.note.Wrapping = fyne.TextWrapWord
	sp.note.SetMinRowsVisible(4)
	sp.note.SetPlaceHolder(lang.L("step.notePlaceholder"))
	sp.note.SetText(sp.v.session.Programme().Step(sp.step.ID).Note)
	sp.note.OnChanged = sp.onNoteChanged
	noteHead := widget.NewLabelWithStyle(lang.L("step.note"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	noteHead.SizeName = theme.SizeNameSubHeadingText
	box.Add(noteHead)
	box.Add(sp.note)
	if fillsPage(sp.step.ID) {
		return widgets.NewPage(container.NewPadded(box))
	}
	return container.NewPadded(box)
}

func (sp *stepPage) onStatusChanged() {
	s := statusChoices[max(sp.status.SelectedIndex(), 0)]
	sp.v.edit(func(p *programme.Programme) { p.EditStep(sp.step.ID).Status = s })
	sp.updateSuggestion()
}

func (sp *stepPage) onNoteChanged(text string) {
	sp.v.edit(func(p *programme.Programme) { p.EditStep(sp.step.ID).Note = text })
	sp.updateSuggestion()
}

// updateSuggestion tells what the ticks and the content suggest, so a user
// who set the state by hand sees when the checklist disagrees, and offers
// the ticks the content proves. It runs after every edit, so it sets only
// what changed.
func (sp *stepPage) updateSuggestion() {
	p := sp.v.session.Programme()
	s := p.SuggestedStatus(sp.step)
	// The suggestion is worth its room only where the user set the state
	// by hand and it differs; in the automatic state it is the state. The
	// progress itself must stay whole on a 1366 px laptop.
	text := ProgressLabel(p.Progress(sp.step))
	if set := p.Step(sp.step.ID).Status; set != programme.StatusAuto && set != s {
		text += " · " + lang.L("step.suggestion", map[string]any{"Status": StatusLabel(s)})
	}
	if sp.suggest.Text != text {
		sp.suggest.SetText(text)
	}
	n := len(p.SuggestedTicks(sp.v.tpl, sp.step))
	if n == 0 {
		sp.suggestions.Hide()
		sp.acceptAll.Hide()
	} else {
		if label := lang.N("progress.suggestions", n, map[string]any{"Count": n}); sp.suggestions.Text != label {
			sp.suggestions.SetText(label)
		}
		sp.suggestions.Show()
		sp.acceptAll.Show()
	}
	for _, r := range sp.items {
		r.refreshSuggested()
	}
	for _, c := range sp.catalogue {
		c.refresh()
	}
}

// onAcceptAll ticks every item the content shows done.
func (sp *stepPage) onAcceptAll() {
	ids := sp.v.session.Programme().SuggestedTicks(sp.v.tpl, sp.step)
	sp.v.edit(func(p *programme.Programme) {
		for _, id := range ids {
			p.EditItem(id).Done = true
		}
	})
	for _, r := range sp.items {
		if !r.check.Checked && sp.v.session.Programme().Item(r.item.ID).Done {
			r.check.OnChanged = nil
			r.check.SetChecked(true)
			r.check.OnChanged = r.onTicked
		}
	}
	sp.updateSuggestion()
}
