// Command kotoutus is the desktop app with which a Finnish municipality
// writes its integration programme. With no subcommand it opens the window;
// subcommands (internal/cli) export, check and script the same database
// headlessly.
package main

import (
	"os"

	"fi.kotoutus/kotoutus/internal/cli"
	"fi.kotoutus/kotoutus/ui"
)

func main() {
	cli.Version = appVersion()
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr, openWindow))
}

// openWindow runs the app's window on the database at dbPath.
func openWindow(dbPath string) error {
	return ui.Run(ui.Options{DBPath: dbPath, Version: cli.Version})
}
