package programme

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Followup is how the adopted programme is followed through its period:
// one round per year in which the monitoring body records every measure's
// state and every indicator's value, and the mid-period updates of the
// plan itself.
type Followup struct {
	// Rounds are kept in year order.
	Rounds []Round `json:"rounds,omitempty"`
	// Updates are the mid-period updates started, oldest first; the last
	// one is in progress while it has no Finished time.
	Updates []PlanUpdate `json:"updates,omitempty"`
}

// Round is the follow-up of one year ("Seuranta 2027"). Its ID is derived
// from the year (RoundID), so that two members who both open the 2027
// round in their copies get the same row, and merging their copies merges
// the entries one measure and indicator at a time.
type Round struct {
	ID   string `json:"id"`
	Year int    `json:"year"`
	// Closed rounds are read-only: every method that changes a round
	// refuses with ErrRoundClosed.
	Closed   bool      `json:"closed,omitempty"`
	ClosedAt time.Time `json:"closedAt,omitempty"`
	// Measures hold one entry per measure, under the measure's ID.
	Measures []MeasureProgress `json:"measures,omitempty"`
	// Indicators hold one entry per indicator, under the indicator's ID.
	Indicators []IndicatorValue `json:"indicators,omitempty"`
	// Proposal is what the monitoring body proposes to the council.
	Proposal string `json:"proposal,omitempty"`
}

// MeasureProgress is one measure's state in a round. Its ID is the
// measure's ID.
type MeasureProgress struct {
	ID     string        `json:"id"`
	Status MeasureStatus `json:"status,omitempty"`
	Note   string        `json:"note,omitempty"`
	// Spent is the money used in the year, if followed.
	Spent Value `json:"spent"`
}

// IndicatorValue is an indicator's value measured for a round's year. Its
// ID is the indicator's ID.
type IndicatorValue struct {
	ID    string `json:"id"`
	Value Value  `json:"value"`
	// Source names where the value is from ("Tilastokeskus, taulukko …").
	Source string `json:"source,omitempty"`
	// Date is when the value was published or retrieved.
	Date Date   `json:"date,omitempty"`
	Note string `json:"note,omitempty"`
}

// PlanUpdate is a mid-period update of the plan ("päivittäminen kesken
// kauden"): when it started, why, and the snapshot of the plan as it was.
type PlanUpdate struct {
	ID      string    `json:"id"`
	Started time.Time `json:"started"`
	// Reason is why the plan is updated, in the user's words.
	Reason string `json:"reason,omitempty"`
	// Triggers is what the plan itself said would call for an update
	// (Plan.UpdateWhen, the answer to the checklist's question), as it was
	// when the update started.
	Triggers string `json:"triggers,omitempty"`
	// SnapshotKey is the snapshot taken when the update started.
	SnapshotKey string    `json:"snapshotKey,omitempty"`
	Finished    time.Time `json:"finished,omitempty"`
}

// ErrRoundClosed is returned when a closed follow-up round would change.
var ErrRoundClosed = errors.New("follow-up round is closed")

// ErrRoundExists is returned when a round is opened for a year that has one.
var ErrRoundExists = errors.New("year already has a follow-up round")

// ErrUpdateInProgress is returned when an update is started while another
// is in progress.
var ErrUpdateInProgress = errors.New("an update of the plan is in progress")

// ErrNoUpdate is returned when no update is in progress to finish.
var ErrNoUpdate = errors.New("no update of the plan in progress")

// ErrBadMeasureStatus is returned for a measure state that is not one of
// MeasureStatuses.
var ErrBadMeasureStatus = errors.New("unknown measure state")

// RoundID is the stable ID of the round of year.
func RoundID(year int) string { return "round-" + strconv.Itoa(year) }

// Round returns the round with the given ID, or nil.
func (f *Followup) Round(id string) *Round {
	if i := slices.IndexFunc(f.Rounds, func(r Round) bool { return r.ID == id }); i >= 0 {
		return &f.Rounds[i]
	}
	return nil
}

// RoundOf returns the round of year, or nil.
func (f *Followup) RoundOf(year int) *Round { return f.Round(RoundID(year)) }

// Latest returns the round of the latest year, or nil when there is none.
func (f *Followup) Latest() *Round {
	var out *Round
	for i := range f.Rounds {
		if out == nil || f.Rounds[i].Year > out.Year {
			out = &f.Rounds[i]
		}
	}
	return out
}

