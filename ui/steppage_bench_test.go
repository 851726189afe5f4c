package ui

import (
	"fmt"
	"testing"
)

// BenchmarkStepPage builds each step page of the example programme, which
// happens on every step change: it must feel instant.
func BenchmarkStepPage(b *testing.B) {
	t := &testing.T{}
	m, _ := newTestWindow(t)
	openDemo(t, m)
	m.win.SetContent(m.editor.content)
	for i, step := range m.editor.tpl.Steps {
		b.Run(fmt.Sprintf("%d-%s", i+1, step.ID), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				m.editor.current = -1 // as when coming from the overview
				m.editor.selectStep(i)
			}
		})
	}
}
