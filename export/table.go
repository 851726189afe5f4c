package export

import "strings"

// mdTable is a GitHub table built from plain text; every cell is escaped
// when it is written.
type mdTable struct {
	header []string
	// right marks columns of figures, aligned right.
	right []bool
	rows  [][]string
	// total is an optional last row written in bold (a sum row).
	total []string
}

// addRow appends a row of plain text cells.
func (t *mdTable) addRow(cells ...string) { t.rows = append(t.rows, cells) }

// String writes the table as Markdown.
func (t *mdTable) String() string {
	var b strings.Builder
	writeRow := func(cells []string, bold bool) {
		b.WriteString("|")
		for i := range t.header {
			c := ""
			if i < len(cells) {
				c = cell(cells[i])
			}
			if bold && c != "" {
				c = "**" + c + "**"
			}
			b.WriteString(" " + c + " |")
		}
		b.WriteString("\n")
	}
	writeRow(t.header, false)
	b.WriteString("|")
	for i := range t.header {
		if i < len(t.right) && t.right[i] {
			b.WriteString(" ---: |")
		} else {
			b.WriteString(" --- |")
		}
	}
	b.WriteString("\n")
	for _, r := range t.rows {
		writeRow(r, false)
	}
	if t.total != nil {
		writeRow(t.total, true)
	}
	return strings.TrimSuffix(b.String(), "\n")
}
