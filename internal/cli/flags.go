package cli

import (
	"flag"
	"io"
	"strings"

	"fi.kotoutus/kotoutus/internal/i18n"
)

// programmeFlags is the flag set of a subcommand about one programme:
// --programme ID plus the command's own flags. Every such command refuses
// an unknown flag, extra arguments and a missing ID with the same sentences.
type programmeFlags struct {
	*flag.FlagSet
	id *string
}

func newProgrammeFlags(name string) *programmeFlags {
	fl := flag.NewFlagSet(name, flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	return &programmeFlags{FlagSet: fl, id: fl.String("programme", "", "")}
}

// parse reads args and returns the programme ID.
func (f *programmeFlags) parse(args []string) (string, error) {
	if err := f.Parse(args); err != nil {
		return "", usageError{i18n.L("cli.badFlags", map[string]any{"Err": err.Error()})}
	}
	if f.NArg() > 0 {
		return "", usageError{i18n.L("cliexport.extraArgs", map[string]any{"Args": strings.Join(f.Args(), " ")})}
	}
	if *f.id == "" {
		return "", usageError{i18n.L("cliexport.needProgramme")}
	}
	return *f.id, nil
}

// reportFlags parses the arguments of a command that prints a report on
// one programme (status, check): --programme ID [--format text|json]. It
// returns the ID and whether JSON was asked for.
func reportFlags(name string, args []string) (id string, asJSON bool, err error) {
	fl := newProgrammeFlags(name)
	format := fl.String("format", "text", "")
	if id, err = fl.parse(args); err != nil {
		return "", false, err
	}
	if *format != "text" && *format != "json" {
		return "", false, usageError{i18n.L("cli.badFormat", map[string]any{"Format": *format, "Allowed": "text, json"})}
	}
	return id, *format == "json", nil
}
