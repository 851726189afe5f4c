package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReportCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "k.db")
	code, out, errOut := runCLI(t, "--db", db, "demo", "--followup")
	if code != 0 {
		t.Fatalf("demo --followup: %d %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	id := lines[len(lines)-1]
	pdf := filepath.Join(dir, "r.pdf")
	tests := []struct {
		name     string
		args     []string
		code     int
		stdout   string
		stderr   string
		wantFile string
	}{
		{"pdf", []string{"--year", "2027", "--out", pdf}, 0, "sivua", "", pdf},
		{"md to stdout", []string{"--year", "2028", "--out", "-"}, 0, "| Viivästynyt |", "", ""},
		{"docx into a folder", []string{"--year", "2028", "--format", "docx", "--out", dir}, 0, "DOCX", "", filepath.Join(dir, "esimerkkikunta-kotouttamisohjelma-2026-2029-seurantaraportti-2028.docx")},
		{"no round", []string{"--year", "2031"}, 1, "", "Seurannat: 2027, 2028", ""},
		{"no year", nil, 2, "", "--year", ""},
		{"bad year", []string{"--year", "ensi vuonna"}, 2, "", "--year", ""},
		{"format not for reports", []string{"--year", "2027", "--format", "xlsx"}, 2, "", "pdf, md, docx", ""},
		{"pdf to stdout", []string{"--year", "2027", "--format", "pdf", "--out", "-"}, 2, "", "PDF", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"--db", db, "report", "--programme", id}, tt.args...)
			code, out, errOut := runCLI(t, args...)
			if code != tt.code || !strings.Contains(out, tt.stdout) || !strings.Contains(errOut, tt.stderr) {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d with %q / %q", code, out, errOut, tt.code, tt.stdout, tt.stderr)
			}
			if tt.wantFile != "" {
				if st, err := os.Stat(tt.wantFile); err != nil || st.Size() < 1000 {
					t.Errorf("file %s: %v", tt.wantFile, err)
				}
			}
		})
	}
}
