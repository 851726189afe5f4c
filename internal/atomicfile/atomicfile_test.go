package atomicfile_test

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"fi.kotoutus/kotoutus/internal/atomicfile"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ohjelma.md")
	if err := os.WriteFile(path, []byte("vanha"), 0o600); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := atomicfile.Write(path, 0o644, func(w io.Writer) error {
		io.WriteString(w, "puolikas")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("failed write: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "vanha" {
		t.Errorf("a failed write changed the file to %q", got)
	}
	if err := atomicfile.Write(path, 0o644, func(w io.Writer) error { _, err := io.WriteString(w, "uusi"); return err }); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "uusi" {
		t.Errorf("file holds %q", got)
	}
	// Files hold personal data: 0644 asked for is capped at 0600 (issue 12).
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
}

func TestWriteErrorsNameTheTarget(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]struct {
		path string
		is   error
	}{
		"missing folder": {filepath.Join(dir, "ei-ole", "x.pdf"), fs.ErrNotExist},
		"a folder":       {dir, atomicfile.ErrIsDir},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			err := atomicfile.Write(c.path, 0o644, func(io.Writer) error { return nil })
			var pe *fs.PathError
			if !errors.Is(err, c.is) || !errors.As(err, &pe) || pe.Path != c.path {
				t.Errorf("error %v (%T), want %v naming %s", err, err, c.is, c.path)
			}
		})
	}
}
