package ui

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/export"
	"fi.kotoutus/kotoutus/internal/atomicfile"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// onOpenRound asks for the year of a new round and opens it.
func (f *followupPanel) onOpenRound() {
	year := widgets.NewEntry()
	year.SetText(yearText(nextYear(f.v.Programme(), time.Now())))
	items := []*widget.FormItem{
		widget.NewFormItem("", widgets.Wrapped(lang.L("followup.openHelp"))),
		widget.NewFormItem(lang.L("followup.year"), year),
	}
	d := dialog.NewForm(lang.L("followup.openTitle"), lang.L("followup.openConfirm"), lang.L("action.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		y, err := strconv.Atoi(strings.TrimSpace(year.Text))
		if err != nil {
			err = programme.ErrBadYear
		} else {
			err = f.openRound(y)
		}
		if err != nil {
			f.v.m.showMessage(lang.L("followup.openTitle"), followupErrorText(err))
		}
	}, f.v.m.win)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
}

// followupErrorText says why a follow-up action was refused.
func followupErrorText(err error) string {
	switch {
	case errors.Is(err, programme.ErrRoundExists):
		return lang.L("followup.errExists")
	case errors.Is(err, programme.ErrBadYear):
		return lang.L("followup.errYear")
	case errors.Is(err, programme.ErrRoundClosed):
		return lang.L("followup.errClosed")
	case errors.Is(err, programme.ErrUpdateInProgress):
		return lang.L("followup.errUpdating")
	}
	return Describe(err)
}

// onCloseRound closes the round shown after confirmation.
func (f *followupPanel) onCloseRound() {
	r := f.round()
	if r == nil || r.Closed {
		return
	}
	widgets.Confirm(f.v.m.win, lang.L("followup.closeTitle", map[string]any{"Year": r.Year}), lang.L("followup.close"),
		lang.L("followup.closeText"), func() {
			if err := f.closeRound(); err != nil {
				f.v.m.showMessage(lang.L("followup.closeTitle", map[string]any{"Year": r.Year}), followupErrorText(err))
			}
		})
}

// onStartUpdate asks why the plan is updated, showing what the plan says
// would call for an update, and starts the update.
func (f *followupPanel) onStartUpdate() {
	p := f.v.Programme()
	question := lang.L("followup.updateQuestion")
	if it, ok := f.v.tpl.Item("monitoring.update"); ok {
		question = it.Text.In(Language())
	}
	said := strings.TrimSpace(p.Monitoring.Plan.UpdateWhen)
	if said == "" {
		said = lang.L("followup.updateNoTriggers")
	}
	reason := widgets.NewMultiLineEntry()
	reason.Wrapping = fyne.TextWrapWord
	reason.SetPlaceHolder(lang.L("followup.updateReasonPlaceholder"))
	reason.SetMinRowsVisible(3)
	body := container.NewVBox(
		widgets.Wrapped(lang.L("followup.updateHelp")),
		widgets.SubHeading(question),
		widgets.Wrapped(said),
		widget.NewLabel(lang.L("followup.updateWhy")),
		reason,
	)
	d := dialog.NewCustomConfirm(lang.L("followup.startUpdate"), lang.L("followup.updateConfirm"), lang.L("action.cancel"), body, func(ok bool) {
		if !ok {
			return
		}
		if err := f.startUpdate(reason.Text); err != nil {
			f.v.m.showMessage(lang.L("followup.startUpdate"), followupErrorText(err))
		}
	}, f.v.m.win)
	d.Resize(fyne.NewSize(620, 460))
	d.Show()
}

// onImportCSV chooses a CSV file and shows its import preview.
func (f *followupPanel) onImportCSV() {
	prefs := f.v.m.app.Preferences()
	widgets.ShowOpenFile(f.v.m.win, widgets.FileOptions{
		Title: lang.L("followup.csvChoose"), Confirm: lang.L("followup.csvOpen"),
		Extensions: []string{".csv", ".txt"}, Folder: startFolder(prefs),
	}, func(path string) {
		r, err := os.Open(path)
		if err != nil {
			f.v.m.showMessage(lang.L("followup.csvTitle"), i18n.DescribeCSV(err))
			return
		}
		defer r.Close()
		rememberFolder(prefs, path)
		tab, err := programme.ReadCSV(r)
		if err != nil {
			fyne.LogError("import csv "+filepath.Base(path), err)
			f.v.m.showMessage(lang.L("followup.csvTitle"), i18n.DescribeCSV(err))
			return
		}
		f.showCSVPreview(tab, filepath.Base(path))
	})
}

