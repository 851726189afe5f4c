package programme

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Indicator values can be brought in from CSV files instead of retyped: a
// table downloaded from Statistics Finland's PxWeb service (the
// Kotoutumisen indikaattorit and Kototietokanta tables are PxWeb tables),
// or a simple file of indicator; year; value rows. ReadCSV only reads the
// file; Plan and PlanGeneric show what would be stored, and Apply stores it.
// A file that cannot be read changes nothing.
//
// PxWeb's CSV, as saved from its table view, has a title line, a header row
// with the variable names and the years, and a row per combination of the
// other variables (municipality, language …), with semicolons or commas
// between cells, decimal commas or points, and "." or ".." where a figure
// is missing. The pivoted form, years down and municipalities across, reads
// too. Files are UTF-8 (with or without a byte-order mark) or, as older
// PxWeb downloads and Excel save them, Windows-1252.

// CSVFormat is the kind of CSV file read.
type CSVFormat string

// The CSV formats.
const (
	CSVPxWeb   CSVFormat = "pxweb"
	CSVGeneric CSVFormat = "generic"
)

// The reasons a CSV file is refused; the error may be a *CSVError naming
// the line.
var (
	// ErrCSVTooLarge means the file is over MaxCSVBytes, or has more rows,
	// columns or a longer cell than the CSV limits allow.
	ErrCSVTooLarge = errors.New("CSV file exceeds a limit")
	// ErrCSVBinary means the file is not text.
	ErrCSVBinary = errors.New("CSV file is not a text file")
	// ErrCSVEncoding means the text is neither UTF-8 nor Windows-1252
	// (UTF-16, for example).
	ErrCSVEncoding = errors.New("CSV file is not UTF-8 or Windows-1252 text")
	// ErrCSVMalformed means the rows cannot be read as CSV (a broken quote,
	// rows of different lengths).
	ErrCSVMalformed = errors.New("CSV file is malformed")
	// ErrCSVEmpty means the file has no header row and data.
	ErrCSVEmpty = errors.New("CSV file has no data")
	// ErrCSVNoYears means no column or first-column values are years.
	ErrCSVNoYears = errors.New("CSV file has no years")
	// ErrCSVNoLabels means the file has years but no column naming the
	// municipality (or other variable) of each row.
	ErrCSVNoLabels = errors.New("CSV file has no column naming the municipality")
	// ErrCSVNothing means no value of the file could be stored.
	ErrCSVNothing = errors.New("CSV file has no value to store")
)

// CSVError locates a refused file's problem on a line (from 1).
type CSVError struct {
	Line int
	Err  error
}

func (e *CSVError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns the reason.
func (e *CSVError) Unwrap() error { return e.Err }

// CSVCell is one year's figure of a series as the file has it.
type CSVCell struct {
	Year int
	// Raw is the cell as written; Value its number when it is one.
	Raw   string
	Value Value
	// Missing marks PxWeb's "." and ".." (and empty cells).
	Missing bool
}

// CSVSeries is one row of a PxWeb table (one municipality, language …) or,
// in the pivoted form, one column.
type CSVSeries struct {
	// Label joins the row's variable values, e.g. "Akaa / Vieraskieliset".
	Label string
	Cells []CSVCell
}

// GenericRow is one row of the generic format.
type GenericRow struct {
	Line      int
	Indicator string
	Year      int
	Raw       string
	Value     Value
	Source    string
}

// CSVTable is a CSV file as read.
type CSVTable struct {
	Format CSVFormat
	// Title is PxWeb's title line, if any: the table's name, which is the
	// default source.
	Title string
	// Encoding is "UTF-8" or "Windows-1252".
	Encoding  string
	Delimiter rune
	// Labels names the variable columns ("Alue", "Kieli"); YearsDown tells
	// the pivoted form, with a series per column.
	Labels    []string
	YearsDown bool
	Series    []CSVSeries
	Generic   []GenericRow
}

// ReadCSV reads an indicator CSV file from r, refusing what is over the
// limits, not text, malformed, or has no years or no labels.
func ReadCSV(r io.Reader) (*CSVTable, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxCSVBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read CSV: %w", err)
	}
	if len(data) > MaxCSVBytes {
		return nil, fmt.Errorf("over %d bytes: %w", MaxCSVBytes, ErrCSVTooLarge)
	}
	text, enc, err := csvText(data)
	if err != nil {
		return nil, err
	}
	recs, err := csvRecords(text)
	if err != nil {
		return nil, err
	}
	t := &CSVTable{Encoding: enc, Delimiter: recs.delim}
	if err := t.fill(recs); err != nil {
		return nil, err
	}
	return t, nil
}

