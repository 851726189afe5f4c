package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/assets"
)

func TestTOMLVersion(t *testing.T) {
	tests := []struct {
		name, toml, want string
		ok               bool
	}{
		{"details", "[Details]\nName = \"K\"\nVersion = \"1.2.3\"\n", "1.2.3", true},
		{"other table first", "[Other]\nVersion = \"9\"\n[Details]\nVersion = \"0.4.0\"\n", "0.4.0", true},
		{"none", "[Details]\nName = \"K\"\n", "", false},
		{"unquoted", "[Details]\nVersion = 1\n", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tomlVersion(tt.toml)
			if got != tt.want || ok != tt.ok {
				t.Errorf("tomlVersion = %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestOneVersionSource: FyneApp.toml holds the version; the Makefile reads
// it from there, nothing else writes one, and a binary built with plain
// go build prints it.
func TestOneVersionSource(t *testing.T) {
	v := appVersion()
	if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(v) {
		t.Fatalf("FyneApp.toml's version %q is not x.y.z", v)
	}
	out, err := exec.Command("make", "-s", "version").Output()
	if err != nil {
		t.Fatalf("make version: %v", err)
	}
	if got := strings.TrimSpace(string(out)); got != v {
		t.Errorf("make version = %q, FyneApp.toml says %q", got, v)
	}
	for _, f := range []string{"Makefile", "internal/cli/basic.go", ".ci/run"} {
		data, err := os.ReadFile(f)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(data), `"`+v+`"`) || strings.Contains(string(data), "= "+v+"\n") || strings.Contains(string(data), "cli.Version=") {
			t.Errorf("%s writes a version of its own", f)
		}
	}
	bin := filepath.Join(t.TempDir(), "kotoutus")
	if out, err := exec.Command("go", "build", "-tags", "migrated_fynedo", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	out, err = exec.Command(bin, "version").Output()
	if err != nil {
		t.Fatalf("kotoutus version: %v", err)
	}
	if got := strings.TrimSpace(string(out)); got != "Kotoutus "+v {
		t.Errorf("kotoutus version = %q, want Kotoutus %s", got, v)
	}
}

// TestThirdPartyLicences: every module linked into this binary has its
// licence in assets/licenses/THIRD_PARTY.txt at the version linked (run
// scripts/licenses.sh after changing go.mod).
func TestThirdPartyLicences(t *testing.T) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		t.Fatal("no build info")
	}
	listed := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(assets.ThirdParty))
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) >= 3 && f[0] == "==" {
			listed[f[1]+" "+f[2]] = true
		}
	}
	if len(info.Deps) == 0 {
		t.Fatal("build info lists no modules")
	}
	for _, m := range info.Deps {
		if !listed[m.Path+" "+m.Version] {
			t.Errorf("%s %s is linked but its licence is not in THIRD_PARTY.txt", m.Path, m.Version)
		}
	}
}

// TestCLIBuildLinksNoGUI: the nogui build (bin/kotoutus-cli) links neither
// Fyne's GUI driver nor OpenGL, and builds without cgo.
func TestCLIBuildLinksNoGUI(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "-tags", "migrated_fynedo,nogui", ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := string(out)
	for _, gui := range []string{"fi.kotoutus/kotoutus/ui", "fyne.io/fyne/v2/internal/driver/glfw", "github.com/go-gl/gl", "fyne.io/fyne/v2/app"} {
		if strings.Contains(deps, gui+"\n") {
			t.Errorf("the command-line build links %s", gui)
		}
	}
	if !strings.Contains(deps, "fi.kotoutus/kotoutus/export\n") {
		t.Error("the command-line build does not link the export")
	}
}
