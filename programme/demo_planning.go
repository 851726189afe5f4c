package programme

import (
	"fmt"
	"slices"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// DemoFor returns the filled example programme on template tpl: Demo for
// the old template; for the 2025 planning template, the same municipality's
// plan as it reads under Act 681/2023 — converted, with the content of the
// old group-specific sections moved where the 2025 template puts it and the
// new items filled, so that nothing waits for a place.
func DemoFor(tpl *checklist.Template) (*Programme, error) {
	if tpl.ID != checklist.PlanningID {
		return Demo(tpl), nil
	}
	p, err := Convert(Demo(checklist.Default()), tpl)
	if err != nil {
		return nil, fmt.Errorf("demo on template %s: %w", tpl.ID, err)
	}
	p.Conversion = nil
	// The old demo's prose speaks of the kotouttamisohjelma and the ELY
	// centre; the plan speaks of today's things.
	p.replaceOldTerms(tpl)
	p.Responsibility.ELY.Organisation = "Sisä-Suomen elinvoimakeskus"
	p.Title = "Kotoutumisen edistämisen suunnitelma 2026–2029"
	d := &p.Document
	moves := map[string]string{
		// old element → the 2025 element its content now belongs to
		"document.el.outside-workforce": "document.el.goals",
		"document.el.protection":        "document.el.integration-programme",
	}
	for _, s := range slices.Clone(d.Sections) {
		if !s.IsExtra() || !strings.HasPrefix(s.Title, UnplacedPrefix) {
			continue
		}
		for from, to := range moves {
			el, _ := checklist.Default().Item(from)
			if s.Title != UnplacedPrefix+el.Label(convLang) {
				continue
			}
			if target := d.ElementSection(to); target != nil {
				target.Draft = joinDrafts(target.Draft, demoPlanningDrafts[to], s.Draft)
			}
		}
		if err := d.DeleteSection(s.ID); err != nil {
			return nil, err
		}
	}
	if s := d.ElementSection("document.el.goals"); s != nil {
		s.Includes = []Block{BlockGoals}
	}
	if s := d.ElementSection("document.el.responsibilities"); s != nil {
		s.Includes = slices.DeleteFunc(s.Includes, func(b Block) bool { return b == BlockGoals })
	}
	for _, id := range []string{"responsibility.form", "cooperation.wellbeing-county", "goals.national", "goals.coverage", "document.coordination", "document.integration-programme"} {
		p.EditItem(id).Done = true
	}
	p.EditItem("responsibility.form").Note = "Erillinen toimenpideohjelma; tavoitteet viedään myös hyvinvointisuunnitelmaan."
	p.EditItem("responsibility.ely").Note = "Sisä-Suomen elinvoimakeskuksen yhteyshenkilö kommentoi luonnoksen."
	for i := range p.Goals {
		g := &p.Goals[i]
		switch g.Theme {
		case "employment":
			g.SetStrategy(tpl, "valko-work", true)
			g.SetStrategy(tpl, "national-employment", true)
		case "education":
			g.SetStrategy(tpl, "valko-family", true)
		case "participation":
			g.SetStrategy(tpl, "valko-parallel", true)
		}
	}
	return p, nil
}

func joinDrafts(parts ...string) string {
	return strings.Join(slices.DeleteFunc(parts, func(s string) bool { return s == "" }), "\n\n")
}

// demoPlanningDrafts open the 2025 template's new elements in the example.
var demoPlanningDrafts = map[string]string{
	"document.el.goals":                 "Suunnitelman ydin on alla oleva taulukko: neljä tavoitetta, niiden toimenpiteet, vastuutahot ja aikataulut. Tavoitteet koskevat kaikkia kunnassa asuvia maahanmuuttajia, myös niitä, jotka eivät ole työmarkkinoilla.",
	"document.el.integration-programme": "Kunnan kotoutumisohjelma eli alkuvaiheen kotoutumispalvelujen kokonaisuus (osaamisen ja palvelutarpeen arviointi, kotoutumissuunnitelma, monikielinen yhteiskuntaorientaatio ja ohjaus) on kuvattu erikseen; tässä suunnitelmassa viitataan siihen.",
}
