package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/programme"
)

// importDemoDB makes a database with the example programme and returns its path
// and the programme's ID.
func importDemoDB(t *testing.T) (db, id string) {
	t.Helper()
	db = tempDB(t)
	code, out, errOut := runCLI(t, "--db", db, "demo")
	if code != 0 {
		t.Fatalf("demo: %d %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	return db, lines[len(lines)-1]
}

// importLoad reads a programme back from the database file.
func importLoad(t *testing.T, db, id string) *programme.Programme {
	t.Helper()
	s, err := programme.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := s.Load(id)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func importWriteFile(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const oldProgramme = "# Kotouttamisohjelma 2022–2025\n\n## 3. Vastuutahot\n\nSivistysjohtaja vastaa.\n\n## Liitteet\n\nLiite 1.\n"

func TestImportMDRefusesToReplaceWithoutFlag(t *testing.T) {
	db, id := importDemoDB(t)
	file := importWriteFile(t, "vanha.md", oldProgramme)
	before, _ := programme.Encode(importLoad(t, db, id))

	code, out, errOut := runCLI(t, "--db", db, "import-md", file, "--programme", id)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr %q", code, errOut)
	}
	for _, want := range []string{"osia 2", "”3. Vastuutahot” → Vastuutahot", "korvaa osion nykyisen tekstin", "”Liitteet” → uusi oma osio"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(errOut, "1 osion nykyinen teksti korvautuisi (Vastuutahot)") || !strings.Contains(errOut, "--replace") {
		t.Errorf("stderr = %q", errOut)
	}
	after, _ := programme.Encode(importLoad(t, db, id))
	if string(before) != string(after) {
		t.Error("a refused import changed the database")
	}
}

func TestImportMDReplaceWithFlagsBeforeFile(t *testing.T) {
	db, id := importDemoDB(t)
	file := importWriteFile(t, "vanha.md", oldProgramme)
	code, out, errOut := runCLI(t, "--db", db, "import-md", "--programme", id, "--replace", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "tuotiin osia: 2") {
		t.Errorf("stdout = %q", out)
	}
	p := importLoad(t, db, id)
	if got := p.Document.ElementSection("document.el.responsibilities").Draft; got != "Sivistysjohtaja vastaa." {
		t.Errorf("responsibilities = %q", got)
	}
	last := p.Document.Sections[len(p.Document.Sections)-1]
	if last.Title != "Liitteet" || last.Draft != "Liite 1." {
		t.Errorf("appendix = %+v", last)
	}
}

func TestImportMDNewSectionsNeedNoFlag(t *testing.T) {
	db, id := importDemoDB(t)
	file := importWriteFile(t, "liite.md", "## Liite: sanasto\n\n- **kotoutuminen** – maahan muuttaneen sopeutuminen\n")
	code, _, errOut := runCLI(t, "--db", db, "import-md", file, "--programme="+id)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	p := importLoad(t, db, id)
	if n := len(p.Document.Sections); n != 14 {
		t.Errorf("%d sections, want 14 (the demo's 13 and the new one)", n)
	}
}

func TestImportMDErrors(t *testing.T) {
	db, id := importDemoDB(t)
	binary := importWriteFile(t, "kuva.md", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	latin := importWriteFile(t, "latin.md", "## Vastuutahot\nK\xe4ytt\xe4j\xe4t\n")
	ok := importWriteFile(t, "ok.md", "## Vastuutahot\nTeksti\n")
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no programme", []string{"import-md", ok}, 2, "--programme"},
		{"no file", []string{"import-md", "--programme", id}, 2, "Anna yksi tuotava"},
		{"two files", []string{"import-md", ok, ok, "--programme", id}, 2, "Anna yksi tuotava"},
		{"bad flag", []string{"import-md", ok, "--force"}, 2, "force"},
		{"unknown programme", []string{"import-md", ok, "--programme", "ffffffff"}, 1, "Ohjelmaa ei löytynyt"},
		{"missing file", []string{"import-md", filepath.Join(t.TempDir(), "ei.md"), "--programme", id}, 1, "ei voi lukea"},
		{"folder", []string{"import-md", t.TempDir(), "--programme", id}, 1, "on kansio"},
		{"binary", []string{"import-md", binary, "--programme", id}, 1, "ei ole tekstitiedosto"},
		{"latin-1", []string{"import-md", latin, "--programme", id}, 1, "UTF-8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, append([]string{"--db", db}, c.args...)...)
			if code != c.code || !strings.Contains(errOut, c.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, c.code, c.want)
			}
		})
	}
}
