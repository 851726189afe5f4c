package programme_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

var roundDay = time.Date(2028, 3, 1, 12, 0, 0, 0, time.UTC)

// followed returns the demo programme with its measures and indicators.
func followed(t *testing.T) (*programme.Programme, []programme.Measure, []programme.Indicator) {
	t.Helper()
	p := programme.Demo(checklist.Default())
	var ms []programme.Measure
	for _, g := range p.Goals {
		ms = append(ms, g.Measures...)
	}
	if len(ms) < 3 || len(p.Monitoring.Indicators) < 2 {
		t.Fatalf("demo has %d measures and %d indicators, want at least 3 and 2", len(ms), len(p.Monitoring.Indicators))
	}
	return p, ms, p.Monitoring.Indicators
}

func mustOpen(t *testing.T, p *programme.Programme, year int) *programme.Round {
	t.Helper()
	r, err := p.OpenRound(year)
	if err != nil {
		t.Fatalf("open round %d: %v", year, err)
	}
	return r
}

func TestOpenRound(t *testing.T) {
	p, ms, _ := followed(t)
	r := mustOpen(t, p, 2027)
	if r.ID != programme.RoundID(2027) || r.Title() != "Seuranta 2027" || len(r.Measures) != 0 {
		t.Fatalf("round %q %q with %d entries, want none", r.ID, r.Title(), len(r.Measures))
	}
	for i, m := range ms {
		if got := p.StatusIn(m, 2027); got != orPlanned(m.Status) {
			t.Errorf("measure %d in 2027: %s, want its own state %s", i, got, orPlanned(m.Status))
		}
	}
	tests := []struct {
		name string
		year int
		want error
	}{
		{"same year again", 2027, programme.ErrRoundExists},
		{"implausible year", 20270, programme.ErrBadYear},
		{"zero year", 0, programme.ErrBadYear},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := p.OpenRound(tt.year); !errors.Is(err, tt.want) {
				t.Errorf("OpenRound(%d) = %v, want %v", tt.year, err, tt.want)
			}
			if len(p.Followup.Rounds) != 1 {
				t.Errorf("%d rounds after a refused open, want 1", len(p.Followup.Rounds))
			}
		})
	}
	// An earlier year opened later still sorts first.
	mustOpen(t, p, 2026)
	if p.Followup.Rounds[0].Year != 2026 || p.Followup.Latest().Year != 2027 {
		t.Errorf("rounds %d, %d; latest %d", p.Followup.Rounds[0].Year, p.Followup.Rounds[1].Year, p.Followup.Latest().Year)
	}
}

func TestClosedRoundIsReadOnly(t *testing.T) {
	p, ms, inds := followed(t)
	r := mustOpen(t, p, 2027)
	id := r.ID
	if err := p.SetProgress(id, programme.MeasureProgress{ID: ms[0].ID, Status: programme.MeasureDone, Note: "Valmis"}); err != nil {
		t.Fatal(err)
	}
	if err := p.CloseRound(id, roundDay); err != nil {
		t.Fatal(err)
	}
	before := p.Clone()
	changes := []struct {
		name string
		fn   func() error
	}{
		{"progress", func() error {
			return p.SetProgress(id, programme.MeasureProgress{ID: ms[0].ID, Status: programme.MeasureDropped})
		}},
		{"value", func() error {
			return p.SetValue(id, programme.IndicatorValue{ID: inds[0].ID, Value: programme.TextValue("12")})
		}},
		{"proposal", func() error { return p.SetProposal(id, "Jatketaan") }},
		{"close again", func() error { return p.CloseRound(id, roundDay.Add(time.Hour)) }},
		{"delete", func() error { return p.DeleteRound(id) }},
	}
	for _, c := range changes {
		t.Run(c.name, func(t *testing.T) {
			if err := c.fn(); !errors.Is(err, programme.ErrRoundClosed) {
				t.Errorf("%s on a closed round = %v, want ErrRoundClosed", c.name, err)
			}
			sameContent(t, "closed round after "+c.name, p, before)
		})
	}
	got := p.Followup.Round(id)
	if !got.Closed || !got.ClosedAt.Equal(roundDay) || got.Progress(ms[0].ID).Note != "Valmis" {
		t.Errorf("closed round %+v", got)
	}
}

