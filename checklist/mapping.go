package checklist

import "fmt"

// Mapping tells where the content kept under one template's IDs goes in
// another template: item IDs (ticks, notes, answers, document elements,
// indicators) and catalogue option IDs (sectors, themes, strategies,
// audiences). An ID listed in NoHome has no counterpart; conversion keeps
// its content aside for the user instead of dropping it.
type Mapping struct {
	From, To string
	// Items maps an item ID of From to one of To.
	Items map[string]string
	// Options maps a catalogue option ID of From to one of To.
	Options map[string]string
	// NoHome lists the item and option IDs of From without a counterpart,
	// each with the reason shown to the user.
	NoHome map[string]Text
}

// Item returns the item ID that id becomes, or false when it has no home.
func (m *Mapping) Item(id string) (string, bool) {
	to, ok := m.Items[id]
	return to, ok
}

// Option returns the option ID that id becomes, or false when it has no home.
func (m *Mapping) Option(id string) (string, bool) {
	to, ok := m.Options[id]
	return to, ok
}

// identity maps each ID to itself.
func identity(m map[string]string, ids ...string) map[string]string {
	for _, id := range ids {
		m[id] = id
	}
	return m
}

// oldToPlanning converts programmes of the old Act's template to the 2025
// planning template. The step IDs are the same; most items keep their ID
// because the 2025 steps follow the old ones closely (see the research note
// on the Koto24 checklist); the rest is listed explicitly.
var oldToPlanning = Mapping{
	From: DefaultID,
	To:   PlanningID,
	Items: identity(map[string]string{},
		"responsibility.authority", "responsibility.commitment", "responsibility.ely", "responsibility.experts", "responsibility.joint",
		"cooperation.group", "cooperation.municipal", "cooperation.authorities", "cooperation.local", "cooperation.residents",
		"situation.quantitative-qualitative", "situation.q.count", "situation.q.reasons", "situation.q.demography", "situation.q.needs",
		"situation.q.reception", "situation.q.forecast", "situation.q.relations", "situation.q.challenges", "situation.q.services",
		"situation.q.guidance", "situation.src.dvv", "situation.src.kotoutuminen", "situation.src.local", "situation.src.reception",
		"goals.themes", "goals.q.opportunities", "goals.q.themes", "goals.q.change", "goals.strategy", "goals.together", "goals.means",
		"document.el.strategy", "document.el.population", "document.el.responsibilities", "document.el.cooperation",
		"document.el.services", "document.el.special", "document.el.relations", "document.el.monitoring",
		"document.el.summary", "document.el.communication",
		"monitoring.concrete", "monitoring.indicators", "monitoring.known-source", "monitoring.reporting", "monitoring.update",
		"monitoring.ind.population", "monitoring.ind.language-teaching", "monitoring.ind.employment", "monitoring.ind.neet",
		"monitoring.ind.learning-gap", "monitoring.ind.ecec", "monitoring.ind.elections", "monitoring.ind.racist-crime",
		"monitoring.ind.new-practices", "monitoring.ind.service-reach", "monitoring.ind.staff-training",
		"monitoring.src.statistics", "monitoring.src.dvv", "monitoring.src.kotoutuminen", "monitoring.src.employment",
		"monitoring.src.hearings", "monitoring.src.surveys", "monitoring.src.inquiries",
		"communication.process", "communication.implementation", "communication.monitoring",
		"communication.residents", "communication.stakeholders", "communication.target-group", "communication.decision-makers",
	),
	Options: identity(map[string]string{
		// The 2025 list names the employment authority, not the
		// municipality's employment services (Act 380/2023).
		"municipal-employment": "employment-authority",
	},
		"municipal-education", "municipal-leisure", "municipal-vitality", "municipal-housing", "employment-authority", "kela",
		"wellbeing-county", "other-authority", "reception-centre", "ngo", "immigrant-association", "educational-institution",
		"company", "religious-community", "immigrant-resident", "other",
		"receptiveness", "employment", "education", "wellbeing", "participation",
		"municipal-strategy", "equality-plan", "welfare-plan", "regional-strategy",
		"residents", "stakeholders", "target-group", "decision-makers",
	),
	NoHome: map[string]Text{
		"document.el.outside-workforce": {"fi": "Uudessa pohjassa lapset, nuoret ja työvoiman ulkopuolella olevat eivät ole oma osansa: kirjaa sisältö tavoitteiksi ja toimenpiteiksi tai osaan ”Tavoitteet, toimenpiteet, vastuutahot ja mittarit”."},
		"document.el.protection":        {"fi": "Uudessa pohjassa kansainvälistä tai tilapäistä suojelua saaneet eivät ole oma osansa: kirjaa sisältö tavoitteiksi ja toimenpiteiksi tai osaan ”Kotoutumisohjelma ja alkuvaiheen palvelut”."},
		"national-programme":            {"fi": "Uudessa pohjassa valtion ohjelmaan linkitetään sen neljän tavoitteen kautta (VALKO 2024–2027): valitse tavoitteelle sopiva."},
	},
}

var mappings = []*Mapping{&oldToPlanning}

// MappingFor returns the mapping from template from to template to.
func MappingFor(from, to string) (*Mapping, error) {
	for _, m := range mappings {
		if m.From == from && m.To == to {
			return m, nil
		}
	}
	return nil, fmt.Errorf("no conversion from template %q to %q", from, to)
}
