// Package fileerr turns a failed read or write of a file the user named
// into one sentence for them. It knows nothing of programmes, so the
// domain-free widgets (the file dialog) use it as well as i18n.Describe.
package fileerr

import (
	"errors"
	"io/fs"
	"path/filepath"
	"syscall"

	"fyne.io/fyne/v2/lang"

	"fi.kotoutus/kotoutus/internal/atomicfile"
)

// Describe explains a failed read or write of a file the user
// named (an export, an exchange file, an import), or returns "".
func Describe(err error) string {
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		return ""
	}
	data := map[string]any{"Path": pe.Path, "Dir": filepath.Dir(pe.Path), "Detail": pe.Err.Error()}
	reading := pe.Op == "open" || pe.Op == "read"
	switch {
	case errors.Is(err, atomicfile.ErrIsDir), errors.Is(err, syscall.EISDIR):
		return lang.L("error.isDir", data)
	case errors.Is(err, fs.ErrNotExist) && reading:
		return lang.L("error.noSuchFile", data)
	case errors.Is(err, fs.ErrNotExist):
		return lang.L("error.noSuchFolder", data)
	case (errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)) && reading:
		return lang.L("error.cannotRead", data)
	case errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS):
		return lang.L("error.cannotWrite", data)
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		return lang.L("error.noSpace", data)
	}
	return lang.L("error.fileFailed", data)
}

// Text is Describe for any error: one that is not about a file gets the
// generic sentence with its detail.
func Text(err error) string {
	if err == nil {
		return ""
	}
	if msg := Describe(err); msg != "" {
		return msg
	}
	return lang.L("error.generic", map[string]any{"Detail": err.Error()})
}
