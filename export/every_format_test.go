package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// TestEnteredProgrammeEveryFormat exports a freshly entered programme
// (every step filled in, two sections written, a logo, a proposal to the
// council) in every registered format and reads each back. With
// KOTOUTUS_KEEP_DIR set, the files are kept there for a person to look
// at (the closing check: every PDF page as an image, the DOCX
// through LibreOffice, the HTML in Chromium).
func TestEnteredProgrammeEveryFormat(t *testing.T) {
	p, tpl := enteredForExport(t)
	keep := os.Getenv("KOTOUTUS_KEEP_DIR")
	dir := t.TempDir()
	if keep != "" {
		dir = keep
	}
	for _, f := range Formats() {
		t.Run(f.ID, func(t *testing.T) {
			var buf bytes.Buffer
			if _, err := f.Write(&buf, p, tpl, testOptions(), nil); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, "entered"+f.Ext)
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			switch f.ID {
			case "pdf":
				c := checkTags(t, path)
				// The logo and the charts (the timeline on one page).
				d, err := assemble(p, tpl, testOptions())
				if err != nil {
					t.Fatal(err)
				}
				if c.ErrorCount > 0 || len(c.Figures) != 1+len(d.from.charts) {
					t.Errorf("%d tagging errors, %d figures:\n%s", c.ErrorCount, len(c.Figures), strings.Join(c.Errors, "\n"))
				}
				t.Logf("entered programme: %d pages, %d elements, %d MCIDs, %d link annotations, %d errors", c.Pages, c.Elements, c.MCIDs, c.Annotations, c.ErrorCount)
				text := strings.Join(pageTexts(t, path), "\n")
				for _, want := range []string{"työllisyysaste", "Kielikahvila", "Ehdotus"} {
					if !strings.Contains(text, want) {
						t.Errorf("the PDF lacks %q", want)
					}
				}
			case "docx":
				if parts := docxParts(t, buf.Bytes()); !strings.Contains(parts["word/document.xml"], "Kielikahvila") || parts["word/media/logo.png"] == "" {
					t.Error("the DOCX lacks the table or the logo")
				}
			case "html":
				doc := checkPage(t, buf.Bytes())
				if len(elements(doc, "img")) != 1 {
					t.Error("the page has no logo")
				}
			case "md":
				for _, ph := range placeholders {
					if strings.Contains(buf.String(), ph) {
						t.Errorf("placeholder %q in the document", ph)
					}
				}
			case "xlsx":
				if buf.Len() < 1000 || !bytes.HasPrefix(buf.Bytes(), []byte("PK")) {
					t.Errorf("the workbook is %d bytes", buf.Len())
				}
			}
		})
	}
}

// enteredForExport is enteredProgramme on the 2025 template with two
// sections written (a link to a numbered heading, a list, a table), the
// logo and a proposal to the council.
func enteredForExport(t *testing.T) (*programme.Programme, *checklist.Template) {
	t.Helper()
	p, tpl := enteredProgramme(t, checklist.PlanningID)
	logo, _ := logoProgramme(t, "")
	p.Document.SetLogo(logo.Document.Logo)
	if err := p.SetAdoption(programme.Adoption{Status: programme.DocProposal, Body: "Kunnanvaltuusto", Date: "2026-11-30"}); err != nil {
		t.Fatal(err)
	}
	p.Document.Sections[0].Draft = "Järvilahden ohjelma kokoaa kunnan, hyvinvointialueen ja järjestöjen työn. " +
		"Seuranta kuvataan luvussa [Seuranta ja päivittäminen](#seuranta-mittarit-ja-päivittäminen).\n\n" +
		"### Painopisteet\n\n- kielitaito ja työ\n- lapset ja nuoret\n- asukkaiden osallisuus"
	p.Document.Sections[1].Draft = "| Palvelu | Vastuu | Vuosi |\n| --- | --- | ---: |\n| Alkukartoitus | Työllisyyspalvelut | 2026 |\n| Kielikahvila | Kirjasto | 2027 |"
	return p, tpl
}
