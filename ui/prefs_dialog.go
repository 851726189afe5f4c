package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/ui/widgets"
)

// prefsForm edits the app's preferences: the interface language and the
// name the user's review comments are signed with. Each member of the
// working group runs the app on their own laptop, so both are set once per
// machine. The language applies at the next start (see i18n.UsePreference).
type prefsForm struct {
	prefs    fyne.Preferences
	author   *widgets.Entry
	language *widget.Select
	// intro, when set, tells why the form appears (asked before the first
	// comment rather than opened from the menu).
	intro string
	// onSaved runs with the saved name after a successful save.
	onSaved func(name string)
}

func newPrefsForm(prefs fyne.Preferences, onSaved func(string)) *prefsForm {
	f := &prefsForm{prefs: prefs, onSaved: onSaved}
	f.author = widgets.NewEntry()
	f.author.SetPlaceHolder(lang.L("prefs.authorHint"))
	f.author.SetText(prefs.StringWithFallback(prefAuthor, ""))
	f.author.Validator = func(s string) error {
		if f.intro != "" && strings.TrimSpace(s) == "" {
			return errorText(lang.L("prefs.authorNeeded"))
		}
		return nil
	}
	f.language = widget.NewSelect(languageChoices(), nil)
	f.language.SetSelectedIndex(languageIndex(prefs.StringWithFallback(prefLanguage, "")))
	return f
}

// languageChoices names the choices of the language setting: the system's
// language first, then each language by its own name.
func languageChoices() []string {
	out := []string{lang.L("prefs.languageSystem")}
	for _, l := range Languages {
		out = append(out, lang.L("language.name."+l))
	}
	return out
}

// languageIndex returns the choice that shows the stored code.
func languageIndex(code string) int {
	for i, l := range Languages {
		if l == code {
			return i + 1
		}
	}
	return 0
}

// chosenLanguage returns the code of the chosen language, "" for the
// system's.
func (f *prefsForm) chosenLanguage() string {
	if i := f.language.SelectedIndex(); i > 0 && i <= len(Languages) {
		return Languages[i-1]
	}
	return ""
}

// save stores the language and the name; an empty name is refused (not
// stored, save returns false) while the language is kept.
func (f *prefsForm) save() bool {
	f.prefs.SetString(prefLanguage, f.chosenLanguage())
	name := strings.TrimSpace(f.author.Text)
	if name == "" {
		return false
	}
	f.prefs.SetString(prefAuthor, name)
	if f.onSaved != nil {
		f.onSaved(name)
	}
	return true
}

func (f *prefsForm) items() []*widget.FormItem {
	item := widget.NewFormItem(lang.L("prefs.author"), f.author)
	item.HintText = lang.L("prefs.authorHelp")
	if f.intro != "" { // asked before a comment: only the name
		return []*widget.FormItem{item}
	}
	language := widget.NewFormItem(lang.L("prefs.language"), f.language)
	language.HintText = lang.L("prefs.languageHelp")
	return []*widget.FormItem{language, item}
}

func (f *prefsForm) show(win fyne.Window) {
	items := f.items()
	if f.intro != "" {
		intro := widget.NewLabel(f.intro)
		intro.Wrapping = fyne.TextWrapWord
		items = append([]*widget.FormItem{widget.NewFormItem("", intro)}, items...)
	}
	title := lang.L("prefs.title")
	if f.intro != "" {
		title = lang.L("prefs.authorTitle")
	}
	d := dialog.NewForm(title, lang.L("action.save"), lang.L("action.cancel"), items,
		func(ok bool) {
			if ok {
				f.save()
			}
		}, win)
	d.Resize(fyne.NewSize(560, 340))
	d.Show()
	win.Canvas().Focus(f.author)
}

// errorText is a validation message shown under an entry.
type errorText string

func (e errorText) Error() string { return string(e) }

// author returns the saved author name, or "" when none is set yet.
func (m *MainWindow) author() string {
	return strings.TrimSpace(m.app.Preferences().StringWithFallback(prefAuthor, ""))
}

// withAuthor runs fn with the user's name, asking for it first if it has
// never been given; fn does not run if the user cancels. It returns the
// form it showed, or nil when the name was known.
func (m *MainWindow) withAuthor(fn func(name string)) *prefsForm {
	if name := m.author(); name != "" {
		fn(name)
		return nil
	}
	f := newPrefsForm(m.app.Preferences(), fn)
	f.intro = lang.L("prefs.authorFirst")
	f.show(m.win)
	return f
}

// showPrefs opens the preferences from the menu.
func (m *MainWindow) showPrefs() {
	newPrefsForm(m.app.Preferences(), nil).show(m.win)
}
