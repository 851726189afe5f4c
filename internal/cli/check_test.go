package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// TestCheckCommand: the demo passes (exit 0) with warnings and hints,
// each with its severity, place, text and source; a programme with an
// error fails with exit 1 and says so on stderr; a bad call is exit 2.
func TestCheckCommand(t *testing.T) {
	db, id := demoDB(t)
	code, out, errOut := runCLI(t, "--db", db, "check", "--programme", id)
	if code != 0 {
		t.Fatalf("check of the demo: exit %d, %s", code, errOut)
	}
	p := load(t, db, id)
	tpl := checklist.Default()
	want := p.Check(tpl)
	if !strings.Contains(out, "0 virhettä") || !strings.Contains(out, "[varoitus]") || !strings.Contains(out, tpl.Source.URL) {
		t.Errorf("text report:\n%s", out)
	}

	code, out, errOut = runCLI(t, "--db", db, "check", "--programme", id, "--format", "json")
	if code != 0 {
		t.Fatalf("check json: exit %d, %s", code, errOut)
	}
	var got struct {
		Programme string `json:"programme"`
		Template  string `json:"template"`
		Counts    struct {
			Errors   *int `json:"errors"`
			Warnings *int `json:"warnings"`
			Hints    *int `json:"hints"`
		} `json:"counts"`
		Findings []struct {
			Step     string `json:"step"`
			Code     string `json:"code"`
			Ref      string `json:"ref"`
			Severity string `json:"severity"`
			Rule     string `json:"rule"`
			Key      string `json:"key"`
			Text     string `json:"text"`
			Source   struct {
				Title   string `json:"title"`
				URL     string `json:"url"`
				Section string `json:"section"`
			} `json:"source"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got.Programme != id || got.Template != tpl.ID || got.Counts.Errors == nil || *got.Counts.Errors != 0 ||
		got.Counts.Warnings == nil || got.Counts.Hints == nil || *got.Counts.Warnings+*got.Counts.Hints != len(want) {
		t.Errorf("header %+v, want %d findings", got, len(want))
	}
	if len(got.Findings) != len(want) {
		t.Fatalf("%d findings, want %d", len(got.Findings), len(want))
	}
	for i, f := range got.Findings {
		if f.Code != want[i].Code || f.Step != want[i].Step || f.Ref != want[i].Ref || f.Severity == "" || f.Rule == "" ||
			f.Text == "" || strings.Contains(f.Text, "check.") || strings.Contains(f.Text, "missing.") || f.Source.URL == "" {
			t.Errorf("finding %d: %+v", i, f)
		}
	}

	edit(t, db, id, func(p *programme.Programme) { p.Goals = nil })
	code, out, errOut = runCLI(t, "--db", db, "check", "--programme", id)
	if code != 1 || !strings.Contains(out, "[virhe]") || !strings.Contains(errOut, "virheitä") {
		t.Errorf("programme without goals: exit %d\n%s\n%s", code, out, errOut)
	}
	if code, _, _ = runCLI(t, "--db", db, "check"); code != 2 {
		t.Errorf("check without --programme: exit %d, want 2", code)
	}
	if code, _, _ = runCLI(t, "--db", db, "check", "--programme", id, "--format", "pdf"); code != 2 {
		t.Errorf("check --format pdf: exit %d, want 2", code)
	}
}

// TestDemoOnEitherTemplatePassesCheck: `kotoutus demo --template X` makes
// a programme that `kotoutus check` passes (exit 0, no error) on both
// templates, and the 2025 one cites the 2025 checklist, not the old one,
// for its steps 1–3.
func TestDemoOnEitherTemplatePassesCheck(t *testing.T) {
	for _, id := range checklist.IDs() {
		t.Run(id, func(t *testing.T) {
			tpl, err := checklist.Get(id)
			if err != nil {
				t.Fatal(err)
			}
			db := tempDB(t)
			code, out, errOut := runCLI(t, "--db", db, "demo", "--template", id)
			if code != 0 {
				t.Fatalf("demo --template %s: exit %d, %s", id, code, errOut)
			}
			lines := strings.Split(strings.TrimSpace(out), "\n")
			pid := lines[len(lines)-1]
			code, out, errOut = runCLI(t, "--db", db, "check", "--programme", pid)
			if code != 0 || !strings.Contains(out, "0 virhettä") || strings.Contains(out, "[virhe]") {
				t.Fatalf("check of the %s demo: exit %d\n%s\n%s", id, code, out, errOut)
			}
			if !strings.Contains(out, tpl.Source.URL) {
				t.Errorf("the %s demo's findings do not cite %s", id, tpl.Source.URL)
			}
		})
	}
}
