package programme

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"time"

	"fi.kotoutus/kotoutus/checklist"
)

// Size names the size of a generated programme (kotoutus demo --size).
type Size string

// The sizes of generated programmes. SizeLarge is a large city's programme
// (about 40 goals, 400 measures, 60 indicators with ten years of values,
// 60 members, 30 hearings and 60,000 words of drafts); SizeHuge is ten
// times that, for measuring how the app grows.
const (
	SizeDemo  Size = ""
	SizeLarge Size = "large"
	SizeHuge  Size = "huge"
)

// Sizes lists the sizes the demo command accepts besides the demo itself.
var Sizes = []Size{SizeLarge, SizeHuge}

// tenths returns the size in tenths of the large programme, or 0 for an
// unknown size.
func (s Size) tenths() int {
	switch s {
	case SizeLarge:
		return 10
	case SizeHuge:
		return 100
	}
	return 0
}

// ErrUnknownSize is returned for a size that is not one of Sizes.
var ErrUnknownSize = errors.New("unknown programme size")

// GenerateSize returns the demo programme (SizeDemo) or a generated one of
// the given size on template tpl.
func GenerateSize(tpl *checklist.Template, size Size) (*Programme, error) {
	if size == SizeDemo {
		return DemoFor(tpl)
	}
	n := size.tenths()
	if n == 0 {
		return nil, fmt.Errorf("%q: %w", size, ErrUnknownSize)
	}
	return Generate(tpl, n)
}

// The sizes, in tenths of SizeLarge, whose PDF has about 100 and about
// 1,000 pages: `make bench` and the export's benchmarks use them. They
// follow what the PDF prints (5 and 45 gave 116 and 991 pages until the
// export printed more of each step; then 140 and 1,209).
const (
	Tenths100Pages  = 4
	Tenths1000Pages = 37
)

// The large programme's generated rows and words.
const (
	genGoals         = 40
	genMeasures      = 10 // per goal
	genIndicators    = 60
	genYears         = 10 // measurements per indicator
	genMembers       = 60
	genHearings      = 30
	genFigures       = 40
	genCommRows      = 24
	genComments      = 60
	genDraftWords    = 60000
	genSectionWords  = 2500 // a draft stays well under MaxDraftBytes and fast to edit
	genParagraphSize = 90   // words, about
)

// Generate returns the demo programme grown to tenths tenths of the large
// programme (10 is SizeLarge; the benchmarks use other sizes too): the demo's checked items, answers and responsibility, and
// generated goals, measures, indicators with measurements, members,
// hearings, figures, communication rows, comments and drafts, with fixed row
// IDs and fixed dates. The same template and size always give the same
// content (only the programme's own ID and creation time are new). Each
// collection has at least one row. The text
// is invented, plausible filler in Finnish, not advice.
func Generate(tpl *checklist.Template, tenths int) (*Programme, error) {
	if tenths < 1 {
		return nil, fmt.Errorf("%d tenths: %w", tenths, ErrUnknownSize)
	}
	scale := func(n int) int { return max(1, n*tenths/10) }
	p, err := DemoFor(tpl)
	if err != nil {
		return nil, err
	}
	g := &generator{rnd: rand.New(rand.NewPCG(2026, uint64(tenths))), tpl: tpl, p: p}
	p.Municipalities = []string{"Suurkaupunki", "Naapurikunta", "Rantakylä"}
	p.Title = strings.Replace(p.Title, "2026–2029", fmt.Sprintf("2026–2029 (keksitty, koko %d/10)", tenths), 1)
	// Generated rows replace the demo's; fixIDs replaces the random IDs
	// of what is left.
	p.Cooperation.Members, p.Cooperation.Hearings, p.Situation.Figures = nil, nil, nil
	p.Goals, p.Monitoring.Indicators, p.Communication.Rows, p.Comments = nil, nil, nil, nil
	g.members(scale(genMembers))
	g.hearings(scale(genHearings))
	g.figures(scale(genFigures))
	g.goals(scale(genGoals))
	g.indicators(scale(genIndicators))
	g.communication(scale(genCommRows))
	g.drafts(scale(genDraftWords))
	if err := fixIDs(p); err != nil {
		return nil, err
	}
	g.comments(scale(genComments))
	return p, nil
}