// csvText decodes the file: UTF-8 with or without a byte-order mark, else
// Windows-1252; UTF-16 and binary files are refused.
func csvText(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return "", "", fmt.Errorf("UTF-16: %w", ErrCSVEncoding)
	case bytes.IndexByte(data, 0) >= 0:
		return "", "", ErrCSVBinary
	}
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	enc := "UTF-8"
	text := string(data)
	if !utf8.Valid(data) {
		var ok bool
		if text, ok = decode1252(data); !ok {
			return "", "", ErrCSVEncoding
		}
		enc = "Windows-1252"
	}
	for _, r := range text {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7F {
			return "", "", ErrCSVBinary
		}
	}
	return text, enc, nil
}

// win1252 maps the bytes 0x80–0x9F of Windows-1252; 0 marks the five bytes
// it leaves undefined, which no Windows-1252 text has.
var win1252 = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

func decode1252(data []byte) (string, bool) {
	var b strings.Builder
	b.Grow(len(data) + len(data)/4)
	for _, c := range data {
		switch {
		case c < 0x80 || c >= 0xA0:
			b.WriteRune(rune(c))
		case win1252[c-0x80] == 0:
			return "", false
		default:
			b.WriteRune(win1252[c-0x80])
		}
	}
	return b.String(), true
}

type csvRecs struct {
	delim rune
	rows  [][]string
	lines []int
}

// csvRecords splits the text into trimmed cells, guessing the delimiter
// from the first line that has one outside quotes.
func csvRecords(text string) (csvRecs, error) {
	out := csvRecs{delim: guessDelimiter(text)}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = out.delim
	r.FieldsPerRecord = -1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.Line
			}
			return out, &CSVError{Line: line, Err: fmt.Errorf("%w (%v)", ErrCSVMalformed, err)}
		}
		line, _ := r.FieldPos(0)
		switch {
		case len(out.rows) >= MaxCSVRows:
			return out, &CSVError{Line: line, Err: fmt.Errorf("over %d rows: %w", MaxCSVRows, ErrCSVTooLarge)}
		case len(rec) > MaxCSVColumns:
			return out, &CSVError{Line: line, Err: fmt.Errorf("over %d columns: %w", MaxCSVColumns, ErrCSVTooLarge)}
		}
		for i, c := range rec {
			if len(c) > MaxCSVCellBytes {
				return out, &CSVError{Line: line, Err: fmt.Errorf("cell over %d bytes: %w", MaxCSVCellBytes, ErrCSVTooLarge)}
			}
			rec[i] = strings.TrimSpace(c)
		}
		out.rows = append(out.rows, rec)
		out.lines = append(out.lines, line)
	}
	return out, nil
}

func guessDelimiter(text string) rune {
	for _, line := range strings.SplitN(text, "\n", 20) {
		counts := map[rune]int{}
		quoted := false
		for _, c := range line {
			switch {
			case c == '"':
				quoted = !quoted
			case !quoted && (c == ';' || c == ',' || c == '\t'):
				counts[c]++
			}
		}
		best, n := rune(0), 0
		for _, c := range []rune{';', '\t', ','} {
			if counts[c] > n {
				best, n = c, counts[c]
			}
		}
		if n > 0 {
			return best
		}
	}
	return ';'
}

func filled(rec []string) int {
	n := 0
	for _, c := range rec {
		if c != "" {
			n++
		}
	}
	return n
}

