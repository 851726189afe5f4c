package programme

import (
	"fmt"
	"time"
)

// DemoFollowup runs two follow-up rounds on a programme for showing and
// testing the follow-up: 2027, closed on 15.2.2028, and 2028, still open.
// Measures take states in turn (done, ongoing, delayed …) with a short
// note, indicators get a value a little toward their targets in 2027 and
// one away in 2028 for every third, and both rounds have a proposal. The
// contents are made up for the example.
func DemoFollowup(p *Programme) error {
	closed := time.Date(2028, 2, 15, 10, 0, 0, 0, time.UTC)
	states := [][]MeasureStatus{
		{MeasureOngoing, MeasureDone, MeasureDelayed, MeasureOngoing, MeasurePlanned},
		{MeasureDone, MeasureDone, MeasureOngoing, MeasureDone, MeasureDropped},
	}
	notes := map[MeasureStatus]string{
		MeasureOngoing: "Edennyt suunnitellusti; ensimmäinen vaihe valmis.",
		MeasureDone:    "Toteutettu; palaute osallistujilta hyvää.",
		MeasureDelayed: "Käynnistys siirtyi henkilöstövaihdoksen vuoksi.",
		MeasurePlanned: "Ei aloitettu; rahoitus ratkeaa syksyllä.",
		MeasureDropped: "Luovuttiin, koska hyvinvointialue järjestää saman palvelun.",
	}
	proposals := []string{
		"Seurantaryhmä esittää, että työkokeilua jatketaan ja viivästyneet toimenpiteet käynnistetään kevään 2028 aikana.",
		"Seurantaryhmä esittää, että ohjelman tavoitteet tarkistetaan varhaiskasvatuksen osalta ja että oppisopimuskoulutukseen haetaan lisärahoitusta.",
	}
	for k, year := range []int{2027, 2028} {
		r, err := p.OpenRound(year)
		if err != nil {
			return fmt.Errorf("demo follow-up: %w", err)
		}
		id := r.ID
		i := 0
		for _, g := range p.Goals {
			for _, m := range g.Measures {
				st := states[k][i%len(states[k])]
				mp := MeasureProgress{ID: m.ID, Status: st, Note: notes[st]}
				if i%3 == 0 {
					mp.Spent = TextValue(fmt.Sprintf("%d 000 €", 2+i+k))
				}
				if err := p.SetProgress(id, mp); err != nil {
					return fmt.Errorf("demo follow-up: %w", err)
				}
				i++
			}
		}
		for j, ind := range p.Monitoring.Indicators {
			v, ok := demoValue(p, ind, year, k == 1 && j%3 == 0)
			if !ok {
				continue
			}
			src := ind.Source
			if src == "" {
				src = "Kunnan oma seuranta"
			}
			if err := p.SetValue(id, IndicatorValue{ID: ind.ID, Value: v, Source: src, Date: Date(fmt.Sprintf("%d-01-31", year+1))}); err != nil {
				return fmt.Errorf("demo follow-up: %w", err)
			}
		}
		if err := p.SetProposal(id, proposals[k]); err != nil {
			return fmt.Errorf("demo follow-up: %w", err)
		}
		if k == 0 {
			if err := p.CloseRound(id, closed); err != nil {
				return fmt.Errorf("demo follow-up: %w", err)
			}
		}
	}
	return nil
}

// demoValue moves an indicator's latest value a fifth of the way to its
// target, or back by a quarter of that when away is set.
func demoValue(p *Programme, ind Indicator, year int, away bool) (Value, bool) {
	var last *float64
	for _, pt := range p.IndicatorSeries(ind) {
		if pt.Year < year && pt.Value.Number != nil {
			last = pt.Value.Number
		}
	}
	if last == nil {
		last = ind.Baseline.Value.Number
	}
	if last == nil {
		return Value{}, false
	}
	step := 1.0
	if t := ind.Target.Value.Number; t != nil && *t != *last {
		step = (*t - *last) / 5
	}
	if away {
		step = -step / 4
	}
	f := float64(int((*last+step)*10+0.5)) / 10
	return Value{Number: &f}, true
}