func TestRoundEntriesRefuseUnknownRows(t *testing.T) {
	p, ms, inds := followed(t)
	id := mustOpen(t, p, 2027).ID
	tests := []struct {
		name string
		fn   func() error
		want error
	}{
		{"no such round", func() error { return p.SetProposal(programme.RoundID(2030), "x") }, programme.ErrNoSuchRow},
		{"no such measure", func() error { return p.SetProgress(id, programme.MeasureProgress{ID: "nope"}) }, programme.ErrNoSuchRow},
		{"no such indicator", func() error {
			return p.SetValue(id, programme.IndicatorValue{ID: "nope", Value: programme.TextValue("1")})
		}, programme.ErrNoSuchRow},
		{"unknown state", func() error {
			return p.SetProgress(id, programme.MeasureProgress{ID: ms[0].ID, Status: "paused"})
		}, programme.ErrBadMeasureStatus},
		{"valid value", func() error {
			return p.SetValue(id, programme.IndicatorValue{ID: inds[0].ID, Value: programme.TextValue("61,5"), Source: "Tilastokeskus", Date: "2027-11-30"})
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.fn(); !errors.Is(err, tt.want) {
				t.Errorf("got %v, want %v", err, tt.want)
			}
		})
	}
	v := p.Followup.Round(id).Value(inds[0].ID)
	if v.Value.Number == nil || *v.Value.Number != 61.5 || v.Value.Text != "61,5" || v.Source != "Tilastokeskus" {
		t.Errorf("stored value %+v, want number 61.5 with its text and source", v)
	}
	// An empty entry removes the value.
	if err := p.SetValue(id, programme.IndicatorValue{ID: inds[0].ID}); err != nil || len(p.Followup.Round(id).Indicators) != 0 {
		t.Errorf("clearing the value: %v, %d entries left", err, len(p.Followup.Round(id).Indicators))
	}
}

func TestRoundCarryOverAndLatestStatus(t *testing.T) {
	p, ms, _ := followed(t)
	r27 := mustOpen(t, p, 2027).ID
	set := func(round string, m programme.Measure, st programme.MeasureStatus, note string) {
		t.Helper()
		if err := p.SetProgress(round, programme.MeasureProgress{ID: m.ID, Status: st, Note: note, Spent: programme.TextValue("1 200")}); err != nil {
			t.Fatal(err)
		}
	}
	set(r27, ms[0], programme.MeasureDone, "Kokeilu päättyi")
	set(r27, ms[1], programme.MeasureDelayed, "Yritykset eivät ehtineet")
	if err := p.CloseRound(r27, roundDay); err != nil {
		t.Fatal(err)
	}
	r28 := mustOpen(t, p, 2028)
	tests := []struct {
		name      string
		m         programme.Measure
		carried   programme.MeasureStatus
		set       programme.MeasureStatus
		wantLater programme.MeasureStatus
		fromYear  int // the round the current state comes from
	}{
		{"done stays done", ms[0], programme.MeasureDone, "", programme.MeasureDone, 2027},
		{"delayed carries, then ongoing", ms[1], programme.MeasureDelayed, programme.MeasureOngoing, programme.MeasureOngoing, 2028},
		{"untouched keeps its own state", ms[2], orPlanned(ms[2].Status), programme.MeasureDropped, programme.MeasureDropped, 2028},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := r28.Progress(tt.m.ID)
			if st := p.StatusIn(tt.m, 2028); st != tt.carried || got.Note != "" || !got.Spent.IsZero() {
				t.Errorf("2028 starts in state %s with %+v, want state %s and no note or money", st, got, tt.carried)
			}
			if tt.set != "" {
				set(r28.ID, tt.m, tt.set, "")
			}
			if cur := p.CurrentStatus(tt.m); cur != tt.wantLater {
				t.Errorf("current status %s, want %s", cur, tt.wantLater)
			}
			if y := p.CurrentStatusYear(tt.m); y != tt.fromYear {
				t.Errorf("current status from %d, want %d", y, tt.fromYear)
			}
			if in27 := p.StatusIn(tt.m, 2027); in27 != tt.carried {
				t.Errorf("state in 2027 %s, want %s as the closed round left it", in27, tt.carried)
			}
		})
	}
	// A measure added after the rounds were opened reads its own state.
	late := p.Goals[0].AddMeasure(programme.Measure{Title: "Uusi", Status: programme.MeasureOngoing})
	if got := p.CurrentStatus(*late); got != programme.MeasureOngoing {
		t.Errorf("late measure current status %s, want ongoing", got)
	}
	if y := p.CurrentStatusYear(*late); y != 0 {
		t.Errorf("late measure's state from round %d, want its own (0)", y)
	}
}

