package programme

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// A bilingual programme keeps its texts in the main language in the rows'
// own fields (Goal.Title, Section.Draft …), as a programme always did, and
// each translation beside them in the row's Tr: the row stays one row, so
// that moving, deleting, comparing and merging it carries its translations
// along without code of their own. Which fields can be translated is listed
// once, in textRows; the editor's list (TranslatableTexts), the status, the
// checker and the export (InLanguage) all read that list.

// Translations are a row's texts in its further document languages:
// language → field key (the field's JSON name, "title") → translation.
type Translations map[string]map[string]Translation

// Translation is one text in a further language.
type Translation struct {
	Text string `json:"text"`
	// Basis is a short hash of the main-language text the translation was
	// made from (TextBasis); when the main text changes, it no longer
	// matches and the translation is out of date.
	Basis string `json:"basis,omitempty"`
}

// TextBasis returns the hash Translation.Basis records for a main text.
// Line endings and surrounding space do not count, so that saving a text
// from another editor does not put its translations out of date.
func TextBasis(main string) string {
	norm := strings.TrimSpace(strings.ReplaceAll(main, "\r\n", "\n"))
	sum := sha256.Sum256([]byte(norm))
	return hex.EncodeToString(sum[:6])
}

// Get returns the translation of field into lang, if there is one.
func (t Translations) Get(lang, field string) (Translation, bool) {
	tr, ok := t[lang][field]
	return tr, ok && tr.Text != ""
}

// Set stores text as the translation of field into lang, made from the
// main text mainText. Empty text (or only space) deletes the translation.
func (t *Translations) Set(lang, field, text, mainText string) {
	if strings.TrimSpace(text) == "" {
		if m, ok := (*t)[lang]; ok {
			delete(m, field)
			if len(m) == 0 {
				delete(*t, lang)
			}
		}
		if len(*t) == 0 {
			*t = nil // stored as absent, like a row that never had one
		}
		return
	}
	if *t == nil {
		*t = Translations{}
	}
	if (*t)[lang] == nil {
		(*t)[lang] = map[string]Translation{}
	}
	(*t)[lang][field] = Translation{Text: text, Basis: TextBasis(mainText)}
}

// TranslationState is where one text stands in one further language.
type TranslationState string

// The states of a text's translation.
const (
	// TrNone is a text empty in the main language: nothing to translate.
	TrNone TranslationState = "none"
	// TrMissing is a text with no translation.
	TrMissing TranslationState = "missing"
	// TrStale is a translation made from an earlier main text.
	TrStale TranslationState = "stale"
	// TrCurrent is a translation of the current main text.
	TrCurrent TranslationState = "current"
)

// TextRef is one translatable text of the programme: where it is, what it
// says in the main language and its translations.
type TextRef struct {
	// Step is the step whose content the row is ("goals", "document" …);
	// empty for the programme's title.
	Step string
	// RowKind and RowID name the row in Comment.About's scheme
	// ("goal", "<id>"); the programme's title has RowKind "programme" and
	// no ID.
	RowKind string
	RowID   string
	// Field is the field's JSON name ("title", "draft").
	Field string
	// Label is the row's name in the main language, for lists.
	Label string
	// Main is the text in the main language.
	Main string
	// Markdown tells that the text is a section draft, edited as Markdown.
	Markdown bool

	tr  *Translations
	key string // the field's key in tr
}

// Ref returns the row in Comment.About's scheme ("goal:<id>"), empty for
// the programme's title, so that a list can jump to the row's place.
func (r TextRef) Ref() string {
	if r.RowID == "" {
		return ""
	}
	return r.RowKind + ":" + r.RowID
}

// Get returns the text's translation into lang, if there is one.
func (r TextRef) Get(lang string) (Translation, bool) {
	if r.tr == nil {
		return Translation{}, false
	}
	return r.tr.Get(lang, r.key)
}

