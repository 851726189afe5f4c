package programme_test

import (
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// BenchmarkCheckStep measures what a step page's findings cost per
// keystroke: the whole checker's findings for one step, on the demo and on
// a large programme (40 goals, 400 measures, 60,000 words).
func BenchmarkCheckStep(b *testing.B) {
	tpl := checklist.Default()
	large, err := programme.GenerateSize(tpl, programme.SizeLarge)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		p    *programme.Programme
	}{{"demo", programme.Demo(tpl)}, {"large", large}} {
		for _, step := range []string{programme.StepGoals, programme.StepDocument} {
			b.Run(c.name+"/"+step, func(b *testing.B) {
				b.ReportAllocs()
				n := 0
				for b.Loop() {
					n += len(c.p.CheckStep(tpl, step))
				}
				b.ReportMetric(float64(n)/float64(b.N), "findings/op")
			})
		}
	}
	// Typing changes one section's draft per keystroke.
	b.Run("large/document/typing", func(b *testing.B) {
		b.ReportAllocs()
		s := &large.Document.Sections[len(large.Document.Sections)/2]
		for b.Loop() {
			s.Draft += "a"
			large.CheckStep(tpl, programme.StepDocument)
		}
	})
}

// TestCheckStepIsCheck checks that a step's findings are exactly the
// whole checker's findings about the step, in the same order.
func TestCheckStepIsCheck(t *testing.T) {
	for _, id := range checklist.IDs() {
		tpl, err := checklist.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		large, err := programme.Generate(tpl, 1)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			name string
			p    *programme.Programme
		}{
			{"empty", programme.New(tpl, []string{"Kuopio"}, "", 2026, 2029)},
			{"demo", programme.Demo(tpl)},
			{"generated", large},
		} {
			all := c.p.Check(tpl)
			for _, s := range tpl.Steps {
				t.Run(id+"/"+c.name+"/"+s.ID, func(t *testing.T) {
					var want []programme.Finding
					for _, f := range all {
						if f.Step == s.ID {
							want = append(want, f)
						}
					}
					got := c.p.CheckStep(tpl, s.ID)
					if len(got) != len(want) {
						t.Fatalf("CheckStep has %d findings, Check %d", len(got), len(want))
					}
					for i := range got {
						if !got[i].Equal(want[i]) {
							t.Errorf("finding %d: %+v, want %+v", i, got[i], want[i])
						}
					}
				})
			}
		}
	}
}

// BenchmarkProgress measures what the step page and the sidebar recompute
// after each edit: every step's progress and suggested ticks on the large
// programme.
func BenchmarkProgress(b *testing.B) {
	tpl := checklist.Default()
	p, err := programme.GenerateSize(tpl, programme.SizeLarge)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range tpl.Steps {
			p.Progress(s)
			p.SuggestedTicks(tpl, s)
		}
	}
}