// csvPreview is the import dialog's content: for a PxWeb table the row (or
// column) to take and the indicator to store it in, the source, and a
// preview of what each year does.
type csvPreview struct {
	f       *followupPanel
	tab     *programme.CSVTable
	series  *widgets.Select
	target  *widgets.Select
	source  *widgets.Entry
	preview *widget.Label
	summary *widget.Label
	content fyne.CanvasObject
	// plan is the import as the choices stand, nil when nothing imports.
	plan *programme.CSVImport
	err  error
}

func newCSVPreview(f *followupPanel, tab *programme.CSVTable, name string) *csvPreview {
	c := &csvPreview{f: f, tab: tab}
	p := f.v.Programme()
	var inds []string
	for _, ind := range p.Monitoring.Indicators {
		inds = append(inds, ind.Name)
	}
	c.series = widgets.NewSelect(nil, func(string) { c.update() })
	for _, s := range tab.Series {
		c.series.Options = append(c.series.Options, s.Label)
	}
	c.series.PlaceHolder = lang.L("followup.csvChooseRow")
	c.target = widgets.NewSelect(inds, func(string) { c.update() })
	c.target.PlaceHolder = lang.L("followup.csvChooseIndicator")
	c.source = widgets.NewEntry()
	c.source.SetText(tab.Title)
	c.source.OnChanged = func(string) { c.update() }
	c.preview = widget.NewLabel("")
	c.preview.TextStyle = fyne.TextStyle{Monospace: true}
	c.summary = widgets.Wrapped("")
	head := widgets.Wrapped(lang.L("followup.csvRead", map[string]any{"Name": name, "Encoding": tab.Encoding, "Format": lang.L("followup.csvFormat." + string(tab.Format))}))
	var form *widget.Form
	if tab.Format == programme.CSVPxWeb {
		seriesLabel := lang.L("followup.csvRow")
		if tab.YearsDown {
			seriesLabel = lang.L("followup.csvColumn")
		}
		form = widget.NewForm(
			widget.NewFormItem(seriesLabel, c.series),
			widget.NewFormItem(lang.L("followup.csvIndicator"), c.target),
			widget.NewFormItem(lang.L("followup.csvSource"), c.source),
		)
		if len(c.series.Options) > 0 {
			c.series.OnChanged = nil
			c.series.SetSelectedIndex(0)
			c.series.OnChanged = func(string) { c.update() }
		}
	} else {
		form = widget.NewForm(widget.NewFormItem(lang.L("followup.csvSource"), c.source))
	}
	c.content = container.NewBorder(container.NewVBox(head, form, c.summary), nil, nil, nil, container.NewVScroll(c.preview))
	c.update()
	return c
}

// update plans the import from the choices and fills in the preview.
func (c *csvPreview) update() {
	p := c.f.v.Programme()
	today := programme.Date(time.Now().Format("2006-01-02"))
	c.plan, c.err = nil, nil
	switch {
	case c.tab.Format == programme.CSVGeneric:
		c.plan, c.err = c.tab.PlanGeneric(p, c.source.Text, today)
	case c.series.SelectedIndex() < 0 || c.target.SelectedIndex() < 0:
		c.summary.SetText(lang.L("followup.csvChooseBoth"))
		c.preview.SetText("")
		return
	default:
		ind := p.Monitoring.Indicators[c.target.SelectedIndex()]
		c.plan, c.err = c.tab.Plan(p, c.series.SelectedIndex(), ind.ID, c.source.Text, today)
	}
	if c.err != nil {
		c.summary.SetText(i18n.DescribeCSV(c.err))
	} else {
		c.summary.SetText(lang.L("followup.csvWillStore", map[string]any{"Count": c.plan.Count()}))
	}
	c.preview.SetText(c.previewText())
}