// generator draws the generated content from one seeded source.
type generator struct {
	rnd *rand.Rand
	tpl *checklist.Template
	p   *Programme
}

func (g *generator) pick(list []string) string { return list[g.rnd.IntN(len(list))] }

// genTime is the fixed clock of generated comments: 1 March 2026.
var genTime = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

var (
	genFirstNames = []string{"Aino", "Mikko", "Leila", "Juha", "Sara", "Ahmed", "Olga", "Pekka", "Hanna", "Yusuf", "Maria", "Timo", "Fatima", "Ville", "Elina", "Dmitri", "Noora", "Ali", "Katja", "Jari"}
	genLastNames  = []string{"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hassan", "Heikkinen", "Ivanova", "Koskinen", "Laine", "Mohamed", "Järvinen", "Lehtonen", "Saarinen", "Nguyen", "Salminen", "Rantanen"}
	genOrgs       = []string{"Sivistystoimiala", "Työllisyyspalvelut", "Hyvinvointialue", "TE-palvelut", "Kansalaisopisto", "Ammattiopisto", "Seurakunta", "Monikulttuurinen yhdistys ry", "Yrittäjäyhdistys", "Kirjasto", "Nuorisopalvelut", "Asuntotoimi", "Poliisi", "ELY-keskus", "Urheiluseura", "Kielikoulu"}
	genRoles      = []string{"jäsen", "puheenjohtaja", "varapuheenjohtaja", "sihteeri", "asiantuntijajäsen", "varajäsen"}
	genAreas      = []string{"keskusta", "itäinen alue", "pohjoinen alue", "läntinen alue", "eteläinen alue", "Rantakylä", "Naapurikunta"}
	genServices   = []string{"kielikoulutus", "työnhakuvalmennus", "ohjaus ja neuvonta", "varhaiskasvatus", "perusopetus", "nuorisotyö", "kirjastopalvelut", "liikuntapalvelut", "asumisneuvonta", "yrityspalvelut", "terveyspalvelut", "sosiaalipalvelut", "aikuiskoulutus", "vapaa-ajan toiminta"}
	genGroups     = []string{"maahanmuuttaneet aikuiset", "maahanmuuttaneet nuoret", "kotona lapsiaan hoitavat vanhemmat", "työperäisesti muuttaneet", "kansainväliset opiskelijat", "ikääntyneet maahanmuuttaneet", "pakolaisina tulleet", "puolisona muuttaneet"}
	genVerbs      = []string{"parantaa", "vahvistaa", "lisätä", "selkeyttää", "nopeuttaa", "kehittää", "yhtenäistää", "tukea"}
	genAims       = []string{"työllisyyttä", "kielitaidon kehittymistä", "koulutuspolun etenemistä", "osallisuutta", "hyviä väestösuhteita", "palvelujen saavutettavuutta", "tiedon kulkua", "yhdenvertaisuutta", "terveyttä ja hyvinvointia", "asumisen vakautta"}
	genChannels   = []string{"verkkosivut", "somekanavat", "asukasillat", "tiedotteet", "selkokieliset esitteet", "järjestöjen kanavat", "kirjaston tiedotusnäytöt", "neuvontapiste"}
	genTimings    = []string{"kevät 2026", "syksy 2026", "kevät 2027", "syksy 2027", "vuosittain", "jatkuvasti"}
	genUnits      = []string{"%", "henkilöä", "osallistujaa", "päivää", "ryhmää", "€"}
	genSources    = []string{"Tilastokeskus", "Kotoutumisen indikaattorit", "kunnan oma seuranta", "hyvinvointialueen tilastot", "Kouluterveyskysely", "TE-palvelujen tilastot"}
	genCommentsBy = []string{"Aino Virtanen", "Mikko Korhonen", "Leila Hassan", "Juha Mäkinen", "Sara Nieminen"}
	genRemarks    = []string{
		"Tähän kannattaa lisätä vastuuhenkilö.", "Onko aikataulu realistinen?", "Tarkistetaan luku vuoden 2025 tilastosta.",
		"Hyvä muotoilu, pidetään.", "Järjestöjen kommentit puuttuvat vielä.", "Lyhennetään tätä kohtaa.",
		"Resurssit pitää varmistaa talousarviossa.", "Selkokielinen versio tarvitaan myös.",
	}
)

