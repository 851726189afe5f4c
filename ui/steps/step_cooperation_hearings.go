package steps

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

// HearingKindLabel names a form of meeting or hearing.
func HearingKindLabel(k programme.HearingKind) string {
	return lang.L("cooperation.kind." + string(k))
}

// hearingRows is the row editor's description of the hearings and
// meetings held.
func hearingRows(onChange func()) rowSpec[programme.Hearing] {
	return rowSpec[programme.Hearing]{
		Rows:   func(p *programme.Programme) *[]programme.Hearing { return &p.Cooperation.Hearings },
		Delete: func(p *programme.Programme, id string) bool { return p.Cooperation.DeleteHearing(id) },
		Move:   func(p *programme.Programme, id string, delta int) bool { return p.Cooperation.MoveHearing(id, delta) },
		ID:     func(h *programme.Hearing) string { return h.ID },
		Title: func(h *programme.Hearing) string {
			date := ""
			if !h.Date.IsZero() {
				date = h.Date.Format(i18n.Language())
			}
			return joinNonEmpty(" · ", date, h.Title)
		},
		Detail: func(h *programme.Hearing) string {
			kind := ""
			if h.Kind != "" {
				kind = HearingKindLabel(h.Kind)
			}
			count := ""
			if h.Count > 0 {
				count = lang.L("cooperation.hearing.countShort", map[string]any{"Count": h.Count})
			}
			return joinNonEmpty(" · ", kind, count)
		},
		New:      programme.NewHearing,
		Form:     hearingForm,
		Empty:    lang.L("cooperation.hearings.empty"),
		AddLabel: lang.L("cooperation.hearings.add"),
		OnChange: onChange,
	}
}

// countText shows a stored count, leaving 0 blank so that "not known"
// is not read as "nobody".
func countText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func hearingForm(f *rowForm[programme.Hearing]) fyne.CanvasObject {
	date := f.Parsed(func(h *programme.Hearing) string { return h.Date.Format(i18n.Language()) },
		func(s string) error {
			if _, err := programme.ParseDate(s); err != nil {
				return i18n.Message{Text: lang.L("cooperation.hearing.badDate")}
			}
			return nil
		},
		func(h *programme.Hearing, v string) { h.Date, _ = programme.ParseDate(v) })
	date.SetPlaceHolder(lang.L("cooperation.hearing.datePlaceholder"))

	kinds := make([]Choice, len(programme.HearingKinds))
	for i, k := range programme.HearingKinds {
		kinds[i] = Choice{ID: string(k), Label: HearingKindLabel(k)}
	}
	kind := f.Select(kinds, func(h *programme.Hearing) string { return string(h.Kind) },
		func(h *programme.Hearing, id string) { h.Kind = programme.HearingKind(id) })

	title := f.Entry(func(h *programme.Hearing) string { return h.Title }, func(h *programme.Hearing, v string) { h.Title = v })
	title.SetPlaceHolder(lang.L("cooperation.hearing.titlePlaceholder"))
	who := f.Entry(func(h *programme.Hearing) string { return h.Participants }, func(h *programme.Hearing, v string) { h.Participants = v })
	who.SetPlaceHolder(lang.L("cooperation.hearing.participantsPlaceholder"))

	// The two counts are checked together: a count is stored only when it
	// is a number and the pair makes sense, and each entry re-checks when
	// the other changes.
	var count, imm *widget.Entry
	countsOK := func(total, immigrants string) error {
		c, err := programme.ParseCount(total)
		if err != nil {
			return i18n.Message{Text: lang.L("cooperation.hearing.badCount")}
		}
		i, err := programme.ParseCount(immigrants)
		if err != nil {
			return i18n.Message{Text: lang.L("cooperation.hearing.badCount")}
		}
		if (programme.Hearing{Count: c, ImmigrantCount: i}).Validate() != nil {
			return i18n.Message{Text: lang.L("cooperation.hearing.tooManyImmigrants")}
		}
		return nil
	}
	store := func() {
		if countsOK(count.Text, imm.Text) != nil {
			return
		}
		c, _ := programme.ParseCount(count.Text)
		i, _ := programme.ParseCount(imm.Text)
		f.Edit(func(h *programme.Hearing) { h.Count, h.ImmigrantCount = c, i })
	}
	count, imm = widget.NewEntry(), widget.NewEntry()
	if h := f.Row(); h != nil {
		count.SetText(countText(h.Count))
		imm.SetText(countText(h.ImmigrantCount))
	}
	count.SetPlaceHolder(lang.L("cooperation.hearing.countPlaceholder"))
	imm.SetPlaceHolder(lang.L("cooperation.hearing.countPlaceholder"))
	count.Validator = func(s string) error { return countsOK(s, imm.Text) }
	imm.Validator = func(s string) error { return countsOK(count.Text, s) }
	count.OnChanged = func(string) { store(); _ = imm.Validate() }
	imm.OnChanged = func(string) { store(); _ = count.Validate() }

	langs := f.Entry(func(h *programme.Hearing) string { return h.Languages }, func(h *programme.Hearing, v string) { h.Languages = v })
	langs.SetPlaceHolder(lang.L("cooperation.hearing.languagesPlaceholder"))
	summary := f.MultiLine(6, func(h *programme.Hearing) string { return h.Summary }, func(h *programme.Hearing, v string) { h.Summary = v })
	summary.SetPlaceHolder(lang.L("cooperation.hearing.summaryPlaceholder"))

	return newForm(
		widget.NewFormItem(lang.L("cooperation.hearing.date"), date),
		widget.NewFormItem(lang.L("cooperation.hearing.kind"), kind),
		widget.NewFormItem(lang.L("cooperation.hearing.title"), title),
		widget.NewFormItem(lang.L("cooperation.hearing.participants"), who),
		widget.NewFormItem(lang.L("cooperation.hearing.count"), count),
		widget.NewFormItem(lang.L("cooperation.hearing.immigrantCount"), imm),
		widget.NewFormItem(lang.L("cooperation.hearing.languages"), langs),
		widget.NewFormItem(lang.L("cooperation.hearing.summary"), summary),
	)
}
