package programme_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"fi.kotoutus/kotoutus/programme"
)

// tinyDisk mounts a small tmpfs for the test and returns its path. Without
// root it re-runs the test in a user and mount namespace (unshare -rm),
// where mounting is allowed, and reports that run's outcome.
func tinyDisk(t *testing.T, size string) (dir string, inChild bool) {
	t.Helper()
	if os.Geteuid() != 0 {
		out, err := exec.Command("unshare", "-rm", os.Args[0], "-test.run=^"+t.Name()+"$", "-test.v").CombinedOutput()
		if err != nil {
			t.Fatalf("run in a mount namespace (needs root or unprivileged user namespaces): %v\n%s", err, out)
		}
		if !strings.Contains(string(out), "--- PASS: "+t.Name()) {
			t.Fatalf("child run did not pass:\n%s", out)
		}
		return "", false
	}
	dir = t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size="+size); err != nil {
		t.Fatalf("mount tmpfs: %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, 0) })
	return dir, true
}

// TestDiskFullKeepsEdits fills a small disk until autosave fails, checks the
// error says the disk is full and that nothing typed is lost, then frees
// space and checks that the next save writes everything.
func TestDiskFullKeepsEdits(t *testing.T) {
	dir, ok := tinyDisk(t, "2m")
	if !ok {
		return // the child run did the test and passed
	}
	s, err := programme.Open(filepath.Join(dir, "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p := sample("Akaa")
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	// Fill the rest of the disk.
	filler := filepath.Join(dir, "filler")
	f, err := os.Create(filler)
	if err != nil {
		t.Fatal(err)
	}
	chunk := make([]byte, 64<<10)
	for {
		if _, err := f.Write(chunk); err != nil {
			break
		}
	}
	f.Close()

	sess := programme.NewSession(s, p, time.Hour, nil)
	long := strings.Repeat("Kotoutumisen edistäminen on koko kunnan tehtävä. ", 20000) // ~1 MB
	sess.Edit(func(p *programme.Programme) { p.EditStep("situation").Note = long })
	err = sess.Flush()
	if !errors.Is(err, programme.ErrDiskFull) {
		t.Fatalf("save on a full disk: %v, want ErrDiskFull", err)
	}
	if !sess.Dirty() || sess.Programme().Step("situation").Note != long {
		t.Fatal("edits lost after a failed save")
	}

	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	if err := sess.Flush(); err != nil {
		t.Fatalf("save after freeing space: %v", err)
	}
	got, err := s.Load(p.ID)
	if err != nil {
		t.Fatalf("load after disk-full episode: %v", err)
	}
	if got.Step("situation").Note != long {
		t.Error("stored note differs after the retry")
	}
}