// previewText lists every year: the value, where it goes and what it
// replaces, or why it is skipped.
func (c *csvPreview) previewText() string {
	imp := c.plan
	if imp == nil {
		return ""
	}
	var b strings.Builder
	for _, r := range imp.Rows {
		what := i18n.CSVSkipText(r.Skip)
		if what == "" {
			what = lang.L("followup.csvToMeasurements")
			if r.ToRound {
				what = lang.L("followup.csvToRound", map[string]any{"Year": r.Year})
			}
			if r.Replaces != "" {
				what += " " + lang.L("followup.csvReplaces", map[string]any{"Old": r.Replaces})
			}
		}
		name := ""
		if c.tab.Format == programme.CSVGeneric {
			name = r.Indicator + " · "
		}
		b.WriteString(name + strconv.Itoa(r.Year) + "  " + r.Raw + "  → " + what + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// apply stores the planned import and tells how many values were stored.
func (c *csvPreview) apply() (int, error) {
	if c.plan == nil {
		if c.err == nil {
			c.err = programme.ErrCSVNothing
		}
		return 0, c.err
	}
	var (
		n   int
		err error
	)
	c.f.v.edit(func(p *programme.Programme) { n, err = c.plan.Apply(p) })
	c.f.refresh()
	return n, err
}

// showCSVPreview shows the preview dialog; Tuo stores what it shows.
func (f *followupPanel) showCSVPreview(tab *programme.CSVTable, name string) *csvPreview {
	c := newCSVPreview(f, tab, name)
	d := dialog.NewCustomConfirm(lang.L("followup.csvTitle"), lang.L("followup.csvConfirm"), lang.L("action.cancel"), c.content, func(ok bool) {
		if !ok {
			return
		}
		n, err := c.apply()
		if err != nil {
			f.v.m.showMessage(lang.L("followup.csvTitle"), i18n.DescribeCSV(err))
			return
		}
		f.v.m.showMessage(lang.L("followup.csvTitle"), lang.L("followup.csvDone", map[string]any{"Count": n}))
	}, f.v.m.win)
	d.Resize(fyne.NewSize(760, 560))
	d.Show()
	return c
}

// onReport asks for the format and file of the report of the year shown.
func (f *followupPanel) onReport() {
	r := f.round()
	if r == nil {
		return
	}
	year := r.Year
	formats := []string{"pdf", "docx", "md"}
	var names []string
	for _, id := range formats {
		if fm, ok := export.LookupFormat(id); ok {
			names = append(names, lang.L(fm.NameKey))
		}
	}
	choice := widget.NewRadioGroup(names, nil)
	choice.SetSelected(names[0])
	body := container.NewVBox(widgets.Wrapped(lang.L("followup.reportHelp", map[string]any{"Year": year})), choice)
	d := dialog.NewCustomConfirm(lang.L("followup.reportTitle", map[string]any{"Year": year}), lang.L("followup.reportSave"), lang.L("action.cancel"), body, func(ok bool) {
		if !ok {
			return
		}
		id := formats[0]
		for i, n := range names {
			if n == choice.Selected {
				id = formats[i]
			}
		}
		f.chooseReportFile(year, id)
	}, f.v.m.win)
	d.Resize(fyne.NewSize(520, 300))
	d.Show()
}

func (f *followupPanel) chooseReportFile(year int, format string) {
	fm, _ := export.LookupFormat(format)
	prefs := f.v.m.app.Preferences()
	widgets.ShowSaveFile(f.v.m.win, widgets.FileOptions{
		Title: lang.L("followup.reportTitle", map[string]any{"Year": year}), Confirm: lang.L("export.save"),
		FileName:   export.FileName(f.v.Programme(), "seurantaraportti-"+strconv.Itoa(year), fm.Ext),
		Extensions: []string{fm.Ext}, Folder: startFolder(prefs),
	}, func(path string) {
		rememberFolder(prefs, path)
		f.writeReport(path, year, format, nil)
	})
}

// writeReport writes the report on a goroutine from a copy of the
// programme and reports back on the UI goroutine; done, if set, gets the
// outcome (for tests).
func (f *followupPanel) writeReport(path string, year int, format string, done func(export.Report, error)) {
	p := f.v.Programme().Clone()
	tpl := f.v.tpl
	m := f.v.m
	go func() {
		var buf bytes.Buffer
		rep, err := export.WriteReport(&buf, format, p, tpl, year, export.Options{Language: Language(), Creator: "Kotoutus " + m.version}, nil)
		if err == nil {
			err = atomicfile.Write(path, 0o600, func(w io.Writer) error { _, err := w.Write(buf.Bytes()); return err })
		}
		if err != nil {
			if st, serr := os.Stat(path); serr == nil && st.Size() == 0 {
				_ = os.Remove(path)
			}
		}
		fyne.Do(func() {
			if err != nil {
				fyne.LogError("follow-up report", err)
				m.showMessage(lang.L("followup.reportTitle", map[string]any{"Year": year}), Describe(err))
			} else {
				m.showMessage(lang.L("followup.reportTitle", map[string]any{"Year": year}), lang.L("followup.reportDone", map[string]any{"Path": path, "Pages": rep.Pages}))
			}
			if done != nil {
				done(rep, err)
			}
		})
	}()
}
