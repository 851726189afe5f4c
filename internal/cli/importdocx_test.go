package cli

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/export"
	"fi.kotoutus/kotoutus/programme"
)

// TestImportMDReadsDOCX imports a Word file, the demo's own export, with
// import-md: the sections come back (their drafts then hold the tables
// the export drew from the steps), and a hostile file is refused with one
// Finnish sentence and nothing changed.
func TestImportMDReadsDOCX(t *testing.T) {
	db, id := importDemoDB(t)
	p := importLoad(t, db, id)
	var buf bytes.Buffer
	if err := export.DOCX(&buf, p, checklist.Default(), export.Options{Language: "fi"}); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "vanha ohjelma.docx")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	var evil bytes.Buffer
	zw := zip.NewWriter(&evil)
	for _, name := range []string{"[Content_Types].xml", "word/document.xml", "../../.bashrc"} {
		w, _ := zw.Create(name)
		_, _ = w.Write([]byte("<x/>"))
	}
	_ = zw.Close()
	bad := filepath.Join(t.TempDir(), "paha.docx")
	if err := os.WriteFile(bad, evil.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	before, _ := programme.Encode(importLoad(t, db, id))
	code, _, errOut := runCLI(t, "--db", db, "import-md", bad, "--programme", id)
	if code != 1 || !strings.Contains(errOut, "Word-asiakirja on rakennettu tavalla") || strings.Count(strings.TrimSpace(errOut), "\n") > 0 {
		t.Errorf("hostile file: exit %d, stderr %q", code, errOut)
	}
	if after, _ := programme.Encode(importLoad(t, db, id)); !bytes.Equal(before, after) {
		t.Errorf("a refused file changed the programme")
	}

	code, out, errOut := runCLI(t, "--db", db, "import-md", file, "--programme", id, "--replace")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if !strings.Contains(out, " Vastuutahot” → Vastuutahot") { // the export numbers it ("5 Vastuutahot")
		t.Errorf("the plan does not place the responsibilities section:\n%s", out)
	}
	if strings.Contains(out, "rivi") {
		t.Errorf("the plan of a Word file points to lines it does not have:\n%s", out)
	}
	got := importLoad(t, db, id)
	s := got.Document.ElementSection("document.el.responsibilities")
	if s == nil || !strings.Contains(s.Draft, "sivistys- ja hyvinvointitoimialalle") || !strings.Contains(s.Draft, "| Toimenpide |") {
		t.Errorf("the responsibilities draft after import: %v", s)
	}
}
