package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/atomicfile"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/internal/i18n/locale"
	"fi.kotoutus/kotoutus/programme"
)

// today is the day status reports against; tests fix it.
var today = time.Now

// parseInterspersed parses flags that may come before or after the
// positional arguments ("import FILE --into ID"), which flag.Parse alone
// does not allow, and returns the positional ones.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func cmdStatus(c *cli, args []string) error {
	id, asJSON, err := reportFlags("status", args)
	if err != nil {
		return err
	}
	s, p, tpl, err := c.loadProgramme(id)
	if err != nil {
		return err
	}
	defer s.Close()
	o := p.Overview(tpl, today())
	if asJSON {
		return writeStatusJSON(c.stdout, o, tpl, i18n.Language())
	}
	return writeStatusText(c.stdout, o, tpl, i18n.Language())
}

// statusJSON is the overview for scripts: the overview's data with the
// step titles and finding texts in the interface language added.
type statusJSON struct {
	programme.Overview
	Steps []stepStatusJSON `json:"steps"`
}

type stepStatusJSON struct {
	programme.StepOverview
	Title    string        `json:"title"`
	Findings []findingJSON `json:"findings,omitempty"`
}

type findingJSON struct {
	programme.Finding
	Text string `json:"text"`
}

func writeStatusJSON(w io.Writer, o programme.Overview, tpl *checklist.Template, l string) error {
	out := statusJSON{Overview: o}
	for _, s := range o.Steps {
		step, _ := tpl.Step(s.ID)
		sj := stepStatusJSON{StepOverview: s, Title: step.Title.In(l)}
		for _, f := range s.Findings {
			sj.Findings = append(sj.Findings, findingJSON{Finding: f, Text: findingText(f)})
		}
		out.Steps = append(out.Steps, sj)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// findingText is the finding's sentence by its own key, as the app and
// `kotoutus check` write it: a finding of another family than "missing"
// (a translation gap) has no "missing." key.
func findingText(f programme.Finding) string { return i18n.FindingText(f) }

func milestoneText(m programme.Milestone) string {
	parts := []string{}
	if !m.Date.IsZero() {
		parts = append(parts, m.Date.Format(i18n.Language()))
	}
	if s := strings.TrimSpace(m.Body); s != "" {
		parts = append(parts, s)
	}
	text := strings.Join(parts, " ")
	if d := strings.TrimSpace(m.Decision); d != "" {
		if text != "" {
			text += " – "
		}
		text += d
	}
	return text
}

func writeStatusText(w io.Writer, o programme.Overview, tpl *checklist.Template, l string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s – %s (%d–%d)\n", o.Title, strings.Join(o.Municipalities, ", "), o.StartYear, o.EndYear)
	updated := i18n.L("review.neverSaved")
	if !o.Updated.IsZero() {
		updated = locale.DateTime(i18n.Language(), o.Updated.Local())
	}
	fmt.Fprintln(&b, i18n.L("review.statusHeader", map[string]any{"ID": o.ID, "Updated": updated}))
	fmt.Fprintln(&b, i18n.L("check.statusLine", map[string]any{"Counts": i18n.CountsText(o.Check)}))
	if o.Adoption.Status == programme.DocAdopted {
		fmt.Fprintln(&b, i18n.L("review.adopted", map[string]any{"Date": o.Adoption.Date.Format(i18n.Language()), "Body": o.Adoption.Body}))
	}
	if o.NextMilestone != nil {
		fmt.Fprintln(&b, i18n.L("review.nextMilestone", map[string]any{"Milestone": milestoneText(*o.NextMilestone)}))
	} else {
		fmt.Fprintln(&b, i18n.L("review.noNextMilestone"))
	}
	for _, m := range o.Overdue {
		fmt.Fprintln(&b, i18n.L("review.overdue", map[string]any{"Milestone": milestoneText(m)}))
	}
	if o.ReviewPending > 0 {
		fmt.Fprintln(&b, i18n.L("review.reviewPending", map[string]any{"Count": o.ReviewPending}))
	}
	b.WriteString("\n")

	tw := tabwriter.NewWriter(&b, 0, 0, 3, ' ', 0)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", i18n.L("review.colStep"), i18n.L("review.colStatus"), i18n.L("review.colItems"),
		i18n.L("review.colMissing"), i18n.L("review.colComments"))
	for _, s := range o.Steps {
		step, _ := tpl.Step(s.ID)
		fmt.Fprintf(tw, "%d. %s\t%s\t%d/%d\t%d\t%d\n", s.Number, step.Title.In(l), i18n.L("status."+string(s.Status)),
			s.Done+s.Suggested, s.Total, len(s.Findings), s.OpenComments)
	}
	fmt.Fprintf(tw, "%s\t\t%d/%d\t%d\t%d\n", i18n.L("review.total"), o.Done+o.Suggested, o.Total, o.Findings, o.OpenComments)
	if err := tw.Flush(); err != nil {
		return err
	}
	if o.GeneralComments > 0 {
		fmt.Fprintln(&b, i18n.L("review.generalComments", map[string]any{"Count": o.GeneralComments}))
	}
	if o.Findings > 0 {
		fmt.Fprintf(&b, "\n%s\n", i18n.L("review.missingHeading"))
		for _, s := range o.Steps {
			if len(s.Findings) == 0 {
				continue
			}
			step, _ := tpl.Step(s.ID)
			fmt.Fprintf(&b, "\n%d. %s\n", s.Number, step.Title.In(l))
			for _, f := range s.Findings {
				fmt.Fprintf(&b, "  - %s\n", findingText(f))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func cmdSaveFile(c *cli, args []string) error {
	fs := flag.NewFlagSet("save-file", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	id := fs.String("programme", "", "")
	out := fs.String("out", "", "")
	gz := fs.Bool("gzip", false, "")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if *id == "" || *out == "" || fs.NArg() > 0 {
		return usageError{i18n.L("file.saveNeeds")}
	}
	s, err := c.readStore()
	if err != nil {
		return err
	}
	defer s.Close()
	err = atomicfile.Write(*out, 0o600, func(w io.Writer) error {
		return s.ExportFile(*id, w, programme.WriteOptions{App: Version, Gzip: *gz})
	})
	if err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, i18n.L("file.saved", map[string]any{"Path": *out}))
	return nil
}

func cmdImport(c *cli, args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	into := fs.String("into", "", "")
	resolve := fs.String("resolve", "", "")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return usageError{err.Error()}
	}
	if len(pos) != 1 {
		return usageError{i18n.L("file.importNeedsFile")}
	}
	side := programme.Side(*resolve)
	switch {
	case *resolve != "" && side != programme.Ours && side != programme.Theirs:
		return usageError{i18n.L("file.badResolve", map[string]any{"Value": *resolve})}
	case *resolve != "" && *into == "":
		return usageError{i18n.L("file.resolveNeedsInto")}
	}
	// The file is read and checked before the database is opened: a file
	// that is refused cannot have changed anything.
	f, err := readExchangeFile(pos[0])
	if err != nil {
		return err
	}
	s, err := c.openStore()
	if err != nil {
		return err
	}
	defer s.Close()
	if *into == "" {
		p, err := s.ImportNew(f)
		if errors.Is(err, programme.ErrAlreadyImported) {
			fmt.Fprintln(c.stdout, i18n.L("store.alreadyImported"))
			fmt.Fprintln(c.stdout, p.ID)
			return nil
		}
		if err != nil {
			return err
		}
		if p.ID != f.Programme.ID {
			fmt.Fprintln(c.stdout, i18n.L("file.newID", map[string]any{"ID": f.Programme.ID}))
		}
		// The ID comes last, on a line of its own, for scripts.
		fmt.Fprintln(c.stdout, i18n.L("file.importedNew", map[string]any{"Title": p.Title, "Name": p.Municipality()}))
		fmt.Fprintln(c.stdout, p.ID)
		return nil
	}
	return mergeFile(c, s, *into, f, side)
}

func readExchangeFile(path string) (*programme.File, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer fh.Close()
	if st, err := fh.Stat(); err == nil && st.Size() > programme.MaxFileSize {
		return nil, fmt.Errorf("%s: %w", path, programme.ErrFileTooLarge)
	}
	f, err := programme.ReadFile(fh)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

func mergeFile(c *cli, s *programme.Store, id string, f *programme.File, side programme.Side) error {
	m, err := s.PrepareMerge(id, f)
	if err != nil {
		return err
	}
	changes := m.Changes()
	if len(changes) == 0 && len(m.Conflicts) == 0 {
		fmt.Fprintln(c.stdout, i18n.L("merge.upToDate"))
		return nil
	}
	if len(m.Conflicts) > 0 {
		tpl, err := m.Ours().Template()
		if err != nil {
			return err
		}
		writeConflicts(c.stdout, m.Conflicts, tpl, i18n.Language())
		if side == "" {
			fmt.Fprintln(c.stdout, i18n.L("merge.howToResolve"))
			return fmt.Errorf("%d conflicts: %w", len(m.Conflicts), programme.ErrUnresolved)
		}
		m.ResolveAll(side)
		changes = m.Changes()
	}
	snap, _, err := s.ApplyMerge(id, m)
	if err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, i18n.L("merge.done", map[string]any{"Changes": len(changes), "Conflicts": len(m.Conflicts)}))
	switch {
	case len(m.Conflicts) > 0 && side == programme.Ours:
		fmt.Fprintln(c.stdout, i18n.L("merge.resolvedOurs"))
	case len(m.Conflicts) > 0:
		fmt.Fprintln(c.stdout, i18n.L("merge.resolvedTheirs"))
	}
	fmt.Fprintln(c.stdout, i18n.L("merge.snapshotTaken", map[string]any{"Key": snap.Key}))
	return nil
}

// maxShown caps how much of a value a conflict listing prints on a line.
const maxShown = 160

func shown(v any) string {
	s := programme.ValueText(i18n.Language(), v, i18n.L("merge.yes"), i18n.L("merge.no"))
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return i18n.L("merge.empty")
	}
	if r := []rune(s); len(r) > maxShown {
		s = string(r[:maxShown]) + "…"
	}
	return s
}

// fieldLabel names a field for people when a translation exists, else
// shows its name in the file.
func fieldLabel(field string) string {
	// A translation's field is "tr.<lang>.<field>" (programme/tree.go).
	if rest, ok := strings.CutPrefix(field, "tr."); ok {
		if lang, f, ok := strings.Cut(rest, "."); ok {
			return i18n.L("merge.field.translation", map[string]any{"Lang": lang, "Field": fieldLabel(f)})
		}
	}
	key := "merge.field." + field
	if t := i18n.L(key); t != key {
		return t
	}
	return field
}

func writeConflicts(w io.Writer, cs []programme.Conflict, tpl *checklist.Template, l string) {
	fmt.Fprintln(w, i18n.L("merge.conflictsHeading", map[string]any{"Count": len(cs)}))
	for _, c := range cs {
		where := i18n.L("merge.programme")
		if step, ok := tpl.Step(c.Step); ok {
			where = fmt.Sprintf("%d. %s", step.Number, step.Title.In(l))
		}
		if c.Subject != "" {
			where += ": " + c.Subject
		} else if kind, id, ok := strings.Cut(c.Ref, ":"); ok && kind == "item" {
			if it, ok := tpl.Item(id); ok {
				where += ": " + it.Label(l)
			}
		}
		fmt.Fprintf(w, "\n- %s\n", where)
		switch c.Kind {
		case programme.ConflictDeletedOurs:
			fmt.Fprintf(w, "  %s\n", i18n.L("merge.deletedOurs"))
		case programme.ConflictDeletedTheirs:
			fmt.Fprintf(w, "  %s\n", i18n.L("merge.deletedTheirs"))
		default:
			if c.Field != "" {
				fmt.Fprintf(w, "  %s: %s\n", i18n.L("merge.fieldLabel"), fieldLabel(c.Field))
			}
			fmt.Fprintf(w, "  %s: %s\n", i18n.L("merge.ours"), shown(c.Ours))
			fmt.Fprintf(w, "  %s: %s\n", i18n.L("merge.theirs"), shown(c.Theirs))
		}
		fmt.Fprintf(w, "  (%s)\n", c.Path)
	}
	fmt.Fprintln(w)
}
