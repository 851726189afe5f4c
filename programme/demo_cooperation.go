package programme

// demoCooperation fills the example programme's cooperation content: a
// broad group with an immigrant association and resident members, hearings
// of several kinds, and the agreed schedule. Kela and local companies are
// not in the group and the youth hearing has no summary yet, so the step
// shows findings.
func demoCooperation(p *Programme) {
	c := &p.Cooperation
	for _, m := range []Member{
		{Name: "Aino Virtanen", Organisation: "Esimerkkikunta, maahanmuuttajapalvelut", Sector: "municipal-employment", Role: "puheenjohtaja, valmistelun koordinaattori", Contact: "aino.virtanen@esimerkkikunta.fi"},
		{Name: "Sanna Korhonen", Organisation: "Esimerkkikunta, sivistystoimi", Sector: "municipal-education", Role: "varapuheenjohtaja", Contact: "sanna.korhonen@esimerkkikunta.fi"},
		{Name: "Pekka Heikkinen", Organisation: "Esimerkkikunta, liikunta- ja kulttuuripalvelut", Sector: "municipal-leisure", Role: "jäsen", Contact: "040 111 2222"},
		{Name: "Tiina Lehtonen", Organisation: "Esimerkkikunta, elinvoimapalvelut", Sector: "municipal-vitality", Role: "jäsen", Contact: "tiina.lehtonen@esimerkkikunta.fi"},
		{Name: "Marko Ahonen", Organisation: "Esimerkkikunnan Vuokratalot Oy", Sector: "municipal-housing", Role: "jäsen", Contact: "marko.ahonen@vuokratalot.fi"},
		{Name: "Jari Nieminen", Organisation: "Esimerkkikunta, työllisyyspalvelut", Sector: "employment-authority", Role: "jäsen, työllisyysalueen edustaja", Contact: "jari.nieminen@esimerkkikunta.fi"},
		{Name: "Riikka Järvinen", Organisation: "Keski-Suomen hyvinvointialue, maahanmuuttajien sosiaali- ja terveyspalvelut", Sector: "wellbeing-county", Role: "jäsen", Contact: "riikka.jarvinen@hyvinvointialue.fi"},
		{Name: "Olli Koskinen", Organisation: "Esimerkkikunnan vastaanottokeskus", Sector: "reception-centre", Role: "jäsen", Contact: "040 333 4444"},
		{Name: "Maria Rantanen", Organisation: "Esimerkkikunnan Setlementti ry", Sector: "ngo", Role: "jäsen, järjestöjen edustaja", Contact: "maria.rantanen@setlementti.fi"},
		{Name: "Abdi Hassan", Organisation: "Esimerkkikunnan Somaliyhdistys ry", Sector: "immigrant-association", Role: "jäsen", Contact: "abdi.hassan@somaliyhdistys.fi"},
		{Name: "Olena Kovalenko", Organisation: "Esimerkkikunnan ukrainalaiset ry", Sector: "immigrant-association", Role: "jäsen", Contact: "050 555 6666"},
		{Name: "Thi Lan Nguyen", Organisation: "asukasedustaja", Sector: "immigrant-resident", Role: "jäsen, asukasnäkökulma", Contact: "thi.lan.nguyen@example.com"},
		{Name: "Kaisa Mattila", Organisation: "Keski-Suomen ammattiopisto", Sector: "educational-institution", Role: "jäsen", Contact: "kaisa.mattila@ammattiopisto.fi"},
		{Name: "Juha Leinonen", Organisation: "Esimerkkikunnan seurakunta", Sector: "religious-community", Role: "jäsen", Contact: "juha.leinonen@seurakunta.fi"},
	} {
		c.AddMember(m)
	}
	for _, h := range []Hearing{
		{
			Date: "2026-03-04", Kind: HearingMeeting, Title: "Yhteistyöryhmän aloituskokous", Participants: "yhteistyöryhmä", Count: 13, ImmigrantCount: 3,
			Languages: "suomi", Summary: "Sovittiin työnjaosta ja aikataulusta. Tilannekuvaan toivottiin tietoa erityisesti kotona lapsia hoitavista vanhemmista.",
		},
		{
			Date: "2026-04-22", Kind: HearingResident, Title: "Asukasilta kirjastossa", Participants: "kuntalaiset, maahanmuuttaneet perheet", Count: 46, ImmigrantCount: 31,
			Languages: "suomi, selkosuomi, arabia, ukraina (tulkattuna)", Summary: "Toiveina olivat iltaisin järjestettävä suomen kielen opetus, tietoa harrastuksista lapsille ja apua asunnon hakemiseen. Moni ei tiennyt kunnan neuvontapalvelusta.",
		},
		{
			Date: "2026-05", Kind: HearingSurvey, Title: "Verkkokysely kotoutumispalveluista", Participants: "kuntalaiset ja palveluiden käyttäjät", Count: 212, ImmigrantCount: 97,
			Languages: "suomi, ruotsi, englanti, arabia, ukraina, somali", Summary: "Tärkeimmiksi koettiin työ- ja harjoittelupaikat, kielikurssien saatavuus ja yhteiset kohtaamispaikat. Syrjintää asiointitilanteissa oli kokenut joka viides vastaaja.",
		},
		{
			Date: "2026-06-02", Kind: HearingWorkshop, Title: "Tavoitetyöpaja järjestöille ja yrityksille", Participants: "järjestöt, yritykset, oppilaitokset", Count: 24, ImmigrantCount: 6,
			Languages: "suomi, englanti", Summary: "Työpajassa muotoiltiin työllisyyden ja osallisuuden tavoitteet. Yritykset toivoivat kunnalta apua työnantajien ja työnhakijoiden kohtaamiseen.",
		},
		{
			Date: "2026-10-15", Kind: HearingHearing, Title: "Nuorten kuuleminen koulussa", Participants: "yläkoulun ja lukion oppilaat", Count: 35, ImmigrantCount: 12,
			Languages: "suomi, selkosuomi",
		},
	} {
		c.AddHearing(h)
	}
	c.Schedule = "- 2/2026: kunnanhallitus käynnistää valmistelun\n" +
		"- 3–5/2026: tilannekuva, asukasilta ja verkkokysely\n" +
		"- 6/2026: tavoitetyöpaja ja tavoitteiden luonnos\n" +
		"- 8–9/2026: toimenpiteet ja seuranta, ohjelmaluonnos\n" +
		"- 10–11/2026: lausuntokierros ja nuorten kuuleminen\n" +
		"- 12/2026: kunnanhallituksen ja valtuuston käsittely"
}
