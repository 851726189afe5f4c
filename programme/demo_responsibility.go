package programme

// demoResponsibility fills the example programme's responsibility content,
// for a programme of the municipality's own: a welfare division coordinating, a decision path through the boards and
// the executive to the council, and two gaps (a seminar without a date and
// an expert not yet named) so that the step shows findings.
func demoResponsibility(p *Programme) {
	r := &p.Responsibility
	r.Organisation = "Esimerkkikunnan hyvinvointitoimiala"
	r.Unit = "Maahanmuuttajapalvelut"
	r.Lead = Contact{
		ID: NewID(), Name: "Aino Virtanen", Title: "maahanmuuttokoordinaattori",
		Organisation: "Esimerkkikunta, maahanmuuttajapalvelut", Email: "aino.virtanen@esimerkkikunta.fi", Phone: "040 123 4567",
	}
	r.ELY = Contact{
		ID: NewID(), Name: "Mikko Laine", Title: "maahanmuuttoasioiden erityisasiantuntija",
		Organisation: "Keski-Suomen ELY-keskus", Email: "mikko.laine@ely-keskus.fi", Phone: "0295 000 123",
	}
	r.AddContact(Contact{
		Name: "Sanna Korhonen", Title: "sivistysjohtaja", Organisation: "Esimerkkikunta, sivistystoimi",
		Email: "sanna.korhonen@esimerkkikunta.fi", Phone: "040 765 4321",
	})
	r.AddContact(Contact{
		Name: "Jari Nieminen", Title: "työllisyyspalvelupäällikkö", Organisation: "Esimerkkikunta, työllisyyspalvelut",
		Email: "jari.nieminen@esimerkkikunta.fi",
	})
	r.AddContact(Contact{
		Name: "Kati Huttunen", Title: "viestintäpäällikkö", Organisation: "Esimerkkikunta, viestintä",
		Email: "kati.huttunen@esimerkkikunta.fi", Phone: "044 222 3344",
	})
	r.AddExpert(Contact{
		Name: "Hanna Salo", Title: "tutkija", Organisation: "Alueellinen kotoutumisen osaamiskeskus",
		Email: "hanna.salo@osaamiskeskus.fi",
	})
	r.AddExpert(Contact{Title: "osallistavien työpajojen vetäjä", Organisation: "Järjestöjen kehittämiskeskus (kilpailutus kesken)"})

	for _, m := range []Milestone{
		{Date: "2026-02-09", Body: "Kunnanhallitus", Decision: "Käynnistää valmistelun, nimeää vastuutahon ja yhteistyöryhmän", Done: true},
		{Date: "2026-06-16", Body: "Hyvinvointilautakunta", Decision: "Merkitsee tiedoksi tilannekuvan ja tavoiteluonnoksen", Done: true},
		{Body: "Valtuustoseminaari", Decision: "Valtuutetut keskustelevat ohjelmaluonnoksen painopisteistä"},
		{Date: "2026-11-10", Body: "Sivistyslautakunta", Decision: "Antaa lausunnon ohjelmaluonnoksesta", Done: true},
		{Date: "2026-12-07", Body: "Kunnanhallitus", Decision: "Käsittelee ohjelmaehdotuksen ja esittää sen valtuustolle"},
		{Date: "2026-12-14", Body: "Kunnanvaltuusto", Decision: "Hyväksyy kotouttamisohjelman vuosille 2026–2029"},
		{Date: "2027-12", Body: "Kunnanhallitus", Decision: "Käsittelee ensimmäisen seurantaraportin"},
	} {
		r.AddMilestone(m)
	}
}
