// Package atomicfile writes a file so that readers see either the old
// content or the whole new content, never half a file: exports and exchange
// files go through it, so a full disk or a crash mid-write loses nothing.
package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// ErrIsDir means the target is a folder.
var ErrIsDir = errors.New("is a folder")

// Write calls write with a temporary file in path's folder, then syncs it,
// gives it mode perm and renames it over path. On any failure the temporary
// file is removed and path is left as it was. Errors are *fs.PathError
// naming path itself, not the temporary file, so they can be explained to
// the user as they are.
//
// perm is capped at 0600 (owner read and write): everything the app writes
// (exports, exchange files, backups) holds people's names and contact
// details, so no file is readable by other users whatever perm says.
func Write(path string, perm fs.FileMode, write func(w io.Writer) error) (err error) {
	return WriteVerified(path, perm, write, nil)
}

// WriteVerified is Write with a check of the finished temporary file before
// it replaces path: if verify (given the temporary file's path) fails, the
// file is removed and path is left as it was.
func WriteVerified(path string, perm fs.FileMode, write func(w io.Writer) error, verify func(tmp string) error) (err error) {
	perm &= Private
	if fi, statErr := os.Stat(path); statErr == nil && fi.IsDir() {
		return &fs.PathError{Op: "write", Path: path, Err: ErrIsDir}
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return pathError("create", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return pathError("write", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return pathError("write", path, err)
	}
	if err := tmp.Chmod(perm); err != nil {
		return pathError("write", path, err)
	}
	if err := tmp.Close(); err != nil {
		return pathError("write", path, err)
	}
	if verify != nil {
		if err := verify(tmp.Name()); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return pathError("rename", path, err)
	}
	return nil
}

// Private is the widest permission Write gives a file.
const Private fs.FileMode = 0o600

// pathError names the target path, keeping the cause for errors.Is.
func pathError(op, path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		err = errno
	}
	return &fs.PathError{Op: op, Path: path, Err: err}
}
