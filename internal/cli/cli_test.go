package cli

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// runCLI runs the command line in-process and returns its outputs.
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut, nil)
	return code, out.String(), errOut.String()
}

func tempDB(t *testing.T) string { return filepath.Join(t.TempDir(), "k.db") }

func TestVersion(t *testing.T) {
	code, out, _ := runCLI(t, "version")
	if code != 0 || !strings.HasPrefix(out, "Kotoutus ") {
		t.Errorf("version: %d %q", code, out)
	}
}

func TestDemoThenList(t *testing.T) {
	db := tempDB(t)
	code, out, errOut := runCLI(t, "--db", db, "demo")
	if code != 0 {
		t.Fatalf("demo: %d %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	id := lines[len(lines)-1]
	if len(id) != 8 || strings.ContainsAny(id, " \t") {
		t.Fatalf("demo's last line %q is not an ID", id)
	}
	code, out, _ = runCLI(t, "--db", db, "list")
	if code != 0 {
		t.Fatal("list failed")
	}
	fields := strings.Split(strings.TrimSpace(out), "\t")
	if len(fields) != 5 || fields[0] != id || fields[1] != "Esimerkkikunta" || fields[3] != "2026–2029" {
		t.Errorf("list line %q", out)
	}
}

func TestChecklistFormats(t *testing.T) {
	code, out, _ := runCLI(t, "checklist", "--format", "json")
	if code != 0 {
		t.Fatal("checklist json failed")
	}
	var doc struct {
		Steps []struct {
			ID    string `json:"id"`
			Items []struct {
				ID string `json:"id"`
			} `json:"items"`
		} `json:"steps"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	tpl := checklist.Default()
	if len(doc.Steps) != 7 {
		t.Fatalf("%d steps in JSON", len(doc.Steps))
	}
	for i, s := range doc.Steps {
		if s.ID != tpl.Steps[i].ID || len(s.Items) != len(tpl.Steps[i].Items) {
			t.Errorf("step %d: %s with %d items", i+1, s.ID, len(s.Items))
		}
	}
	code, md, _ := runCLI(t, "checklist")
	if code != 0 || strings.Count(md, "\n## ") != 8 || strings.Count(md, "- [ ] ") != len(allItems(tpl)) {
		t.Errorf("markdown checklist: %d step headings, %d items", strings.Count(md, "\n## "), strings.Count(md, "- [ ] "))
	}
}

func allItems(tpl *checklist.Template) []checklist.Item {
	var out []checklist.Item
	for _, s := range tpl.Steps {
		out = append(out, s.Items...)
	}
	return out
}

func TestErrorsAreOneSentenceAndNonZero(t *testing.T) {
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown command", []string{"frobnicate"}, 2, "Tuntematon komento"},
		{"unknown flag", []string{"--nope"}, 2, "Tuntematon valitsin"},
		{"bad format", []string{"checklist", "--format", "docx"}, 2, "Muotoa docx ei tueta"},
		{"extra args", []string{"version", "x"}, 2, "ei ota argumentteja"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, c.args...)
			if code != c.code || out != "" || !strings.Contains(errOut, c.want) {
				t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
			}
			if strings.Contains(errOut, "goroutine") || strings.Contains(errOut, "panic") {
				t.Errorf("stack trace on stderr: %s", errOut)
			}
		})
	}
}

func TestBackupCommand(t *testing.T) {
	db := tempDB(t)
	if code, _, errOut := runCLI(t, "--db", db, "demo"); code != 0 {
		t.Fatal(errOut)
	}
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	code, out, errOut := runCLI(t, "--db", db, "backup", "--out", copyPath)
	if code != 0 || !strings.Contains(out, copyPath) {
		t.Fatalf("backup: %d %q %q", code, out, errOut)
	}
	code, list, _ := runCLI(t, "--db", copyPath, "list")
	if code != 0 || !strings.Contains(list, "Esimerkkikunta") {
		t.Errorf("backup is not a usable database: %q", list)
	}
	if code, _, _ := runCLI(t, "--db", db, "backup"); code != 2 {
		t.Errorf("backup without --out: exit %d, want 2", code)
	}
}

// TestUnknownTemplateIsExplained stores a programme that follows a template
// this version does not have (as a newer app would write) and checks that
// the commands refuse it with the Finnish sentence instead of guessing.
func TestUnknownTemplateIsExplained(t *testing.T) {
	db := tempDB(t)
	s, err := programme.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	p := programme.New(checklist.Default(), []string{"Akaa"}, "Ohjelma", 2026, 2029)
	p.TemplateID = "kotoutumisen-edistaminen-2031"
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, args := range [][]string{
		{"status", "--programme", p.ID},
		{"export", "--programme", p.ID, "--format", "md", "--out", "-"},
	} {
		code, out, errOut := runCLI(t, append([]string{"--db", db}, args...)...)
		if code != 1 || out != "" || !strings.Contains(errOut, "ei tunne") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
}
