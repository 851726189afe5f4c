package cli

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func fileSum(t *testing.T, path string) [32]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(data)
}

// TestReadingCommandsNeverChangeTheDatabase runs every reading command on a
// database whose file and folder are read-only and checks by checksum and
// modification time that the file is exactly as before.
func TestReadingCommandsNeverChangeTheDatabase(t *testing.T) {
	db, id := demoDB(t)
	out := t.TempDir()
	before := fileSum(t, db)
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	if err := os.Chtimes(db, old, old); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(db, 0o400); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Dir(db), 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Dir(db), 0o700); os.Chmod(db, 0o600) })
	for _, args := range [][]string{
		{"list"},
		{"status", "--programme", id},
		{"status", "--programme", id, "--format", "json"},
		{"export", "--programme", id, "--format", "md", "--out", "-"},
		{"export", "--programme", id, "--out", filepath.Join(out, "o.pdf")},
		{"save-file", "--programme", id, "--out", filepath.Join(out, "o.kotoutus")},
		{"backup", "--out", filepath.Join(out, "copy.db")},
		{"checklist"},
	} {
		code, _, errOut := runCLI(t, append([]string{"--db", db}, args...)...)
		if code != 0 {
			t.Errorf("%v on a read-only database: exit %d, %s", args, code, errOut)
		}
		if fileSum(t, db) != before {
			t.Fatalf("%v changed the database", args)
		}
		if fi, err := os.Stat(db); err != nil || !fi.ModTime().Equal(old) {
			t.Fatalf("%v touched the database: %v %v", args, fi.ModTime(), err)
		}
	}
}

// TestMissingDatabaseIsNotCreated checks that a reading command on a path
// without a database says so and creates nothing, that an empty --db is
// refused, and that a writing command says when it created a new file.
func TestMissingDatabaseIsNotCreated(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kirjoitusvirhe.db")
	md := filepath.Join(t.TempDir(), "x.md")
	if err := os.WriteFile(md, []byte("# Otsikko\n\nTekstiä.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"list"}, {"status", "--programme", "x"}, {"backup", "--out", db + ".bak"}, {"import-md", md, "--programme", "x"}} {
		code, _, errOut := runCLI(t, append([]string{"--db", db}, args...)...)
		if code != 1 || !strings.Contains(errOut, "Tietokantaa ei löydy") {
			t.Errorf("%v on a missing file: exit %d, %q", args, code, errOut)
		}
		if _, err := os.Stat(db); !os.IsNotExist(err) {
			t.Fatalf("%v created %s", args, db)
		}
	}
	if code, _, errOut := runCLI(t, "--db", "", "list"); code != 2 || !strings.Contains(errOut, "polku on tyhjä") {
		t.Errorf("empty --db: exit %d, %q", code, errOut)
	}
	code, _, errOut := runCLI(t, "--db", db, "demo")
	if code != 0 || !strings.Contains(errOut, "luotiin uusi, tyhjä tietokanta") {
		t.Errorf("demo on a new file: exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut := runCLI(t, "--db", db, "demo"); code != 0 || errOut != "" {
		t.Errorf("demo on an existing file: exit %d, stderr %q", code, errOut)
	}
	empty := filepath.Join(t.TempDir(), "tyhja.db")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCLI(t, "--db", empty, "demo"); code != 1 || !strings.Contains(errOut, "vioittunut") {
		t.Errorf("demo on an empty file: exit %d, %q", code, errOut)
	}
}

// TestImportTwiceDoesNotDuplicate imports the same exchange file twice, as
// a retry after a failure report would, and checks that one programme
// results.
func TestImportTwiceDoesNotDuplicate(t *testing.T) {
	db, id := demoDB(t)
	file := filepath.Join(t.TempDir(), "ohjelma.kotoutus")
	if code, _, errOut := runCLI(t, "--db", db, "save-file", "--programme", id, "--out", file); code != 0 {
		t.Fatal(errOut)
	}
	other := tempDB(t)
	for i := 0; i < 2; i++ {
		code, out, errOut := runCLI(t, "--db", other, "import", file)
		if code != 0 || lastLine(out) != id {
			t.Fatalf("import %d: exit %d, %q %q", i+1, code, out, errOut)
		}
		if i == 1 && !strings.Contains(out, "jo tuotu") {
			t.Errorf("second import: %q", out)
		}
	}
	_, list, _ := runCLI(t, "--db", other, "list")
	if n := strings.Count(list, "\n"); n != 1 {
		t.Errorf("%d programmes after importing one file twice:\n%s", n, list)
	}
}

// TestListShowsOthersBesideADamagedRecord damages one programme's summary
// and checks that list still shows the other and names the damaged one.
func TestListShowsOthersBesideADamagedRecord(t *testing.T) {
	db, id := demoDB(t)
	_, out, _ := runCLI(t, "--db", db, "demo")
	other := lastLine(out)
	bdb, err := bolt.Open(db, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = bdb.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("programmes")).Bucket([]byte(id)).Put([]byte("summary"), []byte("{rikki"))
	})
	bdb.Close()
	if err != nil {
		t.Fatal(err)
	}
	code, list, errOut := runCLI(t, "--db", db, "list")
	if code != 0 || !strings.Contains(list, other) || strings.Contains(list, id) || !strings.Contains(errOut, id) {
		t.Errorf("list beside a damaged record: exit %d, stdout %q, stderr %q", code, list, errOut)
	}
}
