package export

import (
	"strconv"
	"strings"
)

// The DOCX's styles carry Word's built-in names ("heading 1", "Title",
// "List Bullet" …), so that Word, LibreOffice and pandoc recognise them and
// the municipality's own template can restyle the document by name.

// docxFont is the document's typeface. Arial is in every Word installation
// and LibreOffice maps it to the metric-compatible Liberation Sans.
const docxFont = "Arial"

// Colours of the document, the PDF's palette.
const (
	docxHeadingColor = "1F3A5F"
	docxMutedColor   = "595959"
	docxRuleColor    = "A6A6A6"
	docxHeaderFill   = "DCE3EC"
	// docxDraftColor marks a draft, the PDF's dark red.
	docxDraftColor = "AA1E28"
)

// Numbering definitions: numID 1 is the bullet list, numID 2 the base of
// ordered lists; every ordered list gets a numbering instance of its own
// (from docxFirstOrderedNum on) so that it starts again from its first
// number.
const (
	docxBulletNum       = 1
	docxOrderedNum      = 2
	docxFirstOrderedNum = 3
	docxListIndent      = 567 // per level, in twips
	docxMaxListLevel    = 8
)

// docxStyles writes styles.xml with the document language lang.
func docxStyles(lang string) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:styles xmlns:w="` + nsW + `" xmlns:r="` + nsR + `">`)
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr>` +
		`<w:rFonts w:ascii="` + docxFont + `" w:hAnsi="` + docxFont + `" w:eastAsia="` + docxFont + `" w:cs="` + docxFont + `"/>` +
		`<w:sz w:val="21"/><w:szCs w:val="21"/>` +
		`<w:lang w:val="` + lang + `" w:eastAsia="` + lang + `" w:bidi="ar-SA"/>` +
		`</w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="288" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`)

	para := func(id, name, based, next, pPr, rPr string) {
		b.WriteString(`<w:style w:type="paragraph"`)
		if id == "Normal" {
			b.WriteString(` w:default="1"`)
		}
		b.WriteString(` w:styleId="` + id + `"><w:name w:val="` + name + `"/>`)
		if based != "" {
			b.WriteString(`<w:basedOn w:val="` + based + `"/>`)
		}
		if next != "" {
			b.WriteString(`<w:next w:val="` + next + `"/>`)
		}
		b.WriteString(`<w:qFormat/>`)
		if pPr != "" {
			b.WriteString(`<w:pPr>` + pPr + `</w:pPr>`)
		}
		if rPr != "" {
			b.WriteString(`<w:rPr>` + rPr + `</w:rPr>`)
		}
		b.WriteString(`</w:style>`)
	}
	char := func(id, name, rPr string) {
		b.WriteString(`<w:style w:type="character" w:styleId="` + id + `"><w:name w:val="` + name + `"/>` +
			`<w:basedOn w:val="DefaultParagraphFont"/><w:rPr>` + rPr + `</w:rPr></w:style>`)
	}
	color := func(c string) string { return `<w:color w:val="` + c + `"/>` }
	size := func(halfPoints int) string {
		s := strconv.Itoa(halfPoints)
		return `<w:sz w:val="` + s + `"/><w:szCs w:val="` + s + `"/>`
	}

	para("Normal", "Normal", "", "", "", "")
	b.WriteString(`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`)
	b.WriteString(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
		`<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	b.WriteString(`<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`)

	para("Title", "Title", "Normal", "Normal", `<w:keepNext/><w:spacing w:before="0" w:after="240" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="9"/>`,
		`<w:b/><w:bCs/>`+color(docxHeadingColor)+`<w:kern w:val="28"/>`+size(52))
	para("Subtitle", "Subtitle", "Normal", "Normal", `<w:spacing w:before="1800" w:after="240"/>`, color(docxHeadingColor)+size(30))
	headingSizes := []int{32, 26, 23}
	before := []int{360, 280, 220}
	for i, sz := range headingSizes {
		n := strconv.Itoa(i + 1)
		para("Heading"+n, "heading "+n, "Normal", "Normal",
			`<w:keepNext/><w:keepLines/><w:spacing w:before="`+strconv.Itoa(before[i])+`" w:after="120"/><w:outlineLvl w:val="`+strconv.Itoa(i)+`"/>`,
			`<w:b/><w:bCs/>`+color(docxHeadingColor)+size(sz))
	}
	// Word bases "TOC Heading" on "heading 1"; here it is based on Normal
	// so that readers which follow the style chain (pandoc) do not take the
	// contents' heading for a section.
	para("TOCHeading", "TOC Heading", "Normal", "Normal", `<w:keepNext/><w:spacing w:before="0" w:after="240"/><w:outlineLvl w:val="9"/>`,
		`<w:b/><w:bCs/>`+color(docxHeadingColor)+size(32))
	for i := 1; i <= 3; i++ {
		n := strconv.Itoa(i)
		para("TOC"+n, "toc "+n, "Normal", "Normal",
			`<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="`+strconv.Itoa(docxTextW)+`"/></w:tabs><w:spacing w:after="60"/><w:ind w:left="`+strconv.Itoa((i-1)*220)+`"/>`, "")
	}
	para("ListParagraph", "List Paragraph", "Normal", "", `<w:spacing w:after="60"/><w:ind w:left="720"/><w:contextualSpacing/>`, "")
	para("ListBullet", "List Bullet", "Normal", "",
		`<w:numPr><w:numId w:val="`+strconv.Itoa(docxBulletNum)+`"/></w:numPr><w:spacing w:after="60"/><w:contextualSpacing/>`, "")
	para("ListNumber", "List Number", "Normal", "",
		`<w:numPr><w:numId w:val="`+strconv.Itoa(docxOrderedNum)+`"/></w:numPr><w:spacing w:after="60"/><w:contextualSpacing/>`, "")
	para("Quote", "Quote", "Normal", "Normal", `<w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="`+docxRuleColor+`"/></w:pBdr><w:ind w:left="567"/>`,
		`<w:i/><w:iCs/>`+color(docxMutedColor))
	para("SourceCode", "Source Code", "Normal", "", `<w:spacing w:after="120" w:line="240" w:lineRule="auto"/><w:ind w:left="284"/>`,
		`<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>`+size(18))
	para("TableText", "Table Text", "Normal", "", `<w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/>`, size(19))
	para("Header", "header", "Normal", "", `<w:tabs><w:tab w:val="right" w:pos="`+strconv.Itoa(docxTextW)+`"/></w:tabs><w:spacing w:after="0"/>`,
		color(docxMutedColor)+size(17))
	para("Footer", "footer", "Normal", "", `<w:tabs><w:tab w:val="right" w:pos="`+strconv.Itoa(docxTextW)+`"/></w:tabs><w:spacing w:after="0"/>`,
		color(docxMutedColor)+size(17))
	para("Facts", "Title Page Facts", "Normal", "", `<w:tabs><w:tab w:val="left" w:pos="2552"/></w:tabs><w:spacing w:after="60"/><w:ind w:left="2552" w:hanging="2552"/>`, "")
	char("Hyperlink", "Hyperlink", `<w:color w:val="0B5CAD"/><w:u w:val="single"/>`)
	char("SourceCodeChar", "Source Code Char", `<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>`+size(19))

	border := func(side string) string {
		return `<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="` + docxRuleColor + `"/>`
	}
	b.WriteString(`<w:style w:type="table" w:styleId="KotoutusTable"><w:name w:val="Kotoutus Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>` +
		`<w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr>` + size(19) + `</w:rPr>` +
		`<w:tblPr><w:tblBorders>` + border("top") + border("left") + border("bottom") + border("right") + border("insideH") + border("insideV") + `</w:tblBorders>` +
		`<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
		`<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tblPr/><w:trPr><w:tblHeader/></w:trPr>` +
		`<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="` + docxHeaderFill + `"/></w:tcPr></w:tblStylePr></w:style>`)
	b.WriteString(`</w:styles>`)
	return b.String()
}

// docxSettings writes settings.xml: update fields (the contents and page
// numbers) when Word opens the file, no automatic hyphenation, and the
// document's language.
func docxSettings(lang string) string {
	return xmlHeader + `<w:settings xmlns:w="` + nsW + `" xmlns:r="` + nsR + `">` +
		`<w:zoom w:percent="100"/><w:defaultTabStop w:val="708"/><w:autoHyphenation w:val="false"/>` +
		`<w:characterSpacingControl w:val="doNotCompress"/><w:updateFields w:val="true"/>` +
		`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
		`<w:themeFontLang w:val="` + lang + `"/></w:settings>`
}

