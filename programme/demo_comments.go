package programme

import "time"

// demoComments adds the working group's review comments to the example
// programme: open threads on a goal, a measure, a section and a checklist
// item, some with replies, and two resolved ones, so that the dashboard
// and the comments panel have something to show. Times are a few days
// before now, so that the example always looks recently worked on.
func demoComments(p *Programme) {
	now := time.Now().UTC().Truncate(time.Hour)
	ago := func(days, hours int) time.Time {
		return now.Add(-time.Duration(days)*24*time.Hour - time.Duration(hours)*time.Hour)
	}
	add := func(about, author, text string, at time.Time) string {
		c, err := p.AddComment(about, author, text, at)
		if err != nil {
			panic(err) // the texts below are not empty
		}
		return c.ID
	}
	reply := func(id, author, text string, at time.Time) {
		if _, err := p.Reply(id, author, text, at); err != nil {
			panic(err)
		}
	}
	resolve := func(id, by string, at time.Time) {
		if err := p.ResolveComment(id, by, at); err != nil {
			panic(err)
		}
	}

	if len(p.Goals) > 0 {
		g := p.Goals[0]
		id := add("goal:"+g.ID, "Jari Nieminen",
			"Työllisyysasteen tavoitetaso pitää sopia ennen lautakuntakäsittelyä. Ehdotan 60 prosenttia vuoteen 2029 mennessä.", ago(6, 3))
		reply(id, "Aino Virtanen",
			"Hyvä ehdotus. Tarkistan lähtötason Tilastokeskuksen uusimmista luvuista ja tuon asian seuraavaan kokoukseen.", ago(5, 20))
		for _, m := range g.Measures {
			if m.Responsible == "" {
				add("measure:"+m.ID, "Sanna Korhonen",
					"Kuka vastaa oppisopimuskoulutuksesta? Ammattiopisto on lupautunut kumppaniksi, mutta vastuutaho puuttuu vielä.", ago(3, 5))
				break
			}
		}
	}
	if s := p.Document.ElementSection("document.el.population"); s != nil {
		id := add("section:"+s.ID, "Hanna Salo",
			"Väestöosion luvut ovat vuodelta 2024. Päivitetäänkö ne ennen kuin ohjelma lähtee lausuntokierrokselle?", ago(4, 2))
		reply(id, "Aino Virtanen", "Päivitetään, kun Digi- ja väestötietovirasto julkaisee vuoden 2025 tiedot.", ago(4, 0))
	}
	if len(p.Monitoring.Indicators) > 0 {
		id := add("indicator:"+p.Monitoring.Indicators[0].ID, "Mikko Laine",
			"Tietolähteeksi kannattaa merkitä Tilastokeskuksen työssäkäyntitilasto, jotta luvut ovat vertailukelpoisia naapurikuntien kanssa.", ago(9, 1))
		reply(id, "Aino Virtanen", "Korjattu, kiitos.", ago(8, 22))
		resolve(id, "Aino Virtanen", ago(8, 22))
	}
	add("item:cooperation.residents", "Kati Huttunen",
		"Nuorten kuuleminen puuttuu vielä. Voisimmeko järjestää sen yhdessä koulujen kanssa tammikuussa?", ago(1, 4))
	id := add("step:communication", "Kati Huttunen",
		"Viestintäsuunnitelmaan tarvitaan vielä selkokielinen tiedote ohjelman hyväksymisestä.", ago(12, 0))
	resolve(id, "Aino Virtanen", ago(10, 0))
}
