package programme_test

import (
	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// rich returns a programme with rows in every ID-bearing list, with fixed
// IDs so that tests can name them.
func rich() *programme.Programme {
	p := programme.New(checklist.Default(), []string{"Akaa"}, "Kotouttamisohjelma 2026–2029", 2026, 2029)
	p.ID = "p1"
	p.Created = t0
	p.EditItem("responsibility.authority").Done = true
	p.EditItem("cooperation.group").Note = "Ryhmä koolla"
	p.EditStep("goals").Status = programme.StatusInProgress
	p.Responsibility.Organisation = "Akaan kaupunki"
	p.Responsibility.Milestones = []programme.Milestone{
		{ID: "ms1", Date: "2026-05", Body: "Sivistyslautakunta", Decision: "lausunto"},
		{ID: "ms2", Date: "2026-06-15", Body: "Kaupunginvaltuusto", Decision: "hyväksyminen"},
	}
	p.Cooperation.Members = []programme.Member{
		{ID: "m1", Name: "Liisa Laine", Organisation: "Akaan kaupunki"},
		{ID: "m2", Name: "Matti Mäki", Organisation: "TE-palvelut"},
	}
	p.Cooperation.Hearings = []programme.Hearing{{ID: "h1", Date: "2026-02-10", Kind: programme.HearingResident, Title: "Asukasilta", Count: 30}}
	p.Situation.Figures = []programme.Figure{{ID: "f1", Label: "Vieraskielisiä", Value: programme.TextValue("1 200"), Year: 2025}}
	p.Situation.Answers["situation.q.count"] = "Noin 1 200."
	p.Goals = []programme.Goal{
		{ID: "g1", Title: "Työllisyys paranee", Measures: []programme.Measure{
			{ID: "me1", Title: "Kielikahvila", Start: "2026-03", Status: programme.MeasurePlanned},
			{ID: "me2", Title: "Työnhakuvalmennus", Status: programme.MeasureOngoing},
		}},
		{ID: "g2", Title: "Lapset osallistuvat varhaiskasvatukseen"},
	}
	p.Monitoring.Indicators = []programme.Indicator{{
		ID: "i1", Name: "Työllisyysaste", GoalIDs: []string{"g1"},
		Baseline: programme.Point{Value: programme.TextValue("55"), Year: 2024}, Target: programme.Point{Value: programme.TextValue("60"), Year: 2029},
	}}
	p.Communication.Rows = []programme.CommRow{{ID: "c1", Audience: "target-group", Message: "Ohjelma valmistuu", Languages: []string{"fi", "plain"}}}
	p.Document.Sections = []programme.Section{
		{ID: "s1", ElementID: "document.el.strategy", Draft: "Ensimmäinen kappale.\n\nToinen kappale.\n\nKolmas kappale."},
		{ID: "s2", Title: "Liitteet", Draft: "Liite 1"},
	}
	p.Comments = []programme.Comment{{ID: "k1", About: "goal:g1", Author: "Liisa", Text: "Mittari puuttuu", Created: t0}}
	return p
}
