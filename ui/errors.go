package ui

import (
	"errors"
	"io/fs"
	"path/filepath"
	"syscall"

	"fyne.io/fyne/v2/lang"

	"fi.kotoutus/kotoutus/internal/atomicfile"
	"fi.kotoutus/kotoutus/programme"
)

// Message is an error whose text is already a sentence for the user, saying
// what happened and what to do; Err, if set, is the cause for the log.
type Message struct {
	Text string
	Err  error
}

func (m Message) Error() string { return m.Text }

// Unwrap returns the cause.
func (m Message) Unwrap() error { return m.Err }

// Describe turns an error into one sentence for the user, saying what
// happened and what to do. The technical detail stays in the log.
func Describe(err error) string {
	var msg Message
	switch {
	case err == nil:
		return ""
	case errors.As(err, &msg):
		return msg.Text
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
	case errors.Is(err, programme.ErrFileTooLarge):
		return lang.L("review.errFileTooLarge")
	case errors.Is(err, programme.ErrFileDamaged):
		return lang.L("review.errFileDamaged")
	case errors.Is(err, programme.ErrNotProgrammeFile):
		return lang.L("review.errNotProgrammeFile")
	case errors.Is(err, programme.ErrNewerFile):
		return lang.L("review.errNewerFile")
	case errors.Is(err, programme.ErrUnknownTemplate):
		return lang.L("review.errUnknownTemplate")
	case errors.Is(err, programme.ErrUnresolved):
		return lang.L("review.errUnresolved")
	case errors.Is(err, programme.ErrChangedMeanwhile):
		return lang.L("review.errChangedMeanwhile")
	case errors.Is(err, programme.ErrIDInUse):
		return lang.L("review.errIDInUse")
	case errors.Is(err, programme.ErrSnapshotNotFound):
		return lang.L("review.errSnapshotNotFound")
	case errors.Is(err, programme.ErrCommentNotFound):
		return lang.L("review.errCommentNotFound")
	case errors.Is(err, programme.ErrEmptyComment):
		return lang.L("review.errEmptyComment")
	}
	if msg := describeFileError(err); msg != "" {
		return msg
	}
	return lang.L("error.generic", map[string]any{"Detail": err.Error()})
}

// describeFileError explains a failed read or write of a file the user
// named (an export, an exchange file, an import), or returns "".
func describeFileError(err error) string {
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
