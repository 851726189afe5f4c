package ui

import (
	"fyne.io/fyne/v2/lang"

	"fi.kotoutus/kotoutus/export"
	"fi.kotoutus/kotoutus/programme"
)

// exportSnapshot exports a snapshot as the current state is exported; only
// the help text and the file name say which version it is.
func exportSnapshot(v *programmeView, info programme.SnapshotInfo, p *programme.Programme) {
	help := lang.L("versions.exportHelp", map[string]any{"Name": snapshotName(info), "When": formatTime(info.Taken)})
	v.m.exportFlow(p, v.tpl, help, func(format string) string { return snapshotExportName(p, info, format) })
}

// snapshotExportName is the usual export name with the version's name
// added: "esimerkkikunta-kotouttamisohjelma-2026-2029-valtuuston-hyvaksyma.pdf".
func snapshotExportName(p *programme.Programme, info programme.SnapshotInfo, format string) string {
	return export.FileName(p, snapshotName(info), formatExt(format))
}