func orPlanned(s programme.MeasureStatus) programme.MeasureStatus {
	if s == "" {
		return programme.MeasurePlanned
	}
	return s
}

// TestMergeTwoMembersRounds: two members open the same year's round in their
// own copies and fill different measures and indicators; the merge keeps one
// round with both members' entries and no conflict, and a state both set
// differently is a conflict on that measure.
func TestMergeTwoMembersRounds(t *testing.T) {
	base, ms, inds := followed(t)
	ours, theirs := base.Clone(), base.Clone()
	for _, p := range []*programme.Programme{ours, theirs} {
		mustOpen(t, p, 2027)
	}
	id := programme.RoundID(2027)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(ours.SetProgress(id, programme.MeasureProgress{ID: ms[0].ID, Status: programme.MeasureDone, Note: "Meidän"}))
	must(ours.SetValue(id, programme.IndicatorValue{ID: inds[0].ID, Value: programme.TextValue("60"), Source: "Tilastokeskus"}))
	must(theirs.SetProgress(id, programme.MeasureProgress{ID: ms[1].ID, Status: programme.MeasureDelayed, Note: "Heidän"}))
	must(theirs.SetValue(id, programme.IndicatorValue{ID: inds[1].ID, Value: programme.TextValue("75")}))
	must(theirs.SetProposal(id, "Työkokeiluja jatketaan."))

	m := programme.NewMerge(base, ours, theirs)
	if len(m.Conflicts) != 0 {
		t.Fatalf("disjoint round entries gave conflicts: %+v", m.Conflicts)
	}
	got, err := m.Result()
	must(err)
	if n := len(got.Followup.Rounds); n != 1 {
		t.Fatalf("%d rounds after merge, want one 2027 round", n)
	}
	r := got.Followup.Round(id)
	checks := []struct {
		name string
		ok   bool
	}{
		{"our measure", r.Progress(ms[0].ID).Note == "Meidän" && r.Progress(ms[0].ID).Status == programme.MeasureDone},
		{"their measure", r.Progress(ms[1].ID).Note == "Heidän" && r.Progress(ms[1].ID).Status == programme.MeasureDelayed},
		{"our value", r.Value(inds[0].ID).Value.Text == "60" && r.Value(inds[0].ID).Source == "Tilastokeskus"},
		{"their value", r.Value(inds[1].ID).Value.Text == "75"},
		{"their proposal", r.Proposal == "Työkokeiluja jatketaan."},
	}
	for _, c := range checks {
		if !c.ok {
			t.Errorf("merged round lacks %s: %+v", c.name, r)
		}
	}

	// Both set the same measure's state differently: one conflict, on it.
	must(theirs.SetProgress(id, programme.MeasureProgress{ID: ms[0].ID, Status: programme.MeasureDropped, Note: "Meidän"}))
	m = programme.NewMerge(base, ours, theirs)
	if len(m.Conflicts) != 1 || m.Conflicts[0].Ref != "measure:"+ms[0].ID || m.Conflicts[0].Field != "status" {
		t.Fatalf("conflicts %+v, want one on measure %s's status", m.Conflicts, ms[0].ID)
	}
	must(m.Resolve(m.Conflicts[0].Path, programme.Theirs))
	got, err = m.Result()
	must(err)
	if st := got.Followup.Round(id).Progress(ms[0].ID).Status; st != programme.MeasureDropped {
		t.Errorf("resolved for theirs, state %s", st)
	}
	// Compare names the round's changes by the measure they concern.
	cs := programme.Compare(base, got)
	if len(cs) == 0 || cs[0].Path != "followup/rounds/"+id || cs[0].Kind != programme.ChangeAdded {
		t.Errorf("compare lists %v first, want the added round", changeKeys(cs))
	}
}

