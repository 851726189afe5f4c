package steps

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// milestoneToday is the day the decision path is read against; tests set it.
var milestoneToday = func() time.Time { return time.Now() }

// milestoneTimeline shows the decision path as a horizontal line of steps
// in date order: done steps ticked, the next one marked, missed and undated
// ones warned of. It is read-only; the row editor below it changes the
// milestones. The steps wrap onto further lines on a narrow window.
type milestoneTimeline struct {
	rows    *fyne.Container
	content fyne.CanvasObject
}

// timelineCell is the size of one step of the timeline.
var timelineCell = fyne.NewSize(136, 92)

func newMilestoneTimeline() *milestoneTimeline {
	t := &milestoneTimeline{rows: container.NewGridWrap(timelineCell)}
	t.content = t.rows
	return t
}

// milestoneState is where a milestone stands on the timeline.
type milestoneState int

const (
	msFuture milestoneState = iota
	msDone
	msNext
	msOverdue
	msUndated
)

// milestoneStateOf places m relative to the next milestone and the day.
func milestoneStateOf(m programme.Milestone, next string, now time.Time) milestoneState {
	switch {
	case m.Done:
		return msDone
	case m.ID == next:
		return msNext
	case m.Date.IsZero():
		return msUndated
	case m.Overdue(now):
		return msOverdue
	}
	return msFuture
}

// update redraws the timeline from r. Decision paths have a handful of
// steps, so the cells are rebuilt rather than a list kept.
func (t *milestoneTimeline) update(r programme.Responsibility) {
	now := milestoneToday()
	next, _ := r.NextMilestone(now)
	var objs []fyne.CanvasObject
	for _, m := range r.Timeline() {
		objs = append(objs, timelineStep(m, milestoneStateOf(m, next.ID, now)))
	}
	if len(objs) == 0 {
		t.rows.Layout = layout.NewVBoxLayout()
		objs = append(objs, widgets.HelpText(lang.L("responsibility.timeline.empty")))
	} else {
		t.rows.Layout = layout.NewGridWrapLayout(timelineCell)
	}
	t.rows.Objects = objs
	t.rows.Refresh()
}

