package programme_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// openStore opens a fresh database in a temporary folder and closes it when
// the test ends.
func openStore(t *testing.T) (*programme.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "data", "kotoutus.db")
	s, err := programme.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func sample(name string) *programme.Programme {
	p := programme.New(checklist.Default(), []string{name}, "Kotouttamisohjelma", 2026, 2029)
	p.EditItem("responsibility.authority").Done = true
	p.EditItem("situation.q.count").Note = "Noin 1 200 vieraskielistä – ”arvio”"
	p.EditStep("goals").Status = programme.StatusInProgress
	p.Goals = []programme.Goal{{ID: programme.NewID(), Title: "Työllisyys paranee", Measures: []programme.Measure{{ID: programme.NewID(), Title: "Kielikahvila", Start: "2026-03"}}}}
	return p
}

func TestRoundTrip(t *testing.T) {
	s, _ := openStore(t)
	p := sample("Esimerkkikunta")
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	if p.Updated.IsZero() {
		t.Error("Save did not set Updated")
	}
	got, err := s.Load(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, p) {
		t.Errorf("loaded programme differs:\n got %+v\nwant %+v", got, p)
	}
}

func TestManyProgrammesAndReopen(t *testing.T) {
	s, path := openStore(t)
	ids := map[string]string{}
	for _, name := range []string{"Akaa", "Ähtäri", "Pargas", "Utsjoki", "Vaasa"} {
		p := sample(name)
		if err := s.Save(p); err != nil {
			t.Fatal(err)
		}
		ids[p.ID] = name
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := programme.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	list, err := s2.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != len(ids) {
		t.Fatalf("listed %d programmes, want %d", len(list), len(ids))
	}
	for _, sum := range list {
		if ids[sum.ID] != sum.Municipality() {
			t.Errorf("summary %s names %q, want %q", sum.ID, sum.Municipality(), ids[sum.ID])
		}
		p, err := s2.Load(sum.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !p.Item("responsibility.authority").Done || p.Goals[0].Measures[0].Start != "2026-03" {
			t.Errorf("programme %s lost content after reopen", sum.ID)
		}
	}
}

func TestRenameDuplicateDelete(t *testing.T) {
	s, _ := openStore(t)
	p := sample("Akaa")
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	if err := s.Rename(p.ID, "Kotoutumisohjelma 2026–2029"); err != nil {
		t.Fatal(err)
	}
	dup, err := s.Duplicate(p.ID, "Kopio")
	if err != nil {
		t.Fatal(err)
	}
	if dup.ID == p.ID || dup.Title != "Kopio" || len(dup.Goals) != 1 {
		t.Errorf("duplicate: %+v", dup.Summary())
	}
	orig, _ := s.Load(p.ID)
	if orig.Title != "Kotoutumisohjelma 2026–2029" {
		t.Errorf("rename: title %q", orig.Title)
	}
	if err := s.Delete(p.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(p.ID); !errors.Is(err, programme.ErrNotFound) {
		t.Errorf("load after delete: %v, want ErrNotFound", err)
	}
	if err := s.Delete(p.ID); !errors.Is(err, programme.ErrNotFound) {
		t.Errorf("second delete: %v, want ErrNotFound", err)
	}
	list, _ := s.List()
	if len(list) != 1 || list[0].ID != dup.ID {
		t.Errorf("after delete list is %+v", list)
	}
}

func TestSecondOpenFailsClearly(t *testing.T) {
	_, path := openStore(t)
	old := programme.LockTimeout
	programme.LockTimeout = 300 * time.Millisecond
	defer func() { programme.LockTimeout = old }()
	start := time.Now()
	s2, err := programme.Open(path)
	if err == nil {
		s2.Close()
		t.Fatal("second open of a held file succeeded")
	}
	if !errors.Is(err, programme.ErrLocked) {
		t.Errorf("error %v, want ErrLocked", err)
	}
	if waited := time.Since(start); waited > 5*time.Second {
		t.Errorf("second open waited %v", waited)
	}
}

func TestFileMode(t *testing.T) {
	_, path := openStore(t)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if mode := fi.Mode().Perm(); mode != 0o600 {
		t.Errorf("database mode %o, want 600", mode)
	}
}

func TestBadFilesAreRefusedAndKept(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.db")
	content := []byte("This is a Word document, not a database.\n")
	content = append(content, make([]byte, 8192)...)
	if err := os.WriteFile(garbage, content, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := programme.Open(garbage); !errors.Is(err, programme.ErrNotDatabase) {
		t.Errorf("garbage file: %v, want ErrNotDatabase", err)
	}
	if after, _ := os.ReadFile(garbage); string(after) != string(content) {
		t.Error("garbage file was changed")
	}

	foreign := filepath.Join(dir, "foreign.db")
	db, err := bolt.Open(foreign, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("widgets")); return err }); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := programme.Open(foreign); !errors.Is(err, programme.ErrForeign) {
		t.Errorf("foreign database: %v, want ErrForeign", err)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	_, path := openStore(t)
	// Close the helper's handle first by opening our own after it is gone.
	dir := filepath.Dir(path)
	newer := filepath.Join(dir, "newer.db")
	db, err := bolt.Open(newer, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("meta"))
		if err != nil {
			return err
		}
		b.Put([]byte("app"), []byte("kotoutus"))
		return b.Put([]byte("schema"), []byte("99"))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := programme.Open(newer); !errors.Is(err, programme.ErrNewerSchema) {
		t.Errorf("newer schema: %v, want ErrNewerSchema", err)
	}
}

func TestBackupIsReadable(t *testing.T) {
	s, path := openStore(t)
	p := sample("Akaa")
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(filepath.Dir(path), "backup.db")
	if err := s.Backup(copyPath); err != nil {
		t.Fatal(err)
	}
	b, err := programme.Open(copyPath)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := b.Load(p.ID); err != nil {
		t.Errorf("backup lacks programme: %v", err)
	}
}
