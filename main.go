// Command kotoutus is the desktop app with which a Finnish municipality
// writes its integration programme. With no subcommand it opens the window;
// subcommands export, check and script the same database headlessly.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"fyne.io/fyne/v2/lang"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// cli carries what every subcommand needs.
type cli struct {
	stdout, stderr io.Writer
	dbPath         string
}

// openStore opens the database the global flags chose.
func (c *cli) openStore() (*programme.Store, error) {
	return programme.Open(c.dbPath)
}

// loadProgramme opens the database and loads programme id with the
// checklist it follows. The caller closes the store.
func (c *cli) loadProgramme(id string) (*programme.Store, *programme.Programme, *checklist.Template, error) {
	s, err := c.openStore()
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
	{"demo", "", "cmd.demo", cmdDemo},
	{"checklist", "[--format md|json]", "cmd.checklist", cmdChecklist},
	{"backup", "--out TIEDOSTO", "cmd.backup", cmdBackup},
	{"status", "--programme TUNNUS [--format text|json]", "status.cmd", cmdStatus},
	{"save-file", "--programme TUNNUS --out TIEDOSTO [--gzip]", "file.cmdSave", cmdSaveFile},
	{"import", "TIEDOSTO [--into TUNNUS] [--resolve ours|theirs]", "file.cmdImport", cmdImport},
	{"export", "--programme TUNNUS --format pdf|md --out TIEDOSTO|-", "cmd.export", cmdExport},
	{"import-md", "TIEDOSTO --programme TUNNUS [--replace]", "import.cmd", cmdImportMD},
}

// usageError marks a wrongly typed command line (exit code 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func run(args []string, stdout, stderr io.Writer) int {
	global := flag.NewFlagSet("kotoutus", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	dbPath := global.String("db", "", "")
	language := global.String("lang", "", "")
	help := global.Bool("help", false, "")
	if err := global.Parse(args); err != nil {
		ui.SetupLanguage("")
		fmt.Fprintf(stderr, "kotoutus: %s\n", lang.L("cli.badFlags", map[string]any{"Err": err.Error()}))
		return 2
	}
	ui.SetupLanguage(*language)
	if *help {
		printUsage(stdout)
		return 0
	}
	c := &cli{stdout: stdout, stderr: stderr, dbPath: *dbPath}
	if c.dbPath == "" {
		p, err := programme.DefaultPath()
		if err != nil {
			fmt.Fprintf(stderr, "kotoutus: %s\n", ui.Describe(err))
			return 1
		}
		c.dbPath = p
	}
	rest := global.Args()
	if len(rest) == 0 {
		if err := ui.Run(ui.Options{DBPath: c.dbPath, Version: version}); err != nil {
			fmt.Fprintf(stderr, "kotoutus: %s\n", ui.Describe(err))
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
			fmt.Fprintf(stderr, "%s: kotoutus [--db TIEDOSTO] %s %s\n", lang.L("cli.usage"), cmd.name, cmd.usage)
			return 2
		default:
			fmt.Fprintf(stderr, "kotoutus %s: %s\n", cmd.name, ui.Describe(err))
			return 1
		}
	}
	fmt.Fprintf(stderr, "kotoutus: %s\n", lang.L("cli.unknown", map[string]any{"Name": rest[0]}))
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
	fmt.Fprintln(w, lang.L("cli.synopsis"))
	fmt.Fprintln(w, lang.L("cli.gui"))
	fmt.Fprintln(w)
	// Two lines a command: usages are too long to line up as a table.
	for _, cmd := range commands {
		fmt.Fprintf(w, "  kotoutus %s %s\n      %s\n", cmd.name, cmd.usage, lang.L(cmd.help))
	}
}
