package ui

import (
	"image/color"
	"sort"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// dashFindingsShown is how many findings a step card lists; the rest are a
// click away on the step itself. Three keep the seven cards readable on a
// projector.
const dashFindingsShown = 3

// dashCommentsShown is how many open threads the dashboard lists.
const dashCommentsShown = 8

// dashboard is the overview of the whole programme ("Yleiskatsaus"): each
// step's state, ticks, what is missing and open comments, the next decision
// and the last change. It is projected in the working group's meetings, so
// it is drawn larger than the editing pages and every colour has its word.
// Everything on it that names a place jumps there.
type dashboard struct {
	v   *programmeView
	now func() time.Time

	steps    []*dashStep
	comments []*dashComment
	next     *widget.Label
	updated  *widget.Label
	// check is the checker's counts, a link to its panel (checker.go).
	check   *widgets.TapLabel
	body    *fyne.Container
	content fyne.CanvasObject
}

// dashStep is one step's card.
type dashStep struct {
	step     checklist.Step
	index    int
	title    *widgets.TapLabel
	status   *widget.Label
	progress *meter
	// progressText says the ticks in words beside the bar.
	progressText *widget.Label
	missing      *widgets.TapLabel
	findings     []*widgets.TapLabel
	more         *widgets.TapLabel
	comments     *widgets.TapLabel
	// review opens the parts still to review after a new period began.
	review *widgets.TapLabel
	// findingsAll are all the step's findings; findings links the first.
	findingsAll []programme.Finding
}

// dashComment is one open thread in the dashboard's list.
type dashComment struct {
	thread programme.Thread
	stepID string
	link   *widgets.TapLabel
}

// dashboardShortcut (Ctrl+0) shows the dashboard, next to Ctrl+1 … Ctrl+7
// for the steps.
var dashboardShortcut = &desktop.CustomShortcut{KeyName: fyne.Key0, Modifier: fyne.KeyModifierShortcutDefault}

// dashboardMenuItem is the Programme menu's "Yleiskatsaus".
func (m *MainWindow) dashboardMenuItem() *fyne.MenuItem {
	it := fyne.NewMenuItem(lang.L("dashboard.menu"), m.showDashboard)
	it.Shortcut = dashboardShortcut
	return it
}

// showDashboard shows the open programme's overview; on the programme list
// it does nothing.
func (m *MainWindow) showDashboard() {
	if m.editor != nil {
		m.editor.showDashboard()
	}
}

// showDashboard shows the overview in the page area.
func (v *programmeView) showDashboard() {
	// Like every page change: the focus mode would otherwise keep the
	// window's content while the page below it changes.
	v.leaveFocus()
	v.saveState()
	v.current = -1
	v.stepPage = nil
	v.sidebar.selectRow(-1)
	v.sidebar.setDashboardSelected(true)
	v.dash = newDashboard(v, time.Now)
	v.page.Objects = []fyne.CanvasObject{v.dash.content}
	v.page.Refresh()
	if v.m.editor == v {
		v.m.rememberOpen()
	}
}

func newDashboard(v *programmeView, now func() time.Time) *dashboard {
	d := &dashboard{v: v, now: now}
	d.body = container.NewStack()
	d.content = container.NewThemeOverride(container.NewVScroll(container.NewPadded(d.body)), dashTheme{appTheme{}})
	d.refresh()
	return d
}

// refresh rebuilds the overview from the programme as it is now. The
// figures come from Programme.Overview, the same as `kotoutus status`
// prints, so the wall and the e-mail never disagree. The first screen
// answers "where are we": the next decision, open comments, the last
// change and a table of the seven steps; what is missing and the open
// comments follow in detail below.
func (d *dashboard) refresh() {
	p := d.v.session.Programme()
	o := p.Overview(d.v.tpl, d.now())
	d.steps, d.comments = nil, nil

	title := widget.NewLabelWithStyle(lang.L("dashboard.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	name := widget.NewLabel(lang.L("dashboard.programme", map[string]any{"Municipality": p.Municipality(), "Title": p.Title}))
	name.Wrapping = fyne.TextWrapWord
	name.SizeName = theme.SizeNameSubHeadingText
	overall := widget.NewLabel(d.overallText(o))
	overall.Wrapping = fyne.TextWrapWord

	tiles := container.NewGridWithColumns(3, d.nextTile(o), d.countTile(o), d.updatedTile(p))
	d.body.Objects = []fyne.CanvasObject{container.NewVBox(
		container.NewBorder(nil, nil, title, nil, name), overall, d.checkerLink(o), d.followupLink(p),
		tiles,
		d.progressSection(p),
		d.stepTable(o),
		d.missingSection(),
		d.commentsSection(p),
	)}
	d.body.Refresh()
}

func (d *dashboard) overallText(o programme.Overview) string {
	done := 0
	for _, s := range o.Steps {
		if s.Status == programme.StatusDone {
			done++
		}
	}
	text := lang.L("dashboard.overall", map[string]any{"Done": done, "Steps": len(o.Steps), "Ticked": o.Done + o.Suggested, "Items": o.Total})
	if o.ReviewPending > 0 {
		text += "\n" + lang.N("dashboard.reviewPending", o.ReviewPending, map[string]any{"Count": o.ReviewPending})
	}
	return text
}

// stepColumns are the widths of the step table's columns as parts of its
// width: step, state, checklist, missing, comments.
var stepColumns = []float32{0.33, 0.15, 0.22, 0.13, 0.17}

// stepTable is one row per step: its state as a coloured tag, the ticked
// items as a bar, and how much is missing and open, each a link there.
func (d *dashboard) stepTable(o programme.Overview) fyne.CanvasObject {
	head := func(key string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(lang.L(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	rows := container.NewVBox(container.New(&rowLayout{cols: stepColumns},
		head("dashboard.colStep"), head("dashboard.colStatus"), head("dashboard.colItems"),
		head("dashboard.colMissing"), head("dashboard.colComments")))
	for i, s := range d.v.tpl.Steps {
		rows.Add(widget.NewSeparator())
		rows.Add(d.stepRow(i, s, o.Steps[i]))
	}
	return dashCard(rows, theme.Color(theme.ColorNamePrimary))
}

func (d *dashboard) stepRow(i int, s checklist.Step, so programme.StepOverview) fyne.CanvasObject {
	ds := &dashStep{step: s, index: i, findingsAll: so.Findings}
	d.steps = append(d.steps, ds)

	ds.title = widgets.NewLinkLabel(lang.L("sidebar.step", map[string]any{"Number": s.Number, "Title": s.Title.In(Language())}), func() { d.v.selectStep(i) })
	ds.title.TextStyle = fyne.TextStyle{Bold: true}
	ds.status = widget.NewLabelWithStyle(StatusLabel(so.Status), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})

	pr := programme.Progress{Done: so.Done, Suggested: so.Suggested, Total: so.Total}
	ds.progress = newMeter(pr.Met(), pr.Total)
	ds.progressText = widget.NewLabel(ProgressLabel(pr))

	var missing fyne.CanvasObject
	if n := len(so.Findings); n > 0 {
		ds.missing = widgets.NewLinkLabel(lang.N("dashboard.missingCount", n, map[string]any{"Count": n}), func() { d.v.selectStep(i) })
		missing = ds.missing
	} else {
		missing = widget.NewLabel(lang.L("dashboard.missingNone"))
	}
	ds.comments = widgets.NewLinkLabel(lang.L("dashboard.noComments"), func() { d.openComments(s.ID, "") })
	if so.OpenComments > 0 {
		ds.comments.SetText(lang.N("dashboard.openShort", so.OpenComments, map[string]any{"Count": so.OpenComments}))
		ds.comments.TextStyle = fyne.TextStyle{Bold: true}
	}

	title := fyne.CanvasObject(ds.title)
	if so.ReviewPending > 0 {
		ds.review = widgets.NewLinkLabel(lang.N("dashboard.stepReview", so.ReviewPending, map[string]any{"Count": so.ReviewPending}),
			func() { d.showReview(s.ID) })
		ds.review.Importance = widget.MediumImportance
		ds.review.TextStyle = fyne.TextStyle{Italic: true}
		title = container.NewVBox(ds.title, ds.review)
	}
	middle := func(o fyne.CanvasObject) fyne.CanvasObject {
		return container.NewVBox(layout.NewSpacer(), o, layout.NewSpacer())
	}
	return container.New(&rowLayout{cols: stepColumns},
		middle(title), container.NewCenter(dashBadge(so.Status, ds.status)),
		container.NewBorder(nil, nil, nil, middle(ds.progressText), middle(ds.progress.content)),
		middle(missing), middle(ds.comments))
}

// missingSection lists, for each step that lacks something, the first
// findings as links to the step.
func (d *dashboard) missingSection() fyne.CanvasObject {
	var cards []fyne.CanvasObject
	for _, ds := range d.steps {
		findings := ds.findingsAll
		if len(findings) == 0 {
			continue
		}
		i := ds.index
		head := widgets.NewLinkLabel(ds.title.Text, func() { d.v.selectStep(i) })
		head.TextStyle = fyne.TextStyle{Bold: true}
		box := container.NewVBox(head)
		for _, f := range findings[:min(len(findings), dashFindingsShown)] {
			link := widgets.NewLinkLabel("• "+i18n.FindingText(f), func() { d.v.openFinding(i, f) })
			ds.findings = append(ds.findings, link)
			box.Add(link)
		}
		if rest := len(findings) - dashFindingsShown; rest > 0 {
			ds.more = widgets.NewLinkLabel(lang.N("dashboard.moreMissing", rest, map[string]any{"Count": rest}), func() { d.v.selectStep(i) })
			box.Add(ds.more)
		}
		cards = append(cards, dashCard(box, theme.Color(theme.ColorNameWarning)))
	}
	heading := dashTileHeading(lang.L("dashboard.missingTitle"))
	if len(cards) == 0 {
		none := widget.NewLabel(lang.L("dashboard.nothingMissing"))
		none.Importance = widget.SuccessImportance
		return container.NewVBox(heading, none)
	}
	return container.NewVBox(heading, twoColumns(cards))
}

// dashBadge is a step's state as a coloured tag with its name in it.
func dashBadge(s programme.Status, text *widget.Label) fyne.CanvasObject {
	bg := canvas.NewRectangle(widgets.WithAlpha(statusColor(s), 0x40))
	bg.StrokeColor = statusColor(s)
	bg.StrokeWidth = 2
	bg.CornerRadius = theme.InputRadiusSize() * 2
	if s == programme.StatusNotStarted {
		bg.FillColor = color.Transparent
		bg.StrokeColor = theme.Color(theme.ColorNameForeground)
		bg.StrokeWidth = 1
	}
	return container.NewCenter(container.NewStack(bg, container.NewPadded(text)))
}

// dashCard frames a block with a coloured bar on its left edge.
func dashCard(content fyne.CanvasObject, accent color.Color) fyne.CanvasObject {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.CornerRadius = theme.InputRadiusSize()
	bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	bg.StrokeWidth = 1
	bar := canvas.NewRectangle(accent)
	bar.SetMinSize(fyne.NewSize(6, 6))
	return container.NewPadded(container.NewStack(bg, container.NewBorder(nil, nil, bar, nil, container.NewPadded(content))))
}

// dashTileHeading is the heading of a tile in the dashboard's side column.
func dashTileHeading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	l.Wrapping = fyne.TextWrapWord
	return l
}

// nextTile names the next decision on the decision path and warns of any
// past one not marked done.
func (d *dashboard) nextTile(o programme.Overview) fyne.CanvasObject {
	box := container.NewVBox(dashTileHeading(lang.L("dashboard.nextDecision")))
	d.next = widget.NewLabel("")
	d.next.Wrapping = fyne.TextWrapWord
	accent := theme.Color(theme.ColorNamePrimary)
	if m := o.NextMilestone; m != nil {
		d.next.TextStyle = fyne.TextStyle{Bold: true}
		d.next.SetText(lang.L("dashboard.milestone", map[string]any{"Date": m.Date.Format(Language()), "Body": m.Label()}))
		box.Add(d.next)
		if m.Decision != "" {
			dec := widget.NewLabel(m.Decision)
			dec.Wrapping = fyne.TextWrapWord
			box.Add(dec)
		}
	} else {
		d.next.SetText(lang.L("dashboard.noMilestone"))
		d.next.TextStyle = fyne.TextStyle{Italic: true}
		box.Add(d.next)
	}
	for _, m := range o.Overdue {
		late := widget.NewLabel(lang.L("dashboard.overdue", map[string]any{"Date": m.Date.Format(Language()), "Body": m.Label()}))
		late.Wrapping = fyne.TextWrapWord
		late.Importance = widget.DangerImportance
		box.Add(late)
		accent = theme.Color(theme.ColorNameError)
	}
	link := widgets.NewLinkLabel(lang.L("dashboard.toSchedule"), func() { d.v.selectStep(d.stepIndex(programme.StepResponsibility)) })
	box.Add(link)
	return dashCard(box, accent)
}

// countTile shows the number of open comments in large type.
func (d *dashboard) countTile(o programme.Overview) fyne.CanvasObject {
	n := canvas.NewText(strconv.Itoa(o.OpenComments), theme.Color(theme.ColorNameForeground))
	n.TextSize = theme.TextHeadingSize() * 2.2
	n.TextStyle = fyne.TextStyle{Bold: true}
	box := container.NewVBox(dashTileHeading(lang.L("dashboard.openTitle")), n)
	if o.Findings > 0 {
		box.Add(widget.NewLabel(lang.N("dashboard.findingsTotal", o.Findings, map[string]any{"Count": o.Findings})))
	}
	accent := theme.Color(theme.ColorNameSuccess)
	if o.OpenComments > 0 {
		accent = theme.Color(theme.ColorNameWarning)
	}
	return dashCard(box, accent)
}

// commentsSection lists the open threads, the most recently active first,
// each a link to the place it is about.
func (d *dashboard) commentsSection(p *programme.Programme) fyne.CanvasObject {
	threads := p.Threads("", false)
	sort.SliceStable(threads, func(i, j int) bool { return threadActivity(threads[i]).After(threadActivity(threads[j])) })
	heading := dashTileHeading(lang.N("dashboard.commentsTitle", len(threads), map[string]any{"Count": len(threads)}))
	if len(threads) == 0 {
		none := widget.NewLabel(lang.L("dashboard.noOpenComments"))
		none.TextStyle = fyne.TextStyle{Italic: true}
		return container.NewVBox(heading, none)
	}
	var cards []fyne.CanvasObject
	for _, t := range threads[:min(len(threads), dashCommentsShown)] {
		dc := &dashComment{thread: t, stepID: p.StepOf(d.v.tpl, t.Root.About)}
		dc.link = widgets.NewLinkLabel(aboutLabel(p, d.v.tpl, t.Root.About), func() { d.openComments(dc.stepID, t.Root.ID) })
		dc.link.TextStyle = fyne.TextStyle{Bold: true}
		d.comments = append(d.comments, dc)
		line := lang.L("dashboard.commentLine", map[string]any{"Name": authorOrUnknown(t.Root.Author), "Text": shortText(t.Root.Text, 160)})
		if n := len(t.Replies); n > 0 {
			line += " " + lang.N("dashboard.replies", n, map[string]any{"Count": n})
		}
		text := widget.NewLabel(line)
		text.Wrapping = fyne.TextWrapWord
		where := widget.NewLabelWithStyle(stepNameLabel(d.v.tpl, dc.stepID), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		where.SizeName = theme.SizeNameCaptionText
		cards = append(cards, dashCard(container.NewVBox(dc.link, where, text), theme.Color(theme.ColorNameWarning)))
	}
	box := container.NewVBox(heading, twoColumns(cards))
	if rest := len(threads) - dashCommentsShown; rest > 0 {
		more := widget.NewLabel(lang.N("dashboard.moreComments", rest, map[string]any{"Count": rest}))
		more.Wrapping = fyne.TextWrapWord
		box.Add(more)
	}
	return box
}

func (d *dashboard) updatedTile(p *programme.Programme) fyne.CanvasObject {
	box := container.NewVBox(dashTileHeading(lang.L("dashboard.lastChange")))
	d.updated = widget.NewLabelWithStyle(formatTime(p.Updated), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	d.updated.Wrapping = fyne.TextWrapWord
	box.Add(d.updated)
	if snaps, err := d.v.m.store.Snapshots(p.ID); err == nil {
		for _, s := range snaps {
			if s.Reason == programme.ReasonManual {
				l := widget.NewLabel(lang.L("dashboard.lastVersion", map[string]any{"Name": snapshotName(s), "When": formatTime(s.Taken)}))
				l.Wrapping = fyne.TextWrapWord
				box.Add(l)
				break
			}
		}
	}
	return dashCard(box, theme.Color(theme.ColorNameSeparator))
}

// threadActivity is when a thread was last written to.
func threadActivity(t programme.Thread) time.Time {
	at := t.Root.Created
	for _, r := range t.Replies {
		if r.Created.After(at) {
			at = r.Created
		}
	}
	return at
}

// stepNameLabel is "Vaihe 4: Tavoitteet", or the words for comments on no step.
func stepNameLabel(tpl *checklist.Template, stepID string) string {
	if s, ok := tpl.Step(stepID); ok {
		return lang.L("dashboard.stepName", map[string]any{"Number": s.Number, "Title": s.Title.In(Language())})
	}
	return lang.L("comments.titleOther")
}

func (d *dashboard) stepIndex(id string) int {
	for i, s := range d.v.tpl.Steps {
		if s.ID == id {
			return i
		}
	}
	return 0
}

// openComments jumps to a step and opens its comments, highlighting one
// thread when focus is set. Comments on no step open over the dashboard.
func (d *dashboard) openComments(stepID, focus string) {
	v := d.v
	if _, ok := v.tpl.Step(stepID); ok {
		v.selectStep(d.stepIndex(stepID))
	}
	v.showComments(stepID, focus, func() {
		if v.dash != nil {
			v.dash.refresh()
		}
	})
}
