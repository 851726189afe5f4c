package export

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"fi.kotoutus/kotoutus/programme"
)

func init() {
	register(Format{
		ID: "xlsx", Aliases: []string{"excel"}, Ext: ".xlsx",
		NameKey: "export.format.xlsx", MIME: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Order: 50,
	}, renderXLSXDocument)
}

// maxCellRunes is the most text a spreadsheet cell holds (Excel's limit).
const maxCellRunes = 32767

// xlsxCell is one value of a sheet: text, a number, or a date shown at
// the precision it was entered with.
type xlsxCell struct {
	text   string
	number *float64
	date   time.Time
	// dateFmt is the number format of a date: "yyyy", "m/yyyy" or "d.m.yyyy".
	dateFmt string
}

func textCell(s string) xlsxCell { return xlsxCell{text: s} }

func numberCell(f float64) xlsxCell { return xlsxCell{number: &f} }

// valueCell writes a value as a number when it is one and as typed
// otherwise.
func valueCell(v programme.Value) xlsxCell {
	if v.Number != nil {
		return numberCell(*v.Number)
	}
	return textCell(v.String())
}

// dateCell writes a schedule date; end dates stand for the last day they
// cover, so that filtering by date finds "12/2027" in December.
func dateCell(d programme.Date, end bool) xlsxCell {
	if d.IsZero() {
		return xlsxCell{}
	}
	t := d.Start()
	if end {
		t = d.End()
	}
	if t.IsZero() {
		return textCell(string(d))
	}
	f := "d.m.yyyy"
	switch len(d) {
	case 4:
		f = "yyyy"
	case 7:
		f = "m/yyyy"
	}
	return xlsxCell{date: t, dateFmt: f}
}

// xlsxSheet is one table of the workbook.
type xlsxSheet struct {
	name   string
	header []string
	rows   [][]xlsxCell
	// wide marks columns of long text, which wrap.
	wide []bool
}

// xlsxSheets builds the measures and indicators tables of the programme.
func (a *assembler) xlsxSheets() []xlsxSheet {
	tx := a.tx
	measures := xlsxSheet{
		name: tx.get("xlsx.sheet.measures"),
		header: []string{
			tx.get("xlsx.col.goalNumber"), tx.get("col.goal"), tx.get("col.measure"), tx.get("col.responsible"),
			tx.get("xlsx.col.partners"), tx.get("xlsx.col.start"), tx.get("xlsx.col.end"),
			tx.get("xlsx.col.resources"), tx.get("col.status"),
		},
		wide: []bool{false, true, true, true, true, false, false, true, false},
	}
	for i, g := range a.p.Goals {
		title := oneLine(g.Title)
		if title == "" {
			title = tx.get("goal.untitled")
		}
		for _, m := range g.Measures {
			measures.rows = append(measures.rows, []xlsxCell{
				numberCell(float64(i + 1)), textCell(title), textCell(oneLine(m.Title)), textCell(oneLine(m.Responsible)),
				textCell(oneLine(m.Partners)), dateCell(m.Start, false), dateCell(m.End, true),
				textCell(cellText(m.Resources)), textCell(a.measureStatus(m.Status)),
			})
		}
	}

	inds := a.p.Monitoring.Indicators
	var years []int
	for _, in := range inds {
		for _, ms := range in.Measurements {
			if ms.Year > 0 && !slices.Contains(years, ms.Year) {
				years = append(years, ms.Year)
			}
		}
	}
	slices.Sort(years)
	indicators := xlsxSheet{
		name: tx.get("xlsx.sheet.indicators"),
		header: []string{
			tx.get("col.indicator"), tx.get("col.goal"), tx.get("col.source"), tx.get("xlsx.col.unit"),
			tx.get("col.baseline"), tx.get("xlsx.col.baselineYear"), tx.get("col.target"), tx.get("xlsx.col.targetYear"),
			tx.get("col.frequency"), tx.get("xlsx.col.reporter"),
		},
		wide: []bool{true, true, true, false, false, false, false, false, true, true},
	}
	for _, y := range years {
		indicators.header = append(indicators.header, strconv.Itoa(y))
		indicators.wide = append(indicators.wide, false)
	}
	for _, in := range inds {
		row := []xlsxCell{
			textCell(oneLine(in.Name)), textCell(a.goalRefs(in.GoalIDs)), textCell(oneLine(in.Source)), textCell(oneLine(in.Unit)),
			valueCell(in.Baseline.Value), yearCell(in.Baseline.Year), valueCell(in.Target.Value), yearCell(in.Target.Year),
			textCell(oneLine(in.Frequency)), textCell(oneLine(in.Reporter)),
		}
		for _, y := range years {
			c := xlsxCell{}
			for _, ms := range in.Measurements {
				if ms.Year == y {
					c = valueCell(ms.Value)
				}
			}
			row = append(row, c)
		}
		indicators.rows = append(indicators.rows, row)
	}
	return []xlsxSheet{measures, indicators}
}

