package programme

import "errors"

// ErrLocked means another process, usually a second copy of the app, has the
// database open.
var ErrLocked = errors.New("database is in use by another program")

// ErrNotDatabase means the file is damaged or is not a database at all.
var ErrNotDatabase = errors.New("file is damaged or not a database")

// ErrForeign means the file is a bbolt database of some other program.
var ErrForeign = errors.New("database belongs to another program")

// ErrNewerSchema means the file was written by a newer version of the app.
var ErrNewerSchema = errors.New("database is from a newer version of the app")

// ErrNotFound means there is no programme with the given ID.
var ErrNotFound = errors.New("programme not found")

// ErrDiskFull means a write failed because the disk is full.
var ErrDiskFull = errors.New("disk is full")

// ErrReadOnly means the file or its folder cannot be written.
var ErrReadOnly = errors.New("database cannot be written")

// ErrNoDatabase means there is no database file at the path given; a
// read-only command does not create one.
var ErrNoDatabase = errors.New("no database at this path")

// ErrNoPath means the database path given is empty.
var ErrNoPath = errors.New("no database path given")
