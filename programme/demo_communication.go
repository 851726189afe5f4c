package programme

// demoCommunication fills the example programme's communication plan. No
// row addresses decision-makers yet and one row has no responsible person,
// so the step shows findings.
func demoCommunication(p *Programme) {
	c := &p.Communication
	for _, r := range []CommRow{
		{
			Audience: "residents", Message: "Kotouttamisohjelma valmistellaan yhdessä kuntalaisten kanssa: kerro, mikä auttaa asettumaan kuntaan.",
			Channel: "kunnan verkkosivut, paikallislehti, sosiaalinen media", Timing: "3–5/2026 ja hyväksymisen jälkeen 1/2027",
			Languages: []string{LangFinnish, LangSwedish}, Responsible: "viestintäpäällikkö Kati Huttunen",
		},
		{
			Audience: AudienceTargetGroup, Message: "Mitä palveluja kunnassa on ja mistä saa neuvoa; kutsu asukasiltaan ja kyselyyn.",
			Channel: "neuvontapiste, yhdistysten kanavat, WhatsApp-ryhmät, kielikahvila", Timing: "4/2026 alkaen, jatkuvasti",
			Languages: []string{LangFinnish, LangPlain, LangOther}, OtherLanguages: "arabia, ukraina, somali, englanti", Responsible: "maahanmuuttajapalvelut, Aino Virtanen",
		},
		{
			Audience: "stakeholders", Message: "Ohjelman tavoitteet ja kunkin toimijan vastuut; seurannan tulokset vuosittain.",
			Channel: "yhteistyöryhmän kokoukset, sähköpostitiedote", Timing: "valmistelun aikana kuukausittain, sitten kerran vuodessa",
			Languages: []string{LangFinnish}, Responsible: "yhteistyöryhmän puheenjohtaja",
		},
		{
			CustomAudience: "Kunnan henkilöstö", Message: "Mitä ohjelma tarkoittaa asiakastyössä; selkokielen ja tulkkauksen käyttö.",
			Channel: "intranet, henkilöstöinfo", Timing: "2/2027", Languages: []string{LangFinnish},
		},
	} {
		c.AddRow(r)
	}
}
