package ui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// checkerShortcut (Ctrl+T, "tarkista") shows the checker panel.
var checkerShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyT, Modifier: fyne.KeyModifierShortcutDefault}

// checkerMenuItem is the Programme menu's "Tarkistus".
func (m *MainWindow) checkerMenuItem() *fyne.MenuItem {
	return shortcutItem(lang.L("checker.menu"), checkerShortcut, m.showChecker)
}

// showChecker shows the open programme's checker panel; on the programme
// list it does nothing.
func (m *MainWindow) showChecker() {
	if m.editor != nil {
		m.editor.showChecker()
	}
}

// showChecker shows the checker panel in the page area, in place of a step
// or the dashboard, built afresh from the programme as it is now.
func (v *programmeView) showChecker() {
	v.leavePage()
	v.sidebar.setCheckerSelected(true)
	v.checker = newCheckerPanel(v)
	setOnly(v.page, v.checker.content)
}

// checkerRowKind tells what a row of the checker's list is.
type checkerRowKind int

const (
	checkerStepRow checkerRowKind = iota
	checkerSeverityRow
	checkerFindingRow
)

// checkerRow is one row of the list: a step's heading, a severity's
// heading within the step, or a finding.
type checkerRow struct {
	kind     checkerRowKind
	step     int // index in the template's steps, -1 for the whole programme
	severity programme.Severity
	count    int
	finding  programme.Finding
}

// checkerPanel is the whole programme's findings from the checker,
// grouped by step and, within a step, by severity, each with its sentence
// and its source; a finding's "Siirry" opens its step and, where the
// finding names one, the row it is about.
type checkerPanel struct {
	v        *programmeView
	findings []programme.Finding
	// jump opens a finding's place: programmeView.openFinding (tests
	// watch it).
	jump func(step int, f programme.Finding)
	// show is the severities the filter lets through.
	show map[programme.Severity]bool

	rows    []checkerRow
	heights map[widget.ListItemID]float32
	// shown tells that build ran before (so the list has been drawn).
	shown   bool
	counts  *widget.Label
	filters map[programme.Severity]*widget.Check
	empty   *widget.Label
	list    *widget.List
	content fyne.CanvasObject
}

