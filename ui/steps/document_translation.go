package steps

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// LanguageName names a document language in the interface language, as
// a phrase like "Käännös: ruotsi" uses it.
func LanguageName(l string) string { return lang.L("translation.lang." + l) }

// TranslationStateText is a text's translation state in words, and the
// importance it is shown with.
func TranslationStateText(s programme.TranslationState) (string, widget.Importance) {
	switch s {
	case programme.TrMissing:
		return lang.L("translation.state.missing"), widget.WarningImportance
	case programme.TrStale:
		return lang.L("translation.state.stale"), widget.WarningImportance
	case programme.TrCurrent:
		return lang.L("translation.state.current"), widget.SuccessImportance
	}
	return lang.L("translation.state.none"), widget.LowImportance
}

// sectionFields are the fields of a section the side-by-side editor
// translates; the reason for leaving a section out is translated on the
// Käännökset page.
var sectionFields = []string{"title", "draft"}

// translationPane edits the open section's translation into one further
// document language beside its main-language draft: its title (when the
// section has one of its own), its draft wrapped (in pieces when long, as
// the main draft), and the section's translation state with "Merkitse
// ajantasaiseksi" for a translation made from an earlier main text. Every
// change goes through programme.SetTranslation.
type translationPane struct {
	f *sectionForm
	// lang is the language translated into, "" while the pane is off.
	lang    string
	choices []string // the select's languages; "" is "off"
	choose  *widgets.Select
	// chooseBox holds the select at the width of its longest option: a
	// select sizes to its current text and cut "Ingen översättning" short.
	chooseBox *fyne.Container
	heading   *widget.Label
	state     *widget.Label
	current   *widget.Button
	title     *widget.Entry
	// titleBox holds the title's translation; hidden for a section named
	// by its template element, whose heading the export translates.
	titleBox *fyne.Container
	// draft edits the draft's translation, in pieces when either side is
	// long.
	draft   *widgets.DraftEditor
	loading bool
	content fyne.CanvasObject
}

func newTranslationPane(f *sectionForm) *translationPane {
	t := &translationPane{f: f}
	t.choose = widgets.NewSelect(nil, func(string) { t.onChoose() })
	t.chooseBox = container.NewGridWrap(fyne.NewSize(0, 0), t.choose)
	t.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.state = widget.NewLabel("")
	t.state.Wrapping = fyne.TextWrapWord
	t.current = widget.NewButtonWithIcon(lang.L("translation.markCurrent"), theme.ConfirmIcon(), t.markCurrent)
	t.current.Importance = widget.LowImportance
	t.title = widget.NewEntry()
	t.title.OnChanged = func(s string) { t.set("title", s) }
	t.titleBox = container.NewBorder(nil, nil, widget.NewLabel(lang.L("document.title")), nil, t.title)
	t.draft = widgets.NewDraftEditor()
	t.draft.SetPlaceHolder(lang.L("translation.draftPlaceholder"))
	t.draft.OnChanged = func(s string) { t.set("draft", s) }
	head := container.NewVBox(t.heading, container.NewBorder(nil, nil, nil, t.current, t.state), t.titleBox)
	t.content = container.NewBorder(head, nil, nil, nil, t.draft.Object())
	t.refreshLanguages()
	return t
}

// refreshLanguages offers the programme's further languages; the select
// hides when there are none.
func (t *translationPane) refreshLanguages() {
	p := t.f.e.ctx.programme()
	t.choices = append([]string{""}, p.FurtherLanguages()...)
	labels := make([]string, len(t.choices))
	labels[0] = lang.L("translation.off")
	for i, l := range t.choices[1:] {
		labels[i+1] = lang.L("translation.into", map[string]any{"Language": LanguageName(l)})
	}
	t.loading = true
	t.choose.SetOptions(labels)
	sel := 0
	for i, l := range t.choices {
		if l == t.lang {
			sel = i
		}
	}
	if sel == 0 {
		t.lang = ""
	}
	t.choose.SetSelectedIndex(sel)
	t.loading = false
	t.chooseBox.Layout = layout.NewGridWrapLayout(fyne.NewSize(widgets.SelectWidth(labels), t.choose.MinSize().Height))
	if len(t.choices) > 1 {
		t.chooseBox.Show()
	} else {
		t.chooseBox.Hide()
	}
	t.chooseBox.Refresh()
}

