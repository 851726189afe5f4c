package programme

import (
	"slices"

	"fi.kotoutus/kotoutus/checklist"
)

// demoDocument fills the example programme's document: a short introduction
// and drafts of the ten content elements, built around the programme's four
// goals. The section on refugees is marked not applicable because the
// municipality covers it in a separate plan, so the example shows that too.
func demoDocument(p *Programme, tpl *checklist.Template) {
	d := &p.Document
	d.EnsureElements(tpl)
	for id, draft := range demoDrafts {
		if s := d.ElementSection(id); s != nil {
			s.Draft = draft
		}
	}
	if s := d.ElementSection("document.el.protection"); s != nil {
		s.NotApplicable = true
		s.Reason = "Kuntaan osoitettavien pakolaisten ja tilapäistä suojelua saavien vastaanotto ja alkuvaiheen " +
			"palvelut on kuvattu erillisessä pakolaisten vastaanottosuunnitelmassa (kunnanhallitus 12.5.2025), " +
			"jota päivitetään vuosittain. Tämän ohjelman tavoitteet ja toimenpiteet koskevat myös heitä."
	}
	// The sections show their elements' default content from the other
	// steps (the key figures, the goals, the indicators …); the
	// introduction comes after the summary.
	at := 0
	if i := slices.IndexFunc(d.Sections, func(s Section) bool { return s.ElementID == "document.el.summary" }); i >= 0 {
		at = i + 1
	}
	intro := d.AddSection("Johdanto", at)
	d.Section(intro).Draft = demoIntroduction
}

const demoIntroduction = `Tämä ohjelma kertoo, miten Esimerkkikunta edistää kotoutumista vuosina 2026–2029 ja mitä kunta haluaa tällä ajalla saada aikaan. Ohjelma perustuu kotoutumisen edistämisestä annettuun lakiin (681/2023), ja sen on valmistellut kunnan kotoutumisen yhteistyöryhmä yhdessä hyvinvointialueen, järjestöjen ja asukkaiden kanssa.

Ohjelmassa on neljä tavoitetta:

1. Maahanmuuttaneiden työllisyys paranee.
2. Lapset ja nuoret etenevät koulutuspolulla.
3. Kuntalaiset kohtaavat toisensa ja kokevat olevansa tervetulleita.
4. Maahanmuuttaneet osallistuvat kunnan päätöksentekoon.

Ohjelma ei luettele kaikkia kunnan palveluja, vaan kertoo, mitä tehdään toisin tai lisää. Sen toteutumista seurataan vuosittain.`

