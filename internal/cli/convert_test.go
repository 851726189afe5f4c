package cli

import (
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

func TestConvertCommand(t *testing.T) {
	db := tempDB(t)
	code, out, errOut := runCLI(t, "--db", db, "demo")
	if code != 0 {
		t.Fatalf("demo: %d %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	id := lines[len(lines)-1]
	code, out, errOut = runCLI(t, "--db", db, "convert", "--programme", id)
	if code != 0 {
		t.Fatalf("convert: %d %s", code, errOut)
	}
	if !strings.Contains(out, "Siirretty, paikka puuttuu (3)") || !strings.Contains(out, "Kansainvälistä tai tilapäistä suojelua saaneet") {
		t.Errorf("convert output:\n%s", out)
	}
	s, err := programme.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.Load(id)
	snaps, _ := s.Snapshots(id)
	s.Close()
	if err != nil || p.TemplateID != checklist.PlanningID || len(snaps) != 1 {
		t.Fatalf("after convert: %v template %s, %d snapshots", err, p.TemplateID, len(snaps))
	}
	// A second conversion is refused with a sentence, exit code 1.
	code, _, errOut = runCLI(t, "--db", db, "convert", "--programme", id)
	if code != 1 || !strings.Contains(errOut, "noudattaa jo") {
		t.Errorf("second convert: %d %q", code, errOut)
	}
	if code, _, _ := runCLI(t, "--db", db, "convert"); code != 2 {
		t.Errorf("convert without --programme: exit %d, want 2", code)
	}
}

func TestDemoOnTemplate(t *testing.T) {
	db := tempDB(t)
	code, out, errOut := runCLI(t, "--db", db, "demo", "--template", checklist.PlanningID)
	if code != 0 {
		t.Fatalf("demo --template: %d %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	s, err := programme.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := s.Load(lines[len(lines)-1])
	if err != nil || p.TemplateID != checklist.PlanningID {
		t.Fatalf("demo on %v: %v", p, err)
	}
	if code, _, _ := runCLI(t, "--db", db, "demo", "--template", "nope"); code != 2 {
		t.Errorf("unknown template: exit %d, want 2", code)
	}
}