// SetLanguage turns the pane on for l (a further language) or off ("").
func (t *translationPane) SetLanguage(l string) {
	for i, c := range t.choices {
		if c == l {
			t.choose.SetSelectedIndex(i) // calls onChoose
			return
		}
	}
}

func (t *translationPane) onChoose() {
	if t.loading {
		return
	}
	i := t.choose.SelectedIndex()
	if i < 0 || i >= len(t.choices) {
		i = 0
	}
	t.lang = t.choices[i]
	t.load()
	t.f.layoutCenter()
}

// on tells whether the pane shows.
func (t *translationPane) on() bool { return t.lang != "" && t.f.id != "" }

// load fills the pane from the open section.
func (t *translationPane) load() {
	if !t.on() {
		return
	}
	p := t.f.e.ctx.programme()
	t.loading = true
	defer func() { t.loading = false }()
	t.heading.SetText(lang.L("translation.into", map[string]any{"Language": LanguageName(t.lang)}))
	if ref, ok := p.TextOf("section", t.f.id, "title"); ok && ref.Main != "" {
		tr, _ := ref.Get(t.lang)
		t.title.SetPlaceHolder(ref.Main)
		t.title.SetText(tr.Text)
		t.titleBox.Show()
	} else {
		t.titleBox.Hide()
	}
	text := ""
	ref, _ := p.TextOf("section", t.f.id, "draft")
	if tr, ok := ref.Get(t.lang); ok {
		text = tr.Text
	}
	// In pieces when either side is long, so that translating a long
	// draft stays as fast as writing it.
	t.draft.SetText(text, Long(text, ref.Main))
	t.updateState()
}

// set stores one field's translation; a refused one (over the limits)
// puts the editor back to the stored text.
func (t *translationPane) set(field, text string) {
	if t.loading || !t.on() {
		return
	}
	id, l := t.f.id, t.lang
	var err error
	t.f.e.ctx.edit(func(p *programme.Programme) { err = p.SetTranslation("section", id, field, l, text) })
	if err != nil {
		t.load()
		showRefused(t.f.e.ctx.window(), err)
		return
	}
	t.f.e.sectionChanged(id)
	t.updateState()
}

// sectionState is the open section's translation state: missing when a
// field lacks its translation, out of date when one was made from an
// earlier main text, up to date when all are current.
func (t *translationPane) sectionState() programme.TranslationState {
	p := t.f.e.ctx.programme()
	stale, current := false, false
	for _, field := range sectionFields {
		ref, ok := p.TextOf("section", t.f.id, field)
		if !ok {
			continue
		}
		switch ref.State(t.lang) {
		case programme.TrMissing:
			return programme.TrMissing
		case programme.TrStale:
			stale = true
		case programme.TrCurrent:
			current = true
		}
	}
	switch {
	case stale:
		return programme.TrStale
	case current:
		return programme.TrCurrent
	}
	return programme.TrNone
}

// updateState shows the section's translation state; it runs after every
// edit of the draft on either side.
func (t *translationPane) updateState() {
	if !t.on() {
		return
	}
	ShowTranslationState(t.state, t.current, t.sectionState())
}

// ShowTranslationState writes state s into label and offers mark
// ("Merkitse ajantasaiseksi") only for a translation out of date.
func ShowTranslationState(label *widget.Label, mark *widget.Button, s programme.TranslationState) {
	text, imp := TranslationStateText(s)
	label.Importance = imp
	label.SetText(text)
	if s == programme.TrStale {
		mark.Show()
	} else {
		mark.Hide()
	}
}

// markCurrent records that the translation matches the current main text
// after the translator checked it.
func (t *translationPane) markCurrent() {
	if !t.on() {
		return
	}
	id, l := t.f.id, t.lang
	t.f.e.ctx.edit(func(p *programme.Programme) {
		for _, field := range sectionFields {
			if ref, ok := p.TextOf("section", id, field); ok && ref.State(l) == programme.TrStale {
				_ = p.MarkTranslationCurrent("section", id, field, l)
			}
		}
	})
	t.f.e.sectionChanged(id)
	t.updateState()
}
