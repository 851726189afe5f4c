package steps

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// customAudience is the audience choice for an audience outside the
// catalogue; it cannot clash with catalogue IDs, which have no spaces.
const customAudience = " custom"

// communicationStep is step 7's content tab: the communication plan.
type communicationStep struct {
	c        *Context
	findings *findingsPanel
	rows     *rowEditor[programme.CommRow]
}

// communicationEditor builds the step's content tab.
func communicationEditor(c *Context) fyne.CanvasObject {
	return newCommunicationStep(c).content()
}

func newCommunicationStep(c *Context) *communicationStep {
	s := &communicationStep{c: c}
	s.findings = c.findingsPanel(s.onFindingSelected)
	s.rows = newRowEditor(c, commRows(c, s.findings.refresh))
	s.findings.refresh()
	openFirstRow(s.rows)
	return s
}

// onFindingSelected opens the row a finding points at; for an audience
// without a row it adds a row for that audience, which is the fix.
func (s *communicationStep) onFindingSelected(f programme.Finding) {
	// Every row reference is "comm:<id>"; CanonicalRef reads an older
	// "commrow:" too.
	if id, ok := strings.CutPrefix(programme.CanonicalRef(f.Ref), "comm:"); ok {
		s.rows.selectRow(id)
		return
	}
	if audience, ok := strings.CutPrefix(f.Ref, "audience:"); ok {
		row := programme.NewCommRow()
		row.Audience = audience
		s.c.edit(func(p *programme.Programme) { p.Communication.AddRow(row) })
		s.rows.changed()
		s.rows.selectRow(row.ID)
	}
}

func (s *communicationStep) content() fyne.CanvasObject {
	return contentTab(container.NewVBox(s.findings.content, widgets.HelpText(lang.L("communication.help"))), s.rows.content)
}

// LanguageLabel names a language choice of the communication plan.
func LanguageLabel(code string) string { return lang.L("communication.lang." + code) }

// commRows is the row editor's description of the communication plan.
func commRows(c *Context, onChange func()) rowSpec[programme.CommRow] {
	tpl := c.template()
	return rowSpec[programme.CommRow]{
		Rows:   func(p *programme.Programme) *[]programme.CommRow { return &p.Communication.Rows },
		Delete: func(p *programme.Programme, id string) bool { return p.Communication.DeleteRow(id) },
		Move:   func(p *programme.Programme, id string, delta int) bool { return p.Communication.MoveRow(id, delta) },
		ID:     func(r *programme.CommRow) string { return r.ID },
		Title: func(r *programme.CommRow) string {
			if a := r.AudienceLabel(tpl, i18n.Language()); a != "" {
				return a
			}
			return lang.L("communication.row.noAudience")
		},
		Detail: func(r *programme.CommRow) string {
			return joinNonEmpty(" · ", r.Channel, r.Timing)
		},
		New:      programme.NewCommRow,
		Form:     func(f *rowForm[programme.CommRow]) fyne.CanvasObject { return commRowForm(f, tpl) },
		Empty:    lang.L("communication.rows.empty"),
		AddLabel: lang.L("communication.rows.add"),
		OnChange: onChange,
	}
}

func commRowForm(f *rowForm[programme.CommRow], tpl *checklist.Template) fyne.CanvasObject {
	custom := f.Entry(func(r *programme.CommRow) string { return r.CustomAudience },
		func(r *programme.CommRow, v string) { r.CustomAudience = v })
	custom.SetPlaceHolder(lang.L("communication.row.customPlaceholder"))

	choices := make([]Choice, 0, len(tpl.Catalogues.Audiences.Options)+1)
	for _, o := range tpl.Catalogues.Audiences.Options {
		choices = append(choices, Choice{ID: o.ID, Label: o.Label.In(i18n.Language())})
	}
	choices = append(choices, Choice{ID: customAudience, Label: lang.L("communication.row.customAudience")})
	audience := f.Select(choices,
		func(r *programme.CommRow) string {
			if r.Audience == "" && r.CustomAudience != "" {
				return customAudience
			}
			return r.Audience
		},
		func(r *programme.CommRow, id string) {
			// The custom name is kept when a catalogue audience is chosen,
			// so switching back does not lose what was typed.
			if id == customAudience {
				r.Audience = ""
			} else {
				r.Audience = id
			}
		})
	showCustom := func() {
		if audience.SelectedIndex() == len(choices)-1 {
			custom.Show()
		} else {
			custom.Hide()
		}
	}
	chosen := audience.OnChanged
	audience.OnChanged = func(s string) { chosen(s); showCustom() }
	showCustom()

	message := f.MultiLine(3, func(r *programme.CommRow) string { return r.Message }, func(r *programme.CommRow, v string) { r.Message = v })
	message.SetPlaceHolder(lang.L("communication.row.messagePlaceholder"))
	channel := f.Entry(func(r *programme.CommRow) string { return r.Channel }, func(r *programme.CommRow, v string) { r.Channel = v })
	channel.SetPlaceHolder(lang.L("communication.row.channelPlaceholder"))
	timing := f.Entry(func(r *programme.CommRow) string { return r.Timing }, func(r *programme.CommRow, v string) { r.Timing = v })
	timing.SetPlaceHolder(lang.L("communication.row.timingPlaceholder"))
	responsible := f.Entry(func(r *programme.CommRow) string { return r.Responsible }, func(r *programme.CommRow, v string) { r.Responsible = v })
	responsible.SetPlaceHolder(lang.L("communication.row.responsiblePlaceholder"))

	// Language checks go through SetLanguage, which keeps codes of other
	// versions; naming other languages ticks "other languages".
	checks := map[string]*widget.Check{}
	box := container.NewGridWithColumns(2)
	for _, code := range programme.CommLanguages {
		ch := widget.NewCheck(LanguageLabel(code), nil)
		if r := f.Row(); r != nil {
			ch.SetChecked(r.HasLanguage(code))
		}
		ch.OnChanged = func(on bool) { f.Edit(func(r *programme.CommRow) { r.SetLanguage(code, on) }) }
		checks[code] = ch
		box.Add(ch)
	}
	other := widget.NewEntry()
	other.SetPlaceHolder(lang.L("communication.row.otherPlaceholder"))
	if r := f.Row(); r != nil {
		other.SetText(r.OtherLanguages)
	}
	other.OnChanged = func(v string) {
		f.Edit(func(r *programme.CommRow) { r.SetOtherLanguages(v) })
		if r := f.Row(); r != nil && r.HasLanguage(programme.LangOther) && !checks[programme.LangOther].Checked {
			checks[programme.LangOther].SetChecked(true)
		}
	}

	return newForm(
		widget.NewFormItem(lang.L("communication.row.audience"), container.NewVBox(audience, custom)),
		widget.NewFormItem(lang.L("communication.row.message"), message),
		widget.NewFormItem(lang.L("communication.row.channel"), channel),
		widget.NewFormItem(lang.L("communication.row.timing"), timing),
		widget.NewFormItem(lang.L("communication.row.languages"), box),
		widget.NewFormItem(lang.L("communication.row.other"), other),
		widget.NewFormItem(lang.L("communication.row.responsible"), responsible),
	)
}