// timelineStep is one cell: a marker on the line, the date and the body.
func timelineStep(m programme.Milestone, st milestoneState) fyne.CanvasObject {
	var icon fyne.Resource
	switch st {
	case msDone:
		icon = theme.NewSuccessThemedResource(theme.ConfirmIcon())
	case msNext:
		icon = theme.NewPrimaryThemedResource(theme.MediaRecordIcon())
	case msOverdue:
		icon = theme.NewWarningThemedResource(theme.WarningIcon())
	case msUndated:
		icon = theme.NewWarningThemedResource(theme.QuestionIcon())
	default:
		icon = theme.RadioButtonIcon()
	}
	line := canvas.NewRectangle(theme.Color(theme.ColorNameSeparator))
	line.SetMinSize(fyne.NewSize(timelineCell.Width, 2))
	marker := container.NewStack(container.NewCenter(line), container.NewCenter(widget.NewIcon(icon)))

	date := lang.L("responsibility.milestone.noDate")
	if !m.Date.IsZero() {
		date = m.Date.Format(i18n.Language())
	}
	head := widget.NewLabelWithStyle(date, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	if st == msNext {
		head.Importance = widget.HighImportance
	}
	body := widget.NewLabelWithStyle(m.Body, fyne.TextAlignCenter, fyne.TextStyle{})
	body.SizeName = theme.SizeNameCaptionText
	body.Truncation = fyne.TextTruncateEllipsis // the full name is in the list below
	state := widget.NewLabelWithStyle(timelineStateText(st), fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
	state.SizeName = theme.SizeNameCaptionText
	return container.NewThemeOverride(container.NewVBox(marker, head, body, state), widgets.Compact())
}

func timelineStateText(st milestoneState) string {
	switch st {
	case msDone:
		return lang.L("responsibility.timeline.done")
	case msNext:
		return lang.L("responsibility.timeline.next")
	case msOverdue:
		return lang.L("responsibility.timeline.overdue")
	}
	return "" // an undated step says so in place of its date
}

// nextMilestoneText is the line on the step page that names the next
// decision, with how far away it is when it has an exact day; empty when
// there is no decision path at all.
func nextMilestoneText(r programme.Responsibility, now time.Time) (string, noticeTone) {
	if len(r.Milestones) == 0 {
		return "", toneQuiet // the findings already say the path is missing
	}
	m, ok := r.NextMilestone(now)
	if !ok {
		return lang.L("responsibility.next.nothingAhead"), toneQuiet
	}
	what := joinNonEmpty(" – ", m.Body, m.Decision)
	if len(m.Date) != len("2006-01-02") {
		return lang.L("responsibility.next.coarse", map[string]any{"Date": m.Date.Format(i18n.Language()), "What": what}), toneInfo
	}
	y, mo, d := now.Date()
	days := int(m.Date.Start().Sub(time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)).Hours() / 24)
	var when string
	switch days {
	case 0:
		when = lang.L("responsibility.next.today")
	case 1:
		when = lang.L("responsibility.next.tomorrow")
	default:
		when = lang.L("responsibility.next.inDays", map[string]any{"Days": days})
	}
	return lang.L("responsibility.next.line", map[string]any{"Date": m.Date.Format(i18n.Language()), "What": what, "When": when}), toneInfo
}

// milestoneBodies are the deciding bodies offered for a milestone; any
// other body can be typed.
func milestoneBodies() []string {
	return []string{
		lang.L("responsibility.body.board"),
		lang.L("responsibility.body.executive"),
		lang.L("responsibility.body.council"),
		lang.L("responsibility.body.cityExecutive"),
		lang.L("responsibility.body.cityCouncil"),
		lang.L("responsibility.body.group"),
	}
}

// milestoneRows is the row editor's description of the decision path.
func milestoneRows(onChange func()) rowSpec[programme.Milestone] {
	return rowSpec[programme.Milestone]{
		Rows:   func(p *programme.Programme) *[]programme.Milestone { return &p.Responsibility.Milestones },
		Delete: func(p *programme.Programme, id string) bool { return p.Responsibility.DeleteMilestone(id) },
		Move: func(p *programme.Programme, id string, delta int) bool {
			return p.Responsibility.MoveMilestone(id, delta)
		},
		ID: func(m *programme.Milestone) string { return m.ID },
		Title: func(m *programme.Milestone) string {
			date := lang.L("responsibility.milestone.noDate")
			if !m.Date.IsZero() {
				date = m.Date.Format(i18n.Language())
			}
			return joinNonEmpty(" · ", date, m.Body)
		},
		Detail: func(m *programme.Milestone) string {
			if m.Done {
				return joinNonEmpty(" · ", lang.L("responsibility.timeline.done"), m.Decision)
			}
			return m.Decision
		},
		New:      programme.NewMilestone,
		Form:     milestoneForm,
		Empty:    lang.L("responsibility.milestones.empty"),
		AddLabel: lang.L("responsibility.milestones.add"),
		OnChange: onChange,
	}
}

func milestoneForm(f *rowForm[programme.Milestone]) fyne.CanvasObject {
	date := f.Parsed(func(m *programme.Milestone) string { return m.Date.Format(i18n.Language()) },
		func(s string) error {
			if _, err := programme.ParseDate(s); err != nil {
				return i18n.Message{Text: lang.L("responsibility.milestone.badDate")}
			}
			return nil
		},
		func(m *programme.Milestone, v string) { m.Date, _ = programme.ParseDate(v) })
	date.SetPlaceHolder(lang.L("responsibility.milestone.datePlaceholder"))

	body := widgets.NewSelectEntry(milestoneBodies())
	body.SetPlaceHolder(lang.L("responsibility.milestone.bodyPlaceholder"))
	if m := f.Row(); m != nil {
		body.SetText(m.Body)
	}
	body.OnChanged = f.guarded(body.SetText, func(m *programme.Milestone) string { return m.Body },
		func(m *programme.Milestone, v string) { m.Body = v })

	decision := f.MultiLine(3, func(m *programme.Milestone) string { return m.Decision },
		func(m *programme.Milestone, v string) { m.Decision = v })
	decision.SetPlaceHolder(lang.L("responsibility.milestone.decisionPlaceholder"))
	done := f.Check(lang.L("responsibility.milestone.doneLabel"), func(m *programme.Milestone) bool { return m.Done },
		func(m *programme.Milestone, v bool) { m.Done = v })

	return newForm(
		widget.NewFormItem(lang.L("responsibility.milestone.date"), date),
		widget.NewFormItem(lang.L("responsibility.milestone.body"), body),
		widget.NewFormItem(lang.L("responsibility.milestone.decision"), decision),
		widget.NewFormItem("", done),
	)
}