func (g *generator) person() string { return g.pick(genFirstNames) + " " + g.pick(genLastNames) }

func (g *generator) members(n int) {
	sectors := g.tpl.Catalogues.Sectors.Options
	c := &g.p.Cooperation
	for i := range n {
		name := g.person()
		c.Members = append(c.Members, Member{
			ID: fmt.Sprintf("gm%d", i), Name: name, Organisation: g.pick(genOrgs),
			Sector: sectors[i%len(sectors)].ID, Role: g.pick(genRoles),
			Contact: strings.ToLower(strings.ReplaceAll(name, " ", ".")) + fmt.Sprintf("%d@kunta.example", i),
		})
	}
}

func (g *generator) hearings(n int) {
	c := &g.p.Cooperation
	for i := range n {
		count := 8 + g.rnd.IntN(80)
		c.Hearings = append(c.Hearings, Hearing{
			ID:   fmt.Sprintf("gh%d", i),
			Date: Date(fmt.Sprintf("%d-%02d-%02d", 2024+i%2, i%12+1, i%28+1)),
			Kind: HearingKinds[i%len(HearingKinds)], Title: fmt.Sprintf("Kuuleminen: %s, %s", g.pick(genServices), g.pick(genAreas)),
			Participants: g.pick(genGroups) + ", järjestöt ja työntekijät", Count: count, ImmigrantCount: g.rnd.IntN(count + 1),
			Languages: "suomi, arabia, englanti, ukraina",
			Summary:   g.sentence() + " " + g.sentence(),
		})
	}
}

func (g *generator) figures(n int) {
	s := &g.p.Situation
	for i := range n {
		v := float64(g.rnd.IntN(1000)) / 10
		s.Figures = append(s.Figures, Figure{
			ID: fmt.Sprintf("gf%d", i), Label: fmt.Sprintf("%s: %s", strings.ToUpper(g.pick(genAims)[:1])+g.pick(genAims)[1:], g.pick(genAreas)),
			Value: Value{Number: &v}, Unit: g.pick(genUnits), Year: 2024, Area: g.pick(genAreas), Source: g.pick(genSources),
		})
	}
}

func (g *generator) goals(n int) {
	themes := g.tpl.Catalogues.Themes.Options
	strategies := g.tpl.Catalogues.Strategies.Options
	for i := range n {
		goal := Goal{
			ID: fmt.Sprintf("gg%d", i), Title: fmt.Sprintf("%s: %s %s", g.pick(genGroups), g.pick(genVerbs), g.pick(genAims)),
			Description: g.sentence() + " " + g.sentence(), Theme: themes[i%len(themes)].ID,
			Rationale: g.sentence(),
		}
		goal.Title = strings.ToUpper(goal.Title[:1]) + goal.Title[1:]
		if len(strategies) > 0 {
			goal.Strategies = []string{strategies[i%len(strategies)].ID}
		}
		for m := range genMeasures {
			start := 2026 + g.rnd.IntN(3)
			goal.Measures = append(goal.Measures, Measure{
				ID:          fmt.Sprintf("gg%dm%d", i, m),
				Title:       fmt.Sprintf("%s: %s %s", strings.ToUpper(g.pick(genServices)[:1])+g.pick(genServices)[1:], g.pick(genVerbs), g.pick(genAims)),
				Responsible: g.pick(genOrgs), Partners: g.pick(genOrgs) + ", " + g.pick(genOrgs),
				Start: Date(fmt.Sprintf("%d-%02d", start, 1+g.rnd.IntN(12))), End: Date(fmt.Sprintf("%d-12", start+1)),
				Resources: fmt.Sprintf("%d htv, %d 000 €", 1+g.rnd.IntN(3), 5+g.rnd.IntN(90)),
				Status:    MeasureStatuses[g.rnd.IntN(len(MeasureStatuses))],
			})
		}
		g.p.Goals = append(g.p.Goals, goal)
	}
}

