// Package cli is the kotoutus command line: the global flags and the
// subcommands that export, check and script the database headlessly. It
// links no GUI code: with no subcommand, Run hands over to the window
// through the function main passes in.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

// cli carries what every subcommand needs.
type cli struct {
	stdout, stderr io.Writer
	dbPath         string
}

// openStore opens the database the global flags chose for writing. A file
// that did not exist is created, and the user is told so on stderr: a
// mistyped --db must not silently become a new, empty database.
func (c *cli) openStore() (*programme.Store, error) {
	_, statErr := os.Stat(c.dbPath)
	s, err := programme.Open(c.dbPath)
	if err == nil && errors.Is(statErr, os.ErrNotExist) {
		fmt.Fprintln(c.stderr, i18n.L("store.created", map[string]any{"Path": c.dbPath}))
	}
	return s, err
}

// readStore opens the database read-only, for the commands that only read
// (list, status, export, save-file, backup): they never create, migrate or
// change the file, and work on a file the user may not write.
func (c *cli) readStore() (*programme.Store, error) {
	return programme.OpenReadOnly(c.dbPath)
}

// loadProgramme opens the database read-only and loads programme id with
// the checklist it follows. The caller closes the store.
func (c *cli) loadProgramme(id string) (*programme.Store, *programme.Programme, *checklist.Template, error) {
	return c.load(id, c.readStore)
}

// loadForWriting is loadProgramme for a command that changes the programme.
func (c *cli) loadForWriting(id string) (*programme.Store, *programme.Programme, *checklist.Template, error) {
	return c.load(id, func() (*programme.Store, error) {
		if _, err := os.Stat(c.dbPath); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("open %s: %w", c.dbPath, programme.ErrNoDatabase)
		}
		return c.openStore()
	})
}

func (c *cli) load(id string, open func() (*programme.Store, error)) (*programme.Store, *programme.Programme, *checklist.Template, error) {
	s, err := open()
	if err != nil {
		return nil, nil, nil, err
	}
	p, err := s.Load(id)
	if err == nil {
		var tpl *checklist.Template
		if tpl, err = p.Template(); err == nil {
			return s, p, tpl, nil
		}
	}
	s.Close()
	return nil, nil, nil, err
}

// command is one subcommand. Names are the app's scripting interface and
// stay stable once released.
type command struct {
	name string
	// usage is the argument synopsis; help is the translation key of one
	// line of explanation.
	usage, help string
	run         func(c *cli, args []string) error
}

// commands lists the subcommands in the order help shows them.
var commands = []command{
	{"version", "", "cmd.version", cmdVersion},
	{"list", "", "cmd.list", cmdList},
	{"demo", "[--template " + checklist.DefaultID + "|" + checklist.PlanningID + "] [--size large|huge] [--bilingual] [--followup]", "cmd.demo", cmdDemo},
	{"checklist", "[--format md|json]", "cmd.checklist", cmdChecklist},
	{"backup", "--out <FILE> | now | list | restore <NAME>", "cmd.backup", cmdBackup},
	{"status", "--programme <ID> [--format text|json]", "status.cmd", cmdStatus},
	{"check", "--programme <ID> [--format text|json]", "check.cmd", cmdCheck},
	{"save-file", "--programme <ID> --out <FILE> [--gzip]", "file.cmdSave", cmdSaveFile},
	{"import", "<FILE> [--into <ID>] [--resolve ours|theirs]", "file.cmdImport", cmdImport},
	{"export", "--programme <ID> [--format pdf|md|…] --out <FILE>|<FOLDER>|- [--lang fi|sv|en] [--fallback-main] [--strict]", "cmd.export", cmdExport},
	{"report", "--programme <ID> --year <YEAR> [--format pdf|md|docx] [--out <FILE>|<FOLDER>|-] [--lang fi|sv|en]", "clireport.cmd", cmdReport},
	{"state", "--programme <ID> [--set draft|proposal|adopted --body <BODY> --date <DATE> --section <PARAGRAPH>]", "cmd.state", cmdState},
	{"logo", "--programme <ID> [--set <FILE> | --remove] [--alt <TEXT>]", "cmd.logo", cmdLogo},
	{"convert", "--programme <ID> [--to <TEMPLATE>]", "convert.cmd", cmdConvert},
	{"import-md", "<FILE> --programme <ID> [--replace]", "import.cmd", cmdImportMD},
}

// usageError marks a wrongly typed command line (exit code 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// TraceStartup is set by the global flag --trace-startup: the window prints
// how long the start took until its first frame was drawn.
var TraceStartup bool