// State tells whether the text is translated into lang, and from its
// current main text.
func (r TextRef) State(lang string) TranslationState {
	if strings.TrimSpace(r.Main) == "" {
		return TrNone
	}
	t, ok := r.Get(lang)
	switch {
	case !ok:
		return TrMissing
	case t.Basis != TextBasis(r.Main):
		return TrStale
	}
	return TrCurrent
}

// trField is one translatable field of a row: its field name, the key its
// translations are stored under in the row's Tr (the field name, unless
// several rows share one Tr, as the situation's answers do), and how to read
// and replace its main text.
type trField struct {
	field, key string
	get        func() string
	set        func(string)
	markdown   bool
}

// str is the trField of a plain string field.
func str(field string, s *string) trField {
	return trField{field: field, key: field, get: func() string { return *s }, set: func(v string) { *s = v }}
}

// md is the trField of a Markdown field.
func md(field string, s *string) trField {
	f := str(field, s)
	f.markdown = true
	return f
}

// lines is the trField of a list of short texts, translated as one text,
// an entry a line.
func lines(field string, list *[]string) trField {
	return trField{
		field: field, key: field,
		get: func() string { return strings.Join(*list, "\n") },
		set: func(v string) {
			var out []string
			for _, l := range strings.Split(v, "\n") {
				if l = strings.TrimSpace(l); l != "" {
					out = append(out, l)
				}
			}
			*list = out
		},
	}
}

// textRow is a row with translatable fields.
type textRow struct {
	step, kind, id, label string
	tr                    *Translations
	fields                []trField
}

