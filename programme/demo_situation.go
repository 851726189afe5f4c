package programme

// demoSituation fills the example programme's situation picture. Two guiding
// questions, one own question and two figures are left incomplete on
// purpose, so that the example shows findings.
func demoSituation(p *Programme) {
	s := &p.Situation
	for id, answer := range map[string]string{
		"situation.q.count": "Esimerkkikunnassa asui vuoden 2024 lopussa **1 912 vieraskielistä** asukasta, " +
			"mikä on 7,6 % väestöstä. Ulkomailla syntyneitä oli 2 105. Osuus on kasvanut viidessä vuodessa " +
			"noin kahdella prosenttiyksiköllä.",
		"situation.q.reasons": "Suurin osa on muuttanut työn tai perheen vuoksi. Kuntaan on vuodesta 2022 " +
			"saapunut Ukrainasta tilapäistä suojelua saavia, joista noin 60 % on tehnyt kotikuntailmoituksen. " +
			"Kunta vastaanottaa vuosittain 20–30 kiintiöpakolaista. Ammattikorkeakoulun kansainvälisiä " +
			"opiskelijoita on noin 150.",
		"situation.q.demography": "Vieraskielisistä 62 % on työikäisiä (20–64 v.) ja 27 % alle 20-vuotiaita. " +
			"Miehiä ja naisia on lähes yhtä paljon. Yleisimmät kielet ovat venäjä, arabia, ukraina, viro ja somali.\n\n" +
			"Ulkomailla syntyneiden työllisyysaste oli 58,4 % (koko väestö 74,1 %). Ero on suurin naisilla.",
		"situation.q.needs": "Kuulemisissa nousivat esiin\n\n" +
			"- suomen kielen opetus, jota voi käydä työn tai lastenhoidon ohella\n" +
			"- selkeä tieto siitä, mistä palveluja saa\n" +
			"- tuki työpaikan löytämiseen ja tutkintojen tunnustamiseen\n" +
			"- harrastusmahdollisuudet lapsille ja nuorille.",
		"situation.q.reception": "Kunnalla on maahanmuuttokoordinaattori ja monikielinen neuvontapiste " +
			"kirjastossa kahtena päivänä viikossa. Pakolaisten alkuvaiheen palveluista vastaa hyvinvointialueen " +
			"maahanmuuttajapalvelut. Tilapäistä suojelua saavien vastaanotto järjestettiin nopeasti yhdessä " +
			"järjestöjen kanssa.",
		"situation.q.relations": "Asukaskyselyssä 71 % vastaajista piti kuntaa hyvänä paikkana muuttaa " +
			"ulkomailta. Nuorten keskuudessa on ollut yksittäisiä rasistisia välikohtauksia, ja osa " +
			"maahanmuuttaneista kokee jäävänsä paikallisen yhteisön ulkopuolelle.",
		"situation.q.challenges": "Kielikoulutusta on liian vähän iltaisin, työnantajat epäröivät palkata " +
			"heikosti suomea puhuvia, ja palveluista tiedotetaan enimmäkseen vain suomeksi.",
		"situation.q.services": "Kunnasta puuttuu nuorille aikuisille suunnattu kotoutumista tukeva " +
			"ryhmätoiminta. Vieraskieliset lapset osallistuvat varhaiskasvatukseen harvemmin kuin muut.",
	} {
		s.SetAnswer(id, answer)
	}
	s.AddQuestion(Question{
		Question: "Miten kuntaan työn perusteella muuttaneet löytävät kunnan palvelut?",
		Answer: "Työnantajien kautta tieto kulkee vaihtelevasti. Suurimmat työnantajat ohjaavat uudet " +
			"työntekijät neuvontapisteeseen, pienet yritykset harvoin.",
	})
	s.AddQuestion(Question{Question: "Miten ikääntyneet maahanmuuttaneet tavoitetaan?"})

	for _, f := range []Figure{
		{Label: "Vieraskieliset asukkaat", Value: TextValue("1 912"), Unit: "henkilöä", Year: 2024, Area: DemoMunicipality, Source: "Tilastokeskus, väestörakenne"},
		{Label: "Vieraskielisten osuus väestöstä", Value: TextValue("7,6"), Unit: "%", Year: 2024, Area: DemoMunicipality, Source: "Tilastokeskus, väestörakenne"},
		{Label: "Ulkomailla syntyneiden työllisyysaste (20–64 v.)", Value: TextValue("58,4"), Unit: "%", Year: 2023, Area: DemoMunicipality, Source: "Kotoutumisen indikaattorit -tietokanta"},
		{Label: "Yleisimmät vieraat kielet", Value: TextValue("venäjä, arabia, ukraina, viro, somali"), Year: 2024, Area: DemoMunicipality, Source: "Tilastokeskus"},
		{Label: "Tilapäistä suojelua saavat", Value: TextValue("214"), Unit: "henkilöä", Year: 2025, Area: DemoMunicipality, Source: "Maahanmuuttovirasto"},
		{Label: "Vieraskielisten lasten osuus varhaiskasvatuksessa", Value: TextValue("9,1"), Unit: "%", Year: 2024, Area: DemoMunicipality},
		{Label: "Kuntaan muuttaneet vieraskieliset vuodessa", Value: TextValue("236"), Unit: "henkilöä", Area: DemoMunicipality, Source: "DVV:n muutostietopalvelu"},
	} {
		s.AddFigure(f)
	}
	s.OtherSources = []string{
		"Esimerkkikunnan asukaskysely 2024",
		"Maahanmuuttajayhdistysten haastattelut syksyllä 2025",
	}
	s.Strengths = []string{
		"Aktiiviset järjestöt ja vapaaehtoiset",
		"Kirjaston monikielinen neuvontapiste",
		"Suurten työnantajien kiinnostus kansainväliseen rekrytointiin",
	}
	s.Challenges = []string{
		"Kielikoulutusta on vähän iltaisin ja etänä",
		"Ulkomailla syntyneiden naisten matala työllisyysaste",
		"Palveluista tiedotetaan lähes vain suomeksi",
	}
	s.MissingServices = []string{
		"Ryhmätoiminta nuorille aikuisille",
		"Tutkintojen tunnustamisen neuvonta",
	}
}
