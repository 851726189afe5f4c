package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// demoID creates the demo programme in db and returns its ID.
func demoID(t *testing.T, db string) string {
	t.Helper()
	code, out, errOut := runCLI(t, "--db", db, "demo")
	if code != 0 {
		t.Fatalf("demo: %d %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	return lines[len(lines)-1]
}

func TestExportWritesFiles(t *testing.T) {
	db := tempDB(t)
	id := demoID(t, db)
	dir := t.TempDir()
	tests := []struct {
		name  string
		args  []string
		file  string
		magic string
	}{
		{"pdf by flag", []string{"--format", "pdf", "--out"}, "ohjelma.pdf", "%PDF-"},
		{"markdown by flag", []string{"--format", "md", "--out"}, "ohjelma.txt", "# "},
		{"pdf from extension", []string{"--out"}, "paatettava.PDF", "%PDF-"},
		{"markdown from extension", []string{"--out"}, "luonnos.md", "# "},
		{"html by flag", []string{"--format", "html", "--out"}, "verkkosivu.txt", "<!DOCTYPE html>"},
		{"html from extension", []string{"--out"}, "ohjelma.html", "<!DOCTYPE html>"},
		{"docx by flag", []string{"--format", "docx", "--out"}, "muokattava.zip", "PK\x03\x04"},
		{"docx from extension", []string{"--out"}, "ohjelma.docx", "PK\x03\x04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			// Flags in any order: the programme last here.
			args := append(append([]string{"--db", db, "export"}, tt.args...), path, "--programme", id)
			code, out, errOut := runCLI(t, args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(data, []byte(tt.magic)) {
				t.Errorf("%s starts with %q", tt.file, data[:min(len(data), 10)])
			}
			if !strings.Contains(out, path) {
				t.Errorf("no confirmation naming the file: %q", out)
			}
			// The demo is not complete: stderr lists what is missing, and
			// nothing else.
			if !strings.HasPrefix(errOut, "kotoutus export: asiakirjasta puuttuu vielä") {
				t.Errorf("stderr does not start with the pre-flight list: %q", errOut)
			}
		})
	}
	// Nothing but the exported files is left behind.
	entries, _ := os.ReadDir(dir)
	if len(entries) != len(tests) {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %v, want only the %d exports", names, len(tests))
	}
}

func TestExportMarkdownToStdout(t *testing.T) {
	db := tempDB(t)
	id := demoID(t, db)
	code, out, errOut := runCLI(t, "--db", db, "export", "--programme", id, "--out", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "# Kotouttamisohjelma") || !strings.Contains(out, "\n## Sisällys\n") {
		t.Errorf("stdout is not the document:\n%.300s", out)
	}
}

func TestExportRefusals(t *testing.T) {
	db := tempDB(t)
	id := demoID(t, db)
	dir := t.TempDir()
	existing := filepath.Join(dir, "vanha.pdf")
	if err := os.WriteFile(existing, []byte("vanha sisältö"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"pdf to stdout", []string{"--programme", id, "--format", "pdf", "--out", "-"}, 2, "PDF-tiedostoa ei voi tulostaa näytölle"},
		{"strict with findings", []string{"--programme", id, "--out", filepath.Join(dir, "a.md"), "--strict"}, 1, "Asiakirjaa ei viety, koska siitä puuttuu vielä"},
		{"no programme", []string{"--out", filepath.Join(dir, "a.md")}, 2, "--programme"},
		{"no output", []string{"--programme", id}, 2, "--out"},
		{"unknown format", []string{"--programme", id, "--format", "wordperfect", "--out", filepath.Join(dir, "a.wpd")}, 2, "wordperfect"},
		{"format not in name", []string{"--programme", id, "--out", filepath.Join(dir, "a.txt")}, 2, "--format (pdf, md"},
		{"folder without format", []string{"--programme", id, "--out", dir}, 2, "--format"},
		{"stray argument", []string{"--programme", id, "--out", filepath.Join(dir, "a.md"), "ylimääräinen"}, 2, "ylimääräinen"},
		{"unknown programme", []string{"--programme", "eiole123", "--out", filepath.Join(dir, "a.md")}, 1, "kotoutus list"},
		{"missing folder", []string{"--programme", id, "--out", filepath.Join(dir, "ei", "ole", "a.pdf")}, 1, "ei löydy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, append([]string{"--db", db, "export"}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errOut)
			}
			if !strings.Contains(errOut, tt.want) {
				t.Errorf("stderr %q lacks %q", errOut, tt.want)
			}
			if !strings.HasPrefix(errOut, "kotoutus export: ") {
				t.Errorf("stderr %q does not name the command", errOut)
			}
			if out != "" {
				t.Errorf("stdout %q on failure", out)
			}
		})
	}
	// Failed exports leave the folder as it was.
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "vanha.pdf" {
		t.Errorf("folder changed: %v", entries)
	}
	if data, _ := os.ReadFile(existing); string(data) != "vanha sisältö" {
		t.Errorf("existing file changed")
	}
}

func TestExportIntoFolderUsesDefaultName(t *testing.T) {
	db := tempDB(t)
	id := demoID(t, db)
	dir := t.TempDir()
	code, out, errOut := runCLI(t, "--db", db, "export", "--programme", id, "--format", "pdf", "--out", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := filepath.Join(dir, "esimerkkikunta-kotouttamisohjelma-2026-2029.pdf")
	if _, err := os.Stat(want); err != nil {
		t.Fatalf("no %s: %v", want, err)
	}
	if !strings.Contains(out, want) {
		t.Errorf("confirmation %q does not name %s", out, want)
	}
	// The pre-flight names the steps and lists every finding on a line.
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) < 2 || !strings.HasPrefix(lines[1], "  - ") || !strings.Contains(errOut, "Vastuutaho: ") {
		t.Errorf("pre-flight list %q", errOut)
	}
}

func TestExportReplacesExistingFileWhole(t *testing.T) {
	db := tempDB(t)
	id := demoID(t, db)
	path := filepath.Join(t.TempDir(), "ohjelma.md")
	if err := os.WriteFile(path, bytes.Repeat([]byte("x"), 1<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCLI(t, "--db", db, "export", "--programme", id, "--out", path); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	data, _ := os.ReadFile(path)
	if bytes.Contains(data, []byte("xxxx")) || !bytes.HasPrefix(data, []byte("# ")) {
		t.Errorf("old content survives in the new file")
	}
	// Exports hold personal data: private to the user (issue 12).
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
}

func TestExportReportsMissingGlyphs(t *testing.T) {
	db := tempDB(t)
	s, err := programme.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Kunta"}, "Ohjelma 😀", 2026, 2029)
	p.Document.Sections[0].Draft = "Tervetuloa 👍"
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	s.Close()
	path := filepath.Join(t.TempDir(), "o.pdf")
	code, out, errOut := runCLI(t, "--db", db, "export", "--programme", p.ID, "--out", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "U+1F44D") || !strings.Contains(errOut, "U+1F600") || !strings.Contains(out, path) {
		t.Errorf("missing glyphs not reported: stdout %q stderr %q", out, errOut)
	}
}
