package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"fi.kotoutus/kotoutus/internal/i18n"

	"fi.kotoutus/kotoutus/programme"
)

// cmdImportMD reads a Markdown document into a programme's drafts:
// kotoutus import-md FILE --programme ID [--replace]. Flags may come before
// or after FILE. Drafts that already have text are replaced only with
// --replace; without it nothing changes and the command says what would.
func cmdImportMD(c *cli, args []string) error {
	fl := flag.NewFlagSet("import-md", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	id := fl.String("programme", "", "")
	replace := fl.Bool("replace", false, "")
	files, err := parseInterspersed(fl, args)
	if err != nil {
		return usageError{i18n.L("cli.badFlags", map[string]any{"Err": err.Error()})}
	}
	switch {
	case len(files) != 1:
		return usageError{i18n.L("import.cliOneFile")}
	case *id == "":
		return usageError{i18n.L("import.cliNeedProgramme")}
	}
	path := files[0]

	data, err := readImportFile(path)
	if err != nil {
		return err
	}
	s, p, tpl, err := c.loadForWriting(*id)
	if err != nil {
		return err
	}
	defer s.Close()
	plan, err := programme.PlanImport(p, tpl, data, i18n.ImportOptions())
	if err != nil {
		return i18n.Message{Text: i18n.DescribeImport(err), Err: err}
	}

	fmt.Fprintln(c.stdout, i18n.L("import.cliPlan", map[string]any{"File": path, "Parts": len(plan.Entries)}))
	for _, line := range i18n.ImportPlanLines(plan) {
		fmt.Fprintln(c.stdout, "  "+line)
	}
	if n := plan.Replacing(); n > 0 && !*replace {
		var names []string
		for _, e := range plan.Entries {
			if e.Replaces && !e.Skip {
				names = append(names, e.Title)
			}
		}
		return i18n.Message{Text: i18n.L("import.cliWouldReplace", map[string]any{"Count": n, "Names": strings.Join(names, ", ")})}
	}
	n := plan.Apply(p)
	if err := s.Save(p); err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, i18n.L("import.cliDone", map[string]any{"Count": n, "Name": p.Municipality(), "Title": p.Title}))
	return nil
}

// readImportFile reads at most one byte past the import limit, so a huge
// file is refused without being read whole.
func readImportFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, i18n.Message{Text: i18n.L("import.cliCannotRead", map[string]any{"Path": path}), Err: err}
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, i18n.Message{Text: i18n.L("import.cliIsDir", map[string]any{"Path": path})}
	}
	data, err := io.ReadAll(io.LimitReader(f, programme.MaxImportFileBytes+1))
	if err != nil {
		return nil, i18n.Message{Text: i18n.L("import.cliCannotRead", map[string]any{"Path": path}), Err: err}
	}
	return data, nil
}
