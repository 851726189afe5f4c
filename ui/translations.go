package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/steps"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// translationsMenuItem is the Programme menu's "Käännökset".
func (m *MainWindow) translationsMenuItem() *fyne.MenuItem {
	return fyne.NewMenuItem(lang.L("translation.page.menu"), m.showTranslations)
}

// showTranslations shows the open programme's translations page; on the
// programme list it does nothing.
func (m *MainWindow) showTranslations() {
	if m.editor != nil {
		m.editor.showTranslations()
	}
}

// showTranslations shows the translations page in the page area.
func (v *programmeView) showTranslations() {
	v.leavePage()
	v.sidebar.setTranslationsSelected(true)
	v.translations = newTranslationsPage(v)
	setOnly(v.page, v.translations.content)
}

// newTranslationsButton is the sidebar's entry for the translations page;
// it shows only while the programme has a further document language.
func newTranslationsButton(v *programmeView) *widget.Button {
	b := widget.NewButtonWithIcon(lang.L("translation.page.menu"), theme.DocumentIcon(), v.showTranslations)
	b.Alignment = widget.ButtonAlignLeading
	b.Importance = widget.LowImportance
	return b
}

// Filters of the translations page.
const (
	trFilterOpen    = iota // missing and out of date
	trFilterMissing        // missing only
	trFilterStale          // out of date only
	trFilterAll            // every text
)

// trKey names one translatable text; the page keeps keys, not TextRefs,
// and reads each text afresh, since an edit may replace what a TextRef
// points into.
type trKey struct{ kind, id, field string }

// translationsPage lists every translatable text of the programme in one
// further language (programme.TranslatableTexts), the main text beside its
// translation, with a filter to the missing and out-of-date ones and
// their counts. The row chosen is edited below the list, main text left
// and translation right; "Siirry" opens the row's place (a section's draft
// beside its translation in step 5).
type translationsPage struct {
	v     *programmeView
	langs []string
	lang  string
	// jump opens a text's place: programmeView.openFinding (tests watch).
	jump   func(step int, f programme.Finding)
	filter int

	chooseLang   *widgets.Select
	chooseFilter *widgets.Select
	counts       *widget.Label
	keys         []trKey
	list         *widget.List
	empty        *widget.Label

	selected int
	loading  bool
	where    *widget.Label
	state    *widget.Label
	current  *widget.Button
	jumpBtn  *widget.Button
	main     *widget.Label
	// entry edits the chosen text's translation, in pieces when long.
	entry   *widgets.DraftEditor
	detail  *fyne.Container
	noSel   *widget.Label
	content fyne.CanvasObject
}