// demoDrafts are the example's section drafts by content element.
var demoDrafts = map[string]string{
	"document.el.strategy": `Kuntastrategian 2025–2030 tavoite on **elinvoimainen ja kaikille avoin kunta**, jossa jokaisella on mahdollisuus tehdä työtä, oppia ja osallistua. Kotouttamisohjelma on yksi keino toteuttaa tätä tavoitetta: se kertoo, miten strategian painotukset näkyvät maahanmuuttaneiden asukkaiden arjessa.

Ohjelma nojaa myös

- alueen maahanmuuttostrategiaan 2024–2030, joka painottaa työperäistä maahanmuuttoa ja osaajien pysymistä alueella
- kunnan yhdenvertaisuussuunnitelmaan
- lasten ja nuorten hyvinvointisuunnitelmaan.

Ohjelman tavoitteet on kirjattu talousarvioon, jotta niiden toteutumista seurataan samassa yhteydessä kuin muitakin strategisia tavoitteita.`,

	"document.el.population": `Esimerkkikunnassa asui vuoden 2024 lopussa 1 912 vieraskielistä asukasta, mikä on 7,6 % väestöstä. Osuus on kasvanut viidessä vuodessa noin kahdella prosenttiyksiköllä. Useimmat ovat muuttaneet kuntaan työn tai perheen vuoksi; lisäksi kunta vastaanottaa vuosittain 20–30 kiintiöpakolaista, ja Ukrainasta on tullut tilapäistä suojelua saavia.

Vieraskielisistä noin kaksi kolmasosaa on työikäisiä ja reilu neljännes alle 20-vuotiaita. Ulkomailla syntyneiden työllisyysaste on selvästi koko väestöä matalampi, ja ero on suurin naisilla.

Kuulemisissa asukkaat toivoivat eniten

- suomen kielen opetusta, jota voi käydä työn tai lastenhoidon ohella
- selkeää tietoa palveluista myös muilla kielillä kuin suomeksi
- tukea työnhakuun ja tutkintojen tunnustamiseen.

Asukaskyselyssä 71 % vastaajista piti kuntaa hyvänä paikkana muuttaa ulkomailta. Samalla osa maahanmuuttaneista kokee jäävänsä paikallisen yhteisön ulkopuolelle. Tähän vastaa ohjelman kolmas tavoite.`,

	"document.el.responsibilities": `Kotoutumisen edistämisen yleinen yhteensovittaminen kuuluu **sivistys- ja hyvinvointitoimialalle**. Käytännön työtä johtaa maahanmuuttokoordinaattori, joka kutsuu koolle kotoutumisen yhteistyöryhmän ja kokoaa ohjelman seurantatiedot.

Kullakin toimenpiteellä on yksi vastuutaho, joka on nimetty alla olevassa taulukossa. Vastuutaho huolehtii siitä, että toimenpide etenee, ja raportoi sen tilanteesta kerran vuodessa. Jos toimenpiteelle ei ole vielä nimetty vastuutahoa, kotoutumisen yhteistyöryhmä ratkaisee asian ennen ohjelman käsittelyä valtuustossa.

Hyvinvointialue vastaa omista palveluistaan, kuten sosiaali- ja terveyspalveluista ja pakolaisten alkuvaiheen palveluista. Työllisyyspalvelut kuuluvat 1.1.2025 alkaen kunnan järjestämisvastuulle.`,

	"document.el.cooperation": `Ohjelmaa toteuttaa kotoutumisen yhteistyöryhmä, jossa ovat mukana kunnan eri toimialat, hyvinvointialue, ELY-keskus, alueen oppilaitokset, seurakunta ja kolme järjestöä. Ryhmässä on myös kaksi maahanmuuttajataustaista jäsentä, jotka maahanmuuttajayhdistys on nimennyt.

Yhteistyöryhmä kokoontuu neljä kertaa vuodessa. Lisäksi

- kunta ja hyvinvointialue sopivat palvelujen työnjaosta vuosittaisessa yhteistyöneuvottelussa
- työllisyyspalvelut ja elinvoimapalvelut suunnittelevat rekrytointitapahtumat yhdessä yrittäjäyhdistyksen kanssa
- järjestöille myönnetään kotoutumista tukevaan toimintaan kohdennettuja avustuksia.

Ohjelman valmistelussa kuultiin asukkaita kahdessa asukasillassa ja verkkokyselyllä. Yhteistyöryhmän kokoonpano ja pidetyt kuulemiset on koottu alle.`,

	"document.el.services": `Kunnan kaikkien palvelujen tulee olla maahanmuuttaneiden saavutettavissa. Tämä tarkoittaa selkeää kieltä, tietoa useammalla kielellä ja henkilöstöä, joka osaa käyttää tulkkausta ja selkokieltä.

Ohjelmakaudella

- keskeiset asiointiohjeet julkaistaan verkossa selkosuomeksi, englanniksi, ukrainaksi ja arabiaksi
- kirjaston monikielinen neuvontapiste laajennetaan kolmeen päivään viikossa
- sähköisen asioinnin opastusta tarjotaan kirjastossa ja kansalaisopistossa.

Henkilöstölle järjestetään koulutusta yhdenvertaisesta asiakaspalvelusta, tulkkauksen käytöstä ja kulttuurisesti moninaisesta työyhteisöstä. Koulutus kuuluu kolmannen tavoitteen toimenpiteisiin, ja sen toteutumista seurataan koulutukseen osallistuneiden määrällä.`,

	"document.el.special": `Kotoutumista tukevat erityiset palvelut täydentävät kunnan yleisiä palveluja silloin, kun ne eivät yksin riitä. Esimerkkikunnassa näitä ovat

- alkukartoitus ja kotoutumissuunnitelmat, jotka laatii kunnan työllisyyspalvelut
- kotoutumiskoulutus yhteistyössä kansalaisopiston ja ammattiopiston kanssa
- kieltä tukeva työkokeilu kunnan omissa yksiköissä
- maahanmuuttokoordinaattorin neuvonta ja palveluohjaus.

Ohjelmakauden painopiste on kielikoulutuksessa, jota voi käydä työn tai lastenhoidon ohella. Iltaisin ja verkossa järjestettäviä suomen kielen ryhmiä lisätään, ja pienten lasten vanhemmille tarjotaan ryhmiä, joissa on lastenhoito.`,

	"document.el.outside-workforce": `Kaikki maahanmuuttaneet eivät ole työmarkkinoilla: kotona lapsiaan hoitavat vanhemmat, ikääntyneet ja lapset ja nuoret tarvitsevat kotoutumisen tukea muita reittejä.

**Lapset ja nuoret.** Tavoitteena on, että vieraskieliset lapset osallistuvat varhaiskasvatukseen ja nuoret jatkavat perusopetuksen jälkeen toiselle asteelle yhtä usein kuin muut. Varhaiskasvatuksen palveluohjaus tavoittaa perheet neuvolan kautta, ja oppilaanohjausta tehostetaan nivelvaiheessa yhdessä etsivän nuorisotyön kanssa.

**Kotona lapsiaan hoitavat ja ikääntyneet.** Heille tarjotaan kielikahvilaa, perhekerhoja ja kansalaisopiston ryhmiä, joissa voi oppia suomea ja tutustua kunnan palveluihin. Ikääntyneiden maahanmuuttaneiden tavoittamista selvitetään vuonna 2026 yhdessä hyvinvointialueen kanssa.`,

	"document.el.relations": `Hyvät väestösuhteet syntyvät arjen kohtaamisista. Kunta tukee paikkoja, joissa eri taustaisia asukkaita kohtaa luontevasti: kirjaston kielikahvila, harrastukset ja kylätalojen tapahtumat.

Ohjelmakaudella

1. kirjastoon perustetaan ystävätoiminta yhdessä SPR:n paikallisosaston ja seurakunnan kanssa
2. kouluissa puututaan rasismiin yhteisesti sovitun toimintamallin mukaisesti
3. uusille asukkaille tarjotaan monikielinen tervetuloa-opas ja kutsu asukastilaisuuteen kahdesti vuodessa.

Vastaanottavuutta mitataan asukaskyselyllä, joka toistetaan vuonna 2028.`,

	"document.el.monitoring": `Ohjelman toteutumista seurataan vuosittain. Maahanmuuttokoordinaattori kokoaa toimenpiteiden tilanteen ja alla luetellut mittarit, ja kotoutumisen yhteistyöryhmä käsittelee koosteen ennen kuin se viedään kunnanhallitukselle talousarvion toteutumisen yhteydessä.

Ohjelma päivitetään viimeistään vuonna 2029 valtuustokauden alussa. Jos tilanne muuttuu olennaisesti, esimerkiksi kuntaan muuttaa ennakoitua enemmän asukkaita, yhteistyöryhmä voi esittää tavoitteisiin ja toimenpiteisiin muutoksia kesken kauden.

Seurannan tuloksista ja ohjelman etenemisestä kerrotaan asukkaille viestintäsuunnitelman mukaisesti.`,
}