// numbering writes numbering.xml: the bullet list, the ordered list and an
// instance of the ordered list for every ordered list of the document,
// restarting at its first number.
func (r *docxRenderer) numbering() []byte {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:numbering xmlns:w="` + nsW + `" xmlns:r="` + nsR + `">`)
	bullets := []string{"•", "–", "▪"}
	abstract := func(id int, ordered bool) {
		b.WriteString(`<w:abstractNum w:abstractNumId="` + strconv.Itoa(id) + `"><w:multiLevelType w:val="hybridMultilevel"/>`)
		for l := 0; l <= docxMaxListLevel; l++ {
			ls := strconv.Itoa(l)
			b.WriteString(`<w:lvl w:ilvl="` + ls + `"><w:start w:val="1"/>`)
			if ordered {
				b.WriteString(`<w:numFmt w:val="decimal"/><w:lvlText w:val="%` + strconv.Itoa(l+1) + `."/>`)
			} else {
				b.WriteString(`<w:numFmt w:val="bullet"/><w:lvlText w:val="` + bullets[l%len(bullets)] + `"/>`)
			}
			left := (l + 1) * docxListIndent
			b.WriteString(`<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="` + strconv.Itoa(left) + `" w:hanging="` + strconv.Itoa(docxListIndent-113) + `"/></w:pPr>`)
			if !ordered {
				b.WriteString(`<w:rPr><w:rFonts w:ascii="` + docxFont + `" w:hAnsi="` + docxFont + `"/></w:rPr>`)
			}
			b.WriteString(`</w:lvl>`)
		}
		b.WriteString(`</w:abstractNum>`)
	}
	abstract(0, false)
	abstract(1, true)
	b.WriteString(`<w:num w:numId="` + strconv.Itoa(docxBulletNum) + `"><w:abstractNumId w:val="0"/></w:num>`)
	b.WriteString(`<w:num w:numId="` + strconv.Itoa(docxOrderedNum) + `"><w:abstractNumId w:val="1"/></w:num>`)
	for i, o := range r.ordered {
		b.WriteString(`<w:num w:numId="` + strconv.Itoa(docxFirstOrderedNum+i) + `"><w:abstractNumId w:val="1"/>` +
			`<w:lvlOverride w:ilvl="` + strconv.Itoa(o.level) + `"><w:startOverride w:val="` + strconv.Itoa(o.start) + `"/></w:lvlOverride></w:num>`)
	}
	b.WriteString(`</w:numbering>`)
	return []byte(b.String())
}
