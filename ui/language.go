package ui

import (
	"os"
	"strings"
	"sync"

	"fyne.io/fyne/v2/lang"

	"fi.kotoutus/kotoutus/assets"
	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/localeenv"
)

// Languages are the interface languages, in order of preference: Finnish is
// the app's first language.
var Languages = localeenv.Supported

var (
	langOnce   sync.Once
	activeLang = checklist.DefaultLanguage
)

// SetupLanguage chooses the interface language and loads the translations.
// It must run before the Fyne app is created. want is a language code from a
// flag or preference; empty means the system's language if the app has it,
// else Finnish. The locale environment was already made readable for fyne by
// the localeenv package's init.
func SetupLanguage(want string) string {
	langOnce.Do(func() {
		activeLang = chooseLanguage(want, os.Getenv("LANGUAGE"), availableLanguages())
		localeenv.Apply(activeLang)
		_ = lang.AddTranslationsFS(assets.Translations, assets.TranslationsDir)
	})
	return activeLang
}

// Language returns the interface language chosen by SetupLanguage.
func Language() string { return activeLang }

func chooseLanguage(want, system string, available map[string]bool) string {
	for _, l := range []string{want, system} {
		if available[l] {
			return l
		}
	}
	return checklist.DefaultLanguage
}

// availableLanguages lists the languages that have an app translation file.
func availableLanguages() map[string]bool {
	out := map[string]bool{}
	entries, _ := assets.Translations.ReadDir(assets.TranslationsDir)
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".json")
		if i := strings.LastIndex(name, "."); i >= 0 && name[:i] == "app" {
			out[name[i+1:]] = true
		}
	}
	return out
}
