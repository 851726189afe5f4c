package ui

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/export"
	"fi.kotoutus/kotoutus/internal/atomicfile"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/steps"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// prefExportFormat remembers the format chosen last (a registry ID).
const prefExportFormat = "export.format"

// The IDs of the formats the dialog offers first and tests name.
const (
	formatPDF = "pdf"
	formatMD  = "md"
)

// exportJob writes one export of a programme to a file. It holds its own
// copy of the programme, so it can run on a goroutine while the user goes
// on editing. Tests run it directly, without dialogs.
type exportJob struct {
	p      *programme.Programme
	tpl    *checklist.Template
	format string
	path   string
	opt    export.Options
	// render writes the document; nil means the registry's renderer for
	// format. Tests replace it to make a failing export.
	render func(w io.Writer, progress func(done, total int)) (export.Report, error)
}

// newExportJob copies p (the open programme or a snapshot) for an export to
// path, so that editing can go on while the export runs.
func newExportJob(p *programme.Programme, tpl *checklist.Template, format, path, version string) *exportJob {
	return &exportJob{
		p:      p.Clone(),
		tpl:    tpl,
		format: format,
		path:   path,
		// The document's language is the programme's main one unless the
		// dialog chooses another of its document languages.
		opt: export.Options{Creator: "Kotoutus " + version},
	}
}

// run writes the file atomically, so that a failed export never leaves half
// a document.
func (j *exportJob) run(progress func(done, total int)) (export.Report, error) {
	if progress == nil {
		progress = func(int, int) {}
	}
	render := j.render
	if render == nil {
		render = j.renderer()
	}
	var rep export.Report
	err := atomicfile.Write(j.path, 0o600, func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		var err error
		if rep, err = render(bw, progress); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		return export.Report{}, fmt.Errorf("export: %w", err)
	}
	return rep, nil
}

func (j *exportJob) renderer() func(w io.Writer, progress func(done, total int)) (export.Report, error) {
	return func(w io.Writer, progress func(done, total int)) (export.Report, error) {
		return export.Write(w, j.format, j.p, j.tpl, j.opt, progress)
	}
}

// exportSuccessText says where the file is and, for a PDF, how long it is
// and which characters the font could not show.
func exportSuccessText(format, path string, rep export.Report) string {
	text := lang.L("export.doneFile", map[string]any{"Path": path})
	if format == formatMD {
		text = lang.L("export.doneMD", map[string]any{"Path": path})
	}
	if rep.Pages > 0 {
		text = lang.L("export.donePDF", map[string]any{"Path": path, "Pages": rep.Pages})
	}
	if len(rep.MissingGlyphs) > 0 {
		chars := make([]string, len(rep.MissingGlyphs))
		for i, r := range rep.MissingGlyphs {
			chars[i] = fmt.Sprintf("%c (U+%04X)", r, r)
		}
		text += "\n\n" + lang.L("export.missingGlyphs", map[string]any{"Chars": strings.Join(chars, ", ")})
	}
	return text
}

// defaultExportName suggests a file name safe for mail and case systems,
// the same the command line uses.
func defaultExportName(p *programme.Programme, format string) string {
	return export.FileName(p, "", formatExt(format))
}

// formatExt is a registered format's extension with its dot.
func formatExt(format string) string {
	if f, ok := export.LookupFormat(format); ok {
		return f.Ext
	}
	return "." + format
}

// exportDialog asks for the format and the document's language; the file
// comes from the save dialog.
type exportDialog struct {
	m      *MainWindow
	p      *programme.Programme
	choice *widget.RadioGroup
	labels map[string]string // label → format
	// language chooses the document's language among the programme's
	// document languages: its texts (the translations, in a further
	// language), fixed texts (title page, contents, table headers, page
	// numbers), dates and numbers.
	language  *widget.RadioGroup
	languages []string
	// trStatus tells how far the chosen further language is translated;
	// fallback lets a final document use the main text where a
	// translation is missing. Both hide for the main language.
	trStatus *widget.Label
	fallback *widget.Check
	fbHelp   *widget.Label
}

