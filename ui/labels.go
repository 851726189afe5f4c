package ui

import (
	"fyne.io/fyne/v2/lang"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/internal/i18n/locale"
	"fi.kotoutus/kotoutus/programme"
)

// KindHeading is the heading of a group of checklist items of kind k.
func KindHeading(k checklist.Kind) string { return i18n.KindHeading(k) }

// StatusLabel names a step status.
func StatusLabel(s programme.Status) string {
	if s == programme.StatusAuto {
		return lang.L("status.auto")
	}
	return lang.L("status." + string(s))
}

// ProgressLabel writes "3 / 5 kohtaa": the items met, ticked or shown done
// by the content.
func ProgressLabel(pr programme.Progress) string {
	return lang.L("progress.items", map[string]any{"Done": pr.Met(), "Total": pr.Total})
}

// templateInfo tells which Act and checklist a template follows, when its
// texts were last checked, and what is known to be changing.
func templateInfo(tpl *checklist.Template, l string) string {
	title, url := tpl.Source.In(l)
	s := lang.L("template.info", map[string]any{
		"Act": tpl.Law.Act.In(l), "Checklist": title, "URL": url,
		"Checked": locale.Date(Language(), tpl.CheckedDate()),
	})
	if p := tpl.Law.Pending.In(l); p != "" {
		s += " " + p
	}
	return s
}
