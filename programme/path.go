package programme

import (
	"os"
	"path/filepath"
)

// DefaultPath returns where the app keeps its database unless told otherwise:
// $XDG_DATA_HOME/kotoutus/kotoutus.db, or ~/.local/share/kotoutus/kotoutus.db.
func DefaultPath() (string, error) {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "kotoutus", "kotoutus.db"), nil
}
