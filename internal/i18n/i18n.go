// Package i18n holds the app's translated text that both the window and the
// command line need: choosing the interface language, loading the
// translations once, and turning errors into one sentence for the user.
//
// It uses fyne's lang package as the one translation bundle. That is a
// deliberate exception to "Fyne only in ui/ and main.go": lang is pure Go
// (go-i18n and golang.org/x/text underneath; no driver, no OpenGL, no
// widgets), and Fyne's own dialog buttons read their Finnish labels from the
// same bundle, so the app and Fyne strings must be loaded into it exactly
// once. A second, private bundle for the command line would load the same
// assets/lang files twice and could drift from the window's. The command
// line reaches translations only through this package, so replacing the
// bundle later touches one file. TestNoGUIDependencies pins that importing
// this package (and internal/cli) links no Fyne package but lang.
package i18n

import (
	"io/fs"
	"os"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"fi.kotoutus/kotoutus/assets"
	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/localeenv"
)

// Languages are the interface languages, in order of preference: Finnish is
// the app's first language.
var Languages = localeenv.Supported

var (
	setupOnce  sync.Once
	mu         sync.Mutex
	activeLang = checklist.DefaultLanguage
	requested  string
)

// Setup chooses the interface language and loads the translations; later
// calls return the first choice. It must run before the Fyne app is created.
// want is a language code from a flag or preference; empty means the
// system's language if the app has it, else Finnish. The locale environment
// was already made readable for fyne by the localeenv package's init.
func Setup(want string) string {
	setupOnce.Do(func() {
		mu.Lock()
		defer mu.Unlock()
		requested = want
		load(chooseLanguage(want, os.Getenv("LANGUAGE"), availableLanguages()))
	})
	return Language()
}

// load makes l the interface language: fyne's lang picks its bundle from
// the LANGUAGE variable each time translations are added, so setting it and
// adding the files again switches every later lookup, Fyne's own strings
// included. Widgets built before keep their text. The caller holds mu.
//
// A key that another language's files lack (a Finnish text added since the
// last translation round) shows in Finnish rather than as its key: the
// Finnish files are first loaded as that language, and its own files then
// replace what they translate. TestInterfaceTranslationsComplete in assets
// still fails on every such key.
func load(l string) {
	activeLang = l
	localeenv.Apply(l)
	if l != checklist.DefaultLanguage {
		entries, _ := assets.Translations.ReadDir(assets.TranslationsDir)
		for _, e := range entries {
			if !strings.HasSuffix(e.Name(), "."+checklist.DefaultLanguage+".json") || e.Name() == "fyne.fi.json" {
				continue
			}
			if data, err := fs.ReadFile(assets.Translations, assets.TranslationsDir+"/"+e.Name()); err == nil {
				_ = lang.AddTranslationsForLocale(data, fyne.Locale(l))
			}
		}
	}
	_ = lang.AddTranslationsFS(assets.Translations, assets.TranslationsDir)
}

// UsePreference switches to the language the user chose in the app's
// settings (pref: a language code, or "" for the system's language), unless
// the command line asked for one with --lang, which wins. It must run
// before the window is built: the window keeps the texts it was built
// with, so a choice made while the app runs applies at its next start.
// It returns the language in use.
func UsePreference(pref string) string {
	Setup("")
	mu.Lock()
	defer mu.Unlock()
	if requested != "" || pref == "" || pref == activeLang || !availableLanguages()[pref] {
		return activeLang
	}
	load(pref)
	return activeLang
}

// Use makes l the interface language for everything built from now on,
// whatever the command line or the settings asked, and returns the language
// in use (Finnish for one the app lacks). It is for tests and tools that
// build the window in each language in one process, to measure or look at
// it; widgets built before keep their texts.
func Use(l string) string {
	Setup("")
	mu.Lock()
	defer mu.Unlock()
	load(chooseLanguage(l, "", availableLanguages()))
	return activeLang
}

// Language returns the interface language chosen by Setup.
func Language() string {
	mu.Lock()
	defer mu.Unlock()
	return activeLang
}

// L returns the translation of key, filled in with the first data map if
// given (the same as fyne's lang.L).
func L(key string, data ...any) string { return lang.L(key, data...) }

// XN returns the plural form of key for count n (the same as lang.XN).
func XN(key, fallback string, n int, data ...any) string {
	return lang.XN(key, fallback, n, data...)
}

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