func newExportDialog(m *MainWindow, p *programme.Programme) *exportDialog {
	d := &exportDialog{m: m, p: p, labels: map[string]string{}}
	var options []string
	for _, f := range export.Formats() {
		l := lang.L(f.NameKey)
		d.labels[l] = f.ID
		options = append(options, l)
	}
	d.choice = widget.NewRadioGroup(options, nil)
	d.choice.Required = true
	last := m.app.Preferences().StringWithFallback(prefExportFormat, formatPDF)
	f, ok := export.LookupFormat(last)
	if !ok {
		f, _ = export.LookupFormat(formatPDF)
	}
	d.choice.SetSelected(lang.L(f.NameKey))
	d.languages = p.DocumentLanguages()
	var names []string
	for _, l := range d.languages {
		names = append(names, lang.L("language.name."+l))
	}
	d.trStatus = widgets.Wrapped("")
	d.fallback = widget.NewCheck(lang.L("export.fallback"), nil)
	d.fbHelp = widgets.HelpText(lang.L("export.fallbackHelp"))
	d.language = widget.NewRadioGroup(names, func(string) { d.showTranslation() })
	d.language.Horizontal = true
	d.language.Required = true
	// The texts are written in the main language.
	d.language.SetSelected(lang.L("language.name." + p.Main()))
	d.showTranslation()
	return d
}

// showTranslation tells, for a further language, how many texts lack
// their translation or are out of date, and offers the fallback where
// some are missing.
func (d *exportDialog) showTranslation() {
	if d.trStatus == nil {
		return
	}
	l := d.docLanguage()
	st := d.p.TranslationStatus(l)
	if l == d.p.Main() {
		d.trStatus.Hide()
		d.fallback.Hide()
		d.fbHelp.Hide()
		return
	}
	d.trStatus.SetText(lang.L("export.translationStatus", map[string]any{
		"Language": steps.LanguageName(l),
		"Missing":  lang.N("translation.page.missingCount", len(st.Missing), map[string]any{"Count": len(st.Missing)}),
		"Stale":    lang.N("translation.page.staleCount", len(st.Stale), map[string]any{"Count": len(st.Stale)}),
	}))
	d.trStatus.Importance = widget.SuccessImportance
	if len(st.Missing) > 0 {
		d.trStatus.Importance = widget.WarningImportance
	}
	d.trStatus.Show()
	d.trStatus.Refresh()
	if len(st.Missing) > 0 {
		d.fallback.Show()
		d.fbHelp.Show()
	} else {
		d.fallback.SetChecked(false)
		d.fallback.Hide()
		d.fbHelp.Hide()
	}
}

// options are the export options the dialog chose.
func (d *exportDialog) options() export.Options {
	return export.Options{Language: d.docLanguage(), Fallback: d.fallback.Visible() && d.fallback.Checked}
}

// translationsRefused returns the sentence to show when a final document
// in a further language would lack translations the user did not choose
// to fall back for, or "".
func translationsRefused(p *programme.Programme, opt export.Options) string {
	var me *export.MissingTranslationsError
	if err := export.CheckTranslations(p, opt); !errors.As(err, &me) {
		return ""
	}
	var places []string
	for i, ref := range me.Missing {
		if i == 3 {
			places = append(places, "…")
			break
		}
		places = append(places, strings.TrimSpace(ref.Label))
	}
	return lang.N("export.translationsMissing", len(me.Missing), map[string]any{
		"Count": len(me.Missing), "Language": steps.LanguageName(me.Language), "Places": strings.Join(places, "; "),
	})
}

// format returns the chosen format.
func (d *exportDialog) format() string { return d.labels[d.choice.Selected] }

// docLanguage returns the chosen document language.
func (d *exportDialog) docLanguage() string {
	for _, l := range d.languages {
		if lang.L("language.name."+l) == d.language.Selected {
			return l
		}
	}
	return d.p.Main()
}

// exportShortcut is Ctrl+E (Cmd+E on macOS). It sits on the menu item, so it
// works also while the user is typing in an entry.
var exportShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}

// exportMenuItem is the File menu's "Vie ohjelma-asiakirja…".
func (m *MainWindow) exportMenuItem() *fyne.MenuItem {
	it := fyne.NewMenuItem(lang.L("export.menu"), m.showExport)
	it.Shortcut = exportShortcut
	return it
}

