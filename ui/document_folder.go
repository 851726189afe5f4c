package ui

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// rememberFolder keeps the folder of a file the user chose, so the next
// import or export dialog opens there.
func rememberFolder(prefs fyne.Preferences, u fyne.URI) {
	if u == nil || u.Scheme() != "file" {
		return
	}
	if dir, err := storage.Parent(u); err == nil {
		prefs.SetString(prefLastFolder, dir.Path())
	}
}

// setStartFolder opens a file dialog in the remembered folder if it still
// exists; otherwise the dialog's own default applies.
func setStartFolder(d *dialog.FileDialog, prefs fyne.Preferences) {
	dir := prefs.StringWithFallback(prefLastFolder, "")
	if dir == "" {
		return
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		d.SetLocation(l)
	}
}
