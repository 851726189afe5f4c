package widgets_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoDomainDependencies keeps the package domain-free: the widgets are
// given plain data and functions, so they must not link the programme, the
// exports or the checklist, not even through another package. Its tests
// may (they set up the translations through internal/i18n).
func TestNoDomainDependencies(t *testing.T) {
	out, err := exec.Command("go", "list", "-tags", "migrated_fynedo", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	banned := []string{"fi.kotoutus/kotoutus/programme", "fi.kotoutus/kotoutus/export", "fi.kotoutus/kotoutus/checklist"}
	pkgs := strings.Fields(string(out))
	for _, pkg := range pkgs {
		for _, b := range banned {
			if pkg == b || strings.HasPrefix(pkg, b+"/") {
				t.Errorf("ui/widgets links %s", pkg)
			}
		}
	}
	// A list without Fyne would mean go list answered for something else.
	found := false
	for _, pkg := range pkgs {
		found = found || pkg == "fyne.io/fyne/v2/widget"
	}
	if !found {
		t.Fatalf("go list named %d packages, none of them fyne.io/fyne/v2/widget", len(pkgs))
	}
}
