package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

// cmdCheck reviews the programme with the checker and prints its findings;
// it fails (exit 1) when any is an error, so a script can stop there.
func cmdCheck(c *cli, args []string) error {
	id, asJSON, err := reportFlags("check", args)
	if err != nil {
		return err
	}
	s, p, tpl, err := c.loadProgramme(id)
	if err != nil {
		return err
	}
	defer s.Close()
	findings := p.Check(tpl)
	counts := programme.CountFindings(findings)
	if asJSON {
		err = writeCheckJSON(c.stdout, p, tpl, findings, counts)
	} else {
		err = writeCheckText(c.stdout, tpl, findings, counts)
	}
	if err != nil {
		return err
	}
	if counts.Errors > 0 {
		return i18n.Message{Text: i18n.L("check.failed", map[string]any{"Count": counts.Errors})}
	}
	return nil
}

// checkJSON is the checker's result for scripts.
type checkJSON struct {
	Programme string             `json:"programme"`
	Template  string             `json:"template"`
	Counts    programme.Counts   `json:"counts"`
	Findings  []checkFindingJSON `json:"findings"`
}

type checkFindingJSON struct {
	programme.Finding
	Text string `json:"text"`
}

func writeCheckJSON(w io.Writer, p *programme.Programme, tpl *checklist.Template, fs []programme.Finding, c programme.Counts) error {
	out := checkJSON{Programme: p.ID, Template: tpl.ID, Counts: c, Findings: []checkFindingJSON{}}
	for _, f := range fs {
		out.Findings = append(out.Findings, checkFindingJSON{Finding: f, Text: i18n.FindingText(f)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func writeCheckText(w io.Writer, tpl *checklist.Template, fs []programme.Finding, c programme.Counts) error {
	var b strings.Builder
	fmt.Fprintln(&b, i18n.CountsText(c))
	step := "\x00"
	for _, f := range fs {
		if f.Step != step {
			step = f.Step
			if s, ok := tpl.Step(step); ok {
				fmt.Fprintf(&b, "\n%d. %s\n", s.Number, s.Title.In(i18n.Language()))
			} else {
				fmt.Fprintf(&b, "\n%s\n", i18n.L("check.wholeProgramme"))
			}
		}
		fmt.Fprintf(&b, "  [%s] %s\n", i18n.SeverityLabel(f.Severity), i18n.FindingText(f))
		if src := i18n.SourceText(f); src != "" {
			fmt.Fprintf(&b, "      %s\n", src)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
