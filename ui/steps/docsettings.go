package steps

import (
	"io"
	"os"
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/export"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// docSettings is step 5's document settings: the document's stage (the
// same form as the export dialog's), the municipality's logo or crest for
// the title page with its alternative text, and the layout choices.
// Nothing is stored until the user saves.
type docSettings struct {
	ctx    *Context
	stage  *StageForm
	layout *LayoutForm
	langs  *languageForm

	// logo is the picture chosen in the dialog, not yet stored; removed
	// tells that the stored one is to go.
	logo    *programme.Logo
	removed bool

	info                 *widget.Label
	preview              *canvas.Image
	alt                  *widget.Entry
	chooseBtn, removeBtn *widget.Button
	content              fyne.CanvasObject
}

func newDocSettings(c *Context) *docSettings {
	p := c.programme()
	s := &docSettings{ctx: c, stage: NewStageForm(p), layout: NewLayoutForm(p.Document.Layout), langs: newLanguageForm(p)}
	s.info = widgets.Wrapped("")
	s.preview = &canvas.Image{FillMode: canvas.ImageFillContain}
	s.preview.SetMinSize(fyne.NewSize(72, 72))
	s.alt = &widget.Entry{PlaceHolder: export.DefaultLogoAlt(p.Municipality(), i18n.Language())}
	if l := p.Document.Logo; l != nil {
		s.alt.SetText(l.Alt)
	}
	s.chooseBtn = widget.NewButton(lang.L("docsettings.chooseLogo"), s.onChoose)
	s.removeBtn = widget.NewButton(lang.L("docsettings.removeLogo"), s.onRemove)
	s.showLogo()

	logoHelp := widgets.Wrapped(lang.L("docsettings.logoHelp"))
	logoForm := newForm(widget.NewFormItem(lang.L("docsettings.alt"), s.alt))
	logo := container.NewBorder(nil, nil, s.preview, nil,
		container.NewVBox(s.info, container.NewHBox(s.chooseBtn, s.removeBtn)))
	s.content = container.NewVBox(
		widgets.SubHeading(lang.L("docstate.heading")), s.stage.Content,
		widget.NewSeparator(),
		widgets.SubHeading(lang.L("docsettings.logoHeading")), logoHelp, logo, logoForm,
		widget.NewSeparator(),
		widgets.SubHeading(lang.L("layout.heading")), s.layout.Content,
		widget.NewSeparator(),
		widgets.SubHeading(lang.L("translation.languagesHeading")), s.langs.content,
	)
	return s
}

// current returns the logo the dialog shows: the one chosen, or the
// stored one unless it is to be removed.
func (s *docSettings) current() *programme.Logo {
	switch {
	case s.logo != nil:
		return s.logo
	case s.removed:
		return nil
	}
	return s.ctx.programme().Document.Logo
}

// showLogo shows the current logo's name, size and picture, or that there
// is none.
func (s *docSettings) showLogo() {
	l := s.current()
	if l == nil {
		s.info.SetText(lang.L("docsettings.noLogo"))
		s.preview.Resource = nil
		s.preview.Hide()
		s.removeBtn.Disable()
		s.alt.Disable()
		return
	}
	s.info.SetText(lang.L("docsettings.logoInfo", map[string]any{"Name": l.Name, "Width": l.Width, "Height": l.Height}))
	s.preview.Resource = fyne.NewStaticResource("logo.png", l.Image)
	s.preview.Show()
	s.preview.Refresh()
	s.removeBtn.Enable()
	s.alt.Enable()
}

// onChoose opens a PNG or JPEG file as the logo, in the app's own file
// dialog (Fyne's is English in every language).
func (s *docSettings) onChoose() {
	widgets.ShowOpenFile(s.ctx.window(), widgets.FileOptions{
		Title: lang.L("docsettings.chooseLogoTitle"), Confirm: lang.L("docsettings.chooseLogoConfirm"),
		Extensions: []string{".png", ".jpg", ".jpeg"},
	}, func(path string) {
		data, err := readLogoFile(path)
		if err == nil {
			err = s.setLogoFile(data, filepath.Base(path))
		}
		if err != nil {
			s.ctx.host.ShowError(err)
		}
	})
}

// readLogoFile reads at most one byte more than a logo file may have, so
// that a huge file is refused without reading it all.
func readLogoFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, programme.MaxLogoFileBytes+1))
	if err != nil {
		return nil, &os.PathError{Op: "read", Path: path, Err: err}
	}
	return data, nil
}

