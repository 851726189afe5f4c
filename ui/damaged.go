package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n/locale"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// damagedWindow is shown at start-up when the database is damaged: it says
// so, and offers the newest good backup or another file. open starts the
// main window on a store that opened.
type damagedWindow struct {
	a      fyne.App
	win    fyne.Window
	path   string
	status *widget.Label
	open   func(*programme.Store)
}

// showDamaged opens the window; the damaged file is never changed unless
// the user restores a backup over it, and then it is kept in the backup
// folder first (programme.RestoreBackup).
func showDamaged(a fyne.App, path string, err error, open func(*programme.Store)) *damagedWindow {
	fyne.LogError("open database "+path, err)
	d := &damagedWindow{a: a, win: a.NewWindow(lang.L("app.name")), path: path, open: open, status: widget.NewLabel("")}
	d.status.Wrapping = fyne.TextWrapWord
	msg := widget.NewLabel(lang.L("damaged.text", map[string]any{"Reason": Describe(err)}))
	msg.Wrapping = fyne.TextWrapWord
	file := widget.NewLabel(lang.L("startup.file", map[string]any{"Path": path}))
	file.Wrapping = fyne.TextWrapBreak
	file.TextStyle = fyne.TextStyle{Italic: true}
	buttons := container.NewHBox()
	if b, ok := programme.NewestGoodBackup(programme.BackupDir(path), time.Now()); ok {
		restore := widget.NewButton(lang.L("damaged.restore", map[string]any{"When": locale.DateTime(Language(), b.At.Local())}), func() { d.restore(b) })
		restore.Importance = widget.HighImportance
		buttons.Add(restore)
	} else {
		d.status.SetText(lang.L("damaged.noBackup"))
	}
	buttons.Add(widget.NewButton(lang.L("damaged.other"), d.chooseOther))
	buttons.Add(widget.NewButton(lang.L("action.close"), a.Quit))
	d.win.SetContent(container.NewPadded(container.NewVBox(
		widget.NewLabelWithStyle(lang.L("damaged.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		msg, file, d.status, buttons,
	)))
	d.win.Resize(fyne.NewSize(620, 280))
	d.win.Show()
	return d
}

// restore puts backup b in place of the damaged file and opens it.
func (d *damagedWindow) restore(b programme.BackupInfo) {
	if _, err := programme.RestoreBackup(d.path, b.Path, time.Now()); err != nil {
		d.status.SetText(Describe(err))
		return
	}
	d.openPath(d.path)
}

// chooseOther lets the user pick another database file.
func (d *damagedWindow) chooseOther() {
	widgets.ShowOpenFile(d.win, widgets.FileOptions{
		Title: lang.L("damaged.other"), Confirm: lang.L("home.open"),
	}, d.openPath)
}

func (d *damagedWindow) openPath(path string) {
	s, err := programme.Open(path)
	if err != nil {
		d.status.SetText(Describe(err))
		return
	}
	d.open(s)
	d.win.Close()
}