func (g *generator) indicators(n int) {
	m := &g.p.Monitoring
	for i := range n {
		base := 20 + float64(g.rnd.IntN(600))/10
		target := base + 5
		ind := Indicator{
			ID: fmt.Sprintf("gi%d", i), Name: fmt.Sprintf("%s, %s", strings.ToUpper(g.pick(genAims)[:1])+g.pick(genAims)[1:], g.pick(genGroups)),
			Description: g.sentence(), GoalIDs: []string{g.p.Goals[i%len(g.p.Goals)].ID}, Unit: "%",
			Baseline: Point{Value: Value{Number: &base}, Year: 2024}, Target: Point{Value: Value{Number: &target}, Year: 2029},
			Source: g.pick(genSources), Frequency: "vuosittain", Reporter: g.pick(genOrgs),
		}
		v := base - 4
		for y := range genYears {
			v += float64(g.rnd.IntN(21)-8) / 10
			val := float64(int(v*10)) / 10
			ind.Measurements = append(ind.Measurements, Measurement{Year: 2016 + y, Value: Value{Number: &val}})
		}
		m.Indicators = append(m.Indicators, ind)
	}
}

func (g *generator) communication(n int) {
	audiences := g.tpl.Catalogues.Audiences.Options
	c := &g.p.Communication
	for i := range n {
		c.Rows = append(c.Rows, CommRow{
			ID: fmt.Sprintf("gc%d", i), Audience: audiences[i%len(audiences)].ID,
			Message: "Miten ohjelma " + g.pick(genVerbs) + " " + g.pick(genAims), Channel: g.pick(genChannels) + ", " + g.pick(genChannels),
			Timing: g.pick(genTimings), Languages: []string{LangFinnish, LangPlain}, Responsible: g.pick(genOrgs),
		})
	}
}

// drafts writes about words words of drafts: every applicable element
// section gets one, and extra sections carry the rest, each about
// genSectionWords long.
func (g *generator) drafts(words int) {
	d := &g.p.Document
	left := words
	for i := range d.Sections {
		s := &d.Sections[i]
		if s.NotApplicable || left <= 0 {
			continue
		}
		s.Draft = g.draft(min(genSectionWords, left))
		left -= genSectionWords
	}
	for n := 1; left > 0; n++ {
		id := d.AddSection(fmt.Sprintf("Liite %d: %s", n, strings.ToUpper(g.pick(genServices)[:1])+g.pick(genServices)[1:]), -1)
		d.Section(id).Draft = g.draft(min(genSectionWords, left))
		left -= genSectionWords
	}
}

// draft returns Markdown of about words words: paragraphs with an
// occasional sub-heading, list, emphasis or quote.
func (g *generator) draft(words int) string {
	var b strings.Builder
	for n, para := 0, 0; n < words; para++ {
		switch {
		case para > 0 && para%7 == 0:
			fmt.Fprintf(&b, "### %s ja %s\n\n", strings.ToUpper(g.pick(genServices)[:1])+g.pick(genServices)[1:], g.pick(genAims))
			n += 4
		case para%5 == 3:
			for range 3 + g.rnd.IntN(3) {
				fmt.Fprintf(&b, "- %s %s %s\n", g.pick(genServices), g.pick(genVerbs), g.pick(genAims))
				n += 4
			}
			b.WriteString("\n")
			continue
		case para%11 == 10:
			b.WriteString("> " + g.sentence() + "\n\n")
			n += 12
			continue
		}
		for w := 0; w < genParagraphSize; {
			s := g.sentence()
			if g.rnd.IntN(9) == 0 {
				s = "**" + strings.TrimSuffix(s, ".") + "**."
			}
			b.WriteString(s)
			b.WriteString(" ")
			c := strings.Count(s, " ") + 1
			w += c
			n += c
		}
		b.WriteString("\n\n")
	}
	return strings.TrimSpace(b.String()) + "\n"
}

