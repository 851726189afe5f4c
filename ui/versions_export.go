package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/export"
	"fi.kotoutus/kotoutus/programme"
)

// exportSnapshot exports a snapshot as the export dialog exports the
// current state: the same format choice, the same job (temporary file
// renamed into place, progress, messages), only the programme is the
// snapshot's and the file name says which version it is.
func exportSnapshot(v *programmeView, info programme.SnapshotInfo, p *programme.Programme) {
	m := v.m
	d := newExportDialog(m)
	help := widget.NewLabel(lang.L("versions.exportHelp", map[string]any{"Name": snapshotName(info), "When": formatTime(info.Taken)}))
	help.Wrapping = fyne.TextWrapWord
	dlg := dialog.NewCustomConfirm(lang.L("export.title"), lang.L("export.chooseFile"), lang.L("action.cancel"),
		container.NewVBox(d.choice, help), func(ok bool) {
			if ok {
				m.app.Preferences().SetString(prefExportFormat, d.format())
				chooseSnapshotFile(v, info, p, d.format())
			}
		}, m.win)
	dlg.Resize(fyne.NewSize(560, 320))
	dlg.Show()
}

func chooseSnapshotFile(v *programmeView, info programme.SnapshotInfo, p *programme.Programme, format string) {
	m := v.m
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			m.showMessage(lang.L("export.failedTitle"), lang.L("export.errDialog", map[string]any{"Detail": err.Error()}))
			return
		}
		if w == nil {
			return // cancelled
		}
		path := w.URI().Path()
		w.Close()
		rememberFolder(m.app.Preferences(), w.URI())
		m.runExport(snapshotExportJob(v, p, format, path), nil)
	}, m.win)
	d.SetFileName(snapshotExportName(p, info, format))
	d.SetFilter(storage.NewExtensionFileFilter([]string{"." + format}))
	d.SetTitleText(lang.L("export.saveTitle"))
	d.SetConfirmText(lang.L("export.save"))
	setStartFolder(d, m.app.Preferences())
	d.Resize(fyne.NewSize(860, 600))
	d.Show()
}

// snapshotExportJob is an export job for a snapshot's programme.
func snapshotExportJob(v *programmeView, p *programme.Programme, format, path string) *exportJob {
	return &exportJob{
		p: p.Clone(), tpl: v.tpl, format: format, path: path,
		opt: export.Options{Language: Language(), Creator: "Kotoutus " + v.m.version},
	}
}

// snapshotExportName is the usual export name with the version's name in
// brackets: "Esimerkkikunta – Kotouttamisohjelma 2026–2029 (Valtuuston
// hyväksymä).pdf".
func snapshotExportName(p *programme.Programme, info programme.SnapshotInfo, format string) string {
	base := strings.TrimSuffix(defaultExportName(p, format), "."+format)
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < 0x20 {
			return '-'
		}
		return r
	}, snapshotName(info))
	return base + " (" + strings.TrimSpace(name) + ")." + format
}