// setLogoFile takes the bytes of a chosen file as the logo, or returns
// why they cannot be one (the dialog shows it, nothing changes).
func (s *docSettings) setLogoFile(data []byte, name string) error {
	l, err := programme.NewLogo(data, name)
	if err != nil {
		return i18n.Message{Text: i18n.Describe(err), Err: err}
	}
	s.logo, s.removed = l, false
	s.showLogo()
	return nil
}

func (s *docSettings) onRemove() {
	s.logo, s.removed = nil, true
	s.showLogo()
}

// apply stores the stage, the logo with its alternative text and the
// layout, or returns the sentence saying why the stage cannot be saved.
func (s *docSettings) apply() string {
	a, msg := s.stage.Adoption()
	if msg != "" {
		return msg
	}
	layout := s.layout.Value()
	var err error
	s.ctx.edit(func(p *programme.Programme) {
		if err = p.SetAdoption(a); err != nil {
			return
		}
		p.Document.Layout = layout
		switch {
		case s.removed:
			p.Document.SetLogo(nil)
		case s.logo != nil:
			p.Document.SetLogo(s.logo)
		}
		if p.Document.Logo != nil {
			if err = p.Document.SetLogoAlt(s.alt.Text); err != nil {
				return
			}
		}
		err = s.langs.apply(p)
	})
	if err != nil {
		return i18n.Describe(err)
	}
	return ""
}

// showSettings opens the document settings as a dialog; saving that fails
// says why and keeps the dialog open.
func (e *docEditor) showSettings() {
	s := newDocSettings(e.ctx)
	var dlg *dialog.CustomDialog
	save := &widget.Button{Text: lang.L("docsettings.save"), Importance: widget.HighImportance, OnTapped: func() {
		if msg := s.apply(); msg != "" {
			dialog.ShowInformation(lang.L("docsettings.title"), msg, e.ctx.window())
			return
		}
		dlg.Hide()
		e.form.tr.refreshLanguages()
		e.form.tr.load()
		e.form.layoutCenter()
		e.findings.refresh()
	}}
	dlg = dialog.NewCustomWithoutButtons(lang.L("docsettings.title"), container.NewVScroll(s.content), e.ctx.window())
	dlg.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("action.cancel"), dlg.Hide), save})
	dlg.Resize(fyne.NewSize(620, 600))
	dlg.Show()
	e.settings = s
}

// languageForm chooses the document's languages: the main language its
// texts are written in and the further ones they are translated into.
// Nothing changes until the settings are saved.
type languageForm struct {
	main    *widgets.Select
	further map[string]*widget.Check
	content fyne.CanvasObject
}

func newLanguageForm(p *programme.Programme) *languageForm {
	l := &languageForm{further: map[string]*widget.Check{}}
	names := make([]string, len(programme.DocLanguageCodes))
	checks := container.NewVBox()
	for i, code := range programme.DocLanguageCodes {
		names[i] = LanguageName(code)
		c := widget.NewCheck(LanguageName(code), nil)
		c.SetChecked(p.HasDocLanguage(code) && code != p.Main())
		l.further[code] = c
		checks.Add(c)
	}
	l.main = widgets.NewSelect(names, func(string) { l.showFurther() })
	l.main.SetSelectedIndex(slices.Index(programme.DocLanguageCodes, p.Main()))
	l.showFurther()
	help := widgets.Wrapped(lang.L("translation.languagesHelp"))
	l.content = container.NewVBox(help, newForm(
		widget.NewFormItem(lang.L("translation.mainLanguage"), l.main),
		widget.NewFormItem(lang.L("translation.furtherLanguages"), checks)))
	return l
}

// mainCode returns the chosen main language.
func (l *languageForm) mainCode() string {
	if i := l.main.SelectedIndex(); i >= 0 && i < len(programme.DocLanguageCodes) {
		return programme.DocLanguageCodes[i]
	}
	return programme.LangFinnish
}

// showFurther offers every language but the main one as a further one.
func (l *languageForm) showFurther() {
	for code, c := range l.further {
		if code == l.mainCode() {
			c.SetChecked(false)
			c.Hide()
		} else {
			c.Show()
		}
	}
}

// apply sets the chosen languages: the main one first (which swaps the
// texts with a further language's translations), then the further ones;
// a removed language keeps its translations in the rows.
func (l *languageForm) apply(p *programme.Programme) error {
	if err := p.SetMainLanguage(l.mainCode()); err != nil {
		return err
	}
	for _, code := range programme.DocLanguageCodes {
		switch on := l.further[code].Checked; {
		case code == p.Main():
		case on && !p.HasDocLanguage(code):
			if err := p.AddDocLanguage(code); err != nil {
				return err
			}
		case !on && p.HasDocLanguage(code):
			p.RemoveDocLanguage(code)
		}
	}
	return nil
}
