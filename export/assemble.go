package export

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n/locale"
	"fi.kotoutus/kotoutus/internal/mdtext"
	"fi.kotoutus/kotoutus/programme"
)

// sectionLevel is the heading level of the document's sections; the title
// is level 1 and everything inside a section sits below sectionLevel.
const sectionLevel = 2

// document is a programme assembled for export: the title block and the
// sections, each with its Markdown body. Markdown() writes it as it is; the
// PDF draws the title page and contents natively and lays out the sections
// from the syntax tree of their Markdown.
type document struct {
	// from is the assembler that built the document, for formats that
	// write the programme's tables as data (xlsx).
	from     *assembler
	tx       *texts
	title    string
	author   string
	subject  string
	facts    []fact
	sections []docSection
	// logo is the municipality's logo or crest for the title page, or
	// nil (logo.go).
	logo *docLogo

	// The document's stage, for the title page, running headers and
	// metadata of every format.

	// status is the stage: programme.DocDraft, DocProposal or DocAdopted.
	status programme.DocStatus
	// statusLine says the stage in one line: "Luonnos", "Ehdotus –
	// käsittelee Kunnanvaltuusto 2.3.2026", "Hyväksytty: Kunnanvaltuusto
	// 2.3.2026 § 45".
	statusLine string
	// decisionBody, decisionDate (e.g. "2.3.2026") and decisionParagraph
	// (e.g. "§ 45") describe the adoption, or for a proposal the body and
	// meeting it goes to; empty when not known.
	decisionBody, decisionDate, decisionParagraph string
	// draftMark is the text a draft carries on every page ("LUONNOS"),
	// empty for a proposal or an adopted programme.
	draftMark string
	// date is the document's date ("Päiväys"): the day of the adoption
	// once adopted, else the day of the export.
	date string

	// insert marks an insert for another municipal plan (insert.go): no
	// title page or contents, headings HeadingShift() levels lower. host
	// names that plan and act the Act the plan follows.
	insert    bool
	host, act string
	// basis names the template: its Act, checklist and when its texts
	// were checked (template.go's Law, Source and Checked).
	basis string

	// numbered tells whether headings carry numbers (1, 1.1, 1.1.1): the
	// section titles and the headings in the bodies already include them.
	numbered bool
	// open names the sections left out because nothing is written or
	// shown in them yet, in document order. When the user asked for it, a
	// draft also lists them in a section of its own (openSection).
	open []string
	// timelineAnnex is 1 + the index of the section with the measures
	// timeline, which starts on a page of its own; 0 when there is none
	// (the zero value, also for documents assembled elsewhere).
	timelineAnnex int
}

// fact is one line of the title block.
type fact struct{ label, value string }

// docSection is one section of the document.
type docSection struct {
	// id is the programme section's ID, empty for the appendix and the
	// page of sections still open.
	id string
	// title is the heading as printed, with its number when headings are
	// numbered ("3 Vastuutahot"); name is the same without the number and
	// number the number alone ("3", empty when unnumbered or for the
	// appendix).
	title, name, number string
	anchor              string
	// body is the Markdown below the section heading; its own headings
	// carry their numbers ("### 3.1 …") when headings are numbered.
	body string
}

// heading returns the section's Markdown heading line.
func (s docSection) heading() string {
	return strings.Repeat("#", sectionLevel) + " " + inline(s.title)
}

// assembler holds what assembling one document needs.
type assembler struct {
	p    *programme.Programme
	tpl  *checklist.Template
	tx   *texts
	lang string
	// goalNumber numbers the goals as the goals table does, for references
	// from the indicator table.
	goalNumber map[string]int
	// shown are the sections printed, in order, for the appendix to refer
	// to instead of printing a table twice.
	shown []programme.Section
	// charts are the document's charts (charts.go), figures counts the
	// numbered ones; withCharts is off for previews of one section.
	charts     []docChart
	figures    int
	withCharts bool
}