func newTranslationsPage(v *programmeView) *translationsPage {
	t := &translationsPage{v: v, jump: v.openFinding, selected: -1}
	p := v.session.Programme()
	t.langs = p.FurtherLanguages()
	title := widget.NewLabelWithStyle(lang.L("translation.page.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	t.counts = widget.NewLabel("")
	t.counts.Wrapping = fyne.TextWrapWord
	t.counts.TextStyle = fyne.TextStyle{Bold: true}

	names := make([]string, len(t.langs))
	for i, l := range t.langs {
		names[i] = lang.L("translation.into", map[string]any{"Language": steps.LanguageName(l)})
	}
	t.chooseLang = widgets.NewSelect(names, nil)
	t.chooseFilter = widgets.NewSelect([]string{
		lang.L("translation.page.filterOpen"), lang.L("translation.page.filterMissing"),
		lang.L("translation.page.filterStale"), lang.L("translation.page.filterAll"),
	}, nil)
	t.chooseFilter.SetSelectedIndex(trFilterOpen)
	t.chooseFilter.OnChanged = func(string) { t.filter = t.chooseFilter.SelectedIndex(); t.build() }
	if len(t.langs) > 0 {
		t.lang = t.langs[0]
		t.chooseLang.SetSelectedIndex(0)
	}
	t.chooseLang.OnChanged = func(string) {
		if i := t.chooseLang.SelectedIndex(); i >= 0 {
			t.lang = t.langs[i]
			t.build()
		}
	}
	t.empty = widgets.Wrapped("")

	t.list = widget.NewList(func() int { return len(t.keys) }, t.createRow, t.updateRow)
	t.list.OnSelected = t.choose

	t.where = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.where.Wrapping = fyne.TextWrapWord
	t.state = widget.NewLabel("")
	t.current = widget.NewButtonWithIcon(lang.L("translation.markCurrent"), theme.ConfirmIcon(), t.markCurrent)
	t.jumpBtn = widget.NewButtonWithIcon(lang.L("checker.jump"), theme.NavigateNextIcon(), t.openPlace)
	t.main = widget.NewLabel("")
	t.main.Wrapping = fyne.TextWrapWord
	t.entry = widgets.NewDraftEditor()
	t.entry.SetPlaceHolder(lang.L("translation.draftPlaceholder"))
	t.entry.OnChanged = t.onChanged
	mainHead := widget.NewLabelWithStyle(lang.L("translation.page.mainText"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	trHead := widget.NewLabelWithStyle(lang.L("translation.page.translation"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	sides := container.NewHSplit(
		container.NewBorder(mainHead, nil, nil, nil, container.NewVScroll(t.main)),
		container.NewBorder(trHead, nil, nil, nil, t.entry.Object()))
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(t.current, t.jumpBtn), container.NewVBox(t.where, t.state))
	t.detail = container.NewBorder(container.NewVBox(widget.NewSeparator(), bar), nil, nil, nil, sides)
	t.noSel = widgets.HelpText(lang.L("translation.page.choose"))

	filters := container.NewHBox(widgets.FitSelect(t.chooseLang), widgets.FitSelect(t.chooseFilter))
	if len(t.langs) < 2 {
		filters.Objects[0].Hide()
	}
	header := container.NewVBox(title, t.counts, filters, widget.NewSeparator())
	// The hint is not centred: a centred wrapped label shrinks to a
	// letter's width.
	split := container.NewVSplit(container.NewStack(t.list, t.empty), container.NewStack(t.detail, container.NewVBox(t.noSel)))
	split.Offset = 0.5
	t.content = container.NewBorder(container.NewPadded(header), nil, nil, nil, container.NewPadded(split))
	t.build()
	return t
}

// ref reads a listed text afresh from the programme.
func (t *translationsPage) ref(k trKey) (programme.TextRef, bool) {
	return t.v.session.Programme().TextOf(k.kind, k.id, k.field)
}

// build lists the texts the filter lets through and the counts; the list
// stays as built while the user types, so that a text does not vanish
// from "missing" under the cursor.
func (t *translationsPage) build() {
	p := t.v.session.Programme()
	t.keys = t.keys[:0]
	t.showCounts()
	if t.lang == "" {
		t.empty.SetText(lang.L("translation.page.noLanguages"))
	} else {
		for _, ref := range p.TranslatableTexts() {
			s := ref.State(t.lang)
			if t.filter == trFilterAll || (t.filter == trFilterOpen && s != programme.TrCurrent) ||
				(t.filter == trFilterMissing && s == programme.TrMissing) || (t.filter == trFilterStale && s == programme.TrStale) {
				t.keys = append(t.keys, trKey{ref.RowKind, ref.RowID, ref.Field})
			}
		}
		t.empty.SetText(lang.L("translation.page.noneShown"))
	}
	if len(t.keys) == 0 {
		t.empty.Show()
		t.list.Hide()
	} else {
		t.empty.Hide()
		t.list.Show()
	}
	t.list.UnselectAll()
	t.selected = -1
	t.showDetail()
	t.list.Refresh()
}

// showCounts writes how many texts lack their translation and how many
// are out of date.
func (t *translationsPage) showCounts() {
	if t.lang == "" {
		t.counts.SetText("")
		return
	}
	st := t.v.session.Programme().TranslationStatus(t.lang)
	t.counts.SetText(lang.L("translation.page.counts", map[string]any{
		"Missing": lang.N("translation.page.missingCount", len(st.Missing), map[string]any{"Count": len(st.Missing)}),
		"Stale":   lang.N("translation.page.staleCount", len(st.Stale), map[string]any{"Count": len(st.Stale)}),
		"Total":   st.Total, "Language": steps.LanguageName(t.lang),
	}))
	if len(st.Missing) > 0 {
		t.counts.Importance = widget.WarningImportance
	} else {
		t.counts.Importance = widget.SuccessImportance
	}
	t.counts.Refresh()
}

// The row template: where the text is and its state on the first line,
// the main text and the translation side by side on the second.
func (t *translationsPage) createRow() fyne.CanvasObject {
	where := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	where.Truncation = fyne.TextTruncateEllipsis
	where.SizeName = theme.SizeNameCaptionText
	state := widget.NewLabel("")
	state.SizeName = theme.SizeNameCaptionText
	main, tr := widget.NewLabel(""), widget.NewLabel("")
	main.Truncation, tr.Truncation = fyne.TextTruncateEllipsis, fyne.TextTruncateEllipsis
	texts := container.NewGridWithColumns(2, main, tr)
	return container.NewThemeOverride(container.NewVBox(container.NewBorder(nil, nil, nil, state, where), texts), widgets.Compact())
}

func (t *translationsPage) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(t.keys) {
		return
	}
	box := o.(*container.ThemeOverride).Content.(*fyne.Container)
	top := box.Objects[0].(*fyne.Container)
	where, state := top.Objects[0].(*widget.Label), top.Objects[1].(*widget.Label)
	texts := box.Objects[1].(*fyne.Container)
	main, tr := texts.Objects[0].(*widget.Label), texts.Objects[1].(*widget.Label)
	ref, ok := t.ref(t.keys[id])
	if !ok {
		return
	}
	where.SetText(t.place(ref))
	text, imp := steps.TranslationStateText(ref.State(t.lang))
	state.Importance = imp
	state.SetText(text)
	main.SetText(oneLine(ref.Main))
	translated, _ := ref.Get(t.lang)
	tr.Importance = widget.MediumImportance
	if translated.Text == "" {
		tr.Importance = widget.LowImportance
		tr.SetText(lang.L("translation.page.empty"))
	} else {
		tr.SetText(oneLine(translated.Text))
	}
}

// oneLine is a text's first line, for a list row.
func oneLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return strings.TrimSpace(s[:i]) + " …"
	}
	return s
}

// place names where a text is: its step, its row and its field.
func (t *translationsPage) place(ref programme.TextRef) string {
	parts := []string{}
	if ref.Step == "" {
		parts = append(parts, lang.L("translation.page.programme"))
	} else if s, ok := t.v.tpl.Step(ref.Step); ok {
		parts = append(parts, lang.L("sidebar.step", map[string]any{"Number": s.Number, "Title": s.Title.In(Language())}))
	}
	if l := strings.TrimSpace(ref.Label); l != "" && ref.RowKind != "programme" {
		parts = append(parts, l)
	}
	return strings.Join(append(parts, fieldName(ref.Field)), " · ")
}

// choose shows row id's text for editing below the list.
func (t *translationsPage) choose(id widget.ListItemID) {
	t.selected = id
	t.showDetail()
}

// showDetail fills the editor with the chosen text, or asks for one.
func (t *translationsPage) showDetail() {
	if t.selected < 0 || t.selected >= len(t.keys) {
		t.detail.Hide()
		t.noSel.Show()
		return
	}
	ref, ok := t.ref(t.keys[t.selected])
	if !ok {
		return
	}
	t.loading = true
	defer func() { t.loading = false }()
	t.where.SetText(t.place(ref))
	t.main.SetText(ref.Main)
	translated, _ := ref.Get(t.lang)
	t.entry.SetText(translated.Text, steps.Long(ref.Main, translated.Text))
	t.showState(ref)
	t.noSel.Hide()
	t.detail.Show()
}

// showState shows the chosen text's state and offers "Merkitse
// ajantasaiseksi" for one out of date.
func (t *translationsPage) showState(ref programme.TextRef) {
	steps.ShowTranslationState(t.state, t.current, ref.State(t.lang))
}

// onChanged stores the chosen text's translation through the domain.
func (t *translationsPage) onChanged(text string) {
	if t.loading || t.selected < 0 || t.selected >= len(t.keys) {
		return
	}
	k, l := t.keys[t.selected], t.lang
	var err error
	t.v.edit(func(p *programme.Programme) { err = p.SetTranslation(k.kind, k.id, k.field, l, text) })
	if err != nil {
		t.v.m.showError(err)
		t.showDetail()
		return
	}
	t.afterEdit()
}

// markCurrent records that the chosen translation matches the current
// main text.
func (t *translationsPage) markCurrent() {
	if t.selected < 0 || t.selected >= len(t.keys) {
		return
	}
	k, l := t.keys[t.selected], t.lang
	t.v.edit(func(p *programme.Programme) { _ = p.MarkTranslationCurrent(k.kind, k.id, k.field, l) })
	t.afterEdit()
}

// afterEdit shows the new state in the row, the editor and the counts.
func (t *translationsPage) afterEdit() {
	if ref, ok := t.ref(t.keys[t.selected]); ok {
		t.showState(ref)
	}
	t.list.RefreshItem(t.selected)
	t.showCounts()
}

// openPlace opens the chosen text's row in its step: a section's draft
// with its translation beside it, a goal or an indicator in its form; the
// programme's title on the overview.
func (t *translationsPage) openPlace() {
	if t.selected < 0 || t.selected >= len(t.keys) {
		return
	}
	ref, ok := t.ref(t.keys[t.selected])
	if !ok {
		return
	}
	for i, s := range t.v.tpl.Steps {
		if s.ID == ref.Step {
			t.jump(i, programme.Finding{Step: ref.Step, Ref: ref.Ref(), Code: "document.translationMissing", Args: map[string]any{"Language": t.lang}})
			return
		}
	}
	t.v.showDashboard()
}