func TestStartUpdate(t *testing.T) {
	s, _ := openStore(t)
	p, _, _ := followed(t)
	p.Monitoring.Plan.UpdateWhen = "Kun kunnan väestö muuttuu selvästi."
	mustOpen(t, p, 2027)
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	sess := programme.NewSession(s, p, time.Hour, nil)
	u, err := sess.StartUpdate("  Vastaanottokeskus avattiin.  ")
	if err != nil {
		t.Fatal(err)
	}
	if u.Reason != "Vastaanottokeskus avattiin." || u.Triggers != p.Monitoring.Plan.UpdateWhen || u.SnapshotKey == "" || !u.Finished.IsZero() {
		t.Errorf("update %+v", u)
	}
	snaps, err := s.Snapshots(p.ID)
	if err != nil || len(snaps) != 1 || snaps[0].Reason != programme.ReasonBeforeUpdate || snaps[0].Key != u.SnapshotKey {
		t.Fatalf("snapshots %+v (%v), want one before the update", snaps, err)
	}
	stored, err := s.Load(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if stored.Followup.Updating() == nil || len(stored.Followup.Rounds) != 1 {
		t.Errorf("stored programme: updating %v, %d rounds; want the update and the round carried over", stored.Followup.Updating(), len(stored.Followup.Rounds))
	}
	if _, err := sess.StartUpdate("again"); !errors.Is(err, programme.ErrUpdateInProgress) {
		t.Errorf("second start = %v, want ErrUpdateInProgress", err)
	}
	if snaps, _ := s.Snapshots(p.ID); len(snaps) != 1 {
		t.Errorf("a refused start took a snapshot: %d", len(snaps))
	}
	sess.Edit(func(p *programme.Programme) {
		if err := p.FinishUpdate(roundDay); err != nil {
			t.Error(err)
		}
		if err := p.FinishUpdate(roundDay); !errors.Is(err, programme.ErrNoUpdate) {
			t.Errorf("finishing twice = %v", err)
		}
	})
	if err := sess.Flush(); err != nil {
		t.Fatal(err)
	}
}

func TestTrendIn(t *testing.T) {
	num := func(s string) programme.Value { return programme.TextValue(s) }
	ind := func(base, target string, ms ...string) programme.Indicator {
		i := programme.Indicator{ID: "i", Baseline: programme.Point{Value: num(base), Year: 2025}, Target: programme.Point{Value: num(target), Year: 2029}}
		for k, m := range ms {
			i.Measurements = append(i.Measurements, programme.Measurement{Year: 2026 + k, Value: num(m)})
		}
		return i
	}
	tests := []struct {
		name string
		ind  programme.Indicator
		year int
		want programme.Trend
	}{
		{"rising to a higher target", ind("50", "60", "52", "55"), 2027, programme.TrendToward},
		{"falling from a higher target", ind("50", "60", "52", "51"), 2027, programme.TrendAway},
		{"past the target is toward", ind("50", "60", "59", "65"), 2027, programme.TrendToward},
		{"falling to a lower target", ind("14", "10", "13"), 2026, programme.TrendToward},
		{"first year against baseline", ind("14", "10", "15"), 2026, programme.TrendAway},
		{"unchanged", ind("50", "60", "52", "52"), 2027, programme.TrendUnchanged},
		{"no value that year", ind("50", "60", "52"), 2027, programme.TrendUnknown},
		{"no target", ind("50", "", "52"), 2026, programme.TrendUnknown},
		{"target to stay, closer is toward", ind("5", "5", "7", "6"), 2027, programme.TrendToward},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &programme.Programme{}
			if got := p.TrendIn(tt.ind, tt.year); got != tt.want {
				t.Errorf("TrendIn = %s, want %s", got, tt.want)
			}
		})
	}
	// A round's value stands for its year over a measurement.
	p := &programme.Programme{Monitoring: programme.Monitoring{Indicators: []programme.Indicator{ind("50", "60", "52", "55")}}}
	mustOpen(t, p, 2027)
	if err := p.SetValue(programme.RoundID(2027), programme.IndicatorValue{ID: "i", Value: num("49")}); err != nil {
		t.Fatal(err)
	}
	if got := p.TrendIn(p.Monitoring.Indicators[0], 2027); got != programme.TrendAway {
		t.Errorf("with the round's 49, trend %s, want away", got)
	}
	series := p.IndicatorSeries(p.Monitoring.Indicators[0])
	if len(series) != 2 || series[1].Year != 2027 || !series[1].Round || series[1].Value.Text != "49" {
		t.Errorf("series %+v", series)
	}
	sum := p.SummaryOf(2027)
	if sum.Indicators[programme.TrendAway] != 1 {
		t.Errorf("summary %+v", sum)
	}
}

