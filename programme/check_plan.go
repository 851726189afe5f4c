package programme

import (
	"sort"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
)

// Rules of the plan family: goals, measures and indicators read together
// with the programme's period.

// measureOutsidePeriod finds open measures scheduled outside the programme's
// period: starting before its first year or ending after its last. A plan
// cannot promise work it has no period for; a done or dropped measure is
// history and is left alone.
func measureOutsidePeriod(p *Programme, _ *checklist.Template) []Finding {
	if p.StartYear == 0 || p.EndYear == 0 {
		return nil
	}
	var out []Finding
	for _, g := range p.Goals {
		for j, m := range g.Measures {
			if st := p.CurrentStatus(m); st == MeasureDone || st == MeasureDropped {
				continue
			}
			early := !m.Start.IsZero() && m.Start.valid() && m.Start.Start().Year() < p.StartYear
			late := !m.End.IsZero() && m.End.valid() && m.End.End().Year() > p.EndYear
			if early || late {
				out = append(out, Finding{
					Code: "plan.measureOutsidePeriod", Ref: "measure:" + m.ID,
					Subject: findingSubject(m.Title, j), Args: periodArgs(p),
				})
			}
		}
	}
	return out
}

// targetOutsidePeriod finds indicators whose target year falls outside the
// period: the programme's own monitoring cannot tell whether it was met.
func targetOutsidePeriod(p *Programme, _ *checklist.Template) []Finding {
	if p.StartYear == 0 || p.EndYear == 0 {
		return nil
	}
	var out []Finding
	for i, ind := range p.Monitoring.Indicators {
		if y := ind.Target.Year; y != 0 && (y < p.StartYear || y > p.EndYear) {
			args := periodArgs(p)
			args["Year"] = y
			out = append(out, Finding{
				Code: "plan.targetOutsidePeriod", Ref: "indicator:" + ind.ID,
				Subject: findingSubject(ind.Name, i), Args: args,
			})
		}
	}
	return out
}

func periodArgs(p *Programme) map[string]any {
	return map[string]any{"Start": p.StartYear, "End": p.EndYear}
}

// Rules of the participation family.

// immigrantsNotHeard finds hearings recorded without any participant of
// immigrant background, when the group has no immigrant member either:
// then immigrants have had no say anywhere the programme records. The
// roster alone is checked by cooperation.noImmigrants.
func immigrantsNotHeard(p *Programme, tpl *checklist.Template) []Finding {
	c := p.Cooperation
	if len(c.Hearings) == 0 || c.ImmigrantMembers(tpl) > 0 {
		return nil
	}
	for _, h := range c.Hearings {
		if h.ImmigrantCount > 0 {
			return nil
		}
	}
	return []Finding{{Code: "participation.notHeard"}}
}

// Rules of the document family.

// longSectionMin is the fewest words a section needs before it can be
// flagged as far longer than the rest, and longSectionFactor how many
// times the median of the sections with text it must exceed.
const (
	longSectionMin    = 800
	longSectionFactor = 3
)

// longSection finds sections far longer than the others: more than three
// times the median words of the sections with text (at least three of
// them), and at least 800 words. The guidance asks for a concise document
// built around the goals, not a report of all activity.
func longSection(p *Programme, tpl *checklist.Template) []Finding {
	var counts []int
	for i := range p.Document.Sections {
		if n := readSection(&p.Document.Sections[i]).words; n > 0 {
			counts = append(counts, n)
		}
	}
	if len(counts) < 3 {
		return nil
	}
	sorted := append([]int(nil), counts...)
	sort.Ints(sorted)
	median := sorted[len(sorted)/2]
	if len(sorted)%2 == 0 {
		median = (sorted[len(sorted)/2-1] + sorted[len(sorted)/2]) / 2
	}
	var out []Finding
	for i := range p.Document.Sections {
		s := &p.Document.Sections[i]
		if n := readSection(s).words; n >= longSectionMin && n > longSectionFactor*median {
			out = append(out, Finding{
				Code: "document.longSection", Ref: "section:" + s.ID,
				Subject: sectionSubject(*s, tpl, i), Args: map[string]any{"Words": n, "Median": median},
			})
		}
	}
	return out
}

// changeWords are the word stems that speak of change, matched at word
// starts in lower case; a service is any word containing "palvelu".
var (
	changeWords = []string{
		"tavoit", "tavoite", "lisä", "paran", "vähen", "vähentä", "kasva", "kasvat", "kehit",
		"muut", "muutos", "vahvist", "nost", "lask", "puolit", "kaksinkert", "uudist", "parempi", "enemmän", "vähemmän",
	}
)

// servicesWithoutGoal finds sections that describe services at some
// length without a word of change: no goal, increase, improvement or
// development. A heuristic, so a hint: the guidance asks to describe only
// the services that change so that the goals are reached.
func servicesWithoutGoal(p *Programme, tpl *checklist.Template) []Finding {
	var out []Finding
	for i := range p.Document.Sections {
		s := &p.Document.Sections[i]
		st := readSection(s)
		if s.NotApplicable || st.words < 80 {
			continue
		}
		services, change := st.services, st.change
		if services >= 3 && change == 0 {
			out = append(out, Finding{
				Code: "document.servicesWithoutGoal", Ref: "section:" + s.ID,
				Subject: sectionSubject(*s, tpl, i), Args: map[string]any{"Services": services},
			})
		}
	}
	return out
}

func hasStem(w string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// Rules of the communication family.

// onlyFinnish finds a communication plan whose rows name their languages,
// none beyond Finnish, in a municipality with other language groups: the
// situation picture's figures speak of foreign-language or
// Swedish-speaking residents, or a hearing was held in other languages.
func onlyFinnish(p *Programme, _ *checklist.Template) []Finding {
	named := false
	for _, r := range p.Communication.Rows {
		if len(r.Languages) == 0 && strings.TrimSpace(r.OtherLanguages) == "" {
			continue
		}
		named = true
		for _, l := range r.Languages {
			if l != LangFinnish {
				return nil
			}
		}
		if strings.TrimSpace(r.OtherLanguages) != "" {
			return nil
		}
	}
	if !named || !p.otherLanguageGroups() {
		return nil
	}
	return []Finding{{Code: "communication.onlyFinnish"}}
}

// languageWords mark a figure about residents of another language.
var languageWords = []string{"vieraskiel", "ruotsinkiel", "kieliryhm", "äidinkiel", "muunkiel"}

// otherLanguageGroups tells whether the programme records residents of
// languages other than Finnish: a situation figure about them with a value
// above zero, or a hearing whose languages name anything but Finnish.
func (p *Programme) otherLanguageGroups() bool {
	for _, f := range p.Situation.Figures {
		label := strings.ToLower(f.Label)
		for _, w := range languageWords {
			if strings.Contains(label, w) && f.Value.Number != nil && *f.Value.Number > 0 {
				return true
			}
		}
	}
	for _, h := range p.Cooperation.Hearings {
		for _, l := range strings.FieldsFunc(strings.ToLower(h.Languages), func(r rune) bool { return r == ',' || r == ';' || r == '/' || r == ' ' }) {
			if l != "" && l != "suomi" && l != "fi" && l != "ja" && l != "suomeksi" {
				return true
			}
		}
	}
	return false
}
