package programme

import "fi.kotoutus/kotoutus/checklist"

// DemoBilingual returns the example programme of a bilingual municipality:
// the demo on template tpl (DemoFor) with Swedish as a further document
// language and the Swedish texts of its title, section drafts, goals,
// measures, indicators, monitoring plan and communication rows. On purpose
// two texts are left untranslated (a measure's title, an indicator's
// description) and one translation was made from an earlier main text
// (the monitoring plan's frequency), so that the translation status, the
// checker and a draft export have something to show; the same on the 2025
// template, whose conversion rewrites some texts (they have their Swedish
// too).
func DemoBilingual(tpl *checklist.Template) (*Programme, error) {
	p, err := DemoFor(tpl)
	if err != nil {
		return nil, err
	}
	if err := p.AddDocLanguage(LangSwedish); err != nil {
		return nil, err
	}
	for _, ref := range p.TranslatableTexts() {
		if sv, ok := demoSwedish[ref.Main]; ok {
			ref.tr.Set(LangSwedish, ref.key, sv, ref.Main)
		}
	}
	// The plan's frequency was translated before "hyvinvointikertomuksen
	// yhteydessä" was added to the Finnish.
	if ref, ok := p.TextOf("plan", "", "frequency"); ok && ref.Main != "" {
		ref.tr.Set(LangSwedish, ref.key, "En gång om året.", "Kerran vuodessa.")
	}
	return p, nil
}

