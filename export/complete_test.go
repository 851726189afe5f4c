package export

import (
	"bytes"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// enteredProgramme is a programme filled in through the model the way a
// new user fills the seven steps, with no section text written in step 5.
func enteredProgramme(t testing.TB, tplID string) (*programme.Programme, *checklist.Template) {
	t.Helper()
	tpl, err := checklist.Get(tplID)
	if err != nil {
		t.Fatal(err)
	}
	p := programme.New(tpl, []string{"Järvilahti"}, "Kotouttamisohjelma 2026–2029", 2026, 2029)
	p.Responsibility.Lead = programme.Contact{Name: "Aino Koskinen", Title: "kotoutumiskoordinaattori", Organisation: "Järvilahden kunta"}
	p.Responsibility.AddMilestone(programme.Milestone{Date: "2026-11-30", Body: "Kunnanvaltuusto", Decision: "Ohjelman hyväksyminen"})
	p.Cooperation.Members = []programme.Member{{ID: "m1", Name: "Leena Laine", Organisation: "Hyvinvointialue", Sector: "wellbeing-county", Role: "jäsen"}}
	p.Cooperation.Hearings = []programme.Hearing{{ID: "h1", Date: "2026-04-14", Title: "Asukasilta kirjastolla", Kind: programme.HearingKinds[0], Count: 34, ImmigrantCount: 21}}
	p.Situation.SetAnswer("situation.q.needs", "Kielikoulutusta iltaisin ja tukea työnhakuun.")
	p.Situation.Strengths = []string{"Aktiiviset järjestöt"}
	v, _ := programme.NumberValue("7,6")
	p.Situation.AddFigure(programme.Figure{Label: "Vieraskielisten osuus väestöstä", Value: v, Unit: "%", Year: 2024, Source: "Tilastokeskus"})
	p.Goals = []programme.Goal{{ID: "g1", Title: "Maahanmuuttaneiden työllisyys paranee", Measures: []programme.Measure{{
		ID: "g1m1", Title: "Työpaikkasuomen kurssit", Responsible: "Työllisyyspalvelut", Partners: "Kansalaisopisto",
		Start: "2026-01", End: "2027-12", Resources: "25 000 € vuodessa, ESR+-hanke", Status: programme.MeasurePlanned,
	}}}}
	base, _ := programme.NumberValue("58,2")
	target, _ := programme.NumberValue("65")
	p.Monitoring.Indicators = []programme.Indicator{{
		ID: "i1", Name: "Ulkomailla syntyneiden työllisyysaste", GoalIDs: []string{"g1"},
		Unit: "%", Baseline: programme.Point{Value: base, Year: 2024}, Target: programme.Point{Value: target, Year: 2029}, Source: "Tilastokeskus", Frequency: "vuosittain",
	}}
	p.Monitoring.Plan = programme.Plan{
		Who: "Kotoutumisen yhteistyöryhmä", ReportsTo: "Kunnanhallitukselle tilinpäätöksen yhteydessä",
		Frequency: "Kerran vuodessa", UpdateWhen: "Kun kuntaan osoitetaan pakolaisia tai valtuustokausi vaihtuu",
	}
	p.Communication.Rows = []programme.CommRow{{
		ID: "c1", Audience: programme.AudienceTargetGroup, Message: "Mitä kurssit tarjoavat",
		Channel: "Kirjaston infotilaisuus", Timing: "syksy 2026", Languages: []string{programme.LangFinnish, programme.LangPlain}, Responsible: "Viestintä",
	}}
	return p, tpl
}

// placeholders are sentences that must never reach a council document.
var placeholders = []string{"ei ole vielä kirjoitettu", "ei ole vielä kirjattu", "ei ole vielä valittu", "ei ole vielä laadittu", "ei ole kirjattu"}

func TestCompleteByDefault(t *testing.T) {
	want := []string{
		"Ulkomailla syntyneiden työllisyysaste", "58,2", "65", // indicator
		"Kotoutumisen yhteistyöryhmä", "Kunnanhallitukselle tilinpäätöksen yhteydessä", "Kun kuntaan osoitetaan pakolaisia", // monitoring plan
		"Mitä kurssit tarjoavat", "Kirjaston infotilaisuus", // communication plan
		"Vieraskielisten osuus väestöstä", "7,6", // key figure
		"25 000 € vuodessa, ESR+-hanke", "Kansalaisopisto", // resources and partners
		"Kielikoulutusta iltaisin", "Aktiiviset järjestöt", // situation picture
		"Asukasilta kirjastolla", // hearing
	}
	for _, id := range []string{checklist.DefaultID, checklist.PlanningID} {
		t.Run(id, func(t *testing.T) {
			p, tpl := enteredProgramme(t, id)
			md := string(exportMarkdown(t, p, tpl))
			path, _ := writePDF(t, p, tpl)
			// Reading order, not layout: a table cell wraps within its
			// column; hyphens are dropped on both sides since a cell may
			// break a word.
			pdf := runTool(t, "pdftotext", "-enc", "UTF-8", path, "-")
			unhyphen := func(s string) string { return strings.ReplaceAll(squeeze(s), "-", "") }
			for name, text := range map[string]string{"markdown": md, "pdf": pdf} {
				flat := unhyphen(text)
				for _, w := range want {
					if !strings.Contains(flat, unhyphen(w)) {
						t.Errorf("%s lacks %q", name, w)
					}
				}
				for _, ph := range placeholders {
					if strings.Contains(strings.ToLower(text), ph) {
						t.Errorf("%s prints the placeholder %q", name, ph)
					}
				}
			}
			// Sections with nothing to show are left out, not printed empty.
			if strings.Contains(md, "Kytkös kuntastrategiaan") {
				t.Error("an unwritten section is in the document")
			}
			// The hearing table is printed once.
			if n := strings.Count(md, "Asukasilta kirjastolla"); n != 1 {
				t.Errorf("the hearing is printed %d times", n)
			}
		})
	}
}

func TestOpenSectionsListedInDraftOnRequest(t *testing.T) {
	p, tpl := enteredProgramme(t, checklist.DefaultID)
	p.Document.Layout.ListOpen = true
	md := string(exportMarkdown(t, p, tpl))
	tx, _ := loadTexts("fi")
	i := strings.Index(md, "## "+tx.get("open.title"))
	if i < 0 {
		t.Fatalf("no page of open sections:\n%s", md)
	}
	if !strings.Contains(md[i:], "- Kytkös kuntastrategiaan") {
		t.Error("the open page does not list an unwritten element")
	}
	// A proposal or an adopted programme has no such page.
	p.Adoption = programme.Adoption{Status: programme.DocProposal, Body: "Kunnanvaltuusto"}
	if md := string(exportMarkdown(t, p, tpl)); strings.Contains(md, tx.get("open.title")) {
		t.Error("a proposal lists open sections")
	}
}

func TestNumberedHeadingsOption(t *testing.T) {
	p, tpl := enteredProgramme(t, checklist.DefaultID)
	md := string(exportMarkdown(t, p, tpl))
	for _, w := range []string{"\n## 1 Tiivistelmä\n", "\n### 1.1 ", "- [1 Tiivistelmä](#1-tiivistelmä)"} {
		if !strings.Contains(md, w) {
			t.Errorf("numbered document lacks %q", w)
		}
	}
	p.Document.Layout.Unnumbered = true
	md = string(exportMarkdown(t, p, tpl))
	if !strings.Contains(md, "\n## Tiivistelmä\n") || strings.Contains(md, "## 1 ") || strings.Contains(md, "### 1.1 ") {
		t.Errorf("unnumbered document has numbers")
	}
}

func TestBlocksFollowTheUsersChoice(t *testing.T) {
	p, tpl := enteredProgramme(t, checklist.DefaultID)
	mon := p.Document.ElementSection("document.el.monitoring")
	// Reordered: the plan before the indicators.
	if err := p.Document.SetIncludes(mon.ID, []programme.Block{programme.BlockMonitoringPlan, programme.BlockIndicators}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Markdown(&buf, p, tpl, testOptions()); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	tx, _ := loadTexts("fi")
	if i, j := strings.Index(md, tx.get("block.monitoringPlan")), strings.Index(md, tx.get("block.indicators")); i < 0 || j < 0 || i > j {
		t.Errorf("blocks not in the chosen order (plan at %d, indicators at %d)", i, j)
	}
	// Turned off: the communication plan is gone with its section, which
	// has nothing else.
	com := p.Document.ElementSection("document.el.communication")
	_ = p.Document.SetIncludes(com.ID, nil)
	buf.Reset()
	_ = Markdown(&buf, p, tpl, testOptions())
	if strings.Contains(buf.String(), "Mitä kurssit tarjoavat") {
		t.Error("a turned-off block is still printed")
	}
}