var (
	genSubjects = []string{"Kunta", "Hyvinvointialue", "Yhteistyöryhmä", "Työllisyyspalvelut", "Sivistystoimi", "Järjestöt", "Oppilaitokset", "Kirjasto", "Nuorisopalvelut", "Asukkaat"}
	genHow      = []string{"yhdessä alueen toimijoiden kanssa", "asukkailta saadun palautteen perusteella", "osana kunnan strategiaa", "selkokielellä ja usealla kielellä", "kaikilla alueilla", "ohjelmakauden aikana", "nykyisten resurssien puitteissa", "kokeilujen avulla"}
	genWhy      = []string{"jotta palvelut löytyvät helpommin", "koska tarve on kasvanut", "jotta kukaan ei jää ilman tukea", "ja tuloksia seurataan vuosittain", "ja kokemukset kootaan raporttiin", "jotta asukkaat voivat osallistua"}
)

// sentence returns one generated sentence of about 12 words.
func (g *generator) sentence() string {
	return fmt.Sprintf("%s %s palvelua %s %s %s, %s.", g.pick(genSubjects), g.pick(genVerbs),
		g.pick(genServices), g.pick(genHow), "ja "+g.pick(genVerbs)+" "+g.pick(genAims), g.pick(genWhy))
}

func (g *generator) comments(n int) {
	p := g.p
	for i := range n {
		var about string
		switch i % 4 {
		case 0:
			about = "goal:" + p.Goals[g.rnd.IntN(len(p.Goals))].ID
		case 1:
			goal := p.Goals[g.rnd.IntN(len(p.Goals))]
			about = "measure:" + goal.Measures[g.rnd.IntN(len(goal.Measures))].ID
		case 2:
			about = "indicator:" + p.Monitoring.Indicators[g.rnd.IntN(len(p.Monitoring.Indicators))].ID
		default:
			about = "section:" + p.Document.Sections[g.rnd.IntN(len(p.Document.Sections))].ID
		}
		c := Comment{
			ID: fmt.Sprintf("gk%d", i), About: about, Author: g.pick(genCommentsBy), Text: g.pick(genRemarks),
			Created: genTime.Add(time.Duration(i) * time.Hour),
		}
		if i%3 == 0 {
			c.Resolved, c.ResolvedBy, c.ResolvedAt = true, g.pick(genCommentsBy), c.Created.Add(24*time.Hour)
		}
		p.Comments = append(p.Comments, c)
	}
}

// randomIDs matches the IDs NewID draws, as they appear in JSON.
var randomIDs = regexp.MustCompile(`"[0-9a-f]{16}"`)

// fixIDs replaces every ID NewID drew in p by a fixed one, numbered in the
// order of their first appearance, so references between rows still hold.
func fixIDs(p *Programme) error {
	data, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("fix IDs: %w", err)
	}
	ids := map[string]string{}
	data = randomIDs.ReplaceAllFunc(data, func(id []byte) []byte {
		fixed, ok := ids[string(id)]
		if !ok {
			fixed = fmt.Sprintf(`"gx%d"`, len(ids))
			ids[string(id)] = fixed
		}
		return []byte(fixed)
	})
	var q Programme
	if err := json.Unmarshal(data, &q); err != nil {
		return fmt.Errorf("fix IDs: %w", err)
	}
	*p = q
	return nil
}