// GUI opens the window on the database at dbPath and returns when it closes.
type GUI func(dbPath string) error

// Run parses the command line args, runs the subcommand it names and returns
// the process's exit code: 0 done, 1 failed (one sentence on stderr), 2
// wrongly typed. With no subcommand it calls gui; a nil gui is refused.
func Run(args []string, stdout, stderr io.Writer, gui GUI) int {
	return run(args, stdout, stderr, gui)
}

func run(args []string, stdout, stderr io.Writer, gui GUI) int {
	global := flag.NewFlagSet("kotoutus", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	dbPath := global.String("db", "", "")
	language := global.String("lang", "", "")
	help := global.Bool("help", false, "")
	traceStartup := global.Bool("trace-startup", false, "")
	if err := global.Parse(args); err != nil {
		i18n.Setup("")
		fmt.Fprintf(stderr, "kotoutus: %s\n", i18n.L("cli.badFlags", map[string]any{"Err": err.Error()}))
		return 2
	}
	if *language != "" && !supported(*language) {
		i18n.Setup("")
		fmt.Fprintf(stderr, "kotoutus: %s\n", i18n.L("cli.badLang", map[string]any{"Lang": *language, "Allowed": strings.Join(i18n.Languages, ", ")}))
		return 2
	}
	i18n.Setup(*language)
	if *help {
		printUsage(stdout)
		return 0
	}
	c := &cli{stdout: stdout, stderr: stderr, dbPath: *dbPath}
	dbGiven := false
	global.Visit(func(f *flag.Flag) { dbGiven = dbGiven || f.Name == "db" })
	if dbGiven && c.dbPath == "" {
		fmt.Fprintf(stderr, "kotoutus: %s\n", i18n.L("store.emptyPath"))
		return 2
	}
	if c.dbPath == "" {
		p, err := programme.DefaultPath()
		if err != nil {
			fmt.Fprintf(stderr, "kotoutus: %s\n", i18n.Describe(err))
			return 1
		}
		c.dbPath = p
	}
	TraceStartup = *traceStartup
	rest := global.Args()
	if len(rest) == 0 {
		if gui == nil { // a build without the window
			printUsage(stderr)
			return 2
		}
		if err := gui(c.dbPath); err != nil {
			fmt.Fprintf(stderr, "kotoutus: %s\n", i18n.Describe(err))
			return 1
		}
		return 0
	}
	for _, cmd := range commands {
		if cmd.name != rest[0] {
			continue
		}
		err := cmd.run(c, rest[1:])
		var ue usageError
		switch {
		case err == nil:
			return 0
		case asUsage(err, &ue):
			fmt.Fprintf(stderr, "kotoutus %s: %s\n", cmd.name, ue.msg)
			fmt.Fprintf(stderr, "%s: kotoutus [--db %s] %s %s\n", i18n.L("cli.usage"), metaName("FILE"), cmd.name, metaNames(cmd.usage))
			return 2
		default:
			fmt.Fprintf(stderr, "kotoutus %s: %s\n", cmd.name, i18n.Describe(err))
			return 1
		}
	}
	fmt.Fprintf(stderr, "kotoutus: %s\n", i18n.L("cli.unknown", map[string]any{"Name": rest[0]}))
	return 2
}

func asUsage(err error, ue *usageError) bool {
	u, ok := err.(usageError)
	if ok {
		*ue = u
	}
	return ok
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, i18n.L("cli.synopsis"))
	fmt.Fprintln(w, i18n.L("cli.gui"))
	fmt.Fprintln(w)
	// Two lines a command: usages are too long to line up as a table.
	for _, cmd := range commands {
		fmt.Fprintf(w, "  kotoutus %s %s\n      %s\n", cmd.name, metaNames(cmd.usage), i18n.L(cmd.help))
	}
}

// metaPattern finds the placeholders of a usage synopsis: <FILE>, <ID> …
var metaPattern = regexp.MustCompile(`<([A-Z]+)>`)

// metaNames writes a usage synopsis with its placeholders in the interface
// language: "--programme <ID>" becomes "--programme TUNNUS" in Finnish.
func metaNames(usage string) string {
	return metaPattern.ReplaceAllStringFunc(usage, func(m string) string {
		return metaName(m[1 : len(m)-1])
	})
}

// metaName is one placeholder in the interface language (cli.meta.FILE).
func metaName(name string) string { return i18n.L("cli.meta." + name) }
