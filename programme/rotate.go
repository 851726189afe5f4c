package programme

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"fi.kotoutus/kotoutus/internal/atomicfile"
)

// backupPrefix and backupLayout name automatic backups so that they sort
// by time: kotoutus-20261122-223500.db. A copy of the database kept aside
// before a restore is named kotoutus-20261122-223500-before-restore.db and
// is never rotated away.
const (
	backupPrefix = "kotoutus-"
	backupLayout = "20060102-150405"
	keptSuffix   = "-before-restore"
	backupExt    = ".db"
	futureSlack  = 10 * time.Minute
)

// BackupKeep is how many automatic backups are kept (one a day).
const BackupKeep = 7

// BackupDir is where automatic backups of the database at dbPath go.
func BackupDir(dbPath string) string { return filepath.Join(filepath.Dir(dbPath), "backups") }

// Backup writes a consistent copy of the whole database to path, even while
// the app is saving. The copy is verified (VerifyFile) before it replaces
// path, so a damaged database never becomes a backup and a failed backup
// leaves whatever was at path as it was. The file is created 0600.
func (s *Store) Backup(path string) error {
	err := atomicfile.WriteVerified(path, 0o600, func(w io.Writer) error {
		return s.viewTx(func(tx *bolt.Tx) error { _, err := tx.WriteTo(w); return err })
	}, VerifyFile)
	if err != nil {
		return fmt.Errorf("back up to %s: %w", path, classify(err))
	}
	return nil
}

// BackupInfo describes one file in the backup folder.
type BackupInfo struct {
	// Name is the file name; Path the full path.
	Name, Path string
	// At is the time in the name (UTC).
	At time.Time
	// Size is the file's size in bytes.
	Size int64
	// Kept marks a copy kept aside before a restore: never rotated away.
	Kept bool
	// Future marks a file dated after now: a wrong clock made it. It is
	// ignored when deciding whether a backup is due, and never removed.
	Future bool
	// Err is why the backup failed verification, when ListBackups was asked
	// to verify; nil means it is good.
	Err error
}

// BackupReport tells what RotateBackupsReport did.
type BackupReport struct {
	// Written is the new backup's path, or "" when none was due.
	Written string
	// Removed are the backups rotated away.
	Removed []string
	// Future are the files dated in the future, left alone.
	Future []string
}

// RotateBackups writes a verified copy of the database into dir when the
// newest copy there is older than every (or there is none), then removes all
// but the newest keep copies, except that the newest copy that verifies is
// never removed. It returns the path written, or "" when the newest copy was
// recent enough. See RotateBackupsReport.
func (s *Store) RotateBackups(dir string, every time.Duration, keep int, now time.Time) (string, error) {
	r, err := s.RotateBackupsReport(dir, every, keep, now)
	return r.Written, err
}

// RotateBackupsReport is RotateBackups with a full report. Files dated in
// the future (a clock that was wrong) are reported, not counted as the
// newest backup, and never removed. If the database fails verification no
// backup is written and none is removed.
func (s *Store) RotateBackupsReport(dir string, every time.Duration, keep int, now time.Time) (BackupReport, error) {
	var r BackupReport
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return r, fmt.Errorf("backups in %s: %w", dir, classify(err))
	}
	all, err := ListBackups(dir, now, false)
	if err != nil {
		return r, err
	}
	var rotating []BackupInfo
	for _, b := range all {
		switch {
		case b.Future:
			r.Future = append(r.Future, b.Path)
		case !b.Kept:
			rotating = append(rotating, b)
		}
	}
	if len(rotating) == 0 || now.Sub(rotating[len(rotating)-1].At) >= every {
		name := filepath.Join(dir, backupPrefix+now.UTC().Format(backupLayout)+backupExt)
		if err := s.Backup(name); err != nil {
			return r, err
		}
		r.Written = name
		rotating = append(rotating, BackupInfo{Path: name, At: now.UTC()})
	}
	if len(rotating) <= keep {
		return r, nil
	}
	old, kept := rotating[:len(rotating)-keep], rotating[len(rotating)-keep:]
	// Never rotate the last good backup away: if none of the kept copies
	// verifies, spare the newest older one that does.
	spare := -1
	if r.Written == "" && !anyGood(kept) {
		for i := len(old) - 1; i >= 0; i-- {
			if VerifyFile(old[i].Path) == nil {
				spare = i
				break
			}
		}
	}
	for i, b := range old {
		if i == spare {
			continue
		}
		if err := os.Remove(b.Path); err != nil {
			return r, fmt.Errorf("remove old backup: %w", err)
		}
		r.Removed = append(r.Removed, b.Path)
	}
	return r, nil
}

