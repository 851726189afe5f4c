// Package sample builds programmes for the export's tests and benchmarks:
// the demo programme with fixed IDs and generated programmes of any size.
package sample

import (
	"fmt"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// BenchScale is the scale of the large programme the benchmarks export: its
// PDF has over 100 pages.
const BenchScale = 27

// Demo returns the demo programme with fixed IDs, so outputs do not change
// with the random IDs programme.New draws.
func Demo(tpl *checklist.Template) *programme.Programme {
	p := programme.Demo(tpl)
	p.ID = "demo"
	for i := range p.Document.Sections {
		p.Document.Sections[i].ID = fmt.Sprintf("s%02d", i+1)
	}
	return p
}

func num(f float64) programme.Value { return programme.Value{Number: &f} }

// Large returns a generated programme of the given scale: two goals of
// eight measures each per unit of scale, long drafts in every section, and
// cooperation, figures, indicators and communication rows in proportion.
// The content is invented filler for tests and benchmarks; IDs are fixed so
// that exports are reproducible.
func Large(tpl *checklist.Template, scale int) *programme.Programme {
	p := programme.New(tpl, []string{"Suurkaupunki", "Naapurikunta"}, "Kotouttamisohjelma 2026–2029", 2026, 2029)
	p.ID = "large"
	p.Responsibility.Lead = programme.Contact{Name: "Aino Virtanen", Title: "kotoutumiskoordinaattori", Organisation: "Suurkaupunki"}
	sectors := tpl.Catalogues.Sectors.Options
	for i := 0; i < 6*scale; i++ {
		p.Cooperation.Members = append(p.Cooperation.Members, programme.Member{
			ID: fmt.Sprintf("m%d", i), Name: fmt.Sprintf("Jäsen %d Meikäläinen", i+1),
			Organisation: fmt.Sprintf("Organisaatio %d", i%9+1), Sector: sectors[i%len(sectors)].ID,
			Role: "jäsen",
		})
	}
	for i := 0; i < 3*scale; i++ {
		p.Cooperation.Hearings = append(p.Cooperation.Hearings, programme.Hearing{
			ID: fmt.Sprintf("h%d", i), Date: programme.Date(fmt.Sprintf("2025-%02d-%02d", i%12+1, i%27+1)),
			Kind: programme.HearingKinds[i%len(programme.HearingKinds)], Title: fmt.Sprintf("Kuulemistilaisuus %d", i+1),
			Participants: "asukkaat, järjestöt ja kaupungin työntekijät", Count: 10 + i, ImmigrantCount: i % 10,
		})
	}
	for i := 0; i < 4*scale; i++ {
		p.Situation.Figures = append(p.Situation.Figures, programme.Figure{
			ID: fmt.Sprintf("f%d", i), Label: fmt.Sprintf("Vieraskielisten osuus väestöstä, alue %d", i+1),
			Value: num(float64(i) + 0.5), Unit: "%", Year: 2024, Area: "Suurkaupunki", Source: "Tilastokeskus",
		})
	}
	themes := tpl.Catalogues.Themes.Options
	for g := 0; g < scale*2; g++ {
		goal := programme.Goal{
			ID: fmt.Sprintf("g%d", g), Title: fmt.Sprintf("Maahanmuuttaneiden työllisyysaste nousee (%d)", g+1),
			Description: strings.Repeat("Tavoitteena on, että yhä useampi maahanmuuttanut asukas löytää koulutustaan vastaavan työn. ", 3),
			Theme:       themes[g%len(themes)].ID, Strategies: []string{"municipal-strategy"},
			Rationale: "Työllisyysaste on kaupungin keskiarvoa matalampi.",
		}
		for m := 0; m < 8; m++ {
			goal.Measures = append(goal.Measures, programme.Measure{
				ID: fmt.Sprintf("g%dm%d", g, m), Title: fmt.Sprintf("Työnhakuvalmennus ja kielikoulutus yhdistetään palvelupoluksi %d", m+1),
				Responsible: "Työllisyyspalvelut", Partners: "TE-palvelut, oppilaitokset", Start: "2026-01", End: "2027-12",
				Status: programme.MeasureStatuses[m%len(programme.MeasureStatuses)],
			})
		}
		p.Goals = append(p.Goals, goal)
		p.Monitoring.Indicators = append(p.Monitoring.Indicators, programme.Indicator{
			ID: fmt.Sprintf("i%d", g), Name: "Ulkomaan kansalaisten työllisyysaste", GoalIDs: []string{goal.ID},
			Unit: "%", Baseline: programme.Point{Value: num(52.5), Year: 2024}, Target: programme.Point{Value: num(60), Year: 2029},
			Source: "Tilastokeskus", Frequency: "vuosittain",
		})
	}
	for i := 0; i < 3*scale; i++ {
		p.Communication.Rows = append(p.Communication.Rows, programme.CommRow{
			ID: fmt.Sprintf("c%d", i), Audience: tpl.Catalogues.Audiences.Options[i%4].ID,
			Message: "Ohjelman tavoitteet ja miten niihin voi osallistua", Channel: "verkkosivut, somekanavat",
			Timing: "syksy 2026", Languages: []string{programme.LangFinnish, programme.LangPlain}, Responsible: "Viestintä",
		})
	}
	para := strings.Repeat("Kaupunki tarjoaa kotoutumista tukevia palveluja yhdessä alueen toimijoiden kanssa, ja palveluja kehitetään asukkailta saadun palautteen perusteella. ", 4)
	draft := "Johdantokappale.\n\n" + strings.Repeat(para+"\n\n", 3*scale/4+1) +
		"## Keskeiset painopisteet\n\n- ensimmäinen painopiste\n- toinen painopiste\n  1. alakohta\n  2. toinen alakohta\n\n" +
		"> Asukkaiden palaute on otettu huomioon.\n\n" + para
	blocks := []programme.Block{programme.BlockFigures, programme.BlockCooperation, programme.BlockGoals, programme.BlockIndicators, programme.BlockCommunication}
	for i := range p.Document.Sections {
		p.Document.Sections[i].ID = fmt.Sprintf("s%02d", i+1)
		p.Document.Sections[i].Draft = draft
		if i < len(blocks) {
			p.Document.Sections[i].Includes = []programme.Block{blocks[i]}
		}
	}
	return p
}