// textRows lists every row with translatable texts, in the order of the
// steps (the title first), with access into p so that callers can read
// and replace the texts. tpl names the sections and the guiding questions
// (nil leaves them without the template's titles). This is the one list of
// what is translatable: add a field here and the editor, the status, the
// checker and the export all know it.
func (p *Programme) textRows(tpl *checklist.Template) []textRow {
	main := p.Main()
	rows := []textRow{{kind: "programme", label: p.Title, tr: &p.Tr, fields: []trField{str("title", &p.Title)}}}

	r := &p.Responsibility
	rows = append(rows, textRow{
		step: StepResponsibility, kind: "responsibility", tr: &r.Tr,
		fields: []trField{str("organisation", &r.Organisation), str("unit", &r.Unit)},
	})
	contact := func(c *Contact) textRow {
		return textRow{
			step: StepResponsibility, kind: "contact", id: c.ID, label: c.Name, tr: &c.Tr,
			fields: []trField{str("title", &c.Title), str("organisation", &c.Organisation)},
		}
	}
	rows = append(rows, contact(&r.Lead))
	for i := range r.Contacts {
		rows = append(rows, contact(&r.Contacts[i]))
	}
	rows = append(rows, contact(&r.ELY))
	for i := range r.Experts {
		rows = append(rows, contact(&r.Experts[i]))
	}
	for i := range r.Milestones {
		m := &r.Milestones[i]
		rows = append(rows, textRow{
			step: StepResponsibility, kind: "milestone", id: m.ID, label: m.Body, tr: &m.Tr,
			fields: []trField{str("body", &m.Body), str("decision", &m.Decision)},
		})
	}

	c := &p.Cooperation
	for i := range c.Members {
		m := &c.Members[i]
		rows = append(rows, textRow{
			step: StepCooperation, kind: "member", id: m.ID, label: m.Name, tr: &m.Tr,
			fields: []trField{str("organisation", &m.Organisation), str("role", &m.Role)},
		})
	}
	for i := range c.Hearings {
		h := &c.Hearings[i]
		rows = append(rows, textRow{
			step: StepCooperation, kind: "hearing", id: h.ID, label: h.Title, tr: &h.Tr,
			fields: []trField{
				str("title", &h.Title), str("participants", &h.Participants),
				str("languages", &h.Languages), md("summary", &h.Summary),
			},
		})
	}

	si := &p.Situation
	if tpl != nil {
		// The answers in the template's order of questions, each a row of
		// its own named by its question; their translations share the
		// situation's Tr, under "answers.<question ID>".
		for _, q := range tpl.ItemsOf(checklist.KindQuestion) {
			if _, ok := si.Answers[q.ID]; !ok {
				continue
			}
			id := q.ID
			rows = append(rows, textRow{
				step: StepSituation, kind: "answer", id: id, label: q.Label(main), tr: &si.Tr,
				fields: []trField{{
					field: "answer", key: "answers." + id, markdown: true,
					get: func() string { return si.Answers[id] },
					set: func(v string) { si.Answers[id] = v },
				}},
			})
		}
	}
	for i := range si.Questions {
		q := &si.Questions[i]
		rows = append(rows, textRow{
			step: StepSituation, kind: "question", id: q.ID, label: q.Question, tr: &q.Tr,
			fields: []trField{str("question", &q.Question), md("answer", &q.Answer)},
		})
	}
	for i := range si.Figures {
		f := &si.Figures[i]
		fields := []trField{str("label", &f.Label), str("unit", &f.Unit), str("area", &f.Area), str("source", &f.Source)}
		if f.Value.Number == nil {
			// A value in words ("arabia, venäjä") is text to translate; a
			// number is not.
			fields = append(fields, str("value", &f.Value.Text))
		}
		rows = append(rows, textRow{step: StepSituation, kind: "figure", id: f.ID, label: f.Label, tr: &f.Tr, fields: fields})
	}
	rows = append(rows, textRow{
		step: StepSituation, kind: "situation", tr: &si.Tr,
		fields: []trField{lines("strengths", &si.Strengths), lines("challenges", &si.Challenges), lines("missingServices", &si.MissingServices)},
	})

	for gi := range p.Goals {
		g := &p.Goals[gi]
		rows = append(rows, textRow{
			step: StepGoals, kind: "goal", id: g.ID, label: g.Title, tr: &g.Tr,
			fields: []trField{str("title", &g.Title), str("description", &g.Description), str("rationale", &g.Rationale)},
		})
		for mi := range g.Measures {
			m := &g.Measures[mi]
			rows = append(rows, textRow{
				step: StepGoals, kind: "measure", id: m.ID, label: m.Title, tr: &m.Tr,
				fields: []trField{
					str("title", &m.Title), str("responsible", &m.Responsible),
					str("partners", &m.Partners), str("resources", &m.Resources),
				},
			})
		}
	}
	for i := range p.Document.Sections {
		s := &p.Document.Sections[i]
		rows = append(rows, textRow{
			step: StepDocument, kind: "section", id: s.ID, label: s.Heading(tpl, main), tr: &s.Tr,
			fields: []trField{str("title", &s.Title), md("draft", &s.Draft), str("reason", &s.Reason)},
		})
	}
	for ii := range p.Monitoring.Indicators {
		in := &p.Monitoring.Indicators[ii]
		rows = append(rows, textRow{
			step: StepMonitoring, kind: "indicator", id: in.ID, label: in.Name, tr: &in.Tr,
			fields: []trField{
				str("name", &in.Name), str("description", &in.Description), str("unit", &in.Unit),
				str("source", &in.Source), str("frequency", &in.Frequency),
			},
		})
	}
	pl := &p.Monitoring.Plan
	rows = append(rows, textRow{
		step: StepMonitoring, kind: "plan", tr: &pl.Tr,
		fields: []trField{
			str("who", &pl.Who), str("reportsTo", &pl.ReportsTo),
			str("frequency", &pl.Frequency), str("updateWhen", &pl.UpdateWhen),
		},
	})
	for ri := range p.Communication.Rows {
		r := &p.Communication.Rows[ri]
		label := r.Message
		if tpl != nil {
			label = firstText(r.Message, r.AudienceLabel(tpl, main))
		}
		rows = append(rows, textRow{
			step: StepCommunication, kind: "comm", id: r.ID, label: label, tr: &r.Tr,
			fields: []trField{
				str("customAudience", &r.CustomAudience), str("message", &r.Message),
				str("channel", &r.Channel), str("timing", &r.Timing),
				str("otherLanguages", &r.OtherLanguages), str("responsible", &r.Responsible),
			},
		})
	}
	return rows
}

