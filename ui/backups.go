package ui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n/locale"
	"fi.kotoutus/kotoutus/programme"
)

// backupMenuItems are the File menu's backup items: a backup now, and the
// list of backups with how to restore one.
func (m *MainWindow) backupMenuItems() []*fyne.MenuItem {
	return []*fyne.MenuItem{
		fyne.NewMenuItem(lang.L("backup.menuNow"), m.backupNow),
		fyne.NewMenuItem(lang.L("backup.menuList"), m.showBackups),
	}
}

// backupNow saves the open programme, then writes a verified backup into
// the backup folder in the background, the same as `kotoutus backup now`;
// the command line cannot while the app holds the file.
func (m *MainWindow) backupNow() {
	if err := m.Flush(); err != nil {
		m.showMessage(lang.L("backup.title"), Describe(err))
		return
	}
	go func() {
		r, err := m.store.RotateBackupsReport(programme.BackupDir(m.store.Path()), 0, programme.BackupKeep, time.Now())
		fyne.Do(func() {
			if err != nil {
				m.showMessage(lang.L("backup.title"), Describe(err))
				return
			}
			m.showMessage(lang.L("backup.title"), lang.L("backup.doneApp", map[string]any{"Path": r.Written}))
		})
	}()
}

// showBackups lists the backups, each verified, newest first. A restore
// replaces the open database, so it is done with the app closed: the list
// says how.
func (m *MainWindow) showBackups() {
	dir := programme.BackupDir(m.store.Path())
	list, err := programme.ListBackups(dir, time.Now(), true)
	if err != nil {
		m.showMessage(lang.L("backup.title"), Describe(err))
		return
	}
	lines := backupLines(list)
	if len(lines) == 0 {
		lines = []string{lang.L("backup.none", map[string]any{"Dir": dir})}
	}
	text := widget.NewLabel(strings.Join(lines, "\n"))
	how := widget.NewLabel(lang.L("backup.howRestore", map[string]any{"Dir": dir}))
	how.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L("backup.menuList"), lang.L("action.close"),
		container.NewBorder(nil, how, nil, nil, container.NewVScroll(text)), m.win)
	d.Resize(fyne.NewSize(640, 420))
	d.Show()
}

// backupLines describes backups newest first, one a line.
func backupLines(list []programme.BackupInfo) []string {
	var out []string
	for i := len(list) - 1; i >= 0; i-- {
		b := list[i]
		state := lang.L("backup.good")
		switch {
		case b.Future:
			state = lang.L("backup.futureState")
		case b.Err != nil:
			state = lang.L("backup.damaged")
		case b.Kept:
			state = lang.L("backup.kept")
		}
		out = append(out, fmt.Sprintf("%s  %s  (%s)", locale.DateTime(Language(), b.At.Local()), b.Name, state))
	}
	return out
}
