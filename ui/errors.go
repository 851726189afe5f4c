package ui

import (
	"errors"

	"fyne.io/fyne/v2/lang"

	"fi.kotoutus/kotoutus/programme"
)

// Describe turns an error into one sentence for the user, saying what
// happened and what to do. The technical detail stays in the log.
func Describe(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, programme.ErrLocked):
		return lang.L("error.locked")
	case errors.Is(err, programme.ErrNotDatabase):
		return lang.L("error.notDatabase")
	case errors.Is(err, programme.ErrForeign):
		return lang.L("error.foreign")
	case errors.Is(err, programme.ErrNewerSchema):
		return lang.L("error.newer")
	case errors.Is(err, programme.ErrNotFound):
		return lang.L("error.notFound")
	case errors.Is(err, programme.ErrDiskFull):
		return lang.L("error.diskFull")
	case errors.Is(err, programme.ErrReadOnly):
		return lang.L("error.readOnly")
	}
	return lang.L("error.generic", map[string]any{"Detail": err.Error()})
}
