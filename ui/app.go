package ui

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/assets"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

// Options are what main tells the interface.
type Options struct {
	DBPath  string
	Version string
	// TraceStartup (--trace-startup) prints on stderr the time from
	// Started, the process's start, to the first frame of the main window.
	TraceStartup bool
	Started      time.Time
}

// Run opens the database and shows the main window until the user quits.
// A database that cannot be opened is explained in a window of its own.
func Run(opts Options) error {
	a := app.NewWithID(AppID)
	i18n.UsePreference(a.Preferences().StringWithFallback(prefLanguage, ""))
	a.SetIcon(fyne.NewStaticResource("kotoutus.png", assets.Icon))
	a.Settings().SetTheme(appTheme{})
	var store *programme.Store
	var w *MainWindow
	guard := newShutdownGuard()
	start := func(s *programme.Store) {
		store = s
		go rotateBackups(s)
		w = NewMainWindow(a, s, opts.Version)
		w.beforeQuit = guard.arm
		guard.setFlush(w.Flush)
		w.ReopenLast()
		if opts.TraceStartup {
			traceFirstFrame(w.win, opts.Started)
		}
		w.Show()
	}
	stop := quitOnSignal(a, guard.arm)
	defer stop()
	s, err := programme.Open(opts.DBPath)
	switch {
	case errors.Is(err, programme.ErrNotDatabase):
		showDamaged(a, opts.DBPath, err, start)
	case err != nil:
		showStartupError(a, opts.DBPath, err)
	default:
		start(s)
	}
	a.Run()
	guard.done()
	if store == nil {
		return err
	}
	defer store.Close()
	return w.Flush()
}

// quitOnSignal makes SIGINT, SIGTERM and SIGHUP (Ctrl+C, a logout) quit
// the app the way its Quit menu item does: it only asks the loop to stop,
// which is idempotent, so it does not matter that Fyne's driver also asks
// on SIGINT and SIGTERM. Nothing is saved here: Run saves once, on the main
// goroutine, after the loop has ended, whatever ended it. (An earlier
// handler that saved and quit from here raced Fyne's own: 1 quit in about
// 40 hung.) It is registered before the loop starts, because Fyne's
// handler is registered only once the loop runs, and a signal in between
// would otherwise kill the process unsaved.
//
// arm is called first, on the signal's goroutine and not through fyne.Do:
// on SIGINT and SIGTERM Fyne may have ended its loop already, and a
// function handed to an ended loop is dropped.
func quitOnSignal(a fyne.App, arm func()) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	// The window size is not saved on a signal: Fyne writes preferences
	// in place a moment later, and a process that exits meanwhile leaves
	// an empty preferences file ("Preferences load error: EOF" at the next
	// start; the shutdown loop test found it).
	var stopped atomic.Bool
	a.Lifecycle().SetOnStopped(func() { stopped.Store(true) })
	go func() {
		select {
		case <-ch:
			arm()
			if !stopped.Load() {
				fyne.Do(a.Quit)
			}
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

// backupEvery is how often the automatic backup copies the whole database
// into backups/ beside it; programme.BackupKeep says how many stay.
const backupEvery = 24 * time.Hour

// rotateBackups runs in the background at start-up; a failure is logged and
// never stops the app, whose own saving is unaffected.
func rotateBackups(store *programme.Store) {
	if _, err := store.RotateBackups(programme.BackupDir(store.Path()), backupEvery, programme.BackupKeep, time.Now()); err != nil {
		fyne.LogError("automatic backup", err)
	}
}
