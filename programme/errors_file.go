package programme

import "errors"

// ErrFileTooLarge means an exchange file, or what it unpacks to, is larger
// than the app accepts; a programme is far smaller, so the file is not one.
var ErrFileTooLarge = errors.New("file is too large to be a programme")

// ErrFileDamaged means an exchange file is truncated or otherwise broken, or
// its rows break the rules that merging relies on (missing or repeated IDs).
var ErrFileDamaged = errors.New("file is damaged")

// ErrNotProgrammeFile means the file is readable but is not a Kotoutus
// programme file.
var ErrNotProgrammeFile = errors.New("file is not a Kotoutus programme")

// ErrNewerFile means the file was written in a newer format than this
// version of the app reads.
var ErrNewerFile = errors.New("file is from a newer version of the app")

// ErrUnknownTemplate means the programme follows a checklist template this
// version of the app does not have.
var ErrUnknownTemplate = errors.New("programme uses an unknown checklist template")

// ErrUnresolved means a merge still has conflicts that nobody has decided.
var ErrUnresolved = errors.New("merge has unresolved conflicts")

// ErrSnapshotNotFound means there is no snapshot with the given key.
var ErrSnapshotNotFound = errors.New("snapshot not found")

// ErrCommentNotFound means there is no comment with the given ID.
var ErrCommentNotFound = errors.New("comment not found")

// ErrEmptyComment means a comment or reply has no text.
var ErrEmptyComment = errors.New("comment has no text")

// ErrChangedMeanwhile means the stored programme changed after a merge or
// restore was prepared; prepare it again from the current version.
var ErrChangedMeanwhile = errors.New("programme changed meanwhile")

// ErrIDInUse means a programme with the same ID already exists.
var ErrIDInUse = errors.New("a programme with this ID already exists")

// ErrAlreadyImported means the same exchange file was imported before: the
// programme with its ID is unchanged since, or was exchanged with exactly
// this content. Nothing was written.
var ErrAlreadyImported = errors.New("the same programme file was already imported")

// ErrFileInvalid means an exchange file's programme breaks a rule the app's
// editors enforce (a period that ends before it starts, two measurements
// for one year …); the wrapped error says which.
var ErrFileInvalid = errors.New("programme file breaks the app's rules")
