package programme

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// backupPrefix and backupLayout name automatic backups so that they sort
// by time: kotoutus-20261122-223500.db.
const (
	backupPrefix = "kotoutus-"
	backupLayout = "20060102-150405"
)

// BackupDir is where automatic backups of the database at dbPath go.
func BackupDir(dbPath string) string { return filepath.Join(filepath.Dir(dbPath), "backups") }

// RotateBackups writes a consistent copy of the database into dir when the
// newest copy there is older than every (or there is none), then deletes all
// but the newest keep copies. It returns the path written, or "" when the
// newest copy was recent enough.
func (s *Store) RotateBackups(dir string, every time.Duration, keep int, now time.Time) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("backups in %s: %w", dir, classify(err))
	}
	existing, err := listBackups(dir)
	if err != nil {
		return "", err
	}
	written := ""
	if len(existing) == 0 || now.Sub(existing[len(existing)-1].at) >= every {
		name := filepath.Join(dir, backupPrefix+now.UTC().Format(backupLayout)+".db")
		tmp := name + ".part"
		if err := s.Backup(tmp); err != nil {
			os.Remove(tmp)
			return "", err
		}
		if err := os.Rename(tmp, name); err != nil {
			os.Remove(tmp)
			return "", fmt.Errorf("backups in %s: %w", dir, classify(err))
		}
		written = name
		if existing, err = listBackups(dir); err != nil {
			return written, err
		}
	}
	for len(existing) > keep {
		if err := os.Remove(existing[0].path); err != nil {
			return written, fmt.Errorf("remove old backup: %w", err)
		}
		existing = existing[1:]
	}
	return written, nil
}

type backupFile struct {
	path string
	at   time.Time
}

// listBackups returns the automatic backups in dir, oldest first; other
// files in the folder are left alone.
func listBackups(dir string) ([]backupFile, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("backups in %s: %w", dir, err)
	}
	var out []backupFile
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, backupPrefix) || !strings.HasSuffix(name, ".db") {
			continue
		}
		at, err := time.Parse(backupLayout, strings.TrimSuffix(strings.TrimPrefix(name, backupPrefix), ".db"))
		if err != nil {
			continue
		}
		out = append(out, backupFile{path: filepath.Join(dir, name), at: at})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].at.Before(out[j].at) })
	return out, nil
}
