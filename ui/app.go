package ui

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/assets"
	"fi.kotoutus/kotoutus/programme"
)

// Options are what main tells the interface.
type Options struct {
	DBPath  string
	Version string
}

// Run opens the database and shows the main window until the user quits.
// A database that cannot be opened is explained in a window of its own.
func Run(opts Options) error {
	a := app.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("kotoutus.png", assets.Icon))
	a.Settings().SetTheme(appTheme{})
	store, err := programme.Open(opts.DBPath)
	if err != nil {
		showStartupError(a, opts.DBPath, err)
		a.Run()
		return err
	}
	defer store.Close()
	go rotateBackups(store)
	w := NewMainWindow(a, store, opts.Version)
	w.ReopenLast()
	stop := quitOnSignal(a, w)
	defer stop()
	w.Show()
	a.Run()
	return w.Flush()
}

// quitOnSignal saves and quits when the session ends or the user presses
// Ctrl+C in a terminal, so that a logout never loses the last edits.
func quitOnSignal(a fyne.App, w *MainWindow) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case <-ch:
			fyne.Do(func() {
				w.saveWindowState()
				if err := w.Flush(); err != nil {
					fyne.LogError("save on signal", err)
				}
				a.Quit()
			})
		case <-done:
		}
	}()
	return func() { signal.Stop(ch); close(done) }
}

// showStartupError explains why the app cannot start instead of leaving the
// user with nothing but a console message.
func showStartupError(a fyne.App, path string, err error) {
	fyne.LogError(fmt.Sprintf("open database %s", path), err)
	w := a.NewWindow(lang.L("app.name"))
	msg := widget.NewLabel(Describe(err))
	msg.Wrapping = fyne.TextWrapWord
	file := widget.NewLabel(lang.L("startup.file", map[string]any{"Path": path}))
	file.Wrapping = fyne.TextWrapBreak
	file.TextStyle = fyne.TextStyle{Italic: true}
	closeBtn := widget.NewButton(lang.L("action.close"), a.Quit)
	closeBtn.Importance = widget.HighImportance
	w.SetContent(container.NewPadded(container.NewVBox(
		widget.NewLabelWithStyle(lang.L("startup.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		msg, file, container.NewHBox(closeBtn),
	)))
	w.Resize(fyne.NewSize(560, 220))
	w.Show()
}

// Automatic backups: one copy a day of the whole database, the last seven
// kept, beside the database in backups/.
const (
	backupEvery = 24 * time.Hour
	backupKeep  = 7
)

// rotateBackups runs in the background at start-up; a failure is logged and
// never stops the app, whose own saving is unaffected.
func rotateBackups(store *programme.Store) {
	if _, err := store.RotateBackups(programme.BackupDir(store.Path()), backupEvery, backupKeep, time.Now()); err != nil {
		fyne.LogError("automatic backup", err)
	}
}