var (
	headerYear = regexp.MustCompile(`^(\d{4})(?:\s|$)`)
	plainYear  = regexp.MustCompile(`^\d{4}$`)
	csvNumber  = regexp.MustCompile(`^-?\d[\d \x{00a0}\x{202f}]*(?:[.,]\d+)?\s?%?$`)
)

// cellYear reads a header cell or first cell as a year.
func cellYear(s string, re *regexp.Regexp) (int, bool) {
	m := re.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	y, _ := strconv.Atoi(m[len(m)-1][:4])
	return y, yearInRange(y)
}

// csvCell reads a figure. Only a plain number is a number: a cell that
// starts with =, +, @ or a minus sign not followed by digits is text, never
// a formula, and so are NaN, Inf and hexadecimal notation.
func csvCell(year int, raw string) CSVCell {
	c := CSVCell{Year: year, Raw: raw}
	switch raw {
	case "", ".", "..", "...", "…", "-":
		c.Missing = true
		return c
	}
	if csvNumber.MatchString(raw) {
		if f, err := ParseNumber(raw); err == nil {
			c.Value = Value{Number: &f, Text: raw}
		}
	}
	return c
}

var genericNames = [][]string{
	{"indicator", "mittari", "indikaattori"},
	{"year", "vuosi"},
	{"value", "arvo"},
	{"source", "lähde"},
}