func newAssembler(p *programme.Programme, tpl *checklist.Template, opt Options) (*assembler, error) {
	if p == nil {
		return nil, fmt.Errorf("assemble: no programme")
	}
	if tpl == nil {
		return nil, fmt.Errorf("assemble: no checklist template")
	}
	tx, err := loadTexts(opt.Language)
	if err != nil {
		return nil, fmt.Errorf("assemble: %w", err)
	}
	a := &assembler{p: p, tpl: tpl, tx: tx, lang: tx.lang, goalNumber: map[string]int{}}
	for i, g := range p.Goals {
		a.goalNumber[g.ID] = i + 1
	}
	return a, nil
}

// assemble builds the document of p in opt's document language.
func assemble(p *programme.Programme, tpl *checklist.Template, opt Options) (*document, error) {
	p, opt, err := localize(p, opt)
	if err != nil {
		return nil, err
	}
	a, err := newAssembler(p, tpl, opt)
	if err != nil {
		return nil, err
	}
	a.withCharts = true
	d := &document{from: a, tx: a.tx, title: a.title(), author: p.Municipality(), logo: a.logo()}
	a.stage(d, opt)
	kind := a.tpl.DocumentTitle.In(a.lang)
	d.subject = a.tx.get("meta.subjectNoPeriod", "title", kind)
	if p.StartYear > 0 && p.EndYear > 0 {
		d.subject = a.tx.get("meta.subject", "title", kind, "start", strconv.Itoa(p.StartYear), "end", strconv.Itoa(p.EndYear))
	}
	// The template the programme follows goes into the metadata of every
	// format (the subject) and into the title block.
	d.basis = a.basis()
	d.subject += ". " + d.basis
	d.facts = a.facts(opt)
	d.facts = append(d.facts, fact{a.tx.get("title.basis"), d.basis})
	// An insert is a chapter of another plan, numbered by that plan.
	d.numbered = !p.Document.Layout.Unnumbered && !p.Form.IsPart()
	for _, s := range p.Document.Sections {
		body := a.sectionBody(s)
		if body == "" {
			d.open = append(d.open, a.sectionTitle(s))
			continue
		}
		d.sections = append(d.sections, docSection{id: s.ID, name: a.sectionTitle(s), body: body})
		a.shown = append(a.shown, s)
	}
	if d.numbered {
		for i := range d.sections {
			s := &d.sections[i]
			s.number = strconv.Itoa(i + 1)
			s.body = numberHeadings(s.body, s.number)
		}
	}
	if len(d.open) > 0 && d.status == programme.DocDraft && p.Document.Layout.ListOpen && !p.Form.IsPart() {
		d.sections = append(d.sections, docSection{id: openSectionID, name: a.tx.get("open.title"), body: a.openBody(d.open)})
	}
	if body := a.timelineSection(opt); body != "" && !p.Form.IsPart() {
		d.timelineAnnex = len(d.sections) + 1
		d.sections = append(d.sections, docSection{name: a.tx.get("timeline.title"), body: body})
	}
	d.sections = append(d.sections, docSection{name: a.tx.get("appendix.process"), body: a.appendix(d)})
	for i := range d.sections {
		s := &d.sections[i]
		s.title = s.name
		if s.number != "" {
			s.title = s.number + " " + s.name
		}
	}
	d.setAnchors()
	ix := d.anchorIndex()
	for i := range d.sections {
		d.sections[i].body = resolveLinks(d.sections[i].body, ix)
	}
	if p.Form.IsPart() {
		a.makeInsert(d)
	}
	return d, nil
}

// basis names the Act and checklist the programme's template follows and
// when the template's texts were last checked.
func (a *assembler) basis() string {
	t := a.tpl
	checked := ""
	if d := t.CheckedDate(); !d.IsZero() {
		checked = locale.Date(a.lang, d)
	}
	title, url := t.Source.In(a.lang)
	return a.tx.get("meta.basis", "act", t.Law.Act.In(a.lang), "checklist", title, "url", url, "checked", checked)
}

