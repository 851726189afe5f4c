package ui

import (
	"fmt"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// BenchmarkStepPage builds each step page of the example programme and of
// the large generated one (demo --size large: 40 goals, 400 measures, 60
// members, 60 indicators with ten years of values), which happens on every
// step change: it must feel instant, under 150 ms at the large size. Beside
// the wall time it reports the process's CPU time per page (cpu-ms/op),
// which a loaded machine inflates less.
func BenchmarkStepPage(b *testing.B) {
	for _, size := range []string{"demo", "large"} {
		t := &testing.T{}
		m, _ := newTestWindow(t)
		if size == "demo" {
			openDemo(t, m)
		} else {
			openGenerated(t, m, programme.SizeLarge)
		}
		m.win.SetContent(m.editor.content)
		for i, step := range m.editor.tpl.Steps {
			b.Run(fmt.Sprintf("%s/%d-%s", size, i+1, step.ID), func(b *testing.B) {
				b.ReportAllocs()
				cpu := processCPU()
				for b.Loop() {
					m.editor.current = -1 // as when coming from the overview
					m.editor.selectStep(i)
				}
				b.ReportMetric(float64((processCPU()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
			})
		}
	}
}

// openGenerated stores a generated programme of the given size and opens it.
func openGenerated(t testing.TB, m *MainWindow, size programme.Size) *programme.Programme {
	p, err := programme.GenerateSize(checklist.Default(), size)
	if err != nil {
		t.Fatal(err)
	}
	openStored(t, m, p)
	return p
}
