package programme_test

import (
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fi.kotoutus/kotoutus/programme"
)

// damageRecord replaces programme id's data with bytes that do not decode,
// as a failing disk might, through bbolt itself so the file stays a valid
// bbolt file.
func damageRecord(t *testing.T, path, id string) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("programmes")).Bucket([]byte(id)).Put([]byte("data"), []byte(`{"schema":1,"programme":{"id":`))
	}); err != nil {
		t.Fatal(err)
	}
}

func sum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func TestBackupRefusesADamagedDatabaseAndKeepsTheOldFile(t *testing.T) {
	s, path := openStore(t)
	p := sample("Akaa")
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "varmuus.db")
	if err := s.Backup(out); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %v", fi.Mode().Perm())
	}
	good := sum(t, out)
	s.Close()
	damageRecord(t, path, p.ID)
	d, err := programme.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := d.Backup(out); !errors.Is(err, programme.ErrDamagedRecord) {
		t.Errorf("backup of a damaged database: %v", err)
	}
	if sum(t, out) != good {
		t.Error("a failed backup changed the file at --out")
	}
	if m, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".*")); len(m) != 0 {
		t.Errorf("temporary files left: %v", m)
	}
}

// TestRotationNeverLosesTheLastGoodBackup plays a week on a database that
// goes bad after the first day, plus backup files the rotation did not
// write, and checks that a good backup always remains.
func TestRotationNeverLosesTheLastGoodBackup(t *testing.T) {
	s, path := openStore(t)
	p := sample("Akaa")
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	dir := programme.BackupDir(path)
	day := 24 * time.Hour
	start := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	first, err := s.RotateBackups(dir, day, 3, start)
	if err != nil || first == "" {
		t.Fatalf("first backup: %q %v", first, err)
	}
	// A file dated in the future (a wrong clock) must neither stop backups
	// nor be removed.
	future := filepath.Join(dir, "kotoutus-20991231-120000.db")
	if err := os.WriteFile(future, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	r, err := s.RotateBackupsReport(dir, day, 3, start.Add(day))
	if err != nil || r.Written == "" || len(r.Future) != 1 {
		t.Fatalf("with a future-dated file: %+v %v", r, err)
	}
	s.Close()
	damageRecord(t, path, p.ID)
	d, err := programme.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	for i := 2; i < 9; i++ {
		if _, err := d.RotateBackups(dir, day, 3, start.Add(time.Duration(i)*day)); !errors.Is(err, programme.ErrDamagedRecord) {
			t.Errorf("day %d: backup of a damaged database: %v", i, err)
		}
	}
	// Three newer files that are not databases, and no backup due: the
	// good one must be spared.
	for i, name := range []string{"kotoutus-20260310-090000.db", "kotoutus-20260311-090000.db", "kotoutus-20260312-090000.db"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte{byte(i)}, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := d.RotateBackups(dir, day, 3, time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	b, ok := programme.NewestGoodBackup(dir, time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC))
	if !ok {
		t.Fatal("no good backup left")
	}
	if _, err := os.Stat(future); err != nil {
		t.Error("the future-dated file was removed")
	}
	list, _ := programme.ListBackups(dir, time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC), true)
	bad := 0
	for _, l := range list {
		if l.Err != nil {
			bad++
		}
	}
	if bad != 4 || b.Path == "" {
		t.Errorf("%d damaged backups listed (want the 3 planted and the future one), newest good %s", bad, b.Name)
	}
}

func TestRestoreBackup(t *testing.T) {
	s, path := openStore(t)
	p := sample("Akaa")
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(t.TempDir(), "hyva.db")
	if err := s.Backup(backup); err != nil {
		t.Fatal(err)
	}
	if _, err := programme.RestoreBackup(path, backup, time.Now()); !errors.Is(err, programme.ErrLocked) {
		t.Errorf("restore while the database is open: %v", err)
	}
	s.Close()
	damageRecord(t, path, p.ID)
	damaged := filepath.Join(t.TempDir(), "rikki.db")
	if err := os.WriteFile(damaged, []byte("ei tietokanta"), 0o600); err != nil {
		t.Fatal(err)
	}
	before := sum(t, path)
	if _, err := programme.RestoreBackup(path, damaged, time.Now()); !errors.Is(err, programme.ErrBackupDamaged) {
		t.Errorf("restore of a damaged backup: %v", err)
	}
	if sum(t, path) != before {
		t.Error("a refused restore changed the database")
	}
	kept, err := programme.RestoreBackup(path, backup, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if sum(t, kept) != before {
		t.Error("the replaced database was not kept")
	}
	r, err := programme.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if got, err := r.Load(p.ID); err != nil || got.Municipality() != "Akaa" {
		t.Errorf("after restore: %v %v", got, err)
	}
	if err := r.Verify(); err != nil {
		t.Errorf("restored database does not verify: %v", err)
	}
}
