package ui

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/assets"
	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/export"
	"fi.kotoutus/kotoutus/programme"
)

// keyPattern finds literal keys passed to fyne's lang functions.
var keyPattern = regexp.MustCompile(`lang\.(?:L|X|N|XN)\("([^"]+)"`)

// loadTranslations merges every translation file of language l.
func loadTranslations(t *testing.T, l string) map[string]any {
	t.Helper()
	out := map[string]any{}
	entries, err := assets.Translations.ReadDir(assets.TranslationsDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), "."+l+".json") {
			continue
		}
		data, err := fs.ReadFile(assets.Translations, assets.TranslationsDir+"/"+e.Name())
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		for k, v := range m {
			if _, dup := out[k]; dup {
				t.Errorf("%s: key %q is also in another %s file", e.Name(), k, l)
			}
			out[k] = v
		}
	}
	return out
}

// TestEveryKeyIsTranslated reads the Go sources of the interface and the
// command line and checks that Finnish has every key they use, including the
// keys built from enumerations.
func TestEveryKeyIsTranslated(t *testing.T) {
	fi := loadTranslations(t, "fi")
	var keys []string
	for _, dir := range []string{".", "..", "steps", "widgets", "progress", "chartview"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range keyPattern.FindAllStringSubmatch(string(src), -1) {
				if !strings.HasSuffix(m[1], ".") { // prefixes of built keys are checked below
					keys = append(keys, m[1])
				}
			}
		}
	}
	for _, k := range checklist.Kinds {
		keys = append(keys, "kind."+string(k))
	}
	for _, s := range statusChoices {
		if s != programme.StatusAuto {
			keys = append(keys, "status."+string(s))
		}
	}
	for _, b := range programme.Blocks {
		keys = append(keys, "document.block."+string(b))
	}
	for _, f := range export.Formats() {
		keys = append(keys, f.NameKey)
	}
	if len(keys) < 50 {
		t.Fatalf("found only %d keys; is the pattern still right?", len(keys))
	}
	for _, k := range keys {
		if _, ok := fi[k]; !ok {
			t.Errorf("key %q has no Finnish translation", k)
		}
	}
}
