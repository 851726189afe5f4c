package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"fi.kotoutus/kotoutus/internal/i18n"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// Version is the app's version. Package main sets it from FyneApp.toml,
// the one version source, before Run; "dev" is seen only in tests.
var Version = "dev"

func cmdVersion(c *cli, args []string) error {
	if len(args) > 0 {
		return usageError{i18n.L("cli.noArgs")}
	}
	fmt.Fprintf(c.stdout, "Kotoutus %s\n", Version)
	return nil
}

func cmdList(c *cli, args []string) error {
	if len(args) > 0 {
		return usageError{i18n.L("cli.noArgs")}
	}
	s, err := c.readStore()
	if err != nil {
		return err
	}
	defer s.Close()
	list, damaged, err := s.ListAll()
	if err != nil {
		return err
	}
	for _, id := range damaged {
		fmt.Fprintln(c.stderr, i18n.L("store.damagedListed", map[string]any{"ID": id}))
	}
	for _, sum := range list {
		fmt.Fprintf(c.stdout, "%s\t%s\t%s\t%d–%d\t%s\n", sum.ID, sum.Municipality(), sum.Title,
			sum.StartYear, sum.EndYear, sum.Updated.Local().Format("2006-01-02 15:04"))
	}
	return nil
}

func cmdDemo(c *cli, args []string) error {
	fl := flag.NewFlagSet("demo", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	templateID := fl.String("template", checklist.DefaultID, "")
	size := fl.String("size", "", "")
	followup := fl.Bool("followup", false, "")
	bilingual := fl.Bool("bilingual", false, "")
	if err := fl.Parse(args); err != nil || fl.NArg() > 0 {
		return usageError{i18n.L("cli.noArgs")}
	}
	tpl, err := checklist.Get(*templateID)
	if err != nil {
		return usageError{i18n.L("cli.unknownTemplate", map[string]any{"ID": *templateID, "IDs": strings.Join(checklist.IDs(), ", ")})}
	}
	if *bilingual && *size != "" {
		return usageError{i18n.L("cli.bilingualSize")}
	}
	var p *programme.Programme
	if *bilingual {
		p, err = programme.DemoBilingual(tpl)
	} else {
		p, err = programme.GenerateSize(tpl, programme.Size(*size))
	}
	if errors.Is(err, programme.ErrUnknownSize) {
		return usageError{i18n.L("cli.unknownSize", map[string]any{"Size": *size, "Sizes": "large, huge"})}
	}
	if err != nil {
		return err
	}
	if *followup {
		if err := programme.DemoFollowup(p); err != nil {
			return err
		}
	}
	s, err := c.openStore()
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.Save(p); err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, i18n.L("cli.demoCreated", map[string]any{"Name": p.Municipality(), "Path": s.Path()}))
	fmt.Fprintln(c.stdout, p.ID)
	return nil
}

func cmdChecklist(c *cli, args []string) error {
	fs := flag.NewFlagSet("checklist", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "md", "")
	templateID := fs.String("template", checklist.DefaultID, "")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	tpl, err := checklist.Get(*templateID)
	if err != nil {
		return usageError{i18n.L("cli.unknownTemplate", map[string]any{"ID": *templateID, "IDs": strings.Join(checklist.IDs(), ", ")})}
	}
	switch *format {
	case "md":
		return writeChecklistMarkdown(c.stdout, tpl, i18n.Language())
	case "json":
		return writeChecklistJSON(c.stdout, tpl, i18n.Language())
	}
	return usageError{i18n.L("cli.badFormat", map[string]any{"Format": *format, "Allowed": "md, json"})}
}

