//go:build nogui

package main

import "fi.kotoutus/kotoutus/internal/cli"

// openWindow is nil in the command-line build: with no subcommand it prints
// the usage.
var openWindow cli.GUI
