package cli

import (
	"errors"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"fi.kotoutus/kotoutus/export"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

// reportFormats are the formats the follow-up report is written in.
var reportFormats = []string{"pdf", "md", "docx"}

// cmdReport writes the follow-up report of one year for the council:
// kotoutus report --programme ID --year N [--format pdf|md|docx]
// [--out FILE|FOLDER|-] [--lang fi|sv|en]. Without --out the file goes to
// the current folder under its suggested name; the format comes from
// --format, else from the file's extension, else PDF.
func cmdReport(c *cli, args []string) error {
	fl := newProgrammeFlags("report")
	yearText := fl.String("year", "", "")
	format := fl.String("format", "", "")
	out := fl.String("out", "", "")
	docLang := fl.String("lang", "", "") // "": the programme's main language
	id, err := fl.parse(args)
	if err != nil {
		return err
	}
	if *docLang != "" && !supported(*docLang) {
		return usageError{i18n.L("cli.badLang", map[string]any{"Lang": *docLang, "Allowed": strings.Join(i18n.Languages, ", ")})}
	}
	year, err := strconv.Atoi(strings.TrimSpace(*yearText))
	if err != nil || year < 1900 || year > 2200 {
		return usageError{i18n.L("clireport.needYear")}
	}
	dir := *out != "" && isDir(*out)
	f, err := reportFormat(*format, *out, dir)
	if err != nil {
		return err
	}
	if !f.Text && *out == "-" {
		return usageError{i18n.L("cliexport.binaryToStdout", map[string]any{"Format": strings.ToUpper(f.ID)})}
	}
	s, p, tpl, err := c.loadProgramme(id)
	if err != nil {
		return err
	}
	s.Close() // the report needs no lock on the database
	if p.Followup.RoundOf(year) == nil {
		return i18n.Message{Text: i18n.L("clireport.noRound", map[string]any{"Year": year, "Years": roundYears(p.Followup.Rounds)})}
	}
	path := *out
	if path == "" || dir {
		path = filepath.Join(*out, export.FileName(p, "seurantaraportti-"+strconv.Itoa(year), f.Ext))
	}
	err = c.writeDocument(path, f, func(w io.Writer) (export.Report, error) {
		return export.WriteReport(w, f.ID, p, tpl, year, export.Options{Language: *docLang, Creator: "Kotoutus " + Version}, nil)
	})
	if errors.Is(err, export.ErrNoRound) {
		return i18n.Message{Text: i18n.L("clireport.noRound", map[string]any{"Year": year, "Years": roundYears(p.Followup.Rounds)})}
	}
	return err
}

// reportFormat is exportFormat for the report's formats, PDF by default.
func reportFormat(format, out string, dir bool) (export.Format, error) {
	name := format
	if name == "" {
		switch f, ok := export.FormatOfFile(out); {
		case out == "-":
			name = "md"
		case ok && !dir:
			name = f.ID
		default:
			name = "pdf"
		}
	}
	for _, id := range reportFormats {
		if f, ok := export.LookupFormat(name); ok && f.ID == id {
			return f, nil
		}
	}
	return export.Format{}, usageError{i18n.L("cli.badFormat", map[string]any{"Format": name, "Allowed": strings.Join(reportFormats, ", ")})}
}

// roundYears lists the years that have a round, for messages.
func roundYears(rounds []programme.Round) string {
	if len(rounds) == 0 {
		return i18n.L("clireport.noRounds")
	}
	years := make([]string, len(rounds))
	for i, r := range rounds {
		years[i] = strconv.Itoa(r.Year)
	}
	return strings.Join(years, ", ")
}