// TestFollowupSchemaMigration reads a programme stored at schema 2, before
// rounds: it decodes with no rounds and the measures keep their states.
func TestFollowupSchemaMigration(t *testing.T) {
	p, ms, _ := followed(t)
	raw, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(map[string]any{"schema": 2, "programme": json.RawMessage(raw)})
	got, err := programme.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Followup.Rounds) != 0 || got.CurrentStatus(ms[0]) != orPlanned(ms[0].Status) {
		t.Errorf("migrated: %d rounds, current status %s", len(got.Followup.Rounds), got.CurrentStatus(ms[0]))
	}
	var env struct{ Schema int }
	enc, _ := programme.Encode(got)
	if err := json.Unmarshal(enc, &env); err != nil || env.Schema != programme.SchemaVersion {
		t.Errorf("stored again at schema %d (%v), want %d", env.Schema, err, programme.SchemaVersion)
	}
}

// TestRenewLeavesRoundsBehind: a programme renewed for a new period starts
// without the earlier period's rounds, and an indicator's latest round
// value becomes its baseline.
func TestRenewLeavesRoundsBehind(t *testing.T) {
	p, _, inds := followed(t)
	if err := programme.DemoFollowup(p); err != nil {
		t.Fatal(err)
	}
	last := p.Followup.RoundOf(2028).Value(inds[0].ID)
	if last.Value.IsZero() {
		t.Fatal("demo 2028 round has no value for the first indicator")
	}
	n := programme.Renew(p, checklist.Default(), "Uusi ohjelma", 2030, 2033, roundDay)
	if len(n.Followup.Rounds) != 0 || len(n.Followup.Updates) != 0 {
		t.Errorf("renewed programme has %d rounds", len(n.Followup.Rounds))
	}
	b := n.Monitoring.Indicator(inds[0].ID).Baseline
	if b.Year != 2028 || b.Value.String() != last.Value.String() {
		t.Errorf("baseline %+v, want the 2028 round's %s", b, last.Value)
	}
	if len(p.Followup.Rounds) != 2 {
		t.Errorf("the earlier programme lost its rounds")
	}
}

// TestFindingsReadTheCurrentStatus: a measure without a schedule is a
// finding while open, and no longer once a round records it done.
func TestFindingsReadTheCurrentStatus(t *testing.T) {
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Akaa"}, "Ohjelma", 2026, 2029)
	g := p.AddGoal(programme.Goal{Title: "Tavoite"})
	m := *g.AddMeasure(programme.Measure{Title: "Kielikahvila", Responsible: "Kirjasto"})
	has := func() bool {
		for _, f := range p.Missing(tpl) {
			if f.Code == "goals.noSchedule" && f.Ref == "measure:"+m.ID {
				return true
			}
		}
		return false
	}
	if !has() {
		t.Fatal("an open measure without a schedule should be a finding")
	}
	mustOpen(t, p, 2027)
	if err := p.SetProgress(programme.RoundID(2027), programme.MeasureProgress{ID: m.ID, Status: programme.MeasureDone}); err != nil {
		t.Fatal(err)
	}
	if has() {
		t.Error("a measure the latest round records done is still a finding")
	}
}