// openSectionID marks the section listing what is still open.
const openSectionID = "-open"

// openBody lists the sections not yet written.
func (a *assembler) openBody(open []string) string {
	var b strings.Builder
	b.WriteString(inline(a.tx.get("open.intro")) + "\n\n")
	for _, t := range open {
		b.WriteString("- " + inline(t) + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// title returns the programme's title, or the template's document title.
func (a *assembler) title() string {
	if t := oneLine(a.p.Title); t != "" {
		return t
	}
	return a.tpl.DocumentTitle.In(a.lang)
}

// termKey returns key, or its variant for the 2025 planning template
// (key + "Plan"), whose document is a plan ("suunnitelma") with a plan
// period ("suunnitelmakausi"), not a programme with a programme period.
func (a *assembler) termKey(key string) string {
	if a.tpl != nil && a.tpl.ID == checklist.PlanningID {
		return key + "Plan"
	}
	return key
}

// facts returns the title block: who, when, in which state.
func (a *assembler) facts(opt Options) []fact {
	p, tx := a.p, a.tx
	var out []fact
	if len(p.Municipalities) > 1 {
		out = append(out, fact{tx.get("title.municipalities"), p.Municipality()})
	} else if len(p.Municipalities) == 1 {
		out = append(out, fact{tx.get("title.municipality"), p.Municipality()})
	}
	if period := a.period(); period != "" {
		out = append(out, fact{tx.get(a.termKey("title.period")), period})
	}
	status := p.Adoption.Stage()
	out = append(out, fact{tx.get("title.status"), a.statusName(status)})
	if decision := a.decision(); decision != "" {
		key := "title.adopted"
		if status != programme.DocAdopted {
			key = "title.proposedTo"
		}
		out = append(out, fact{tx.get(key), decision})
	}
	out = append(out, fact{tx.get("title.date"), a.documentDate(opt)})
	return out
}

// stage fills in the document's stage fields.
func (a *assembler) stage(d *document, opt Options) {
	ad := a.p.Adoption
	d.status = ad.Stage()
	d.decisionBody = oneLine(ad.Body)
	d.decisionDate = ad.Date.Format(a.lang)
	if par := oneLine(ad.Paragraph); par != "" {
		d.decisionParagraph = "§\u00a0" + par
	}
	d.date = a.documentDate(opt)
	d.statusLine = a.statusName(d.status)
	if decision := a.decision(); decision != "" {
		key := "status.lineAdopted"
		if d.status != programme.DocAdopted {
			key = "status.lineProposal"
		}
		d.statusLine = a.tx.get(key, "status", d.statusLine, "decision", decision)
	}
	if d.status == programme.DocDraft {
		d.draftMark = a.tx.get("draft.mark")
	}
}

// documentDate is the date the document carries: the day of the adoption
// once adopted, else the day of the export.
func (a *assembler) documentDate(opt Options) string {
	if ad := a.p.Adoption; ad.Stage() == programme.DocAdopted && !ad.Date.IsZero() {
		return ad.Date.Format(a.lang)
	}
	return locale.Date(a.lang, opt.now())
}

// period returns the programme period, e.g. "2026–2029".
func (a *assembler) period() string {
	switch s, e := a.p.StartYear, a.p.EndYear; {
	case s > 0 && e > 0 && s != e:
		return fmt.Sprintf("%d–%d", s, e)
	case s > 0:
		return strconv.Itoa(s)
	case e > 0:
		return strconv.Itoa(e)
	}
	return ""
}

// statusName names a document stage in the document's language.
func (a *assembler) statusName(s programme.DocStatus) string {
	if key := "status." + string(s); a.tx.has(key) {
		return a.tx.get(key)
	}
	return string(s)
}

// decision returns the deciding body, date and § of an adoption, or the
// body and meeting a proposal goes to: "Kunnanvaltuusto 2.3.2026 § 45".
func (a *assembler) decision() string {
	ad := a.p.Adoption
	if ad.Stage() == programme.DocDraft {
		return ""
	}
	var parts []string
	for _, s := range []string{oneLine(ad.Body), ad.Date.Format(a.lang)} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if par := oneLine(ad.Paragraph); par != "" {
		parts = append(parts, "§\u00a0"+par)
	}
	return strings.Join(parts, " ")
}

// sectionTitle returns a section's heading text.
func (a *assembler) sectionTitle(s programme.Section) string {
	if t := oneLine(s.Title); t != "" {
		return t
	}
	if s.ElementID != "" {
		if it, ok := a.tpl.Item(s.ElementID); ok {
			return it.Label(a.lang)
		}
	}
	return a.tx.get("section.untitled")
}

// sectionBody returns the Markdown below a section's heading: the draft and
// the blocks it includes, or the note that the section does not apply.
func (a *assembler) sectionBody(s programme.Section) string {
	if s.NotApplicable {
		note := a.tx.get("section.notApplicable")
		if r := oneLine(s.Reason); r != "" {
			note = a.tx.get("section.notApplicableReason", "reason", ensureStop(r))
		}
		return "*" + inline(note) + "*"
	}
	var parts []string
	if d := embedDraft(s.Draft, sectionLevel); d != "" {
		parts = append(parts, d)
	}
	for _, b := range s.Includes {
		if md := a.block(b); md != "" {
			parts = append(parts, md)
		}
	}
	// A section with nothing written and nothing to show is left out of
	// the document (and named in d.open), never printed as a placeholder.
	return strings.Join(parts, "\n\n")
}

// setAnchors gives every section the anchor a Markdown viewer would give
// its heading, counting every heading before it (the title, the contents
// heading and headings inside earlier drafts) as GitHub and pandoc do.
func (d *document) setAnchors() {
	sl := newSlugger()
	sl.Slug(d.title)
	sl.Slug(d.tx.get("toc"))
	for i := range d.sections {
		s := &d.sections[i]
		s.anchor = sl.Slug(s.title)
		src := []byte(s.body)
		_ = ast.Walk(parseMarkdown(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if h, ok := n.(*ast.Heading); ok && entering {
				sl.Slug(mdtext.Plain(h, src))
				return ast.WalkSkipChildren, nil
			}
			return ast.WalkContinue, nil
		})
	}
}

// markdown writes the whole document.
func (d *document) markdown() string {
	if d.insert {
		return d.insertMarkdown()
	}
	var b strings.Builder
	b.WriteString("# " + inline(d.title) + "\n\n")
	for _, f := range d.facts {
		fmt.Fprintf(&b, "- **%s:** %s\n", inline(f.label), inline(f.value))
	}
	b.WriteString("\n" + strings.Repeat("#", sectionLevel) + " " + inline(d.tx.get("toc")) + "\n\n")
	for i, s := range d.sections {
		if i != d.timelineAnnex-1 {
			fmt.Fprintf(&b, "- [%s](#%s)\n", inline(s.title), s.anchor)
		}
	}
	b.WriteString("\n")
	// Markdown has no pictures: the timeline annex is left out (its data
	// is in the goals' tables) and each indicator chart's table of values
	// stays under its caption.
	b.WriteString(withoutCharts(d.sectionsMarkdown(d.timelineAnnex - 1)))
	return b.String()
}

// body writes the sections with their headings: the part of the document
// the PDF lays out from Markdown.
func (d *document) body() string { return d.sectionsMarkdown(-1) }

// sectionsMarkdown writes the sections with their headings, leaving out
// section skip (-1 for none).
func (d *document) sectionsMarkdown(skip int) string {
	var b strings.Builder
	for i, s := range d.sections {
		if i == skip {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(s.heading() + "\n\n" + s.body + "\n")
	}
	return b.String()
}

// ensureStop ends a sentence with a full stop unless it already ends with
// punctuation.
func ensureStop(s string) string {
	if s == "" {
		return s
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ':', ';':
		return s
	}
	return s + "."
}