// showExport is the File menu's "Vie…" (Ctrl+E): choose the format, then
// the file, then write it with a progress bar.
func (m *MainWindow) showExport() {
	v := m.editor
	if v == nil {
		m.showMessage(lang.L("export.title"), lang.L("export.noProgramme"))
		return
	}
	p := v.session.Programme()
	m.exportFlow(p, v.tpl, lang.L("export.help"), func(format string) string { return defaultExportName(p, format) })
}

// exportFlow asks for the format (and, for the open programme, the
// document's stage and layout), lists what is still missing, then asks for
// the file (in the last folder used, named by fileName) and exports p with
// a progress bar. The open programme and its snapshots are exported the
// same way (export_preflight.go).
func (m *MainWindow) exportFlow(p *programme.Programme, tpl *checklist.Template, help string, fileName func(format string) string) {
	var edit func(func(p *programme.Programme))
	if v := m.editor; v != nil && v.session.Programme() == p {
		edit = v.edit
	}
	m.exportDialogFor(p, tpl, help, edit, fileName)
}

// chooseExportFile opens the save dialog in the last folder used.
func (m *MainWindow) chooseExportFile(p *programme.Programme, tpl *checklist.Template, format string, opt export.Options, name string) {
	widgets.ShowSaveFile(m.win, widgets.FileOptions{
		Title: lang.L("export.saveTitle"), Confirm: lang.L("export.save"),
		FileName: name, Extensions: []string{formatExt(format)},
		Folder: startFolder(m.app.Preferences()),
	}, func(path string) {
		// The dialog has asked before replacing a file; the export
		// writes the whole file, or leaves none behind if it fails.
		rememberFolder(m.app.Preferences(), path)
		j := newExportJob(p, tpl, format, path, m.version)
		j.opt.Language, j.opt.Fallback = opt.Language, opt.Fallback
		m.runExport(j, nil)
	})
}

// runExport writes the file on a goroutine with a progress dialog and then
// reports the outcome. done, if set, is called after the report is shown
// (for tests).
func (m *MainWindow) runExport(j *exportJob, done func(export.Report, error)) {
	bar := widget.NewProgressBar()
	status := widget.NewLabel(lang.L("export.working", map[string]any{"Path": j.path}))
	status.Wrapping = fyne.TextWrapWord
	prog := dialog.NewCustomWithoutButtons(lang.L("export.title"), container.NewVBox(status, bar), m.win)
	prog.Resize(fyne.NewSize(520, 160))
	prog.Show()
	existed := fileSize(j.path)
	go func() {
		rep, err := j.run(func(d, total int) {
			if total > 0 {
				fyne.Do(func() { bar.SetValue(float64(d) / float64(total)) })
			}
		})
		if err != nil && existed == 0 {
			// Only the empty file the save dialog made is in the way.
			_ = os.Remove(j.path)
		}
		fyne.Do(func() {
			prog.Hide()
			if err != nil {
				fyne.LogError("export", err)
				m.showMessage(lang.L("export.failedTitle"), Describe(err))
			} else {
				m.showExportDone(j, rep)
			}
			if done != nil {
				done(rep, err)
			}
		})
	}()
}

// fileSize is the size of the file at path, or -1 if there is none.
func fileSize(path string) int64 {
	st, err := os.Stat(path)
	if err != nil || st.IsDir() {
		return -1
	}
	return st.Size()
}

// showExportDone says where the file is, with a button that opens it.
func (m *MainWindow) showExportDone(j *exportJob, rep export.Report) {
	text := widget.NewLabel(exportSuccessText(j.format, j.path, rep))
	text.Wrapping = fyne.TextWrapWord
	open := widget.NewButton(lang.L("export.open"), func() {
		if err := m.app.OpenURL(&url.URL{Scheme: "file", Path: j.path}); err != nil {
			fyne.LogError("open exported file", err)
		}
	})
	d := dialog.NewCustom(lang.L("export.doneTitle"), lang.L("action.close"), container.NewVBox(text, container.NewHBox(open)), m.win)
	d.Resize(fyne.NewSize(560, 240))
	d.Show()
}
