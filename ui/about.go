package ui

import (
	"fmt"
	"io/fs"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/assets"
	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// aboutProgramme shows the checklist's closing guidance: what a municipal
// programme is and is not.
func aboutProgramme(tpl *checklist.Template) fyne.CanvasObject {
	l := Language()
	box := container.NewVBox()
	for _, pt := range tpl.About.Points {
		title := widget.NewLabelWithStyle(pt.Title.In(l), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		text := widget.NewLabel(pt.Text.In(l))
		text.Wrapping = fyne.TextWrapWord
		box.Add(title)
		box.Add(text)
	}
	title, _ := tpl.Source.In(l)
	src := widget.NewLabel(lang.L("source.cite", map[string]any{"Publisher": tpl.Source.Publisher, "Title": title}))
	src.Wrapping = fyne.TextWrapWord
	src.SizeName = theme.SizeNameCaptionText
	box.Add(widget.NewSeparator())
	box.Add(src)
	return container.NewVScroll(box)
}

// showAboutApp shows the About dialog: the version, where the database and
// its backups are, and the licences of the embedded fonts, the colour
// profile and the linked libraries, with a button for their full texts.
func (m *MainWindow) showAboutApp() {
	content := aboutApp(m.version, m.store.Path(), m.showLicenceTexts)
	d := dialog.NewCustom(lang.L("menu.aboutApp"), lang.L("action.close"), content, m.win)
	d.Resize(fyne.NewSize(640, 560))
	d.Show()
}

// aboutApp builds the About dialog's content; showTexts opens the licence
// texts.
func aboutApp(version, dbPath string, showTexts func()) fyne.CanvasObject {
	text := widget.NewLabel(lang.L("about.app", map[string]any{"Version": version, "Path": dbPath, "Backups": programme.BackupDir(dbPath)}))
	text.Wrapping = fyne.TextWrapWord
	heading := func(key string) *widget.Label {
		return widget.NewLabelWithStyle(lang.L(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	fonts := widget.NewLabel(lang.L("about.fonts") + "\n\n" + lang.L("about.hyphenation"))
	fonts.Wrapping = fyne.TextWrapWord
	var libs strings.Builder
	libs.WriteString(lang.L("about.stdlib", map[string]any{"Version": runtime.Version()}))
	for _, mod := range linkedModules(assets.ThirdParty) {
		fmt.Fprintf(&libs, "\n%s %s – %s", mod.path, mod.version, mod.licence)
	}
	libList := widget.NewLabel(libs.String())
	libList.SizeName = theme.SizeNameCaptionText
	box := container.NewVBox(text, widget.NewSeparator(),
		heading("about.fontsHeading"), fonts,
		heading("about.librariesHeading"), libList,
		widget.NewButton(lang.L("about.showLicences"), showTexts))
	return container.NewVScroll(box)
}

// moduleLicence is one linked Go module and the short name of its licence.
type moduleLicence struct{ path, version, licence string }

// linkedModules reads the header lines "== MODULE VERSION (LICENCE)" of
// THIRD_PARTY.txt.
func linkedModules(thirdParty string) []moduleLicence {
	var out []moduleLicence
	for line := range strings.Lines(thirdParty) {
		rest, ok := strings.CutPrefix(strings.TrimSpace(line), "== ")
		if !ok {
			continue
		}
		path, rest, _ := strings.Cut(rest, " ")
		version, licence, _ := strings.Cut(rest, " ")
		out = append(out, moduleLicence{path, version, strings.Trim(licence, "()")})
	}
	return out
}

// licenceTexts returns the full licence texts the app ships, one line an
// entry: the fonts', the colour profile's and the libraries'.
func licenceTexts() []string {
	var b strings.Builder
	if data, err := fs.ReadFile(assets.Fonts, assets.FontsDir+"/LICENSE-DejaVu.txt"); err == nil {
		b.WriteString("== DejaVu Sans\n\n")
		b.Write(data)
	}
	b.WriteString("\n== sRGB2014.icc\n\n")
	b.WriteString(assets.ICCLicence)
	b.WriteString("\n\n")
	for _, name := range []string{"README.md", "LICENSE-MPL-2.0.txt", "LICENSE-LGPL-3.txt", "LICENSE-GPL-3.txt"} {
		if data, err := fs.ReadFile(assets.Hyphenation, "hyph/"+name); err == nil {
			b.WriteString("== hyph/" + name + "\n\n")
			b.Write(data)
			b.WriteString("\n")
		}
	}
	b.WriteString(assets.ThirdParty)
	return strings.Split(strings.ReplaceAll(b.String(), "\t", "    "), "\n")
}

// showLicenceTexts shows the licence texts in a list, which draws only the
// lines in view (the texts are some 2,000 lines).
func (m *MainWindow) showLicenceTexts() {
	lines := licenceTexts()
	list := widget.NewList(func() int { return len(lines) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.SizeName = theme.SizeNameCaptionText
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(lines[id]) })
	d := dialog.NewCustom(lang.L("about.licencesTitle"), lang.L("action.close"), list, m.win)
	d.Resize(fyne.NewSize(760, 600))
	d.Show()
}
