// Command kotoutus is the desktop app with which a Finnish municipality
// writes its integration programme. With no subcommand it opens the window;
// subcommands (internal/cli) export, check and script the same database
// headlessly. Built with -tags nogui (bin/kotoutus-cli, `make build`) it is
// the command line alone: no GUI driver linked, no cgo, no OpenGL or X11
// libraries loaded at start, for scripts and exports.
package main

import (
	"os"

	"fi.kotoutus/kotoutus/internal/cli"
)

func main() {
	cli.Version = appVersion()
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr, openWindow))
}
