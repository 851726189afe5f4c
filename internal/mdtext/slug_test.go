package mdtext_test

import (
	"testing"

	"fi.kotoutus/kotoutus/internal/mdtext"
)

func TestSlug(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"keeps Finnish letters", []string{"Työllistyminen ja yrittäjyys"}, []string{"työllistyminen-ja-yrittäjyys"}},
		{"punctuation dropped", []string{"1. Vastuu, yhteistyö & kuuleminen!"}, []string{"1-vastuu-yhteistyö--kuuleminen"}},
		{"repeats numbered", []string{"Tavoite", "Tavoite", "Tavoite"}, []string{"tavoite", "tavoite-1", "tavoite-2"}},
		{"numbered repeat never collides", []string{"Tavoite", "Tavoite 1", "Tavoite", "Tavoite-1"}, []string{"tavoite", "tavoite-1", "tavoite-2", "tavoite-1-1"}},
		{"case folded", []string{"ÅLAND", "Åland"}, []string{"åland", "åland-1"}},
		{"nothing left", []string{"!!!", "—"}, []string{"section", "section-1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sl := mdtext.NewSlugger()
			seen := map[string]bool{}
			for i, in := range tt.in {
				got := sl.Slug(in)
				if got != tt.want[i] {
					t.Errorf("Slug(%q) = %q, want %q", in, got, tt.want[i])
				}
				if seen[got] {
					t.Errorf("Slug(%q) = %q was given before", in, got)
				}
				seen[got] = true
			}
		})
	}
}
