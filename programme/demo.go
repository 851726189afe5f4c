package programme

import "fi.kotoutus/kotoutus/checklist"

// DemoMunicipality is the name of the filled example programme's municipality.
const DemoMunicipality = "Esimerkkikunta"

// Demo returns a filled example programme that shows every part of the app
// with realistic, invented content.
func Demo(tpl *checklist.Template) *Programme {
	p := New(tpl, []string{DemoMunicipality}, "Kotouttamisohjelma 2026–2029", 2026, 2029)
	for _, id := range []string{
		"responsibility.authority", "responsibility.commitment", "responsibility.ely", "responsibility.joint",
		"cooperation.group", "cooperation.municipal", "cooperation.authorities", "cooperation.local",
		"situation.quantitative-qualitative", "situation.src.dvv", "situation.src.kotoutuminen", "situation.src.local",
		"goals.themes", "goals.q.themes", "goals.q.change", "goals.strategy",
		"document.el.strategy", "document.el.population",
		"monitoring.concrete",
	} {
		p.EditItem(id).Done = true
	}
	p.EditItem("responsibility.experts").Note = "Ulkopuolista apua ei tarvita; ELY-keskus kommentoi luonnoksen."
	p.EditItem("cooperation.residents").Note = "Kaksi asukasiltaa pidetty; maahanmuuttajayhdistys mukana ryhmässä. Nuorten kuuleminen puuttuu vielä."
	p.EditStep(StepResponsibility).Status = StatusDone
	p.EditStep(StepSituation).Note = "Tilastot päivitetään, kun vuoden 2025 väestötiedot julkaistaan."
	demoResponsibility(p)
	demoCooperation(p)
	demoSituation(p)
	demoGoals(p)
	demoMonitoring(p)
	demoCommunication(p)
	demoDocument(p, tpl)
	demoComments(p)
	return p
}