func (row textRow) ref(f trField) TextRef {
	return TextRef{
		Step: row.step, RowKind: row.kind, RowID: row.id, Field: f.field, Label: row.label,
		Main: f.get(), Markdown: f.markdown, tr: row.tr, key: f.key,
	}
}

// TranslatableTexts lists every text of the programme that goes into the
// document and has something in the main language, in the order of the
// steps (the title first). The refs point into p: read them while p is not
// changed, and change translations through SetTranslation.
func (p *Programme) TranslatableTexts() []TextRef {
	tpl, _ := p.Template() // without the template, element sections are unnamed
	var out []TextRef
	for _, row := range p.textRows(tpl) {
		for _, f := range row.fields {
			if strings.TrimSpace(f.get()) != "" {
				out = append(out, row.ref(f))
			}
		}
	}
	return out
}

// TextOf returns one translatable text by its row and field, whether its
// main text is empty or not; ok is false when there is no such row or
// field.
func (p *Programme) TextOf(rowKind, rowID, field string) (TextRef, bool) {
	tpl, _ := p.Template() // the answers are rows only with their questions
	for _, row := range p.textRows(tpl) {
		if row.kind != rowKind || row.id != rowID {
			continue
		}
		for _, f := range row.fields {
			if f.field == field {
				return row.ref(f), true
			}
		}
	}
	return TextRef{}, false
}

// SetTranslation stores the translation of one text into lang, made from
// its current main text; empty text deletes it. lang must be one of the
// programme's further languages. Like every change of a row, call it inside
// Session.Edit.
func (p *Programme) SetTranslation(rowKind, rowID, field, lang, text string) error {
	ref, ok := p.TextOf(rowKind, rowID, field)
	if !ok {
		return fmt.Errorf("translation of %s:%s %s: %w", rowKind, rowID, field, ErrNoSuchRow)
	}
	if lang == p.Main() || !IsDocLanguage(lang) {
		return fmt.Errorf("translation into %q: %w", lang, ErrBadLanguage)
	}
	if err := checkTranslationSize(text, ref.Markdown, rowKind+"."+field); err != nil {
		return err
	}
	ref.tr.Set(lang, ref.key, text, ref.Main)
	return nil
}

// MarkTranslationCurrent records that the translation into lang still
// matches the current main text (the main text changed in a way that needs
// no new translation, a typo fixed). It fails with ErrNoSuchRow when there
// is no such text or no translation of it.
func (p *Programme) MarkTranslationCurrent(rowKind, rowID, field, lang string) error {
	ref, ok := p.TextOf(rowKind, rowID, field)
	t, has := ref.Get(lang)
	if !ok || !has {
		return fmt.Errorf("translation of %s:%s %s into %s: %w", rowKind, rowID, field, lang, ErrNoSuchRow)
	}
	ref.tr.Set(lang, ref.key, t.Text, ref.Main)
	return nil
}

// checkTranslationSize applies the limits of the main text to its
// translation: a draft's to a draft, a field's to any other.
func checkTranslationSize(text string, markdown bool, where string) error {
	if markdown {
		return checkDraft(text, where)
	}
	if err := CheckField(text); err != nil {
		return fmt.Errorf("%s: %w", where, err)
	}
	return nil
}