func writeChecklistMarkdown(w io.Writer, tpl *checklist.Template, l string) error {
	var b strings.Builder
	title, url := tpl.Source.In(l)
	fmt.Fprintf(&b, "# %s\n\n", title)
	fmt.Fprintf(&b, "%s: %s, %s\n", i18n.L("source.label"), tpl.Source.Publisher, url)
	for _, s := range tpl.Steps {
		fmt.Fprintf(&b, "\n## %d. %s\n\n%s\n\n%s\n", s.Number, s.Title.In(l), s.Heading.In(l), s.Guidance.In(l))
		for _, k := range checklist.Kinds {
			items := s.ItemsOf(k)
			if len(items) == 0 {
				continue
			}
			fmt.Fprintf(&b, "\n### %s\n\n", i18n.KindHeading(k))
			for _, it := range items {
				text := it.Text.In(l)
				if t := it.Title.In(l); t != "" {
					text = "**" + t + "**: " + text
				}
				fmt.Fprintf(&b, "- [ ] %s\n", text)
			}
		}
	}
	fmt.Fprintf(&b, "\n## %s\n\n", tpl.About.Title.In(l))
	for _, pt := range tpl.About.Points {
		fmt.Fprintf(&b, "- **%s.** %s\n", pt.Title.In(l), pt.Text.In(l))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// checklistJSON is the command's JSON shape: plain strings in one language,
// for printing and review outside the app.
type checklistJSON struct {
	Template string           `json:"template"`
	Revision int              `json:"revision"`
	Language string           `json:"language"`
	Source   checklist.Source `json:"source"`
	Steps    []stepJSON       `json:"steps"`
}

type stepJSON struct {
	ID       string     `json:"id"`
	Number   int        `json:"number"`
	Title    string     `json:"title"`
	Heading  string     `json:"heading"`
	Guidance string     `json:"guidance"`
	Items    []itemJSON `json:"items"`
}

type itemJSON struct {
	ID    string `json:"id"`
	Kind  string `json:"kind"`
	Title string `json:"title,omitempty"`
	Text  string `json:"text"`
}

func writeChecklistJSON(w io.Writer, tpl *checklist.Template, l string) error {
	out := checklistJSON{Template: tpl.ID, Revision: tpl.Revision, Language: l, Source: tpl.Source}
	for _, s := range tpl.Steps {
		sj := stepJSON{ID: s.ID, Number: s.Number, Title: s.Title.In(l), Heading: s.Heading.In(l), Guidance: s.Guidance.In(l)}
		for _, it := range s.Items {
			sj.Items = append(sj.Items, itemJSON{ID: it.ID, Kind: string(it.Kind), Title: it.Title.In(l), Text: it.Text.In(l)})
		}
		out.Steps = append(out.Steps, sj)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func cmdBackup(c *cli, args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "now":
			return cmdBackupNow(c, args[1:])
		case "list":
			return cmdBackupList(c, args[1:])
		case "restore":
			return cmdBackupRestore(c, args[1:])
		}
	}
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	out := fs.String("out", "", "")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if *out == "" || fs.NArg() > 0 {
		return usageError{i18n.L("cli.backupNeedsOut")}
	}
	s, err := c.readStore()
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.Backup(*out); err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, i18n.L("cli.backupDone", map[string]any{"Path": *out}))
	return nil
}

// cmdBackupNow writes a verified backup into the backup folder beside the
// database, as the app's menu item does, and rotates the folder.
func cmdBackupNow(c *cli, args []string) error {
	if len(args) > 0 {
		return usageError{i18n.L("cli.noArgs")}
	}
	s, err := c.readStore()
	if err != nil {
		return err
	}
	defer s.Close()
	r, err := s.RotateBackupsReport(programme.BackupDir(c.dbPath), 0, programme.BackupKeep, now())
	for _, f := range r.Future {
		fmt.Fprintln(c.stderr, i18n.L("backup.future", map[string]any{"Name": filepath.Base(f)}))
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, i18n.L("cli.backupDone", map[string]any{"Path": r.Written}))
	return nil
}

// cmdBackupList lists the backup folder, newest first, each verified.
func cmdBackupList(c *cli, args []string) error {
	if len(args) > 0 {
		return usageError{i18n.L("cli.noArgs")}
	}
	dir := programme.BackupDir(c.dbPath)
	list, err := programme.ListBackups(dir, now(), true)
	if err != nil {
		return err
	}
	if len(list) == 0 {
		fmt.Fprintln(c.stderr, i18n.L("backup.none", map[string]any{"Dir": dir}))
		return nil
	}
	for i := len(list) - 1; i >= 0; i-- {
		b := list[i]
		state := i18n.L("backup.good")
		switch {
		case b.Future:
			state = i18n.L("backup.futureState")
		case b.Err != nil:
			state = i18n.L("backup.damaged")
		case b.Kept:
			state = i18n.L("backup.kept")
		}
		fmt.Fprintf(c.stdout, "%s\t%s\t%d\t%s\n", b.Name, b.At.Local().Format("2006-01-02 15:04"), b.Size, state)
	}
	return nil
}

// cmdBackupRestore replaces the database with a backup: a name from
// "backup list" or a path. The replaced file is kept in the backup folder.
func cmdBackupRestore(c *cli, args []string) error {
	if len(args) != 1 {
		return usageError{i18n.L("backup.restoreNeedsName")}
	}
	src := args[0]
	if !strings.ContainsRune(src, filepath.Separator) {
		src = filepath.Join(programme.BackupDir(c.dbPath), src)
	}
	kept, err := programme.RestoreBackup(c.dbPath, src, now())
	if err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, i18n.L("backup.restored", map[string]any{"Name": filepath.Base(src), "Path": c.dbPath}))
	if kept != "" {
		fmt.Fprintln(c.stdout, i18n.L("backup.keptAt", map[string]any{"Path": kept}))
	}
	return nil
}

// now is the clock backups are named and dated by; tests fix it.
var now = time.Now