func yearCell(y int) xlsxCell {
	if y <= 0 {
		return xlsxCell{}
	}
	return numberCell(float64(y))
}

// cellText returns multi-line text for a cell: line breaks kept, other
// control characters dropped, at most maxCellRunes characters.
func cellText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.ReplaceAll(strings.TrimSpace(s), "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		if r != '\n' && unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	return truncateRunes(s)
}

func truncateRunes(s string) string {
	if utf8.RuneCountInString(s) <= maxCellRunes {
		return s
	}
	r := []rune(s)
	return string(r[:maxCellRunes-1]) + "…"
}

// renderXLSXDocument writes the programme's measures and indicators as a
// workbook for the finance office and the monitoring body: one sheet each,
// with a bold header row that stays in view, filters, column widths from
// the content, numbers and years as numbers and schedule dates as dates.
// Every text is stored as a text cell, so text that starts with = + - or @
// is never read as a formula.
func renderXLSXDocument(w io.Writer, d *document, _ Options, progress func(done, total int)) (Report, error) {
	if d.from == nil {
		return Report{}, fmt.Errorf("write xlsx: the document has no programme")
	}
	f := excelize.NewFile()
	defer f.Close()
	if err := writeXLSX(f, d, d.from.xlsxSheets()); err != nil {
		return Report{}, fmt.Errorf("write xlsx: %w", err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return Report{}, fmt.Errorf("write xlsx: %w", err)
	}
	progress(1, 1)
	return Report{}, nil
}

// xlsxStyles are the workbook's cell styles.
type xlsxStyles struct {
	header, text, wrap, number int
	dates                      map[string]int
}

func newXLSXStyles(f *excelize.File) (*xlsxStyles, error) {
	st := &xlsxStyles{dates: map[string]int{}}
	var err error
	top := &excelize.Alignment{Vertical: "top"}
	if st.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDE5EE"}},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
		Border:    []excelize.Border{{Type: "bottom", Color: "5A6570", Style: 1}},
	}); err != nil {
		return nil, err
	}
	if st.text, err = f.NewStyle(&excelize.Style{Alignment: top}); err != nil {
		return nil, err
	}
	if st.wrap, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}); err != nil {
		return nil, err
	}
	general := "General"
	if st.number, err = f.NewStyle(&excelize.Style{Alignment: top, CustomNumFmt: &general}); err != nil {
		return nil, err
	}
	for _, layout := range []string{"yyyy", "m/yyyy", "d.m.yyyy"} {
		fmtCode := layout
		id, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "right"}, CustomNumFmt: &fmtCode})
		if err != nil {
			return nil, err
		}
		st.dates[layout] = id
	}
	return st, nil
}

// writeXLSX fills the workbook with the sheets and the document's
// properties.
func writeXLSX(f *excelize.File, d *document, sheets []xlsxSheet) error {
	st, err := newXLSXStyles(f)
	if err != nil {
		return err
	}
	for i, sh := range sheets {
		name := sheetName(sh.name, i)
		if i == 0 {
			if err := f.SetSheetName(f.GetSheetName(0), name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(name); err != nil {
			return err
		}
		if err := writeSheet(f, name, sh, st); err != nil {
			return fmt.Errorf("sheet %s: %w", name, err)
		}
	}
	f.SetActiveSheet(0)
	return f.SetDocProps(&excelize.DocProperties{
		Title:    d.title,
		Subject:  d.subject,
		Creator:  d.author,
		Language: d.tx.lang,
	})
}

// sheetName makes a valid, unique sheet name: at most 31 characters, none
// of : \ / ? * [ ].
func sheetName(s string, i int) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '-'
		}
		return r
	}, oneLine(s))
	if r := []rune(s); len(r) > 31 {
		s = string(r[:31])
	}
	if s == "" {
		s = "Taulukko" + strconv.Itoa(i+1)
	}
	return s
}