// isGenericHeader tells whether the header is indicator; year; value with
// an optional source, in English or Finnish.
func isGenericHeader(h []string) bool {
	if len(h) < 3 || len(h) > 4 {
		return false
	}
	for i, c := range h {
		found := false
		for _, n := range genericNames[i] {
			if strings.EqualFold(c, n) {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (t *CSVTable) fill(recs csvRecs) error {
	// Title lines come first, each with one cell; then the header.
	i := 0
	for ; i < len(recs.rows) && filled(recs.rows[i]) < 2; i++ {
		if c := strings.Join(recs.rows[i], " "); t.Title == "" && strings.TrimSpace(c) != "" {
			t.Title = strings.TrimSpace(c)
		}
	}
	if i >= len(recs.rows) {
		return ErrCSVEmpty
	}
	header, hline := recs.rows[i], recs.lines[i]
	var data [][]string
	var lines []int
	for j := i + 1; j < len(recs.rows); j++ {
		if filled(recs.rows[j]) < 2 {
			if len(data) > 0 {
				break // footnotes after the table
			}
			continue
		}
		if len(recs.rows[j]) != len(header) {
			return &CSVError{Line: recs.lines[j], Err: fmt.Errorf("%d cells, header has %d: %w", len(recs.rows[j]), len(header), ErrCSVMalformed)}
		}
		data = append(data, recs.rows[j])
		lines = append(lines, recs.lines[j])
	}
	if len(data) == 0 {
		return &CSVError{Line: hline, Err: ErrCSVEmpty}
	}
	if isGenericHeader(header) {
		return t.fillGeneric(data, lines)
	}
	t.Format = CSVPxWeb
	var yearCols, labelCols []int
	years := map[int]int{}
	for c, h := range header {
		if y, ok := cellYear(h, headerYear); ok {
			yearCols = append(yearCols, c)
			years[c] = y
		} else {
			labelCols = append(labelCols, c)
		}
	}
	if len(yearCols) > 0 {
		if len(labelCols) == 0 {
			return &CSVError{Line: hline, Err: ErrCSVNoLabels}
		}
		for _, c := range labelCols {
			t.Labels = append(t.Labels, header[c])
		}
		for _, row := range data {
			var parts []string
			for _, c := range labelCols {
				if row[c] != "" {
					parts = append(parts, row[c])
				}
			}
			s := CSVSeries{Label: strings.Join(parts, " / ")}
			for _, c := range yearCols {
				s.Cells = append(s.Cells, csvCell(years[c], row[c]))
			}
			t.Series = append(t.Series, s)
		}
		return nil
	}
	// Pivoted: years down the first column, a series per other column.
	for k, row := range data {
		if _, ok := cellYear(row[0], plainYear); !ok {
			return &CSVError{Line: lines[k], Err: ErrCSVNoYears}
		}
	}
	t.YearsDown = true
	t.Labels = []string{header[0]}
	for c := 1; c < len(header); c++ {
		if header[c] == "" {
			return &CSVError{Line: hline, Err: ErrCSVNoLabels}
		}
		s := CSVSeries{Label: header[c]}
		for _, row := range data {
			y, _ := cellYear(row[0], plainYear)
			s.Cells = append(s.Cells, csvCell(y, row[c]))
		}
		t.Series = append(t.Series, s)
	}
	return nil
}

func (t *CSVTable) fillGeneric(data [][]string, lines []int) error {
	t.Format = CSVGeneric
	for k, row := range data {
		y, ok := cellYear(row[1], plainYear)
		if !ok {
			return &CSVError{Line: lines[k], Err: fmt.Errorf("year %q: %w", row[1], ErrBadYear)}
		}
		c := csvCell(y, row[2])
		g := GenericRow{Line: lines[k], Indicator: row[0], Year: y, Raw: row[2], Value: c.Value}
		if len(row) > 3 {
			g.Source = row[3]
		}
		t.Generic = append(t.Generic, g)
	}
	return nil
}

// CSVSkip tells why a planned value is not stored.
type CSVSkip string

// The reasons.
const (
	SkipNone    CSVSkip = ""
	SkipMissing CSVSkip = "missing"
	// SkipNotNumber is a cell that is not a plain number, such as text
	// or a formula.
	SkipNotNumber CSVSkip = "notNumber"
	// SkipClosed is a year whose follow-up round is closed.
	SkipClosed CSVSkip = "closed"
	// SkipUnknown is a generic row naming no indicator of the programme.
	SkipUnknown CSVSkip = "unknownIndicator"
	// SkipOutside is a year that is not a plausible year.
	SkipOutside CSVSkip = "badYear"
)

// CSVImportRow is one value an import would store, or skip and why.
type CSVImportRow struct {
	IndicatorID string
	// Indicator names the indicator (or, in a generic file, what the file
	// called it).
	Indicator string
	Year      int
	Raw       string
	Value     Value
	Source    string
	Skip      CSVSkip
	// ToRound tells the value goes to the year's open follow-up round
	// rather than the indicator's measurements; Replaces is the value it
	// replaces, if any.
	ToRound  bool
	Replaces string
}

// CSVImport is what an import will store, to preview and then Apply.
type CSVImport struct {
	Rows []CSVImportRow
	// Date is the day the values were retrieved, stored with round values.
	Date Date
}

// Count tells how many values the import stores.
func (imp *CSVImport) Count() int {
	n := 0
	for _, r := range imp.Rows {
		if r.Skip == SkipNone {
			n++
		}
	}
	return n
}

// Plan maps series s of a PxWeb table to indicator id with the source
// named (the table's title when empty), for previewing.
func (t *CSVTable) Plan(p *Programme, s int, indicatorID, source string, today Date) (*CSVImport, error) {
	if s < 0 || s >= len(t.Series) {
		return nil, fmt.Errorf("series %d: %w", s, ErrNoSuchRow)
	}
	ind := p.Monitoring.Indicator(indicatorID)
	if ind == nil {
		return nil, fmt.Errorf("indicator %s: %w", indicatorID, ErrNoSuchRow)
	}
	source = strings.TrimSpace(source)
	if source == "" {
		source = t.Title
	}
	if source == "" {
		source = "CSV"
	}
	imp := &CSVImport{Date: today}
	for _, c := range t.Series[s].Cells {
		imp.Rows = append(imp.Rows, p.planRow(ind, c.Year, c.Raw, c.Value, c.Missing, source))
	}
	return imp, imp.check()
}

// PlanGeneric maps a generic file's rows to the programme's indicators by
// ID or name (letter case aside), for previewing.
func (t *CSVTable) PlanGeneric(p *Programme, source string, today Date) (*CSVImport, error) {
	imp := &CSVImport{Date: today}
	for _, g := range t.Generic {
		src := strings.TrimSpace(g.Source)
		if src == "" {
			src = strings.TrimSpace(source)
		}
		ind := p.findIndicator(g.Indicator)
		if ind == nil {
			imp.Rows = append(imp.Rows, CSVImportRow{Indicator: g.Indicator, Year: g.Year, Raw: g.Raw, Value: g.Value, Source: src, Skip: SkipUnknown})
			continue
		}
		missing := csvCell(g.Year, g.Raw).Missing
		imp.Rows = append(imp.Rows, p.planRow(ind, g.Year, g.Raw, g.Value, missing, src))
	}
	return imp, imp.check()
}

func (imp *CSVImport) check() error {
	if imp.Count() == 0 {
		return ErrCSVNothing
	}
	return nil
}

func (p *Programme) findIndicator(name string) *Indicator {
	name = strings.TrimSpace(name)
	for i := range p.Monitoring.Indicators {
		ind := &p.Monitoring.Indicators[i]
		if ind.ID == name || strings.EqualFold(strings.TrimSpace(ind.Name), name) {
			return ind
		}
	}
	return nil
}

func (p *Programme) planRow(ind *Indicator, year int, raw string, v Value, missing bool, source string) CSVImportRow {
	row := CSVImportRow{IndicatorID: ind.ID, Indicator: ind.Name, Year: year, Raw: raw, Value: v, Source: source}
	r := p.Followup.RoundOf(year)
	switch {
	case !yearInRange(year):
		row.Skip = SkipOutside
	case missing:
		row.Skip = SkipMissing
	case v.Number == nil:
		row.Skip = SkipNotNumber
	case r != nil && r.Closed:
		row.Skip = SkipClosed
	case r != nil:
		row.ToRound = true
		row.Replaces = r.Value(ind.ID).Value.String()
	default:
		for _, m := range ind.Measurements {
			if m.Year == year {
				row.Replaces = m.Value.String()
			}
		}
	}
	return row
}

// Apply stores the planned values: into the year's open round where there
// is one, otherwise as the indicator's measurement of the year, each with
// its source. It checks every row first and changes nothing on error (an
// indicator deleted or a round closed since the plan was made).
func (imp *CSVImport) Apply(p *Programme) (int, error) {
	for _, row := range imp.Rows {
		if row.Skip != SkipNone {
			continue
		}
		if p.Monitoring.Indicator(row.IndicatorID) == nil {
			return 0, fmt.Errorf("import to indicator %s: %w", row.IndicatorID, ErrNoSuchRow)
		}
		if r := p.Followup.RoundOf(row.Year); r != nil && r.Closed {
			return 0, fmt.Errorf("import to %d: %w", row.Year, ErrRoundClosed)
		}
		if err := (Point{Value: row.Value, Year: row.Year}).Validate(); err != nil {
			return 0, fmt.Errorf("import %d: %w", row.Year, err)
		}
		if len(row.Source) > MaxFieldBytes {
			return 0, &LimitError{Limit: "MaxFieldBytes", Max: MaxFieldBytes, Where: "source"}
		}
	}
	n := 0
	for _, row := range imp.Rows {
		if row.Skip != SkipNone {
			continue
		}
		var err error
		if r := p.Followup.RoundOf(row.Year); r != nil {
			old := r.Value(row.IndicatorID)
			err = p.SetValue(r.ID, IndicatorValue{ID: row.IndicatorID, Value: row.Value, Source: row.Source, Date: imp.Date, Note: old.Note})
		} else {
			ind := p.Monitoring.Indicator(row.IndicatorID)
			m := Measurement{Year: row.Year, Value: row.Value, Source: row.Source}
			for _, old := range ind.Measurements {
				if old.Year == row.Year {
					m.Note = old.Note
				}
			}
			err = ind.SetMeasurement(m)
		}
		if err != nil { // checked above; cannot happen
			return n, fmt.Errorf("import %d: %w", row.Year, err)
		}
		n++
	}
	return n, nil
}
