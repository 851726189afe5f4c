package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// bilingualID creates the bilingual demo in db and returns its ID.
func bilingualID(t *testing.T, db string) string {
	t.Helper()
	code, out, errOut := runCLI(t, "--db", db, "demo", "--bilingual")
	if code != 0 {
		t.Fatalf("demo --bilingual: %d %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	return lines[len(lines)-1]
}

func TestExportBilingual(t *testing.T) {
	db := tempDB(t)
	id := bilingualID(t, db)

	// Without --lang the document is in the main language, Finnish.
	code, fi, errOut := runCLI(t, "--db", db, "export", "--programme", id, "--out", "-")
	if code != 0 || !strings.HasPrefix(fi, "# Kotouttamisohjelma 2026–2029") || strings.Contains(errOut, "ruotsinkielisessä") {
		t.Fatalf("default export: %d %.80q %q", code, fi, errOut)
	}

	// A Swedish draft: the Swedish texts, the two untranslated ones marked
	// and listed on stderr.
	code, sv, errOut := runCLI(t, "--db", db, "export", "--programme", id, "--lang", "sv", "--out", "-")
	if code != 0 {
		t.Fatalf("sv draft: %d %s", code, errOut)
	}
	for _, want := range []string{
		"# Program för integrationsfrämjande 2026–2029", "## Innehåll", "Sysselsättningen bland inflyttade förbättras",
		`\[Översättning saknas\] Henkilöstön koulutus yhdenvertaisesta asiakaspalvelusta`,
	} {
		if !strings.Contains(sv, want) {
			t.Errorf("Swedish draft lacks %q", want)
		}
	}
	if strings.Contains(sv, "Maahanmuuttaneiden työllisyys paranee") {
		t.Errorf("Swedish draft has a Finnish goal title")
	}
	if !strings.Contains(errOut, "kotoutus export: ruotsinkielisessä luonnoksessa on kääntämättömiä tekstejä, jotka näkyvät pääkielellä ja merkittyinä, 2:") ||
		!strings.Contains(errOut, "Henkilöstön koulutus yhdenvertaisesta asiakaspalvelusta (Otsikko)") {
		t.Errorf("stderr does not list the untranslated texts: %s", errOut)
	}

	// A final document in Swedish is refused until --fallback-main.
	if code, _, errOut := runCLI(t, "--db", db, "state", "--programme", id, "--set", "proposal", "--body", "Kunnanvaltuusto"); code != 0 {
		t.Fatalf("state: %d %s", code, errOut)
	}
	dir := t.TempDir()
	pdf := filepath.Join(dir, "program.pdf")
	code, out, errOut := runCLI(t, "--db", db, "export", "--programme", id, "--lang", "sv", "--out", pdf)
	if code != 1 || out != "" || !strings.Contains(errOut, "Lopullista asiakirjaa ei viety ruotsiksi") || !strings.Contains(errOut, "teksteiltä (yllä): 2.") {
		t.Errorf("final without fallback: %d %q %s", code, out, errOut)
	}
	if _, err := os.Stat(pdf); err == nil {
		t.Errorf("a refused export wrote the file")
	}
	code, out, errOut = runCLI(t, "--db", db, "export", "--programme", id, "--lang", "sv", "--fallback-main", "--out", pdf)
	if code != 0 || !strings.Contains(out, pdf) || !strings.Contains(errOut, "ruotsinkielisessä asiakirjassa on pääkielen teksti käännöksen tilalla (--fallback-main), tekstejä 2:") {
		t.Fatalf("final with fallback: %d %q %s", code, out, errOut)
	}
	text, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	flat := strings.Join(strings.Fields(string(text)), " ")
	for _, want := range []string{"Program för integrationsfrämjande 2026–2029", "Förslag", "Innehåll", "Henkilöstön koulutus"} {
		if !strings.Contains(flat, want) {
			t.Errorf("Swedish final PDF lacks %q", want)
		}
	}
	if strings.Contains(flat, "Översättning saknas") {
		t.Errorf("a final with fallback marks the missing translations")
	}

	// The status lists them with the overview's findings, as sentences.
	code, status, errOut := runCLI(t, "--db", db, "status", "--programme", id)
	if code != 0 || !strings.Contains(status, "Ruotsinkielisestä asiakirjasta puuttuu käännöksiä: 2/") || strings.Contains(status, "missing.document") {
		t.Errorf("status: %d %s\n%s", code, errOut, status)
	}

	// The checker names the gaps per language.
	code, check, _ := runCLI(t, "--db", db, "check", "--programme", id)
	if code > 1 || !strings.Contains(check, "Ruotsinkielisestä asiakirjasta puuttuu käännöksiä: 2/") ||
		!strings.Contains(check, "Ruotsinkielisen asiakirjan vanhentuneita käännöksiä: 1 ") {
		t.Errorf("check:\n%s", check)
	}
}

func TestDemoBilingualRefusesSize(t *testing.T) {
	if code, _, errOut := runCLI(t, "--db", tempDB(t), "demo", "--bilingual", "--size", "large"); code != 2 || !strings.Contains(errOut, "--bilingual") {
		t.Errorf("demo --bilingual --size: %d %s", code, errOut)
	}
}

func TestFieldLabelOfTranslation(t *testing.T) {
	for field, want := range map[string]string{
		"title":          "Otsikko",
		"tr.sv.title":    "Käännös (sv): Otsikko",
		"tr.en.draft":    "Käännös (en): Luonnosteksti",
		"tr.sv.unknownx": "Käännös (sv): unknownx",
	} {
		if got := fieldLabel(field); got != want {
			t.Errorf("fieldLabel(%q) = %q, want %q", field, got, want)
		}
	}
}