func newCheckerPanel(v *programmeView) *checkerPanel {
	c := &checkerPanel{v: v, jump: v.openFinding, show: map[programme.Severity]bool{}, filters: map[programme.Severity]*widget.Check{}}
	c.findings = v.session.Programme().Check(v.tpl)

	title := widget.NewLabelWithStyle(lang.L("checker.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	c.counts = widget.NewLabel(i18n.CountsText(programme.CountFindings(c.findings)))
	c.counts.TextStyle = fyne.TextStyle{Bold: true}
	basis := widgets.HelpText(lang.L("checker.basis", map[string]any{"Template": v.tpl.Name.In(Language())}))
	filterRow := container.NewHBox(widget.NewLabel(lang.L("checker.show")))
	for _, s := range programme.Severities {
		c.show[s] = true
		chk := widget.NewCheck(lang.L("checker.filter."+string(s)), nil)
		chk.SetChecked(true)
		chk.OnChanged = func(on bool) { c.setShown(s, on) }
		c.filters[s] = chk
		filterRow.Add(chk)
	}
	c.empty = widgets.Wrapped(lang.L("check.none"))
	c.empty.Importance = widget.SuccessImportance

	c.list = widget.NewList(func() int { return len(c.rows) }, c.createRow, c.updateRow)
	c.list.OnSelected = func(id widget.ListItemID) {
		// A row is not a selection to keep: tapping it opens the place, as
		// its button does.
		c.list.Unselect(id)
		c.open(id)
	}
	header := container.NewVBox(container.NewBorder(nil, nil, title, nil, c.counts), basis, filterRow, widget.NewSeparator())
	c.content = container.NewBorder(container.NewPadded(header), nil, nil, nil, container.NewStack(c.list, c.empty))
	c.build()
	return c
}

// setShown lets findings of severity s through the filter, or not.
func (c *checkerPanel) setShown(s programme.Severity, on bool) {
	c.show[s] = on
	c.build()
}

// build lays the shown findings out as rows: the whole programme first,
// then the steps in order, within each the errors, warnings and hints.
func (c *checkerPanel) build() {
	c.rows = c.rows[:0]
	groups := map[string][]programme.Finding{}
	for _, f := range c.findings {
		if c.show[f.Severity] {
			groups[f.Step] = append(groups[f.Step], f)
		}
	}
	addStep := func(i int, fs []programme.Finding) {
		if len(fs) == 0 {
			return
		}
		c.rows = append(c.rows, checkerRow{kind: checkerStepRow, step: i, count: len(fs)})
		for _, sev := range programme.Severities {
			var of []programme.Finding
			for _, f := range fs {
				if f.Severity == sev {
					of = append(of, f)
				}
			}
			if len(of) == 0 {
				continue
			}
			c.rows = append(c.rows, checkerRow{kind: checkerSeverityRow, step: i, severity: sev, count: len(of)})
			for _, f := range of {
				c.rows = append(c.rows, checkerRow{kind: checkerFindingRow, step: i, severity: sev, finding: f})
			}
		}
	}
	addStep(-1, groups[""])
	for i, s := range c.v.tpl.Steps {
		addStep(i, groups[s.ID])
	}
	c.heights = nil
	if len(c.rows) == 0 {
		c.empty.SetText(lang.L("check.none"))
		if len(c.findings) > 0 {
			c.empty.SetText(lang.L("checker.allFiltered"))
		}
		c.empty.Show()
		c.list.Hide()
	} else {
		c.empty.Hide()
		c.list.Show()
	}
	c.list.UnselectAll()
	if c.shown {
		// The list's scroller exists only once it has been drawn.
		c.list.ScrollToTop()
	}
	c.shown = true
	c.list.Refresh()
}

// The row template: a severity tag, the text and the source below it, and
// a button that opens the place.
func (c *checkerPanel) createRow() fyne.CanvasObject {
	tagText := widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	tagText.SizeName = theme.SizeNameCaptionText
	tagBG := canvas.NewRectangle(color.Transparent)
	tagBG.CornerRadius = theme.InputRadiusSize()
	tagBG.StrokeWidth = 1
	tag := container.NewGridWrap(fyne.NewSize(checkerTagWidth, tagText.MinSize().Height), container.NewStack(tagBG, tagText))
	text := widget.NewLabel("")
	text.Wrapping = fyne.TextWrapWord
	source := widget.NewLabel("")
	source.Wrapping = fyne.TextWrapWord
	source.SizeName = theme.SizeNameCaptionText
	source.TextStyle = fyne.TextStyle{Italic: true}
	jump := widget.NewButtonWithIcon(lang.L("checker.jump"), theme.NavigateNextIcon(), nil)
	jump.Importance = widget.LowImportance
	// The compact theme keeps a finding's sentence and its source together.
	texts := container.NewThemeOverride(container.NewVBox(text, source), widgets.Compact())
	return container.NewBorder(nil, nil, container.NewVBox(tag), container.NewVBox(jump), texts)
}

// rowTexts returns a row's sentence and source labels.
func rowTexts(row *fyne.Container) (text, source *widget.Label) {
	box := row.Objects[0].(*container.ThemeOverride).Content.(*fyne.Container)
	return box.Objects[0].(*widget.Label), box.Objects[1].(*widget.Label)
}

// checkerTagWidth fits the longest severity's name ("varoitus").
const checkerTagWidth = 78

func (c *checkerPanel) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(c.rows) {
		return
	}
	r := c.rows[id]
	row := o.(*fyne.Container)
	text, source := rowTexts(row)
	tag := row.Objects[1].(*fyne.Container).Objects[0].(*fyne.Container)
	tagStack := tag.Objects[0].(*fyne.Container)
	tagBG, tagText := tagStack.Objects[0].(*canvas.Rectangle), tagStack.Objects[1].(*widget.Label)
	jump := row.Objects[2].(*fyne.Container).Objects[0].(*widget.Button)
	jump.OnTapped = func() { c.open(id) }

	switch r.kind {
	case checkerStepRow:
		tag.Hide()
		source.Hide()
		text.TextStyle = fyne.TextStyle{Bold: true}
		text.SizeName = theme.SizeNameSubHeadingText
		text.SetText(c.stepName(r.step) + " – " + lang.N("checker.stepCount", r.count, map[string]any{"Count": r.count}))
		if r.step < 0 {
			jump.SetText(lang.L("checker.openOverview"))
		} else {
			jump.SetText(lang.L("checker.openStep"))
		}
		jump.Show()
	case checkerSeverityRow:
		tag.Hide()
		source.Hide()
		jump.Hide()
		text.TextStyle = fyne.TextStyle{Bold: true}
		text.SizeName = theme.SizeNameText
		text.SetText(lang.N("checker.group."+string(r.severity), r.count, map[string]any{"Count": r.count}))
	default:
		tag.Show()
		tagText.SetText(i18n.SeverityLabel(r.severity))
		tagBG.FillColor = widgets.WithAlpha(severityColor(r.severity), 0x40)
		tagBG.StrokeColor = severityColor(r.severity)
		tagBG.Refresh()
		text.TextStyle = fyne.TextStyle{}
		text.SizeName = theme.SizeNameText
		text.SetText(i18n.FindingText(r.finding))
		source.SetText(i18n.SourceText(r.finding))
		source.Show()
		jump.SetText(lang.L("checker.jump"))
		jump.Show()
	}
	c.fitRow(id, row)
}

// fitRow gives a row the height its wrapped text and source need at the
// list's width, so that every sentence shows whole.
func (c *checkerPanel) fitRow(id widget.ListItemID, row *fyne.Container) {
	width := c.list.Size().Width - checkerTagWidth - row.Objects[2].MinSize().Width - 6*theme.Padding()
	if width <= 0 {
		return
	}
	text, source := rowTexts(row)
	h := widgets.LabelHeightPadded(text.Text, width, theme.Size(text.SizeName), text.TextStyle, widgets.CompactInnerPadding)
	if source.Visible() {
		h += widgets.CompactPadding + widgets.LabelHeightPadded(source.Text, width, theme.Size(source.SizeName), source.TextStyle, widgets.CompactInnerPadding)
	}
	// Room above and below, and never less than the button.
	h = max(h+2*theme.Padding(), row.Objects[2].MinSize().Height)
	if c.heights == nil {
		c.heights = map[widget.ListItemID]float32{}
	}
	if old, ok := c.heights[id]; !ok || old != h {
		c.heights[id] = h
		c.list.SetItemHeight(id, h)
	}
}

// stepName names step i, or the programme as a whole for -1.
func (c *checkerPanel) stepName(i int) string {
	if i < 0 {
		return lang.L("check.wholeProgramme")
	}
	s := c.v.tpl.Steps[i]
	return lang.L("sidebar.step", map[string]any{"Number": s.Number, "Title": s.Title.In(Language())})
}

// open goes where row id points: a step heading opens the step, a finding
// its step and the row it is about (a checklist item's finding the
// checklist), a finding about the whole programme the dashboard.
func (c *checkerPanel) open(id widget.ListItemID) {
	if id < 0 || id >= len(c.rows) {
		return
	}
	r := c.rows[id]
	v := c.v
	switch {
	case r.step < 0:
		v.showDashboard()
	case r.kind != checkerFindingRow:
		v.selectStep(r.step)
	case strings.HasPrefix(r.finding.Ref, "item:"):
		v.selectStep(r.step)
		if v.stepPage != nil {
			v.stepPage.showChecklist()
		}
	default:
		c.jump(r.step, r.finding)
	}
}

// severityColor gives each severity a colour; its name is always written
// beside it.
func severityColor(s programme.Severity) color.Color {
	switch s {
	case programme.SeverityError:
		return theme.Color(theme.ColorNameError)
	case programme.SeverityWarning:
		return theme.Color(theme.ColorNameWarning)
	}
	return theme.Color(theme.ColorNamePrimary)
}

// newCheckerButton is the sidebar's entry for the checker panel, under the
// dashboard's.
func newCheckerButton(v *programmeView) *widget.Button {
	b := widget.NewButtonWithIcon(lang.L("checker.menu"), theme.ConfirmIcon(), v.showChecker)
	b.Alignment = widget.ButtonAlignLeading
	b.Importance = widget.LowImportance
	return b
}

// checkerLink is the dashboard's line of the checker's counts, a link to
// the panel.
func (d *dashboard) checkerLink(o programme.Overview) fyne.CanvasObject {
	d.check = widgets.NewLinkLabel(lang.L("checker.dashboardLink", map[string]any{"Counts": i18n.CountsText(o.Check)}), d.v.showChecker)
	if o.Check.Errors > 0 {
		d.check.Importance = widget.DangerImportance
	}
	return d.check
}
