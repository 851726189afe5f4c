package cli

import (
	"strings"
	"testing"
)

func TestStateCommand(t *testing.T) {
	db := tempDB(t)
	id := demoID(t, db)
	steps := []struct {
		name string
		args []string
		code int
		out  string // stdout on success, stderr otherwise
	}{
		{"shows a draft", nil, 0, "Asiakirja on luonnos."},
		{"proposal", []string{"--set", "proposal", "--body", "Kunnanhallitus"}, 0, "Asiakirja on ehdotus, jonka käsittelee Kunnanhallitus."},
		{"adoption without body refused", []string{"--set", "adopted", "--date", "14.12.2026"}, 1, "mikä toimielin"},
		{"refusal kept the proposal", nil, 0, "Asiakirja on ehdotus, jonka käsittelee Kunnanhallitus."},
		{"adoption without day refused", []string{"--set", "adopted", "--body", "Kunnanvaltuusto", "--date", "12/2026"}, 1, "päivän tarkkuudella"},
		{"bad date", []string{"--set", "adopted", "--body", "Kunnanvaltuusto", "--date", "eilen"}, 2, "eilen"},
		{"bad stage", []string{"--set", "approved"}, 2, "approved"},
		{"body without --set", []string{"--body", "Kunnanvaltuusto"}, 2, "--set"},
		{"adopted", []string{"--set", "adopted", "--body", "Kunnanvaltuusto", "--date", "14.12.2026", "--section", "45"}, 0, "Kunnanvaltuusto hyväksyi asiakirjan 14.12.2026 (§ 45)."},
	}
	for _, st := range steps {
		code, out, errOut := runCLI(t, append([]string{"--db", db, "state", "--programme", id}, st.args...)...)
		got := out
		if st.code != 0 {
			got = errOut
		}
		if code != st.code || !strings.Contains(got, st.out) {
			t.Fatalf("%s: exit %d (want %d), stdout %q, stderr %q; want %q", st.name, code, st.code, out, errOut, st.out)
		}
	}
	// The exported document says it.
	code, out, errOut := runCLI(t, "--db", db, "export", "--programme", id, "--out", "-")
	if code != 0 {
		t.Fatalf("export: %d %s", code, errOut)
	}
	for _, want := range []string{"- **Hyväksytty:** Kunnanvaltuusto 14.12.2026 §\u00a045\n", "- **Päiväys:** 14.12.2026\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("document lacks %q", want)
		}
	}
}
