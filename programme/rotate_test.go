package programme_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"fi.kotoutus/kotoutus/programme"
)

func TestRotateBackups(t *testing.T) {
	s, path := openStore(t)
	p := sample("Akaa")
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	dir := programme.BackupDir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	// A file of the user's own in the folder must survive rotation.
	mine := filepath.Join(dir, "oma-kopio.db")
	if err := os.WriteFile(mine, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	day := 24 * time.Hour
	start := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		at      time.Time
		written bool
		count   int
	}{
		{start, true, 1},
		{start.Add(time.Hour), false, 1}, // less than a day since the last
		{start.Add(day), true, 2},
		{start.Add(2 * day), true, 3},
		{start.Add(3 * day), true, 3}, // the oldest goes
		{start.Add(4 * day), true, 3},
	}
	for i, c := range cases {
		got, err := s.RotateBackups(dir, day, 3, c.at)
		if err != nil {
			t.Fatal(err)
		}
		if (got != "") != c.written {
			t.Errorf("case %d: written %q, want written=%v", i, got, c.written)
		}
		files, _ := filepath.Glob(filepath.Join(dir, "kotoutus-*.db"))
		if len(files) != c.count {
			t.Errorf("case %d: %d backups, want %d", i, len(files), c.count)
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "kotoutus-*.db"))
	if filepath.Base(files[0]) != "kotoutus-20260103-090000.db" {
		t.Errorf("oldest kept backup is %s", filepath.Base(files[0]))
	}
	if _, err := os.Stat(mine); err != nil {
		t.Error("rotation removed a file it did not write")
	}
	b, err := programme.Open(files[len(files)-1])
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := b.Load(p.ID); err != nil {
		t.Errorf("newest backup lacks the programme: %v", err)
	}
}