// Updating returns the update in progress, or nil.
func (f *Followup) Updating() *PlanUpdate {
	if n := len(f.Updates); n > 0 && f.Updates[n-1].Finished.IsZero() {
		return &f.Updates[n-1]
	}
	return nil
}

// Title names the round for people, e.g. "Seuranta 2027".
func (r Round) Title() string { return "Seuranta " + strconv.Itoa(r.Year) }

// Progress returns the round's entry for a measure, the zero entry when it
// has none.
func (r *Round) Progress(measureID string) MeasureProgress {
	if i := slices.IndexFunc(r.Measures, func(m MeasureProgress) bool { return m.ID == measureID }); i >= 0 {
		return r.Measures[i]
	}
	return MeasureProgress{ID: measureID}
}

// Value returns the round's entry for an indicator, the zero entry when it
// has none.
func (r *Round) Value(indicatorID string) IndicatorValue {
	if i := slices.IndexFunc(r.Indicators, func(v IndicatorValue) bool { return v.ID == indicatorID }); i >= 0 {
		return r.Indicators[i]
	}
	return IndicatorValue{ID: indicatorID}
}

// OpenRound opens the follow-up round of year, a plausible year that has no
// round yet. The round starts with no entries: until one is recorded, a
// measure's state in the year carries over from the latest earlier round
// that records one, or before any, from the measure's own state
// (StatusIn); notes, money and indicator values start empty. Entries are
// only what someone recorded, so two members who open the same year's round
// and fill different measures merge without a conflict.
func (p *Programme) OpenRound(year int) (*Round, error) {
	if !yearInRange(year) {
		return nil, fmt.Errorf("open round %d: %w", year, ErrBadYear)
	}
	if p.Followup.RoundOf(year) != nil {
		return nil, fmt.Errorf("open round %d: %w", year, ErrRoundExists)
	}
	p.Followup.Rounds = append(p.Followup.Rounds, Round{ID: RoundID(year), Year: year})
	slices.SortStableFunc(p.Followup.Rounds, func(a, b Round) int { return a.Year - b.Year })
	return p.Followup.RoundOf(year), nil
}

// statusBefore is a measure's state as the last round before year left it.
func (p *Programme) statusBefore(m Measure, year int) MeasureStatus {
	st, _ := p.statusFrom(m, year)
	return st
}

// statusFrom is statusBefore with the year of the round that recorded the
// state, 0 when it is the measure's own.
func (p *Programme) statusFrom(m Measure, year int) (MeasureStatus, int) {
	st := m.Status
	best := 0
	for i := range p.Followup.Rounds {
		r := &p.Followup.Rounds[i]
		if r.Year >= year || r.Year < best {
			continue
		}
		if pr := r.Progress(m.ID); pr.Status != "" {
			st, best = pr.Status, r.Year
		}
	}
	if st == "" {
		st = MeasurePlanned
	}
	return st, best
}

// CurrentStatus returns a measure's current state: the latest round's, or
// the measure's own before any round records it.
func (p *Programme) CurrentStatus(m Measure) MeasureStatus { return p.statusBefore(m, 1<<30) }

// CurrentStatusYear returns the year of the follow-up round whose state is
// m's current one, or 0 when no round records a state for m and its own
// state (Measure.Status) is the current one.
func (p *Programme) CurrentStatusYear(m Measure) int {
	_, y := p.statusFrom(m, 1<<30)
	return y
}

// editRound returns the open round with the given ID for changing.
func (p *Programme) editRound(id string) (*Round, error) {
	r := p.Followup.Round(id)
	if r == nil {
		return nil, fmt.Errorf("round %s: %w", id, ErrNoSuchRow)
	}
	if r.Closed {
		return nil, fmt.Errorf("round %d: %w", r.Year, ErrRoundClosed)
	}
	return r, nil
}

// SetProgress records a measure's entry in an open round.
func (p *Programme) SetProgress(roundID string, mp MeasureProgress) error {
	r, err := p.editRound(roundID)
	if err != nil {
		return err
	}
	if _, m := p.FindMeasure(mp.ID); m == nil {
		return fmt.Errorf("round %d, measure %s: %w", r.Year, mp.ID, ErrNoSuchRow)
	}
	if mp.Status != "" && !slices.Contains(MeasureStatuses, mp.Status) {
		return fmt.Errorf("round %d, measure %s, %q: %w", r.Year, mp.ID, mp.Status, ErrBadMeasureStatus)
	}
	if i := slices.IndexFunc(r.Measures, func(x MeasureProgress) bool { return x.ID == mp.ID }); i >= 0 {
		r.Measures[i] = mp
		return nil
	}
	r.Measures = append(r.Measures, mp)
	return nil
}

