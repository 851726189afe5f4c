package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fi.kotoutus/kotoutus/programme"
)

// TestBackupNowListRestore makes two backups into the folder, lists them,
// changes the database and restores the first; a damaged backup is listed
// as such and refused.
func TestBackupNowListRestore(t *testing.T) {
	db, id := demoDB(t)
	clock := time.Date(2026, 5, 4, 8, 0, 0, 0, time.UTC)
	now = func() time.Time { return clock }
	t.Cleanup(func() { now = time.Now })
	if code, out, errOut := runCLI(t, "--db", db, "backup", "now"); code != 0 || !strings.Contains(out, "kotoutus-20260504-080000.db") {
		t.Fatalf("backup now: %d %q %q", code, out, errOut)
	}
	dir := filepath.Join(filepath.Dir(db), "backups")
	if err := os.WriteFile(filepath.Join(dir, "kotoutus-20260503-080000.db"), []byte("rikki"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, list, _ := runCLI(t, "--db", db, "backup", "list")
	lines := strings.Split(strings.TrimSpace(list), "\n")
	if code != 0 || len(lines) != 2 || !strings.HasSuffix(lines[0], "kunnossa") || !strings.HasSuffix(lines[1], "vioittunut") {
		t.Fatalf("backup list: %d %q", code, list)
	}
	if code, _, errOut := runCLI(t, "--db", db, "backup", "restore", "kotoutus-20260503-080000.db"); code != 1 || !strings.Contains(errOut, "vioittunut") {
		t.Errorf("restore of a damaged backup: %d %q", code, errOut)
	}
	edit(t, db, id, func(p *programme.Programme) { p.Title = "Muutettu" })
	clock = clock.Add(2 * time.Hour)
	code, out, errOut := runCLI(t, "--db", db, "backup", "restore", "kotoutus-20260504-080000.db")
	if code != 0 || !strings.Contains(out, "before-restore") {
		t.Fatalf("restore: %d %q %q", code, out, errOut)
	}
	if got := load(t, db, id); got.Title == "Muutettu" {
		t.Error("restore did not bring back the backed-up programme")
	}
	if code, _, _ := runCLI(t, "--db", db, "backup", "restore"); code != 2 {
		t.Errorf("restore without a name: exit %d", code)
	}
}
