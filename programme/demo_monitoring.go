package programme

import "fi.kotoutus/kotoutus/checklist"

// demoMonitoring fills the example programme's indicators and monitoring
// plan. It follows demoGoals, whose goals the indicators link to; the last
// indicator has no target yet, so that the example shows a finding.
func demoMonitoring(p *Programme) {
	tpl, err := p.Template()
	if err != nil {
		tpl = checklist.Default()
	}
	num := func(f float64) Value { return Value{Number: &f} }
	goal := func(i int) []string {
		if i < len(p.Goals) {
			return []string{p.Goals[i].ID}
		}
		return nil
	}
	choose := func(catalogueID string, fill func(ind *Indicator)) {
		ind, err := p.ChooseIndicator(tpl, catalogueID)
		if err != nil {
			panic(err) // the demo names catalogue items the embedded template has
		}
		fill(ind)
	}
	choose("monitoring.ind.employment", func(ind *Indicator) {
		ind.Name = "Ulkomailla syntyneiden työllisyysaste (20–64 v.)"
		ind.GoalIDs = goal(0)
		ind.Baseline = Point{Value: num(58.4), Year: 2023}
		ind.Target = Point{Value: num(65), Year: 2029}
		ind.Source = "Kotoutumisen indikaattorit -tietokanta"
		ind.Frequency = "Kerran vuodessa"
		ind.Reporter = "Kunnan työllisyyspalvelut"
		ind.Measurements = []Measurement{
			{Year: 2021, Value: num(55.1)},
			{Year: 2022, Value: num(56.9)},
			{Year: 2023, Value: num(58.4)},
			{Year: 2024, Value: num(59.2), Note: "Ennakkotieto"},
		}
	})
	choose("monitoring.ind.ecec", func(ind *Indicator) {
		ind.Name = "Vieraskielisten lasten osallistuminen varhaiskasvatukseen"
		ind.GoalIDs = goal(1)
		ind.Baseline = Point{Value: num(71), Year: 2024}
		ind.Target = Point{Value: num(85), Year: 2029}
		ind.Source = "Kunnan varhaiskasvatuksen asiakastiedot"
		ind.Frequency = "Kerran vuodessa"
		ind.Reporter = "Varhaiskasvatuspalvelut"
		ind.Measurements = []Measurement{{Year: 2024, Value: num(71)}, {Year: 2025, Value: num(74)}}
	})
	choose("monitoring.ind.neet", func(ind *Indicator) {
		ind.GoalIDs = goal(1)
		ind.Baseline = Point{Value: num(14.2), Year: 2023}
		ind.Target = Point{Value: num(10), Year: 2028}
		ind.Frequency = "Kerran vuodessa"
		ind.Reporter = "Nuorisopalvelut"
		ind.Measurements = []Measurement{{Year: 2023, Value: num(14.2)}}
	})
	choose("monitoring.ind.staff-training", func(ind *Indicator) {
		ind.GoalIDs = append(goal(2), goal(0)...)
		ind.Baseline = Point{Value: num(0), Year: 2025}
		ind.Target = Point{Value: num(120), Year: 2029}
		ind.Source = "Henkilöstöpalvelujen koulutusrekisteri"
		ind.Frequency = "Kerran vuodessa"
		ind.Reporter = "Henkilöstöpalvelut"
	})
	p.Monitoring.AddIndicator(Indicator{
		Name:        "Kielikahvilan käynnit",
		Description: "Kirjaston kielikahvilan käyntikerrat vuodessa.",
		GoalIDs:     goal(2),
		Unit:        "käyntiä",
		Baseline:    Point{Value: num(420), Year: 2025},
		Source:      "Kirjaston kävijätilasto",
		Frequency:   "Kerran vuodessa",
		Reporter:    "Kirjasto",
	})
	p.Monitoring.Plan = Plan{
		Who:       "Kotoutumisen yhteistyöryhmä; valmistelusta vastaa maahanmuuttokoordinaattori.",
		ReportsTo: "Kunnanhallitukselle ja valtuustolle; tiedoksi hyvinvointialueelle ja ELY-keskukselle.",
		Frequency: "Kerran vuodessa hyvinvointikertomuksen yhteydessä.",
		UpdateWhen: "Jos kuntaan muuttavien määrä tai rakenne muuttuu olennaisesti (esimerkiksi vastaanottokeskus avataan tai suljetaan), " +
			"kotoutumista koskeva lainsäädäntö muuttuu tai seurannassa käy ilmi, ettei tavoitteisiin edetä.",
	}
}
