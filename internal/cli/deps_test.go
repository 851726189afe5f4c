package cli

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoGUIDependencies checks that the command line links no GUI code:
// of Fyne only the pure-Go translation bundle (fyne.io/fyne/v2 and its lang
// package, see internal/i18n), no driver, no widgets, no OpenGL.
func TestNoGUIDependencies(t *testing.T) {
	out, err := exec.Command("go", "list", "-tags", "migrated_fynedo", "-deps", "-test", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	allowed := map[string]bool{"fyne.io/fyne/v2": true, "fyne.io/fyne/v2/lang": true}
	checked := 0
	for _, pkg := range strings.Fields(string(out)) {
		checked++
		switch {
		case strings.HasPrefix(pkg, "fyne.io/") && !allowed[pkg],
			strings.Contains(pkg, "go-gl"),
			strings.HasSuffix(pkg, "kotoutus/ui") || strings.Contains(pkg, "kotoutus/ui/"):
			t.Errorf("internal/cli links %s", pkg)
		}
	}
	if checked < 20 {
		t.Fatalf("go list named only %d packages", checked)
	}
}