// anyGood tells whether one of the backups verifies, newest first.
func anyGood(bs []BackupInfo) bool {
	for i := len(bs) - 1; i >= 0; i-- {
		if VerifyFile(bs[i].Path) == nil {
			return true
		}
	}
	return false
}

// ListBackups returns the backups in dir, oldest first; other files in the
// folder are left out. With verify each is checked (BackupInfo.Err).
func ListBackups(dir string, now time.Time, verify bool) ([]BackupInfo, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("backups in %s: %w", dir, classify(err))
	}
	var out []BackupInfo
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(name, backupPrefix) || !strings.HasSuffix(name, backupExt) {
			continue
		}
		stamp := strings.TrimSuffix(strings.TrimPrefix(name, backupPrefix), backupExt)
		stamp, kept := strings.CutSuffix(stamp, keptSuffix)
		at, err := time.Parse(backupLayout, stamp)
		if err != nil {
			continue
		}
		b := BackupInfo{Name: name, Path: filepath.Join(dir, name), At: at, Kept: kept, Future: at.After(now.UTC().Add(futureSlack))}
		if info, err := e.Info(); err == nil {
			b.Size = info.Size()
		}
		if verify {
			b.Err = VerifyFile(b.Path)
		}
		out = append(out, b)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	return out, nil
}

// NewestGoodBackup returns the newest backup in dir that verifies and is
// not dated in the future, or ok == false.
func NewestGoodBackup(dir string, now time.Time) (b BackupInfo, ok bool) {
	all, err := ListBackups(dir, now, false)
	if err != nil {
		return b, false
	}
	for i := len(all) - 1; i >= 0; i-- {
		if !all[i].Future && VerifyFile(all[i].Path) == nil {
			return all[i], true
		}
	}
	return b, false
}

// ErrBackupDamaged means the backup chosen for a restore fails verification.
var ErrBackupDamaged = errors.New("backup is damaged")

// RestoreBackup replaces the database at dbPath with the backup at src,
// which must verify. The database must not be open in this process; a
// process that has it open makes the restore fail with ErrLocked. The file
// that was at dbPath, damaged or not, is first kept in the backup folder as
// kotoutus-<time>-before-restore.db (never rotated away), so a restore can
// be undone. It returns the path of that kept copy, or "" if there was no
// file.
func RestoreBackup(dbPath, src string, now time.Time) (kept string, err error) {
	if err := VerifyFile(src); err != nil {
		return "", fmt.Errorf("restore %s: %w: %w", src, ErrBackupDamaged, err)
	}
	unlock, err := lockFile(dbPath)
	if err != nil {
		return "", fmt.Errorf("restore %s: %w", dbPath, err)
	}
	defer unlock()
	dir := BackupDir(dbPath)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("restore: %w", classify(err))
	}
	if _, err := os.Stat(dbPath); err == nil {
		kept = filepath.Join(dir, backupPrefix+now.UTC().Format(backupLayout)+keptSuffix+backupExt)
		if err := copyFile(kept, dbPath); err != nil {
			return "", fmt.Errorf("restore: keep the current file: %w", classify(err))
		}
	}
	if err := copyFile(dbPath, src); err != nil {
		return kept, fmt.Errorf("restore %s: %w", src, classify(err))
	}
	return kept, nil
}

// copyFile copies src over dst atomically (temporary file, sync, rename).
func copyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	return atomicfile.Write(dst, 0o600, func(w io.Writer) error { _, err := io.Copy(w, in); return err })
}
