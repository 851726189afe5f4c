package ui

import (
	"fi.kotoutus/kotoutus/programme"
)

// exportSnapshot exports a snapshot through the app's export dialog, the
// same way the current state is exported.
func exportSnapshot(v *programmeView, info programme.SnapshotInfo, p *programme.Programme) {
	// TODO(h6): wire to the export dialog once ui/export_dialog.go lands.
	_ = info
	_ = p
}