// demoSwedish are the Swedish texts of the demo by their Finnish text, in
// the terms of docs/translations.md: the municipality's plan is "program
// för integrationsfrämjande", the ELY centre "NTM-centralen". Keyed by the
// Finnish rather than by row so that a text repeated in several rows
// ("Kerran vuodessa") is translated once and an edited demo text shows up
// as missing instead of silently keeping an old translation.
var demoSwedish = map[string]string{
	"Kotouttamisohjelma 2026–2029":          "Program för integrationsfrämjande 2026–2029",
	"Maahanmuuttaneiden työllisyys paranee": "Sysselsättningen bland inflyttade förbättras",
	"Ulkomailla syntyneiden työllisyysaste nousee lähemmäs koko väestön tasoa, ja työnantajat rekrytoivat rohkeammin myös heikosti suomea puhuvia.":                   "Sysselsättningsgraden bland utrikes födda närmar sig hela befolkningens nivå, och arbetsgivarna rekryterar modigare också personer som ännu talar lite finska.",
	"Kunnan työvoimasta puuttuu erityisesti hoiva- ja rakennusalan osaajia, ja ulkomailla syntyneiden työllisyysaste on 16 prosenttiyksikköä koko väestöä matalampi.": "Kommunens arbetskraft saknar särskilt yrkeskunniga inom vård och byggande, och sysselsättningsgraden bland utrikes födda är 16 procentenheter lägre än hela befolkningens.",
	"Kieltä tukeva työkokeilu kunnan yksiköissä":                       "Språkstödd arbetsprövning i kommunens enheter",
	"Kunnan työllisyyspalvelut":                                        "Kommunens sysselsättningstjänster",
	"Henkilöstöpalvelut, kansalaisopisto":                              "Personaltjänsterna, medborgarinstitutet",
	"Työllisyyspalvelujen talousarvio; kaksi työvalmentajaa":           "Sysselsättningstjänsternas budget; två arbetshandledare",
	"Rekrytointitapahtumat yhdessä yritysten kanssa kahdesti vuodessa": "Rekryteringsevenemang tillsammans med företagen två gånger om året",
	"Elinvoimapalvelut":                                                "Livskraftstjänsterna",
	"Yrittäjäyhdistys, TE-palvelut":                                    "Företagarföreningen, TE-tjänsterna",
	"5 000 € vuodessa":                                                 "5 000 € per år",
	"Oppisopimuskoulutus hoiva-alalle":                                 "Läroavtalsutbildning inom vården",
	"Ammattiopisto, hyvinvointialue":                                   "Yrkesinstitutet, välfärdsområdet",
	"Lapset ja nuoret etenevät koulutuspolulla":                        "Barn och unga går vidare i utbildningen",
	"Vieraskieliset lapset osallistuvat varhaiskasvatukseen, ja nuoret siirtyvät perusopetuksesta toiselle asteelle yhtä usein kuin muut.": "Barn med främmande modersmål deltar i småbarnspedagogiken, och unga övergår från den grundläggande utbildningen till andra stadiet lika ofta som andra.",
	"Vieraskielisten lasten osallistumisaste varhaiskasvatukseen on selvästi muita matalampi, ja NEET-nuorten osuus on kasvanut.":          "Barn med främmande modersmål deltar i småbarnspedagogiken i klart mindre utsträckning än andra, och andelen NEET-unga har ökat.",
	"Varhaiskasvatuksen palveluohjaus vieraskielisille perheille":                                                                          "Servicehandledning inom småbarnspedagogiken för familjer med främmande modersmål",
	"Varhaiskasvatuspalvelut":   "Småbarnspedagogiska tjänster",
	"Hyvinvointialueen neuvola": "Välfärdsområdets rådgivning",
	"S2-opetuksen ja oman äidinkielen opetuksen resurssit turvataan": "Resurserna för undervisning i finska som andraspråk (S2) och i det egna modersmålet tryggas",
	"Perusopetus":                                                      "Grundläggande utbildning",
	"Valtionavustus ja kunnan talousarvio":                             "Statsunderstöd och kommunens budget",
	"Tehostettu ohjaus perusopetuksesta toiselle asteelle":             "Effektiverad handledning från den grundläggande utbildningen till andra stadiet",
	"Oppilaanohjaus":                                                   "Elevhandledningen",
	"Etsivä nuorisotyö, ammattiopisto":                                 "Uppsökande ungdomsarbete, yrkesinstitutet",
	"Kuntalaiset kohtaavat toisensa ja kokevat olevansa tervetulleita": "Kommuninvånarna möts och känner sig välkomna",
	"Eri taustaisille asukkaille syntyy luontevia kohtaamispaikkoja, ja kunnan palvelut kohtelevat kaikkia yhdenvertaisesti.":                  "Invånare med olika bakgrund får naturliga mötesplatser, och kommunens tjänster bemöter alla jämlikt.",
	"Asukaskyselyssä osa maahanmuuttaneista kertoi jäävänsä yhteisön ulkopuolelle, ja nuorten keskuudessa on ollut rasistisia välikohtauksia.": "I invånarenkäten berättade en del av de inflyttade att de blir utanför gemenskapen, och bland unga har det förekommit rasistiska incidenter.",
	"Monikielinen tervetuloa-opas kuntaan muuttaville": "Flerspråkig välkomstguide för dem som flyttar till kommunen",
	"Viestintäyksikkö":                           "Kommunikationsenheten",
	"Maahanmuuttajayhdistys":                     "Invandrarföreningen",
	"Kielikahvila ja ystävätoiminta kirjastossa": "Språkkafé och vänverksamhet på biblioteket",
	"Kirjasto":                                             "Biblioteket",
	"SPR:n paikallisosasto, seurakunta":                    "FRK:s lokalavdelning, församlingen",
	"Järjestöavustus 4 000 € vuodessa":                     "Föreningsunderstöd 4 000 € per år",
	"Henkilöstöpalvelut":                                   "Personaltjänsterna",
	"Maahanmuuttaneet osallistuvat kunnan päätöksentekoon": "Inflyttade deltar i kommunens beslutsfattande",
	"Maahanmuuttaneet asukkaat tuntevat vaikuttamisen keinot ja käyttävät niitä.": "Inflyttade invånare känner till sätten att påverka och använder dem.",
	"Johdanto": "Inledning",
	`Tämä ohjelma kertoo, miten Esimerkkikunta edistää kotoutumista vuosina 2026–2029 ja mitä kunta haluaa tällä ajalla saada aikaan. Ohjelma perustuu kotoutumisen edistämisestä annettuun lakiin (681/2023), ja sen on valmistellut kunnan kotoutumisen yhteistyöryhmä yhdessä hyvinvointialueen, järjestöjen ja asukkaiden kanssa.

Ohjelmassa on neljä tavoitetta:

1. Maahanmuuttaneiden työllisyys paranee.
2. Lapset ja nuoret etenevät koulutuspolulla.
3. Kuntalaiset kohtaavat toisensa ja kokevat olevansa tervetulleita.
4. Maahanmuuttaneet osallistuvat kunnan päätöksentekoon.

Ohjelma ei luettele kaikkia kunnan palveluja, vaan kertoo, mitä tehdään toisin tai lisää. Sen toteutumista seurataan vuosittain.`: `Detta program beskriver hur Esimerkkikunta främjar integrationen åren 2026–2029 och vad kommunen vill åstadkomma under perioden. Programmet grundar sig på lagen om främjande av integration (681/2023), och det har beretts av kommunens samarbetsgrupp för integration tillsammans med välfärdsområdet, organisationerna och invånarna.

Programmet har fyra mål:

1. Sysselsättningen bland inflyttade förbättras.
2. Barn och unga går vidare i utbildningen.
3. Kommuninvånarna möts och känner sig välkomna.
4. Inflyttade deltar i kommunens beslutsfattande.

Programmet räknar inte upp alla kommunens tjänster utan beskriver vad som görs annorlunda eller mer. Hur det genomförs följs upp varje år.`,
	`Kuntastrategian 2025–2030 tavoite on **elinvoimainen ja kaikille avoin kunta**, jossa jokaisella on mahdollisuus tehdä työtä, oppia ja osallistua. Kotouttamisohjelma on yksi keino toteuttaa tätä tavoitetta: se kertoo, miten strategian painotukset näkyvät maahanmuuttaneiden asukkaiden arjessa.

Ohjelma nojaa myös

- alueen maahanmuuttostrategiaan 2024–2030, joka painottaa työperäistä maahanmuuttoa ja osaajien pysymistä alueella
- kunnan yhdenvertaisuussuunnitelmaan
- lasten ja nuorten hyvinvointisuunnitelmaan.

Ohjelman tavoitteet on kirjattu talousarvioon, jotta niiden toteutumista seurataan samassa yhteydessä kuin muitakin strategisia tavoitteita.`: `Kommunstrategin 2025–2030 har som mål en **livskraftig kommun som är öppen för alla**, där var och en har möjlighet att arbeta, lära sig och delta. Programmet för integrationsfrämjande är ett sätt att nå detta mål: det visar hur strategins tyngdpunkter syns i de inflyttade invånarnas vardag.

Programmet stöder sig också på

- regionens invandringsstrategi 2024–2030, som betonar arbetsrelaterad invandring och att kompetenta personer stannar i regionen
- kommunens likabehandlingsplan
- välfärdsplanen för barn och unga.

Programmets mål har skrivits in i budgeten, så att de följs upp i samma sammanhang som kommunens övriga strategiska mål.`,
	`Esimerkkikunnassa asui vuoden 2024 lopussa 1 912 vieraskielistä asukasta, mikä on 7,6 % väestöstä. Osuus on kasvanut viidessä vuodessa noin kahdella prosenttiyksiköllä. Useimmat ovat muuttaneet kuntaan työn tai perheen vuoksi; lisäksi kunta vastaanottaa vuosittain 20–30 kiintiöpakolaista, ja Ukrainasta on tullut tilapäistä suojelua saavia.

Vieraskielisistä noin kaksi kolmasosaa on työikäisiä ja reilu neljännes alle 20-vuotiaita. Ulkomailla syntyneiden työllisyysaste on selvästi koko väestöä matalampi, ja ero on suurin naisilla.

Kuulemisissa asukkaat toivoivat eniten

- suomen kielen opetusta, jota voi käydä työn tai lastenhoidon ohella
- selkeää tietoa palveluista myös muilla kielillä kuin suomeksi
- tukea työnhakuun ja tutkintojen tunnustamiseen.

Asukaskyselyssä 71 % vastaajista piti kuntaa hyvänä paikkana muuttaa ulkomailta. Samalla osa maahanmuuttaneista kokee jäävänsä paikallisen yhteisön ulkopuolelle. Tähän vastaa ohjelman kolmas tavoite.`: `I Esimerkkikunta bodde vid utgången av 2024 sammanlagt 1 912 invånare med främmande modersmål, vilket är 7,6 % av befolkningen. Andelen har ökat med cirka två procentenheter på fem år. De flesta har flyttat till kommunen på grund av arbete eller familj; dessutom tar kommunen varje år emot 20–30 kvotflyktingar, och från Ukraina har det kommit personer som får tillfälligt skydd.

Av invånarna med främmande modersmål är cirka två tredjedelar i arbetsför ålder och drygt en fjärdedel under 20 år. Sysselsättningsgraden bland utrikes födda är klart lägre än hela befolkningens, och skillnaden är störst bland kvinnor.

Vid samråden önskade invånarna framför allt

- undervisning i finska som går att kombinera med arbete eller barnomsorg
- tydlig information om tjänsterna också på andra språk än finska
- stöd i arbetssökandet och i erkännandet av examina.

I invånarenkäten ansåg 71 % av de svarande att kommunen är en bra plats att flytta till från utlandet. Samtidigt upplever en del av de inflyttade att de blir utanför den lokala gemenskapen. Detta besvarar programmets tredje mål.`,
	`Kotoutumisen edistämisen yleinen yhteensovittaminen kuuluu **sivistys- ja hyvinvointitoimialalle**. Käytännön työtä johtaa maahanmuuttokoordinaattori, joka kutsuu koolle kotoutumisen yhteistyöryhmän ja kokoaa ohjelman seurantatiedot.

Kullakin toimenpiteellä on yksi vastuutaho, joka on nimetty alla olevassa taulukossa. Vastuutaho huolehtii siitä, että toimenpide etenee, ja raportoi sen tilanteesta kerran vuodessa. Jos toimenpiteelle ei ole vielä nimetty vastuutahoa, kotoutumisen yhteistyöryhmä ratkaisee asian ennen ohjelman käsittelyä valtuustossa.

Hyvinvointialue vastaa omista palveluistaan, kuten sosiaali- ja terveyspalveluista ja pakolaisten alkuvaiheen palveluista. Työllisyyspalvelut kuuluvat 1.1.2025 alkaen kunnan järjestämisvastuulle.`: `Den allmänna samordningen av integrationsfrämjandet hör till **bildnings- och välfärdssektorn**. Det praktiska arbetet leds av invandrarkoordinatorn, som sammankallar samarbetsgruppen för integration och sammanställer programmets uppföljningsuppgifter.

Varje åtgärd har en ansvarig aktör, som anges i tabellen nedan. Den ansvariga aktören ser till att åtgärden framskrider och rapporterar om läget en gång om året. Om en åtgärd ännu saknar ansvarig aktör avgör samarbetsgruppen för integration saken innan programmet behandlas i fullmäktige.

Välfärdsområdet ansvarar för sina egna tjänster, såsom social- och hälsovårdstjänsterna och flyktingarnas tjänster i det inledande skedet. Sysselsättningstjänsterna hör från och med 1.1.2025 till kommunens organiseringsansvar.`,
	`Ohjelmaa toteuttaa kotoutumisen yhteistyöryhmä, jossa ovat mukana kunnan eri toimialat, hyvinvointialue, ELY-keskus, alueen oppilaitokset, seurakunta ja kolme järjestöä. Ryhmässä on myös kaksi maahanmuuttajataustaista jäsentä, jotka maahanmuuttajayhdistys on nimennyt.

Yhteistyöryhmä kokoontuu neljä kertaa vuodessa. Lisäksi

- kunta ja hyvinvointialue sopivat palvelujen työnjaosta vuosittaisessa yhteistyöneuvottelussa
- työllisyyspalvelut ja elinvoimapalvelut suunnittelevat rekrytointitapahtumat yhdessä yrittäjäyhdistyksen kanssa
- järjestöille myönnetään kotoutumista tukevaan toimintaan kohdennettuja avustuksia.

Ohjelman valmistelussa kuultiin asukkaita kahdessa asukasillassa ja verkkokyselyllä. Yhteistyöryhmän kokoonpano ja pidetyt kuulemiset on koottu alle.`: `Programmet genomförs av samarbetsgruppen för integration, där kommunens olika sektorer, välfärdsområdet, NTM-centralen, regionens läroanstalter, församlingen och tre organisationer deltar. I gruppen finns också två medlemmar med invandrarbakgrund, som invandrarföreningen har utsett.

Samarbetsgruppen sammanträder fyra gånger om året. Dessutom

- kommer kommunen och välfärdsområdet överens om arbetsfördelningen i tjänsterna vid en årlig samarbetsförhandling
- planerar sysselsättningstjänsterna och livskraftstjänsterna rekryteringsevenemangen tillsammans med företagarföreningen
- beviljas organisationerna understöd som riktas till verksamhet som stöder integrationen.

Under beredningen av programmet hördes invånarna vid två invånarkvällar och genom en webbenkät. Samarbetsgruppens sammansättning och de samråd som hållits finns sammanställda nedan.`,
	`Kunnan kaikkien palvelujen tulee olla maahanmuuttaneiden saavutettavissa. Tämä tarkoittaa selkeää kieltä, tietoa useammalla kielellä ja henkilöstöä, joka osaa käyttää tulkkausta ja selkokieltä.

Ohjelmakaudella

- keskeiset asiointiohjeet julkaistaan verkossa selkosuomeksi, englanniksi, ukrainaksi ja arabiaksi
- kirjaston monikielinen neuvontapiste laajennetaan kolmeen päivään viikossa
- sähköisen asioinnin opastusta tarjotaan kirjastossa ja kansalaisopistossa.

Henkilöstölle järjestetään koulutusta yhdenvertaisesta asiakaspalvelusta, tulkkauksen käytöstä ja kulttuurisesti moninaisesta työyhteisöstä. Koulutus kuuluu kolmannen tavoitteen toimenpiteisiin, ja sen toteutumista seurataan koulutukseen osallistuneiden määrällä.`: `Alla kommunens tjänster ska vara tillgängliga för inflyttade. Det innebär ett tydligt språk, information på flera språk och personal som kan använda tolkning och lättläst språk.

Under programperioden

- publiceras de viktigaste anvisningarna för ärendehantering på webben på lättläst finska, engelska, ukrainska och arabiska
- utvidgas bibliotekets flerspråkiga rådgivningspunkt till tre dagar i veckan
- erbjuds handledning i e-tjänster på biblioteket och medborgarinstitutet.

Personalen får utbildning i jämlik kundservice, i användningen av tolkning och i en kulturellt mångfaldig arbetsgemenskap. Utbildningen hör till åtgärderna under det tredje målet, och den följs upp med antalet deltagare.`,
	`Kotoutumista tukevat erityiset palvelut täydentävät kunnan yleisiä palveluja silloin, kun ne eivät yksin riitä. Esimerkkikunnassa näitä ovat

- alkukartoitus ja kotoutumissuunnitelmat, jotka laatii kunnan työllisyyspalvelut
- kotoutumiskoulutus yhteistyössä kansalaisopiston ja ammattiopiston kanssa
- kieltä tukeva työkokeilu kunnan omissa yksiköissä
- maahanmuuttokoordinaattorin neuvonta ja palveluohjaus.

Ohjelmakauden painopiste on kielikoulutuksessa, jota voi käydä työn tai lastenhoidon ohella. Iltaisin ja verkossa järjestettäviä suomen kielen ryhmiä lisätään, ja pienten lasten vanhemmille tarjotaan ryhmiä, joissa on lastenhoito.`: `De särskilda tjänster som stöder integrationen kompletterar kommunens allmänna tjänster när de inte räcker till ensamma. I Esimerkkikunta är dessa

- den inledande kartläggningen och integrationsplanerna, som kommunens sysselsättningstjänster gör upp
- integrationsutbildningen i samarbete med medborgarinstitutet och yrkesinstitutet
- den språkstödda arbetsprövningen i kommunens egna enheter
- invandrarkoordinatorns rådgivning och servicehandledning.

Programperiodens tyngdpunkt ligger på språkutbildning som går att kombinera med arbete eller barnomsorg. Grupperna i finska på kvällstid och på webben blir fler, och för föräldrar till små barn ordnas grupper med barnpassning.`,
	`Kaikki maahanmuuttaneet eivät ole työmarkkinoilla: kotona lapsiaan hoitavat vanhemmat, ikääntyneet ja lapset ja nuoret tarvitsevat kotoutumisen tukea muita reittejä.

**Lapset ja nuoret.** Tavoitteena on, että vieraskieliset lapset osallistuvat varhaiskasvatukseen ja nuoret jatkavat perusopetuksen jälkeen toiselle asteelle yhtä usein kuin muut. Varhaiskasvatuksen palveluohjaus tavoittaa perheet neuvolan kautta, ja oppilaanohjausta tehostetaan nivelvaiheessa yhdessä etsivän nuorisotyön kanssa.

**Kotona lapsiaan hoitavat ja ikääntyneet.** Heille tarjotaan kielikahvilaa, perhekerhoja ja kansalaisopiston ryhmiä, joissa voi oppia suomea ja tutustua kunnan palveluihin. Ikääntyneiden maahanmuuttaneiden tavoittamista selvitetään vuonna 2026 yhdessä hyvinvointialueen kanssa.`: `Alla inflyttade finns inte på arbetsmarknaden: föräldrar som sköter sina barn hemma, äldre samt barn och unga behöver stöd i integrationen på andra vägar.

**Barn och unga.** Målet är att barn med främmande modersmål deltar i småbarnspedagogiken och att unga fortsätter till andra stadiet efter den grundläggande utbildningen lika ofta som andra. Servicehandledningen inom småbarnspedagogiken når familjerna via rådgivningen, och elevhandledningen i övergångsskedet effektiviseras tillsammans med det uppsökande ungdomsarbetet.

**De som sköter sina barn hemma och äldre.** För dem ordnas språkkafé, familjeklubbar och grupper vid medborgarinstitutet, där man kan lära sig finska och bekanta sig med kommunens tjänster. Hur äldre inflyttade kan nås utreds år 2026 tillsammans med välfärdsområdet.`,
	"Kuntaan osoitettavien pakolaisten ja tilapäistä suojelua saavien vastaanotto ja alkuvaiheen palvelut on kuvattu erillisessä pakolaisten vastaanottosuunnitelmassa (kunnanhallitus 12.5.2025), jota päivitetään vuosittain. Tämän ohjelman tavoitteet ja toimenpiteet koskevat myös heitä.": "Mottagandet av flyktingar som anvisas till kommunen och av personer som får tillfälligt skydd samt tjänsterna i det inledande skedet beskrivs i en separat plan för mottagande av flyktingar (kommunstyrelsen 12.5.2025), som uppdateras varje år. Det här programmets mål och åtgärder gäller också dem.",
	`Hyvät väestösuhteet syntyvät arjen kohtaamisista. Kunta tukee paikkoja, joissa eri taustaisia asukkaita kohtaa luontevasti: kirjaston kielikahvila, harrastukset ja kylätalojen tapahtumat.

Ohjelmakaudella

1. kirjastoon perustetaan ystävätoiminta yhdessä SPR:n paikallisosaston ja seurakunnan kanssa
2. kouluissa puututaan rasismiin yhteisesti sovitun toimintamallin mukaisesti
3. uusille asukkaille tarjotaan monikielinen tervetuloa-opas ja kutsu asukastilaisuuteen kahdesti vuodessa.

Vastaanottavuutta mitataan asukaskyselyllä, joka toistetaan vuonna 2028.`: `Goda befolkningsrelationer uppstår i vardagens möten. Kommunen stöder platser där invånare med olika bakgrund möts naturligt: bibliotekets språkkafé, fritidsaktiviteter och evenemang i bygdegårdarna.

Under programperioden

1. startas vänverksamhet på biblioteket tillsammans med FRK:s lokalavdelning och församlingen
2. ingriper skolorna mot rasism enligt en gemensamt överenskommen verksamhetsmodell
3. erbjuds nya invånare en flerspråkig välkomstguide och en inbjudan till ett invånarmöte två gånger om året.

Mottagligheten mäts med en invånarenkät som upprepas år 2028.`,
	`Ohjelman toteutumista seurataan vuosittain. Maahanmuuttokoordinaattori kokoaa toimenpiteiden tilanteen ja alla luetellut mittarit, ja kotoutumisen yhteistyöryhmä käsittelee koosteen ennen kuin se viedään kunnanhallitukselle talousarvion toteutumisen yhteydessä.

Ohjelma päivitetään viimeistään vuonna 2029 valtuustokauden alussa. Jos tilanne muuttuu olennaisesti, esimerkiksi kuntaan muuttaa ennakoitua enemmän asukkaita, yhteistyöryhmä voi esittää tavoitteisiin ja toimenpiteisiin muutoksia kesken kauden.

Seurannan tuloksista ja ohjelman etenemisestä kerrotaan asukkaille viestintäsuunnitelman mukaisesti.`: `Programmets genomförande följs upp varje år. Invandrarkoordinatorn sammanställer läget för åtgärderna och de mätare som räknas upp nedan, och samarbetsgruppen för integration behandlar sammanställningen innan den förs till kommunstyrelsen i samband med uppföljningen av budgeten.

Programmet uppdateras senast år 2029 i början av fullmäktigeperioden. Om läget förändras väsentligt, till exempel om fler invånare än väntat flyttar till kommunen, kan samarbetsgruppen föreslå ändringar i målen och åtgärderna mitt under perioden.

Om resultaten av uppföljningen och om hur programmet framskrider informeras invånarna enligt kommunikationsplanen.`,
	"Ulkomailla syntyneiden työllisyysaste (20–64 v.)":                                                                            "Sysselsättningsgrad bland utrikes födda (20–64 år)",
	"Ulkomailla syntyneiden, vieraskielisten tai ulkomaan kansalaisten työllisyysasteen tai pitkäaikaistyöttömyysasteen kehitys.": "Utvecklingen av sysselsättningsgraden eller långtidsarbetslösheten bland utrikes födda, personer med främmande modersmål eller utländska medborgare.",
	"Kotoutumisen indikaattorit -tietokanta":                                                                                      "Databasen Integrationsindikatorer",
	"Kerran vuodessa":                                                                                                             "En gång om året",
	"Vieraskielisten lasten osallistuminen varhaiskasvatukseen":                                                                   "Barn med främmande modersmål i småbarnspedagogiken",
	"Kuinka suuri osa maahanmuuttajaperheiden lapsista osallistuu varhaiskasvatukseen.":                                           "Hur stor del av barnen i invandrarfamiljer som deltar i småbarnspedagogiken.",
	"Kunnan varhaiskasvatuksen asiakastiedot":                                                                                     "Kommunens kunduppgifter inom småbarnspedagogiken",
	"NEET-nuorten osuus": "Andelen NEET-unga",
	"Koulutuksen ja työn ulkopuolella olevien (NEET) nuorten osuus ulkomailla syntyneistä, vieraskielisistä tai ulkomaan kansalaisista.": "Andelen unga utanför utbildning och arbete (NEET) bland utrikes födda, personer med främmande modersmål eller utländska medborgare.",
	"Tilastokeskukselta tilattavat tiedot": "Uppgifter som beställs från Statistikcentralen",
	"Täydennyskoulutetut ammattilaiset":    "Yrkesverksamma med fortbildning",
	"Kuinka moni ammattilainen on saanut täydennyskoulutusta maahanmuuttaja-asiakkaiden erityiskysymyksistä.": "Hur många yrkesverksamma som har fått fortbildning i särskilda frågor som gäller klienter med invandrarbakgrund.",
	"Henkilöstöpalvelujen koulutusrekisteri": "Personaltjänsternas utbildningsregister",
	"Kielikahvilan käynnit":                  "Besök på språkkaféet",
	"Kirjaston kävijätilasto":                "Bibliotekets besöksstatistik",
	"Kotoutumisen yhteistyöryhmä; valmistelusta vastaa maahanmuuttokoordinaattori.":         "Samarbetsgruppen för integration; invandrarkoordinatorn ansvarar för beredningen.",
	"Kunnanhallitukselle ja valtuustolle; tiedoksi hyvinvointialueelle ja ELY-keskukselle.": "Till kommunstyrelsen och fullmäktige; för kännedom till välfärdsområdet och NTM-centralen.",
	"Jos kuntaan muuttavien määrä tai rakenne muuttuu olennaisesti (esimerkiksi vastaanottokeskus avataan tai suljetaan), kotoutumista koskeva lainsäädäntö muuttuu tai seurannassa käy ilmi, ettei tavoitteisiin edetä.": "Om antalet inflyttade eller deras sammansättning förändras väsentligt (till exempel om en förläggning öppnas eller stängs), om lagstiftningen om integration ändras eller om uppföljningen visar att målen inte närmar sig.",
	"Kotouttamisohjelma valmistellaan yhdessä kuntalaisten kanssa: kerro, mikä auttaa asettumaan kuntaan.":                                                                                                                "Programmet för integrationsfrämjande bereds tillsammans med kommuninvånarna: berätta vad som hjälper dig att slå dig ner i kommunen.",
	"kunnan verkkosivut, paikallislehti, sosiaalinen media":                           "kommunens webbplats, lokaltidningen, sociala medier",
	"3–5/2026 ja hyväksymisen jälkeen 1/2027":                                         "3–5/2026 och efter godkännandet 1/2027",
	"viestintäpäällikkö Kati Huttunen":                                                "kommunikationschef Kati Huttunen",
	"Mitä palveluja kunnassa on ja mistä saa neuvoa; kutsu asukasiltaan ja kyselyyn.": "Vilka tjänster som finns i kommunen och var man får råd; inbjudan till invånarkvällen och enkäten.",
	"neuvontapiste, yhdistysten kanavat, WhatsApp-ryhmät, kielikahvila":               "rådgivningspunkten, föreningarnas kanaler, WhatsApp-grupper, språkkaféet",
	"4/2026 alkaen, jatkuvasti":                                                       "från 4/2026, fortlöpande",
	"maahanmuuttajapalvelut, Aino Virtanen":                                           "invandrartjänsterna, Aino Virtanen",
	"Ohjelman tavoitteet ja kunkin toimijan vastuut; seurannan tulokset vuosittain.":  "Programmets mål och varje aktörs ansvar; uppföljningens resultat varje år.",
	"yhteistyöryhmän kokoukset, sähköpostitiedote":                                    "samarbetsgruppens möten, nyhetsbrev per e-post",
	"valmistelun aikana kuukausittain, sitten kerran vuodessa":                        "månatligen under beredningen, sedan en gång om året",
	"yhteistyöryhmän puheenjohtaja":                                                   "samarbetsgruppens ordförande",
	"Kunnan henkilöstö":                                                               "Kommunens personal",
	"Mitä ohjelma tarkoittaa asiakastyössä; selkokielen ja tulkkauksen käyttö.":       "Vad programmet innebär i kundarbetet; användningen av lättläst språk och tolkning.",
	"intranet, henkilöstöinfo":                                                        "intranätet, personalinfo",
	"2/2027":                                                                          "2/2027",

	// Step 1–3: the responsibility, cooperation and situation picture.
	"Esimerkkikunnan hyvinvointitoimiala":                           "Esimerkkikuntas välfärdssektor",
	"Maahanmuuttajapalvelut":                                        "Invandrartjänster",
	"maahanmuuttokoordinaattori":                                    "invandrarkoordinator",
	"Esimerkkikunta, maahanmuuttajapalvelut":                        "Esimerkkikunta, invandrartjänsterna",
	"sivistysjohtaja":                                               "bildningsdirektör",
	"Esimerkkikunta, sivistystoimi":                                 "Esimerkkikunta, bildningsväsendet",
	"työllisyyspalvelupäällikkö":                                    "chef för sysselsättningstjänsterna",
	"Esimerkkikunta, työllisyyspalvelut":                            "Esimerkkikunta, sysselsättningstjänsterna",
	"viestintäpäällikkö":                                            "kommunikationschef",
	"Esimerkkikunta, viestintä":                                     "Esimerkkikunta, kommunikationen",
	"maahanmuuttoasioiden erityisasiantuntija":                      "specialsakkunnig i invandringsfrågor",
	"Keski-Suomen ELY-keskus":                                       "NTM-centralen i Mellersta Finland",
	"tutkija":                                                       "forskare",
	"Alueellinen kotoutumisen osaamiskeskus":                        "Det regionala kompetenscentret för integration",
	"osallistavien työpajojen vetäjä":                               "ledare för deltagande verkstäder",
	"Järjestöjen kehittämiskeskus (kilpailutus kesken)":             "Organisationernas utvecklingscentral (upphandling pågår)",
	"Kunnanhallitus":                                                "Kommunstyrelsen",
	"Käynnistää valmistelun, nimeää vastuutahon ja yhteistyöryhmän": "Inleder beredningen, utser den ansvariga aktören och samarbetsgruppen",
	"Hyvinvointilautakunta":                                         "Välfärdsnämnden",
	"Merkitsee tiedoksi tilannekuvan ja tavoiteluonnoksen":          "Antecknar lägesbilden och utkastet till mål för kännedom",
	"Valtuustoseminaari":                                            "Fullmäktigeseminarium",
	"Valtuutetut keskustelevat ohjelmaluonnoksen painopisteistä":    "Fullmäktigeledamöterna diskuterar tyngdpunkterna i programutkastet",
	"Sivistyslautakunta":                                            "Bildningsnämnden",
	"Antaa lausunnon ohjelmaluonnoksesta":                           "Ger ett utlåtande om programutkastet",
	"Käsittelee ohjelmaehdotuksen ja esittää sen valtuustolle":      "Behandlar programförslaget och föreslår det för fullmäktige",
	"Kunnanvaltuusto":                                               "Kommunfullmäktige",
	"Hyväksyy kotouttamisohjelman vuosille 2026–2029":               "Godkänner programmet för integrationsfrämjande för åren 2026–2029",
	"Käsittelee ensimmäisen seurantaraportin":                       "Behandlar den första uppföljningsrapporten",
	"puheenjohtaja, valmistelun koordinaattori":                     "ordförande, beredningens koordinator",
	"varapuheenjohtaja":                                             "vice ordförande",
	"Esimerkkikunta, liikunta- ja kulttuuripalvelut":                "Esimerkkikunta, idrotts- och kulturtjänsterna",
	"jäsen":                             "medlem",
	"Esimerkkikunta, elinvoimapalvelut": "Esimerkkikunta, livskraftstjänsterna",
	"Esimerkkikunnan Vuokratalot Oy":    "Esimerkkikuntas Hyreshus Ab",
	"jäsen, työllisyysalueen edustaja":  "medlem, företrädare för sysselsättningsområdet",
	"Keski-Suomen hyvinvointialue, maahanmuuttajien sosiaali- ja terveyspalvelut": "Välfärdsområdet i Mellersta Finland, social- och hälsovårdstjänster för invandrare",
	"Esimerkkikunnan vastaanottokeskus":                                           "Esimerkkikuntas förläggning",
	"Esimerkkikunnan Setlementti ry":                                              "Esimerkkikuntas Setlementti rf",
	"jäsen, järjestöjen edustaja":                                                 "medlem, företrädare för organisationerna",
	"Esimerkkikunnan Somaliyhdistys ry":                                           "Esimerkkikuntas somaliska förening rf",
	"Esimerkkikunnan ukrainalaiset ry":                                            "Esimerkkikuntas ukrainare rf",
	"asukasedustaja":                                                              "invånarrepresentant",
	"jäsen, asukasnäkökulma":                                                      "medlem, invånarperspektiv",
	"Keski-Suomen ammattiopisto":                                                  "Yrkesinstitutet i Mellersta Finland",
	"Esimerkkikunnan seurakunta":                                                  "Esimerkkikunta församling",
	"Yhteistyöryhmän aloituskokous":                                               "Samarbetsgruppens startmöte",
	"yhteistyöryhmä":                                                              "samarbetsgruppen",
	"suomi":                                                                       "finska",
	"Sovittiin työnjaosta ja aikataulusta. Tilannekuvaan toivottiin tietoa erityisesti kotona lapsia hoitavista vanhemmista.": "Arbetsfördelningen och tidtabellen avtalades. Till lägesbilden önskades uppgifter särskilt om föräldrar som sköter sina barn hemma.",
	"Asukasilta kirjastossa":                          "Invånarkväll på biblioteket",
	"kuntalaiset, maahanmuuttaneet perheet":           "kommuninvånare, inflyttade familjer",
	"suomi, selkosuomi, arabia, ukraina (tulkattuna)": "finska, lättläst finska, arabiska, ukrainska (tolkat)",
	"Toiveina olivat iltaisin järjestettävä suomen kielen opetus, tietoa harrastuksista lapsille ja apua asunnon hakemiseen. Moni ei tiennyt kunnan neuvontapalvelusta.": "Man önskade undervisning i finska på kvällstid, information om fritidsaktiviteter för barn och hjälp att söka bostad. Många kände inte till kommunens rådgivningstjänst.",
	"Verkkokysely kotoutumispalveluista":               "Webbenkät om integrationstjänsterna",
	"kuntalaiset ja palveluiden käyttäjät":             "kommuninvånare och användare av tjänsterna",
	"suomi, ruotsi, englanti, arabia, ukraina, somali": "finska, svenska, engelska, arabiska, ukrainska, somaliska",
	"Tärkeimmiksi koettiin työ- ja harjoittelupaikat, kielikurssien saatavuus ja yhteiset kohtaamispaikat. Syrjintää asiointitilanteissa oli kokenut joka viides vastaaja.": "Viktigast ansågs arbets- och praktikplatser, tillgången till språkkurser och gemensamma mötesplatser. Var femte svarande hade upplevt diskriminering när de uträttade ärenden.",
	"Tavoitetyöpaja järjestöille ja yrityksille": "Målverkstad för organisationer och företag",
	"järjestöt, yritykset, oppilaitokset":        "organisationer, företag, läroanstalter",
	"suomi, englanti":                            "finska, engelska",
	"Työpajassa muotoiltiin työllisyyden ja osallisuuden tavoitteet. Yritykset toivoivat kunnalta apua työnantajien ja työnhakijoiden kohtaamiseen.": "I verkstaden formulerades målen för sysselsättning och delaktighet. Företagen önskade att kommunen hjälper arbetsgivare och arbetssökande att hitta varandra.",
	"Nuorten kuuleminen koulussa":  "Samråd med unga i skolan",
	"yläkoulun ja lukion oppilaat": "elever i högstadiet och gymnasiet",
	"suomi, selkosuomi":            "finska, lättläst finska",
	"Esimerkkikunnassa asui vuoden 2024 lopussa **1 912 vieraskielistä** asukasta, mikä on 7,6 % väestöstä. Ulkomailla syntyneitä oli 2 105. Osuus on kasvanut viidessä vuodessa noin kahdella prosenttiyksiköllä.":                                                                                   "I Esimerkkikunta bodde vid utgången av 2024 **1 912 invånare med främmande modersmål**, vilket är 7,6 % av befolkningen. Antalet utrikes födda var 2 105. Andelen har ökat med cirka två procentenheter på fem år.",
	"Suurin osa on muuttanut työn tai perheen vuoksi. Kuntaan on vuodesta 2022 saapunut Ukrainasta tilapäistä suojelua saavia, joista noin 60 % on tehnyt kotikuntailmoituksen. Kunta vastaanottaa vuosittain 20–30 kiintiöpakolaista. Ammattikorkeakoulun kansainvälisiä opiskelijoita on noin 150.": "De flesta har flyttat hit på grund av arbete eller familj. Sedan 2022 har det kommit personer från Ukraina som får tillfälligt skydd; cirka 60 % av dem har gjort en hemkommunsanmälan. Kommunen tar varje år emot 20–30 kvotflyktingar. Yrkeshögskolan har cirka 150 internationella studerande.",
	`Vieraskielisistä 62 % on työikäisiä (20–64 v.) ja 27 % alle 20-vuotiaita. Miehiä ja naisia on lähes yhtä paljon. Yleisimmät kielet ovat venäjä, arabia, ukraina, viro ja somali.

Ulkomailla syntyneiden työllisyysaste oli 58,4 % (koko väestö 74,1 %). Ero on suurin naisilla.`: `Av invånarna med främmande modersmål är 62 % i arbetsför ålder (20–64 år) och 27 % under 20 år. Det finns nästan lika många män som kvinnor. De vanligaste språken är ryska, arabiska, ukrainska, estniska och somaliska.

Sysselsättningsgraden bland utrikes födda var 58,4 % (hela befolkningen 74,1 %). Skillnaden är störst bland kvinnor.`,
	`Kuulemisissa nousivat esiin

- suomen kielen opetus, jota voi käydä työn tai lastenhoidon ohella
- selkeä tieto siitä, mistä palveluja saa
- tuki työpaikan löytämiseen ja tutkintojen tunnustamiseen
- harrastusmahdollisuudet lapsille ja nuorille.`: `Vid samråden lyftes fram

- undervisning i finska som går att kombinera med arbete eller barnomsorg
- tydlig information om var man får tjänster
- stöd i att hitta arbete och få examina erkända
- fritidsmöjligheter för barn och unga.`,
	"Kunnalla on maahanmuuttokoordinaattori ja monikielinen neuvontapiste kirjastossa kahtena päivänä viikossa. Pakolaisten alkuvaiheen palveluista vastaa hyvinvointialueen maahanmuuttajapalvelut. Tilapäistä suojelua saavien vastaanotto järjestettiin nopeasti yhdessä järjestöjen kanssa.": "Kommunen har en invandrarkoordinator och en flerspråkig rådgivningspunkt på biblioteket två dagar i veckan. Välfärdsområdets invandrartjänster ansvarar för flyktingarnas tjänster i det inledande skedet. Mottagandet av personer som får tillfälligt skydd ordnades snabbt tillsammans med organisationerna.",
	"Asukaskyselyssä 71 % vastaajista piti kuntaa hyvänä paikkana muuttaa ulkomailta. Nuorten keskuudessa on ollut yksittäisiä rasistisia välikohtauksia, ja osa maahanmuuttaneista kokee jäävänsä paikallisen yhteisön ulkopuolelle.":                                                           "I invånarenkäten ansåg 71 % av de svarande att kommunen är en bra plats att flytta till från utlandet. Bland unga har det förekommit enstaka rasistiska incidenter, och en del av de inflyttade upplever att de blir utanför den lokala gemenskapen.",
	"Kielikoulutusta on liian vähän iltaisin, työnantajat epäröivät palkata heikosti suomea puhuvia, ja palveluista tiedotetaan enimmäkseen vain suomeksi.":                                                                                                                                      "Det finns för lite språkutbildning på kvällstid, arbetsgivarna tvekar att anställa personer som talar lite finska, och om tjänsterna informeras för det mesta bara på finska.",
	"Kunnasta puuttuu nuorille aikuisille suunnattu kotoutumista tukeva ryhmätoiminta. Vieraskieliset lapset osallistuvat varhaiskasvatukseen harvemmin kuin muut.":                                                                                                                              "Kommunen saknar gruppverksamhet som stöder integrationen och riktar sig till unga vuxna. Barn med främmande modersmål deltar i småbarnspedagogiken mer sällan än andra.",
	"Miten kuntaan työn perusteella muuttaneet löytävät kunnan palvelut?":                                                                            "Hur hittar de som flyttat hit för arbete kommunens tjänster?",
	"Työnantajien kautta tieto kulkee vaihtelevasti. Suurimmat työnantajat ohjaavat uudet työntekijät neuvontapisteeseen, pienet yritykset harvoin.": "Informationen via arbetsgivarna varierar. De största arbetsgivarna hänvisar nya anställda till rådgivningspunkten, små företag sällan.",
	"Miten ikääntyneet maahanmuuttaneet tavoitetaan?":                                                                                                "Hur nås äldre inflyttade?",
	"Vieraskieliset asukkaat":               "Invånare med främmande modersmål",
	"henkilöä":                              "personer",
	"Esimerkkikunta":                        "Esimerkkikunta",
	"Tilastokeskus, väestörakenne":          "Statistikcentralen, befolkningsstruktur",
	"Vieraskielisten osuus väestöstä":       "Andelen med främmande modersmål av befolkningen",
	"%":                                     "%",
	"Yleisimmät vieraat kielet":             "De vanligaste främmande språken",
	"Tilastokeskus":                         "Statistikcentralen",
	"venäjä, arabia, ukraina, viro, somali": "ryska, arabiska, ukrainska, estniska, somaliska",
	"Tilapäistä suojelua saavat":            "Personer som får tillfälligt skydd",
	"Maahanmuuttovirasto":                   "Migrationsverket",
	"Vieraskielisten lasten osuus varhaiskasvatuksessa": "Andelen barn med främmande modersmål i småbarnspedagogiken",
	"Kuntaan muuttaneet vieraskieliset vuodessa":        "Invånare med främmande modersmål som flyttat till kommunen per år",
	"DVV:n muutostietopalvelu":                          "Myndigheten för digitalisering och befolkningsdatas flyttningsdatatjänst",
	`Aktiiviset järjestöt ja vapaaehtoiset
Kirjaston monikielinen neuvontapiste
Suurten työnantajien kiinnostus kansainväliseen rekrytointiin`: `Aktiva organisationer och frivilliga
Bibliotekets flerspråkiga rådgivningspunkt
De stora arbetsgivarnas intresse för internationell rekrytering`,
	`Kielikoulutusta on vähän iltaisin ja etänä
Ulkomailla syntyneiden naisten matala työllisyysaste
Palveluista tiedotetaan lähes vain suomeksi`: `Lite språkutbildning på kvällstid och på distans
Låg sysselsättningsgrad bland utrikes födda kvinnor
Om tjänsterna informeras nästan bara på finska`,
	`Ryhmätoiminta nuorille aikuisille
Tutkintojen tunnustamisen neuvonta`: `Gruppverksamhet för unga vuxna
Rådgivning om erkännande av examina`,
	"käyntiä":                           "besök",
	"arabia, ukraina, somali, englanti": "arabiska, ukrainska, somaliska, engelska",

	// The 2025 template's demo: the texts its conversion rewrote. There the
	// individual's kotoutumisohjelma is rightly "integrationsprogram".
	"Kotoutumisen edistämisen suunnitelma 2026–2029":                    "Program för integrationsfrämjande 2026–2029",
	"Sisä-Suomen elinvoimakeskus":                                       "Livskraftscentralen i Inre Finland",
	"Hyväksyy kotoutumisen edistämisen suunnitelman vuosille 2026–2029": "Godkänner programmet för integrationsfrämjande för åren 2026–2029",
	"Yrittäjäyhdistys, työllisyyspalvelut":                              "Företagarföreningen, sysselsättningstjänsterna",
	`Kuntastrategian 2025–2030 tavoite on **elinvoimainen ja kaikille avoin kunta**, jossa jokaisella on mahdollisuus tehdä työtä, oppia ja osallistua. Kotoutumisen edistämisen suunnitelma on yksi keino toteuttaa tätä tavoitetta: se kertoo, miten strategian painotukset näkyvät maahanmuuttaneiden asukkaiden arjessa.

Ohjelma nojaa myös

- alueen maahanmuuttostrategiaan 2024–2030, joka painottaa työperäistä maahanmuuttoa ja osaajien pysymistä alueella
- kunnan yhdenvertaisuussuunnitelmaan
- lasten ja nuorten hyvinvointisuunnitelmaan.

Ohjelman tavoitteet on kirjattu talousarvioon, jotta niiden toteutumista seurataan samassa yhteydessä kuin muitakin strategisia tavoitteita.`: `Kommunstrategin 2025–2030 har som mål en **livskraftig kommun som är öppen för alla**, där var och en har möjlighet att arbeta, lära sig och delta. Programmet för integrationsfrämjande är ett sätt att nå detta mål: det visar hur strategins tyngdpunkter syns i de inflyttade invånarnas vardag.

Programmet stöder sig också på

- regionens invandringsstrategi 2024–2030, som betonar arbetsrelaterad invandring och att kompetenta personer stannar i regionen
- kommunens likabehandlingsplan
- välfärdsplanen för barn och unga.

Programmets mål har skrivits in i budgeten, så att de följs upp i samma sammanhang som kommunens övriga strategiska mål.`,
	`Suunnitelman ydin on alla oleva taulukko: neljä tavoitetta, niiden toimenpiteet, vastuutahot ja aikataulut. Tavoitteet koskevat kaikkia kunnassa asuvia maahanmuuttajia, myös niitä, jotka eivät ole työmarkkinoilla.

Kaikki maahanmuuttaneet eivät ole työmarkkinoilla: kotona lapsiaan hoitavat vanhemmat, ikääntyneet ja lapset ja nuoret tarvitsevat kotoutumisen tukea muita reittejä.

**Lapset ja nuoret.** Tavoitteena on, että vieraskieliset lapset osallistuvat varhaiskasvatukseen ja nuoret jatkavat perusopetuksen jälkeen toiselle asteelle yhtä usein kuin muut. Varhaiskasvatuksen palveluohjaus tavoittaa perheet neuvolan kautta, ja oppilaanohjausta tehostetaan nivelvaiheessa yhdessä etsivän nuorisotyön kanssa.

**Kotona lapsiaan hoitavat ja ikääntyneet.** Heille tarjotaan kielikahvilaa, perhekerhoja ja kansalaisopiston ryhmiä, joissa voi oppia suomea ja tutustua kunnan palveluihin. Ikääntyneiden maahanmuuttaneiden tavoittamista selvitetään vuonna 2026 yhdessä hyvinvointialueen kanssa.`: `Kärnan i programmet är tabellen nedan: fyra mål, deras åtgärder, ansvariga aktörer och tidtabeller. Målen gäller alla invandrare som bor i kommunen, också dem som inte finns på arbetsmarknaden.

Alla inflyttade finns inte på arbetsmarknaden: föräldrar som sköter sina barn hemma, äldre samt barn och unga behöver stöd i integrationen på andra vägar.

**Barn och unga.** Målet är att barn med främmande modersmål deltar i småbarnspedagogiken och att unga fortsätter till andra stadiet efter den grundläggande utbildningen lika ofta som andra. Servicehandledningen inom småbarnspedagogiken når familjerna via rådgivningen, och elevhandledningen i övergångsskedet effektiviseras tillsammans med det uppsökande ungdomsarbetet.

**De som sköter sina barn hemma och äldre.** För dem ordnas språkkafé, familjeklubbar och grupper vid medborgarinstitutet, där man kan lära sig finska och bekanta sig med kommunens tjänster. Hur äldre inflyttade kan nås utreds år 2026 tillsammans med välfärdsområdet.`,
	`Ohjelmaa toteuttaa kotoutumisen yhteistyöryhmä, jossa ovat mukana kunnan eri toimialat, hyvinvointialue, elinvoimakeskus, alueen oppilaitokset, seurakunta ja kolme järjestöä. Ryhmässä on myös kaksi maahanmuuttajataustaista jäsentä, jotka maahanmuuttajayhdistys on nimennyt.

Yhteistyöryhmä kokoontuu neljä kertaa vuodessa. Lisäksi

- kunta ja hyvinvointialue sopivat palvelujen työnjaosta vuosittaisessa yhteistyöneuvottelussa
- työllisyyspalvelut ja elinvoimapalvelut suunnittelevat rekrytointitapahtumat yhdessä yrittäjäyhdistyksen kanssa
- järjestöille myönnetään kotoutumista tukevaan toimintaan kohdennettuja avustuksia.

Ohjelman valmistelussa kuultiin asukkaita kahdessa asukasillassa ja verkkokyselyllä. Yhteistyöryhmän kokoonpano ja pidetyt kuulemiset on koottu alle.`: `Programmet genomförs av samarbetsgruppen för integration, där kommunens olika sektorer, välfärdsområdet, livskraftscentralen, regionens läroanstalter, församlingen och tre organisationer deltar. I gruppen finns också två medlemmar med invandrarbakgrund, som invandrarföreningen har utsett.

Samarbetsgruppen sammanträder fyra gånger om året. Dessutom

- kommer kommunen och välfärdsområdet överens om arbetsfördelningen i tjänsterna vid en årlig samarbetsförhandling
- planerar sysselsättningstjänsterna och livskraftstjänsterna rekryteringsevenemangen tillsammans med företagarföreningen
- beviljas organisationerna understöd som riktas till verksamhet som stöder integrationen.

Under beredningen av programmet hördes invånarna vid två invånarkvällar och genom en webbenkät. Samarbetsgruppens sammansättning och de samråd som hållits finns sammanställda nedan.`,
	`Kunnan kotoutumisohjelma eli alkuvaiheen kotoutumispalvelujen kokonaisuus (osaamisen ja palvelutarpeen arviointi, kotoutumissuunnitelma, monikielinen yhteiskuntaorientaatio ja ohjaus) on kuvattu erikseen; tässä suunnitelmassa viitataan siihen.

*Kuntaan osoitettavien pakolaisten ja tilapäistä suojelua saavien vastaanotto ja alkuvaiheen palvelut on kuvattu erillisessä pakolaisten vastaanottosuunnitelmassa (kunnanhallitus 12.5.2025), jota päivitetään vuosittain. Tämän ohjelman tavoitteet ja toimenpiteet koskevat myös heitä.*`: `Kommunens integrationsprogram, det vill säga helheten av integrationstjänster i det inledande skedet (bedömning av kompetens och servicebehov, integrationsplan, flerspråkig samhällsorientering och handledning), beskrivs separat; detta program hänvisar till det.

*Mottagandet av flyktingar som anvisas till kommunen och av personer som får tillfälligt skydd samt tjänsterna i det inledande skedet beskrivs i en separat plan för mottagande av flyktingar (kommunstyrelsen 12.5.2025), som uppdateras varje år. Det här programmets mål och åtgärder gäller också dem.*`,
	"Kunnanhallitukselle ja valtuustolle; tiedoksi hyvinvointialueelle ja elinvoimakeskukselle.":                             "Till kommunstyrelsen och fullmäktige; för kännedom till välfärdsområdet och livskraftscentralen.",
	"Kotoutumisen edistämisen suunnitelma valmistellaan yhdessä kuntalaisten kanssa: kerro, mikä auttaa asettumaan kuntaan.": "Programmet för integrationsfrämjande bereds tillsammans med kommuninvånarna: berätta vad som hjälper dig att slå dig ner i kommunen.",
}
