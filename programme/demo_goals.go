package programme

// demoGoals fills the example programme's goals and measures. The fourth
// goal has no measures or strategy links yet, and one measure has no
// responsible party, so that the example shows findings.
func demoGoals(p *Programme) {
	g := p.AddGoal(Goal{
		Title:       "Maahanmuuttaneiden työllisyys paranee",
		Description: "Ulkomailla syntyneiden työllisyysaste nousee lähemmäs koko väestön tasoa, ja työnantajat rekrytoivat rohkeammin myös heikosti suomea puhuvia.",
		Theme:       "employment",
		Strategies:  []string{"municipal-strategy", "regional-strategy", "national-programme"},
		Rationale:   "Kunnan työvoimasta puuttuu erityisesti hoiva- ja rakennusalan osaajia, ja ulkomailla syntyneiden työllisyysaste on 16 prosenttiyksikköä koko väestöä matalampi.",
	})
	g.AddMeasure(Measure{
		Title: "Kieltä tukeva työkokeilu kunnan yksiköissä", Responsible: "Kunnan työllisyyspalvelut",
		Partners: "Henkilöstöpalvelut, kansalaisopisto", Start: "2026-08", End: "2027-12",
		Resources: "Työllisyyspalvelujen talousarvio; kaksi työvalmentajaa", Status: MeasureOngoing,
	})
	g.AddMeasure(Measure{
		Title: "Rekrytointitapahtumat yhdessä yritysten kanssa kahdesti vuodessa", Responsible: "Elinvoimapalvelut",
		Partners: "Yrittäjäyhdistys, TE-palvelut", Start: "2026", End: "2029", Resources: "5 000 € vuodessa", Status: MeasurePlanned,
	})
	g.AddMeasure(Measure{
		Title: "Oppisopimuskoulutus hoiva-alalle", Partners: "Ammattiopisto, hyvinvointialue",
		Start: "2027-01", End: "2028-12", Status: MeasurePlanned,
	})

	g = p.AddGoal(Goal{
		Title:       "Lapset ja nuoret etenevät koulutuspolulla",
		Description: "Vieraskieliset lapset osallistuvat varhaiskasvatukseen, ja nuoret siirtyvät perusopetuksesta toiselle asteelle yhtä usein kuin muut.",
		Theme:       "education",
		Strategies:  []string{"equality-plan", "welfare-plan"},
		Rationale:   "Vieraskielisten lasten osallistumisaste varhaiskasvatukseen on selvästi muita matalampi, ja NEET-nuorten osuus on kasvanut.",
	})
	g.AddMeasure(Measure{
		Title: "Varhaiskasvatuksen palveluohjaus vieraskielisille perheille", Responsible: "Varhaiskasvatuspalvelut",
		Partners: "Hyvinvointialueen neuvola", Start: "2026-01", End: "2026-12", Status: MeasureOngoing,
	})
	g.AddMeasure(Measure{
		Title: "S2-opetuksen ja oman äidinkielen opetuksen resurssit turvataan", Responsible: "Perusopetus",
		Start: "2026-08", End: "2029-06", Resources: "Valtionavustus ja kunnan talousarvio", Status: MeasurePlanned,
	})
	g.AddMeasure(Measure{
		Title: "Tehostettu ohjaus perusopetuksesta toiselle asteelle", Responsible: "Oppilaanohjaus",
		Partners: "Etsivä nuorisotyö, ammattiopisto", Start: "2027", End: "2029", Status: MeasurePlanned,
	})

	g = p.AddGoal(Goal{
		Title:       "Kuntalaiset kohtaavat toisensa ja kokevat olevansa tervetulleita",
		Description: "Eri taustaisille asukkaille syntyy luontevia kohtaamispaikkoja, ja kunnan palvelut kohtelevat kaikkia yhdenvertaisesti.",
		Theme:       "receptiveness",
		Strategies:  []string{"municipal-strategy", "equality-plan"},
		Rationale:   "Asukaskyselyssä osa maahanmuuttaneista kertoi jäävänsä yhteisön ulkopuolelle, ja nuorten keskuudessa on ollut rasistisia välikohtauksia.",
	})
	g.AddMeasure(Measure{
		Title: "Monikielinen tervetuloa-opas kuntaan muuttaville", Responsible: "Viestintäyksikkö",
		Partners: "Maahanmuuttajayhdistys", Start: "2025-09", End: "2025-12", Status: MeasureDone,
	})
	g.AddMeasure(Measure{
		Title: "Kielikahvila ja ystävätoiminta kirjastossa", Responsible: "Kirjasto",
		Partners: "SPR:n paikallisosasto, seurakunta", Start: "2026-03", Resources: "Järjestöavustus 4 000 € vuodessa", Status: MeasureOngoing,
	})
	g.AddMeasure(Measure{
		Title: "Henkilöstön koulutus yhdenvertaisesta asiakaspalvelusta", Responsible: "Henkilöstöpalvelut",
		Start: "2027", End: "2028", Status: MeasurePlanned,
	})

	p.AddGoal(Goal{
		Title:       "Maahanmuuttaneet osallistuvat kunnan päätöksentekoon",
		Description: "Maahanmuuttaneet asukkaat tuntevat vaikuttamisen keinot ja käyttävät niitä.",
		Theme:       "participation",
	})
}
