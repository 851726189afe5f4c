package i18n

import (
	"errors"

	"fi.kotoutus/kotoutus/internal/i18n/fileerr"
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
	var limit *programme.LimitError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &msg):
		return msg.Text
	case errors.As(err, &limit):
		return L("limit."+limit.Limit, map[string]any{"Max": GroupThousands(limit.Max), "KiB": GroupThousands(limit.Max >> 10)})
	case errors.Is(err, programme.ErrBadText):
		return L("store.badText")
	case errors.Is(err, programme.ErrFileInvalid):
		return L("store.fileInvalid")
	case errors.Is(err, programme.ErrLocked):
		return L("error.locked")
	case errors.Is(err, programme.ErrBackupDamaged):
		return L("backup.damagedBackup")
	case errors.Is(err, programme.ErrNoDatabase):
		return L("store.noDatabase")
	case errors.Is(err, programme.ErrNoPath):
		return L("store.emptyPath")
	case errors.Is(err, programme.ErrDamagedRecord):
		return L("store.damagedRecord")
	case errors.Is(err, programme.ErrAlreadyImported):
		return L("store.alreadyImported")
	case errors.Is(err, programme.ErrNotDatabase):
		return L("error.notDatabase")
	case errors.Is(err, programme.ErrForeign):
		return L("error.foreign")
	case errors.Is(err, programme.ErrNewerSchema):
		return L("error.newer")
	case errors.Is(err, programme.ErrNoConversion):
		return L("convert.errNoConversion")
	case errors.Is(err, programme.ErrNotFound):
		return L("error.notFound")
	case errors.Is(err, programme.ErrDiskFull):
		return L("error.diskFull")
	case errors.Is(err, programme.ErrReadOnly):
		return L("error.readOnly")
	case errors.Is(err, programme.ErrFileTooLarge):
		return L("review.errFileTooLarge")
	case errors.Is(err, programme.ErrFileDamaged):
		return L("review.errFileDamaged")
	case errors.Is(err, programme.ErrNotProgrammeFile):
		return L("review.errNotProgrammeFile")
	case errors.Is(err, programme.ErrNewerFile):
		return L("review.errNewerFile")
	case errors.Is(err, programme.ErrUnknownTemplate):
		return L("review.errUnknownTemplate")
	case errors.Is(err, programme.ErrUnresolved):
		return L("review.errUnresolved")
	case errors.Is(err, programme.ErrChangedMeanwhile):
		return L("review.errChangedMeanwhile")
	case errors.Is(err, programme.ErrIDInUse):
		return L("review.errIDInUse")
	case errors.Is(err, programme.ErrSnapshotNotFound):
		return L("review.errSnapshotNotFound")
	case errors.Is(err, programme.ErrCommentNotFound):
		return L("review.errCommentNotFound")
	case errors.Is(err, programme.ErrEmptyComment):
		return L("review.errEmptyComment")
	case errors.Is(err, programme.ErrBadStatus):
		return L("error.badDocStatus")
	case errors.Is(err, programme.ErrNoAdoptionBody):
		return L("error.noAdoptionBody")
	case errors.Is(err, programme.ErrNoAdoptionDate):
		return L("error.noAdoptionDate")
	case errors.Is(err, programme.ErrBadParagraph):
		return L("error.badParagraph")
	case errors.Is(err, programme.ErrBadDate):
		return L("error.badDate")
	case errors.Is(err, programme.ErrNotImage):
		return L("logo.errNotImage")
	case errors.Is(err, programme.ErrBadImage):
		return L("logo.errBadImage")
	case errors.Is(err, programme.ErrLogoTooSmall):
		return L("logo.errTooSmall")
	case errors.Is(err, programme.ErrNoLogo):
		return L("logo.errNoLogo")
	}
	if msg := fileerr.Describe(err); msg != "" {
		return msg
	}
	return L("error.generic", map[string]any{"Detail": err.Error()})
}
