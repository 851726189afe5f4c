package export

import (
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// TestTemplateBasisInMetadata checks that the Act, the checklist and the
// date its texts were checked are in the title block and in the PDF's
// metadata (read back with pdfinfo), and that a 2025 plan is not called a
// kotouttamisohjelma there.
func TestTemplateBasisInMetadata(t *testing.T) {
	tpl, err := checklist.Get(checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	p, err := programme.DemoFor(tpl)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Laki kotoutumisen edistämisestä (681/2023), 45 §", tpl.Source.URL, "tekstit tarkistettu 2.12.2026"}
	md := string(exportMarkdown(t, p, tpl))
	head, _, _ := strings.Cut(md, "## Sisällys")
	for _, w := range want {
		if !strings.Contains(head, w) {
			t.Errorf("title block lacks %q:\n%s", w, head)
		}
	}
	if !strings.Contains(md, "**Valtakunnalliset tavoitteet:** VALKO 2024–2027: Suomeen kotoudutaan työllä, Työllisyyden edistämisen valtakunnalliset tavoitteet (TEM) kotoutuja-asiakkaiden osalta") {
		t.Error("the employment goal's national links are not listed apart from the municipal plans")
	}
	path, _ := writePDF(t, p, tpl)
	info := runTool(t, "pdfinfo", path)
	subject := ""
	for _, line := range strings.Split(info, "\n") {
		if s, ok := strings.CutPrefix(line, "Subject:"); ok {
			subject = strings.TrimSpace(s)
		}
	}
	if !strings.HasPrefix(subject, "Kotoutumisen edistämisen suunnitelma vuosille 2026–2029") {
		t.Errorf("PDF subject %q", subject)
	}
	for _, w := range want {
		if !strings.Contains(subject, w) {
			t.Errorf("PDF subject lacks %q: %q", w, subject)
		}
	}
	if strings.Contains(strings.ToLower(subject), "kotouttamis") {
		t.Errorf("the 2025 plan's metadata uses the old term: %q", subject)
	}
}