func writeSheet(f *excelize.File, name string, sh xlsxSheet, st *xlsxStyles) error {
	wide := func(c int) bool { return c < len(sh.wide) && sh.wide[c] }
	widths := columnWidths(sh)
	for c, h := range sh.header {
		cell, _ := excelize.CoordinatesToCellName(c+1, 1)
		if err := f.SetCellStr(name, cell, truncateRunes(h)); err != nil {
			return err
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(sh.header), 1)
	if err := f.SetCellStyle(name, "A1", last, st.header); err != nil {
		return err
	}
	if err := f.SetRowHeight(name, 1, xlsxRowHeight(sh.header, widths)); err != nil {
		return err
	}
	for r, row := range sh.rows {
		var texts []string
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+2)
			style := st.text
			texts = append(texts, "")
			switch {
			case v.number != nil:
				if err := f.SetCellFloat(name, cell, *v.number, -1, 64); err != nil {
					return err
				}
				style = st.number
			case !v.date.IsZero():
				if err := f.SetCellFloat(name, cell, excelSerial(v.date), -1, 64); err != nil {
					return err
				}
				style = st.dates[v.dateFmt]
			case v.text != "":
				if err := f.SetCellStr(name, cell, v.text); err != nil {
					return err
				}
				if wide(c) {
					style = st.wrap
					texts[c] = v.text
				}
			default:
				continue
			}
			if err := f.SetCellStyle(name, cell, cell, style); err != nil {
				return err
			}
		}
		// Spreadsheet programs do not all size rows of wrapped text when
		// they open a file; give each row the lines it needs.
		if err := f.SetRowHeight(name, r+2, xlsxRowHeight(texts, widths)); err != nil {
			return err
		}
	}
	for c, w := range widths {
		col, _ := excelize.ColumnNumberToName(c + 1)
		if err := f.SetColWidth(name, col, col, w); err != nil {
			return err
		}
	}
	end, _ := excelize.CoordinatesToCellName(len(sh.header), len(sh.rows)+1)
	if err := f.AutoFilter(name, "A1:"+end, nil); err != nil {
		return err
	}
	if err := f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	// Printed: landscape A4, as wide as the page, the header on every page.
	landscape, a4, one, any := "landscape", 9, 1, 0
	if err := f.SetPageLayout(name, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &one, FitToHeight: &any}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'" + name + "'!$1:$1", Scope: name})
}

// columnWidths sizes the columns from their content, in characters: at
// least 8, at most 14 for short values and 50 for wrapped text.
func columnWidths(sh xlsxSheet) []float64 {
	widths := make([]float64, len(sh.header))
	for c, h := range sh.header {
		limit := 14.0
		if c < len(sh.wide) && sh.wide[c] {
			limit = 50
		}
		n := 0
		for _, word := range strings.Fields(h) {
			n = max(n, utf8.RuneCountInString(word))
		}
		for _, row := range sh.rows {
			if c >= len(row) {
				continue
			}
			switch v := row[c]; {
			case v.number != nil:
				n = max(n, len(strconv.FormatFloat(*v.number, 'f', -1, 64)))
			case !v.date.IsZero():
				n = max(n, len(v.dateFmt)+2)
			default:
				for line := range strings.SplitSeq(v.text, "\n") {
					n = max(n, utf8.RuneCountInString(line))
				}
			}
		}
		widths[c] = min(max(float64(n)+2, 8), limit)
	}
	return widths
}

// xlsxRowHeight returns the height in points of a row whose wrapped texts
// need the most lines at the given column widths.
func xlsxRowHeight(texts []string, widths []float64) float64 {
	lines := 1
	for c, s := range texts {
		if s == "" || c >= len(widths) {
			continue
		}
		per := max(int(widths[c])-1, 1)
		n := 0
		for line := range strings.SplitSeq(s, "\n") {
			n += max(1, (utf8.RuneCountInString(line)+per-1)/per)
		}
		lines = max(lines, n)
	}
	return min(15*float64(lines), 409)
}

// excelSerial returns a date as a spreadsheet's day number (1900 system).
func excelSerial(t time.Time) float64 {
	epoch := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	y, m, d := t.Date()
	return float64(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Sub(epoch) / (24 * time.Hour))
}
