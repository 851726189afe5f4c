package cli

import (
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/programme"
)

func TestDemoSizes(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		code  int
		goals int
	}{
		{"demo", nil, 0, 4},
		{"large", []string{"--size", "large"}, 0, 40},
		{"large planning", []string{"--size", "large", "--template", "kotoutumisen-edistaminen-2025"}, 0, 40},
		{"unknown size", []string{"--size", "giant"}, 2, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := tempDB(t)
			code, out, errOut := runCLI(t, append([]string{"--db", db, "demo"}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d: %s", code, tt.code, errOut)
			}
			if code != 0 {
				if !strings.Contains(errOut, "giant") {
					t.Errorf("stderr %q does not name the size", errOut)
				}
				return
			}
			lines := strings.Split(strings.TrimSpace(out), "\n")
			s, err := programme.OpenReadOnly(db)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			p, err := s.Load(lines[len(lines)-1])
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Goals) != tt.goals {
				t.Errorf("%d goals, want %d", len(p.Goals), tt.goals)
			}
		})
	}
}
