package ui

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// sidebar lists the seven steps with their state and progress.
//
// The whole sidebar is one scroll: the programme's name, the page entries
// (overview, checker, follow-up), the seven steps and the help link. A
// list below fixed entries scrolled on its own and hid steps 1–2 behind
// the entries on a 768 px screen. Seven rows need no list's recycling.
type sidebar struct {
	v       *programmeView
	rows    []*stepRow
	scroll  *container.Scroll
	content fyne.CanvasObject
	// dash shows the dashboard; it looks selected while the dashboard shows.
	dash *widget.Button
	// check shows the checker panel (checker.go).
	check *widget.Button
	// follow shows the follow-up view (followup.go).
	follow *widget.Button
	// trans shows the translations page (translations.go) while the
	// programme has a further document language.
	trans *widget.Button
}

func newSidebar(v *programmeView) *sidebar {
	s := &sidebar{v: v}
	p := v.session.Programme()
	name := widget.NewLabelWithStyle(p.Municipality(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Wrapping = fyne.TextWrapWord
	title := widget.NewLabel(sidebarTitle(p))
	title.Wrapping = fyne.TextWrapWord
	back := widget.NewButtonWithIcon(lang.L("sidebar.back"), theme.NavigateBackIcon(), v.m.showHome)
	back.Alignment = widget.ButtonAlignLeading
	back.Importance = widget.LowImportance
	// A wrapped link, not a button: a button as wide as its label would
	// make the window wider than a 1024 px screen.
	link := widget.NewHyperlink(lang.L("menu.about"), nil)
	link.OnTapped = v.m.showAboutProgramme
	link.Wrapping = fyne.TextWrapWord
	help := container.NewBorder(nil, nil, widget.NewIcon(theme.HelpIcon()), nil, link)
	s.dash = widget.NewButtonWithIcon(lang.L("dashboard.title"), theme.GridIcon(), v.showDashboard)
	s.dash.Alignment = widget.ButtonAlignLeading
	s.check = newCheckerButton(v)
	s.follow = newFollowupButton(v)
	s.trans = newTranslationsButton(v)
	box := container.NewVBox(back, container.NewThemeOverride(container.NewVBox(name, title), widgets.Compact()),
		widget.NewSeparator(), s.dash, s.check, s.follow, s.trans, widget.NewSeparator())
	for i := range v.tpl.Steps {
		r := newStepRow(func() { v.selectStep(i) })
		s.rows = append(s.rows, r)
		box.Add(r)
	}
	box.Add(widget.NewSeparator())
	box.Add(help)
	s.refresh()
	s.scroll = container.NewVScroll(box)
	s.content = s.scroll
	return s
}

// stepRow is one step in the sidebar: a dot for its state, its name
// wrapped to as many lines as the sidebar's width needs (never cut short
// at 1024 px) and its state and progress below.
type stepRow struct {
	widget.BaseWidget
	onTapped        func()
	bg              *canvas.Rectangle
	dot             *canvas.Circle
	title, detail   *widget.Label
	selected, hover bool
}

func newStepRow(onTapped func()) *stepRow {
	r := &stepRow{onTapped: onTapped, bg: canvas.NewRectangle(color.Transparent), dot: canvas.NewCircle(color.Transparent)}
	r.bg.CornerRadius = theme.InputRadiusSize()
	r.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.title.Wrapping = fyne.TextWrapWord
	r.detail = widget.NewLabel("")
	r.detail.SizeName = theme.SizeNameCaptionText
	r.detail.Wrapping = fyne.TextWrapWord
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer implements fyne.Widget. The texts use the compact
// paddings, so that the seven rows and the entries above them fit a
// 768 px screen without scrolling.
func (r *stepRow) CreateRenderer() fyne.WidgetRenderer {
	dotBox := container.NewGridWrap(fyne.NewSize(12, 12), r.dot)
	texts := container.NewThemeOverride(container.NewVBox(r.title, r.detail), widgets.Compact())
	row := container.NewBorder(nil, nil, container.NewCenter(dotBox), nil, texts)
	return widget.NewSimpleRenderer(container.NewStack(r.bg, container.NewPadded(row)))
}

// Tapped implements fyne.Tappable.
func (r *stepRow) Tapped(*fyne.PointEvent) { r.onTapped() }

// MouseIn implements desktop.Hoverable.
func (r *stepRow) MouseIn(*desktop.MouseEvent) { r.hover = true; r.paint() }

// MouseMoved implements desktop.Hoverable.
func (r *stepRow) MouseMoved(*desktop.MouseEvent) {}

// MouseOut implements desktop.Hoverable.
func (r *stepRow) MouseOut() { r.hover = false; r.paint() }

// Cursor implements desktop.Cursorable.
func (r *stepRow) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (r *stepRow) setSelected(on bool) {
	if r.selected != on {
		r.selected = on
		r.paint()
	}
}

// paint shows the selection (as a list does) and the hover.
func (r *stepRow) paint() {
	switch {
	case r.selected:
		r.bg.FillColor = theme.Color(theme.ColorNameSelection)
	case r.hover:
		r.bg.FillColor = theme.Color(theme.ColorNameHover)
	default:
		r.bg.FillColor = color.Transparent
	}
	r.bg.Refresh()
}

// update shows step id's name, state and progress; it sets only what
// changed, since it runs after every edit.
func (s *sidebar) update(id int) {
	r := s.rows[id]
	step := s.v.tpl.Steps[id]
	p := s.v.session.Programme()
	status := p.StepStatus(step)
	if t := lang.L("sidebar.step", map[string]any{"Number": step.Number, "Title": step.Title.In(Language())}); r.title.Text != t {
		r.title.SetText(t)
	}
	if d := StatusLabel(status) + " · " + ProgressLabel(p.Progress(step)); r.detail.Text != d {
		r.detail.SetText(d)
	}
	fill, stroke, width := statusColor(status), theme.Color(theme.ColorNameForeground), float32(0)
	if status == programme.StatusNotStarted {
		fill, width = color.Transparent, 1.5
	}
	if r.dot.FillColor != fill || r.dot.StrokeWidth != width {
		r.dot.FillColor, r.dot.StrokeColor, r.dot.StrokeWidth = fill, stroke, width
		r.dot.Refresh()
	}
}

// selectRow marks step i as the page shown (-1: none) and scrolls it into
// view.
func (s *sidebar) selectRow(i int) {
	for j, r := range s.rows {
		r.setSelected(j == i)
	}
	if i >= 0 && i < len(s.rows) {
		s.scrollTo(s.rows[i])
	}
}

// scrollTo scrolls the sidebar so that o shows whole, if it can.
func (s *sidebar) scrollTo(o fyne.CanvasObject) {
	if s.scroll == nil || s.scroll.Size().Height <= 0 {
		return
	}
	top := o.Position().Y
	bottom := top + o.Size().Height
	view := s.scroll.Size().Height
	switch {
	case top < s.scroll.Offset.Y:
		s.scroll.Offset.Y = top
	case bottom > s.scroll.Offset.Y+view:
		s.scroll.Offset.Y = min(top, bottom-view)
	default:
		return
	}
	s.scroll.Refresh()
}

// statusColor gives each state a colour; the text beside it says the same,
// so colour is never the only cue.
func statusColor(s programme.Status) color.Color {
	switch s {
	case programme.StatusDone:
		return theme.Color(theme.ColorNameSuccess)
	case programme.StatusInProgress:
		return theme.Color(theme.ColorNameWarning)
	}
	return theme.Color(theme.ColorNameDisabled)
}

// refresh shows every step's state after an edit, and the translations
// entry once the programme has a further document language.
func (s *sidebar) refresh() {
	for i := range s.rows {
		s.update(i)
	}
	if s.trans != nil {
		if on := len(s.v.session.Programme().FurtherLanguages()) > 0; on != s.trans.Visible() {
			if on {
				s.trans.Show()
			} else {
				s.trans.Hide()
			}
		}
	}
}

// setDashboardSelected marks the dashboard entry as the page shown; any
// page change starts here, so the other entries are unmarked with it.
func (s *sidebar) setDashboardSelected(on bool) {
	markEntry(s.dash, on)
	markEntry(s.check, false)
	markEntry(s.follow, false)
	markEntry(s.trans, false)
}

// setTranslationsSelected marks the translations entry as the page shown.
func (s *sidebar) setTranslationsSelected(on bool) { markEntry(s.trans, on) }

// setCheckerSelected marks the checker entry as the page shown.
func (s *sidebar) setCheckerSelected(on bool) { markEntry(s.check, on) }

// setFollowupSelected marks the follow-up entry as the page shown.
func (s *sidebar) setFollowupSelected(on bool) { markEntry(s.follow, on) }

// markEntry shows one of the sidebar's page entries (overview, checker,
// follow-up) as the page shown or not; an entry not built is skipped.
func markEntry(b *widget.Button, on bool) {
	if b == nil {
		return
	}
	b.Importance = widget.LowImportance
	if on {
		b.Importance = widget.HighImportance
	}
	b.Refresh()
}

// sidebarTitle names the programme and its period, without repeating the
// period when the title already states it.
func sidebarTitle(p *programme.Programme) string {
	if strings.Contains(p.Title, strconv.Itoa(p.StartYear)) {
		return p.Title
	}
	return lang.L("sidebar.title", map[string]any{"Title": p.Title, "Start": p.StartYear, "End": p.EndYear})
}
