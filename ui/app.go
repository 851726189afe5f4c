package ui

import (
	"fmt"

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
	store, err := programme.Open(opts.DBPath)
	if err != nil {
		showStartupError(a, opts.DBPath, err)
		a.Run()
		return err
	}
	defer store.Close()
	w := NewMainWindow(a, store, opts.Version)
	w.Show()
	a.Run()
	return w.Flush()
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
