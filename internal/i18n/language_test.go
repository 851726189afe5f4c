package i18n

import (
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// TestLanguagesLoad switches the bundle to each language and reads an app
// text, one of Fyne's own and one of the file dialog's, the way the window
// does after UsePreference.
func TestLanguagesLoad(t *testing.T) {
	Setup("fi")
	t.Cleanup(func() {
		mu.Lock()
		load("fi")
		mu.Unlock()
	})
	tests := []struct{ lang, save, cancel, overwrite string }{
		{"sv", "Spara", "Avbryt", "Ersätta filen?"},
		{"en", "Save", "Cancel", "Replace the file?"},
		{"fi", "Tallenna", "Peruuta", "Korvataanko tiedosto?"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			mu.Lock()
			load(tt.lang)
			mu.Unlock()
			if Language() != tt.lang {
				t.Fatalf("Language() = %q", Language())
			}
			for key, want := range map[string]string{"action.save": tt.save, "Cancel": tt.cancel, "filedialog.overwriteTitle": tt.overwrite} {
				if got := L(key); got != want {
					t.Errorf("L(%q) = %q, want %q", key, got, want)
				}
			}
		})
	}
}

// TestPreferenceYieldsToFlag: the settings' language applies unless the
// command line asked for one.
func TestPreferenceYieldsToFlag(t *testing.T) {
	Setup("fi")
	mu.Lock()
	saved := requested
	mu.Unlock()
	t.Cleanup(func() {
		mu.Lock()
		requested = saved
		load("fi")
		mu.Unlock()
	})
	mu.Lock()
	requested = "fi" // as if --lang fi was given
	mu.Unlock()
	if got := UsePreference("sv"); got != "fi" {
		t.Errorf("with --lang fi the preference sv gave %q", got)
	}
	mu.Lock()
	requested = ""
	mu.Unlock()
	if got := UsePreference("sv"); got != "sv" || L("action.save") != "Spara" {
		t.Errorf("without --lang the preference sv gave %q, %q", got, L("action.save"))
	}
	if got := UsePreference("de"); got != "sv" {
		t.Errorf("an unknown preference changed the language to %q", got)
	}
}

// TestFindingSubjectInLanguage: a finding about a template label (a
// sector) names it in the interface language, not in Finnish.
func TestFindingSubjectInLanguage(t *testing.T) {
	Setup("fi")
	t.Cleanup(func() {
		mu.Lock()
		load("fi")
		mu.Unlock()
	})
	mu.Lock()
	load("sv")
	mu.Unlock()
	f := programme.Finding{
		Step: programme.StepCooperation, Code: "cooperation.sectorMissing", Subject: "Yritys",
		SubjectText: checklist.Text{"fi": "Yritys", "sv": "Företag", "en": "Company"},
	}
	if got := FindingText(f); !strings.Contains(got, "Företag") || strings.Contains(got, "Yritys") {
		t.Errorf("FindingText = %q", got)
	}
}

// TestSourceInLanguage: a finding's source is cited with the publisher's
// page in the interface language when the template has one.
func TestSourceInLanguage(t *testing.T) {
	Setup("fi")
	t.Cleanup(func() {
		mu.Lock()
		load("fi")
		mu.Unlock()
	})
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Akaa"}, "Ohjelma", 2026, 2029)
	var f programme.Finding
	for _, g := range p.Check(tpl) {
		if g.Source != nil && g.Source.Translations != nil {
			f = g
			break
		}
	}
	if f.Source == nil {
		t.Fatal("no finding with a translated source")
	}
	mu.Lock()
	load("sv")
	mu.Unlock()
	if got := SourceText(f); !strings.Contains(got, "Checklista") || strings.Contains(got, "Tarkistuslista") || !strings.Contains(got, "/sv/") {
		t.Errorf("Swedish source %q", got)
	}
}
