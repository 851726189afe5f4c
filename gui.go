//go:build !nogui

package main

import (
	"fi.kotoutus/kotoutus/internal/cli"
	"fi.kotoutus/kotoutus/ui"
)

// openWindow runs the app's window on the database at dbPath.
var openWindow cli.GUI = func(dbPath string) error {
	return ui.Run(ui.Options{DBPath: dbPath, Version: cli.Version, TraceStartup: cli.TraceStartup, Started: processStart()})
}
