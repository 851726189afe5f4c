package ui

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
)

// rememberFolder keeps the folder of a file the user chose, so the next
// import or export dialog opens there.
func rememberFolder(prefs fyne.Preferences, path string) {
	if path == "" {
		return
	}
	prefs.SetString(prefLastFolder, filepath.Dir(path))
}

// startFolder is the remembered folder if it still exists, else "" (the
// dialog then opens in the home folder).
func startFolder(prefs fyne.Preferences) string {
	dir := prefs.StringWithFallback(prefLastFolder, "")
	if dir == "" {
		return ""
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return ""
	}
	return dir
}
