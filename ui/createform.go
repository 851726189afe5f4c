package ui

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// createForm asks for what a new programme needs. It is a struct of its own
// so that tests can fill and submit it without driving the dialog.
type createForm struct {
	municipality, others, title, start, end *widgets.Entry
	template                                *widgets.Select
	message                                 *widget.Label
	templates                               []string
	// templateChosen is set once the user picks a template; until then the
	// template follows the start year (checklist.IDForPeriod).
	templateChosen, settingTemplate bool
	onCreate                        func(*programme.Programme) error
	dialog                          dialog.Dialog
}

func newCreateForm(onCreate func(*programme.Programme) error) *createForm {
	year := time.Now().Year() + 1
	f := &createForm{
		municipality: widgets.NewEntry(),
		others:       widgets.NewEntry(),
		title:        widgets.NewEntry(),
		start:        widgets.NewEntry(),
		end:          widgets.NewEntry(),
		message:      widget.NewLabel(""),
		onCreate:     onCreate,
	}
	f.municipality.SetPlaceHolder(lang.L("create.municipalityHint"))
	f.others.SetPlaceHolder(lang.L("create.othersHint"))
	f.start.SetText(strconv.Itoa(year))
	f.end.SetText(strconv.Itoa(year + 3))
	var names []string
	for _, id := range checklist.IDs() {
		tpl, _ := checklist.Get(id)
		f.templates = append(f.templates, id)
		names = append(names, tpl.Name.In(Language()))
	}
	f.template = widgets.NewSelect(names, f.onTemplateChanged)
	f.selectTemplate(checklist.IDForPeriod(year))
	f.start.OnChanged = f.onStartChanged
	f.message.Wrapping = fyne.TextWrapWord
	f.message.Importance = widget.DangerImportance
	return f
}

// selectTemplate selects template id without counting it as the user's
// choice, and puts its default title in place of an untouched default.
func (f *createForm) selectTemplate(id string) {
	f.settingTemplate = true
	defer func() { f.settingTemplate = false }()
	f.template.SetSelectedIndex(indexOf(f.templates, id))
	f.defaultTitle()
}

func (f *createForm) onTemplateChanged(string) {
	if f.settingTemplate {
		return
	}
	f.templateChosen = true
	f.defaultTitle()
}

// onStartChanged lets the template follow the period: a period starting in
// 2025 or later gets the 2025 planning template, unless one was picked.
func (f *createForm) onStartChanged(text string) {
	year, err := strconv.Atoi(strings.TrimSpace(text))
	if err != nil || f.templateChosen {
		return
	}
	if id := checklist.IDForPeriod(year); f.selectedTemplate() != id {
		f.selectTemplate(id)
	}
}

func (f *createForm) selectedTemplate() string {
	return f.templates[max(f.template.SelectedIndex(), 0)]
}

// defaultTitle sets the title to the selected template's document title if
// the title is empty or still some template's default; an edited title stays.
func (f *createForm) defaultTitle() {
	if cur := strings.TrimSpace(f.title.Text); cur != "" && !f.isDefaultTitle(cur) {
		return
	}
	if tpl, err := checklist.Get(f.selectedTemplate()); err == nil {
		f.title.SetText(tpl.DocumentTitle.In(Language()))
	}
}

// isDefaultTitle tells whether s is some template's default title.
func (f *createForm) isDefaultTitle(s string) bool {
	for _, id := range f.templates {
		if tpl, err := checklist.Get(id); err == nil && tpl.DocumentTitle.In(Language()) == s {
			return true
		}
	}
	return false
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return 0
}

func (f *createForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		{Text: lang.L("create.municipality"), Widget: f.municipality},
		{Text: lang.L("create.others"), Widget: f.others, HintText: lang.L("create.othersHelp")},
		{Text: lang.L("field.title"), Widget: f.title},
		{Text: lang.L("create.start"), Widget: f.start},
		{Text: lang.L("create.end"), Widget: f.end},
		{Text: lang.L("create.template"), Widget: f.template},
		{Text: "", Widget: f.message},
	}
}

// validate builds the programme, or returns a sentence saying what to fix.
func (f *createForm) validate() (*programme.Programme, error) {
	names := []string{strings.TrimSpace(f.municipality.Text)}
	if names[0] == "" {
		return nil, errors.New(lang.L("create.needMunicipality"))
	}
	for _, n := range strings.Split(f.others.Text, ",") {
		if n = strings.TrimSpace(n); n != "" {
			names = append(names, n)
		}
	}
	start, err1 := strconv.Atoi(strings.TrimSpace(f.start.Text))
	end, err2 := strconv.Atoi(strings.TrimSpace(f.end.Text))
	if err1 != nil || err2 != nil || start < 2000 || end > 2100 {
		return nil, errors.New(lang.L("create.badYears"))
	}
	if end < start {
		return nil, errors.New(lang.L("create.endBeforeStart"))
	}
	title := strings.TrimSpace(f.title.Text)
	if title == "" {
		return nil, errors.New(lang.L("create.needTitle"))
	}
	tpl, err := checklist.Get(f.selectedTemplate())
	if err != nil {
		return nil, err
	}
	return programme.New(tpl, names, title, start, end), nil
}

// submit creates the programme; on bad input the form stays open with the
// message, and nothing typed is lost.
func (f *createForm) submit() bool {
	p, err := f.validate()
	if err != nil { // already a sentence in the interface language
		f.message.SetText(err.Error())
		return false
	}
	if err := f.onCreate(p); err != nil {
		f.message.SetText(Describe(err))
		return false
	}
	return true
}

func (f *createForm) show(w fyne.Window) {
	form := widget.NewForm(f.items()...)
	var d *dialog.CustomDialog
	create := widget.NewButton(lang.L("create.submit"), func() {
		if f.submit() {
			d.Hide()
		}
	})
	create.Importance = widget.HighImportance
	cancel := widget.NewButton(lang.L("action.cancel"), func() { d.Hide() })
	for _, e := range []*widgets.Entry{f.municipality, f.others, f.title, f.start, f.end} {
		e.OnSubmitted = func(string) {
			if f.submit() {
				d.Hide()
			}
		}
	}
	d = dialog.NewCustomWithoutButtons(lang.L("create.title"), form, w)
	d.SetButtons([]fyne.CanvasObject{cancel, create})
	d.Resize(fyne.NewSize(620, 480))
	f.dialog = d
	d.Show()
	w.Canvas().Focus(f.municipality)
}
