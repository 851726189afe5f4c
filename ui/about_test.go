package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/assets"
)

func TestLinkedModules(t *testing.T) {
	tests := []struct {
		name, text string
		want       []moduleLicence
	}{
		{"two", "intro\n\n== a.org/x v1.0.0 (MIT)\n\ntext\n== b.org/y v0.2.0 (Unlicense OR BSD-3-Clause)\n", []moduleLicence{
			{"a.org/x", "v1.0.0", "MIT"}, {"b.org/y", "v0.2.0", "Unlicense OR BSD-3-Clause"},
		}},
		{"none", "no headers here\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := linkedModules(tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("row %d = %v, want %v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestAboutAppShowsVersionAndLicences: the About dialog names the version,
// the fonts' licence and every linked library with its licence, and its
// button opens the full texts, which hold the DejaVu licence.
func TestAboutAppShowsVersionAndLicences(t *testing.T) {
	test.NewTempApp(t)
	SetupLanguage("fi")
	opened := false
	c := aboutApp("9.8.7", "/tmp/k.db", func() { opened = true })
	var text strings.Builder
	var button *widget.Button
	for _, o := range c.(*container.Scroll).Content.(*fyne.Container).Objects {
		switch w := o.(type) {
		case *widget.Label:
			text.WriteString(w.Text + "\n")
		case *widget.Button:
			button = w
		}
	}
	all := text.String()
	for _, want := range []string{"Kotoutus 9.8.7", "DejaVu", "sRGB2014", "fyne.io/fyne/v2 v2.7.1 – BSD-3-Clause", "go.etcd.io/bbolt", "github.com/yuin/goldmark", "codeberg.org/go-pdf/fpdf"} {
		if !strings.Contains(all, want) {
			t.Errorf("About does not show %q", want)
		}
	}
	if n := len(linkedModules(assets.ThirdParty)); strings.Count(all, " – ") < n {
		t.Errorf("About lists %d licences, %d modules are linked", strings.Count(all, " – "), n)
	}
	if button == nil {
		t.Fatal("no button for the licence texts")
	}
	test.Tap(button)
	if !opened {
		t.Error("the button did not open the licence texts")
	}
	texts := strings.Join(licenceTexts(), "\n")
	if !strings.Contains(texts, "Bitstream Vera") || !strings.Contains(texts, "International Color Consortium") {
		t.Error("licence texts lack the fonts' or the profile's licence")
	}
}