// checkTranslationLimits bounds every stored translation, including those
// of languages no longer in use and of fields the walk does not know (a
// hostile file, an answer to a question the template dropped): the compare
// walk treats a translation as one value, so the generic field limits do
// not reach its text.
func (p *Programme) checkTranslationLimits() error {
	markdown := map[*Translations]map[string]bool{}
	var order []*Translations
	where := map[*Translations]string{}
	for _, row := range p.textRows(nil) {
		if markdown[row.tr] == nil {
			markdown[row.tr] = map[string]bool{}
			order = append(order, row.tr)
			where[row.tr] = row.kind + ":" + row.id + "/tr"
		}
		for _, f := range row.fields {
			markdown[row.tr][f.key] = f.markdown
		}
	}
	for _, tr := range order {
		if len(*tr) > len(DocLanguageCodes) {
			return &LimitError{Limit: "MaxRows", Max: len(DocLanguageCodes), Where: where[tr]}
		}
		for lang, fields := range *tr {
			if len(fields) > MaxRows {
				return &LimitError{Limit: "MaxRows", Max: MaxRows, Where: where[tr] + "/" + lang}
			}
			for key, t := range fields {
				at := where[tr] + "/" + lang + "/" + key
				md, known := markdown[tr][key]
				if err := checkTranslationSize(t.Text, md || !known, at); err != nil {
					return err
				}
				if len(t.Basis) > 64 {
					return &LimitError{Limit: "MaxFieldBytes", Max: 64, Where: at}
				}
			}
		}
	}
	return nil
}

// TranslationStatus is where the programme's texts stand in one further
// language.
type TranslationStatus struct {
	Language string
	// Total counts the texts with something in the main language.
	Total int
	// Missing are the texts with no translation; Stale those translated
	// from an earlier main text.
	Missing []TextRef
	Stale   []TextRef
}

// Current returns how many texts are translated from their current main
// text.
func (s TranslationStatus) Current() int { return s.Total - len(s.Missing) - len(s.Stale) }

// Complete tells whether every text has a translation (possibly stale).
func (s TranslationStatus) Complete() bool { return len(s.Missing) == 0 }

// TranslationStatus returns where the texts stand in lang. For the main
// language everything is current.
func (p *Programme) TranslationStatus(lang string) TranslationStatus {
	st := TranslationStatus{Language: lang}
	for _, ref := range p.TranslatableTexts() {
		st.Total++
		if lang == p.Main() {
			continue
		}
		switch ref.State(lang) {
		case TrMissing:
			st.Missing = append(st.Missing, ref)
		case TrStale:
			st.Stale = append(st.Stale, ref)
		}
	}
	return st
}

// InLanguage returns a copy of p written in lang: every translatable text
// replaced by its translation into lang (a stale one too: it is the
// translation there is), and a text with none by fill(ref), where ref
// describes the text in p's main language. The export chooses fill: a
// draft marks the text as untranslated, a final export that falls back
// uses ref.Main. A nil fill uses the main text. The copy's main language
// is lang and it has no further languages or translations, so that code
// rendering it needs to know nothing of translations. For the main
// language it is a plain copy.
func (p *Programme) InLanguage(lang string, fill func(ref TextRef) string) *Programme {
	c := p.Clone()
	if lang == p.Main() {
		return c
	}
	if fill == nil {
		fill = func(ref TextRef) string { return ref.Main }
	}
	tpl, _ := p.Template()
	rows := c.textRows(tpl)
	// Read every text before replacing any and before clearing the
	// translations: rows may share one Tr (the situation's answers).
	type change struct {
		set  func(string)
		text string
	}
	var changes []change
	for _, row := range rows {
		for _, f := range row.fields {
			ref := row.ref(f)
			switch t, ok := ref.Get(lang); {
			case strings.TrimSpace(ref.Main) == "":
				// Nothing in the main language: the text is not in the
				// document, whatever an old translation says.
			case ok:
				changes = append(changes, change{f.set, t.Text})
			default:
				changes = append(changes, change{f.set, fill(ref)})
			}
		}
	}
	for _, ch := range changes {
		ch.set(ch.text)
	}
	for _, row := range rows {
		*row.tr = nil
	}
	c.MainLanguage = lang
	c.DocLanguages = nil
	return c
}