// SetValue records an indicator's value in an open round. An empty entry
// (no value, source, date or note) removes it.
func (p *Programme) SetValue(roundID string, v IndicatorValue) error {
	r, err := p.editRound(roundID)
	if err != nil {
		return err
	}
	if p.Monitoring.Indicator(v.ID) == nil {
		return fmt.Errorf("round %d, indicator %s: %w", r.Year, v.ID, ErrNoSuchRow)
	}
	i := slices.IndexFunc(r.Indicators, func(x IndicatorValue) bool { return x.ID == v.ID })
	switch {
	case v.isEmpty() && i >= 0:
		r.Indicators = slices.Delete(r.Indicators, i, i+1)
	case v.isEmpty():
	case i >= 0:
		r.Indicators[i] = v
	default:
		r.Indicators = append(r.Indicators, v)
	}
	return nil
}

func (v IndicatorValue) isEmpty() bool {
	return v.Value.IsZero() && strings.TrimSpace(v.Source+v.Note) == "" && v.Date.IsZero()
}

// SetProposal records the monitoring body's proposal in an open round.
func (p *Programme) SetProposal(roundID, text string) error {
	r, err := p.editRound(roundID)
	if err != nil {
		return err
	}
	r.Proposal = text
	return nil
}

// CloseRound closes a round; it is read-only afterwards.
func (p *Programme) CloseRound(roundID string, now time.Time) error {
	r, err := p.editRound(roundID)
	if err != nil {
		return err
	}
	r.Closed, r.ClosedAt = true, now.UTC().Truncate(time.Second)
	return nil
}

// DeleteRound removes an open round (one opened by mistake).
func (p *Programme) DeleteRound(roundID string) error {
	r, err := p.editRound(roundID)
	if err != nil {
		return err
	}
	year := r.Year
	p.Followup.Rounds = slices.DeleteFunc(p.Followup.Rounds, func(x Round) bool { return x.Year == year })
	return nil
}

// StartUpdate marks the programme as being updated in mid-period, for the
// reason given, recording the update triggers its plan names and the key of
// the snapshot taken of it just before (Session.StartUpdate takes it).
// Rounds stay as they are: follow-up carries over into the updated plan.
func (p *Programme) StartUpdate(reason, snapshotKey string, now time.Time) (*PlanUpdate, error) {
	if p.Followup.Updating() != nil {
		return nil, ErrUpdateInProgress
	}
	p.Followup.Updates = append(p.Followup.Updates, PlanUpdate{
		ID: NewID(), Started: now.UTC().Truncate(time.Second), Reason: strings.TrimSpace(reason),
		Triggers: strings.TrimSpace(p.Monitoring.Plan.UpdateWhen), SnapshotKey: snapshotKey,
	})
	return &p.Followup.Updates[len(p.Followup.Updates)-1], nil
}

// FinishUpdate ends the update in progress.
func (p *Programme) FinishUpdate(now time.Time) error {
	u := p.Followup.Updating()
	if u == nil {
		return ErrNoUpdate
	}
	u.Finished = now.UTC().Truncate(time.Second)
	return nil
}

// checkFollowup is checkModel's part for follow-up: one round per year,
// each under its year's ID, known states and plausible years and values.
func (f Followup) checkFollowup() error {
	seen := map[int]bool{}
	for _, r := range f.Rounds {
		switch {
		case !yearInRange(r.Year):
			return fmt.Errorf("round %d: %w", r.Year, ErrBadYear)
		case seen[r.Year]:
			return fmt.Errorf("round %d: %w", r.Year, ErrRoundExists)
		case r.ID != RoundID(r.Year):
			return fmt.Errorf("round %d has ID %q: %w", r.Year, r.ID, ErrNoSuchRow)
		}
		seen[r.Year] = true
		for _, m := range r.Measures {
			if m.Status != "" && !slices.Contains(MeasureStatuses, m.Status) {
				return fmt.Errorf("round %d, %q: %w", r.Year, m.Status, ErrBadMeasureStatus)
			}
		}
		for _, v := range r.Indicators {
			if err := (Point{Value: v.Value}).Validate(); err != nil {
				return fmt.Errorf("round %d, indicator %s: %w", r.Year, v.ID, err)
			}
		}
	}
	return nil
}
