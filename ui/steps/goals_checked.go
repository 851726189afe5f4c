package steps

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// checkedGroup is a few entries whose texts are checked together, such as a
// schedule's start and end or an indicator's baseline and target. On every
// change each entry is checked against the others; the entries that pass
// are stored, the ones that fail keep their text and leave the stored value
// as it was, and a message under the group says what is wrong. The message
// shows at once, not only after the field loses focus, because a rejected
// value that silently is not saved would be worse than a message that shows
// while a year is still half typed.
type checkedGroup struct {
	entries []*widget.Entry
	message *widget.Label
	// check returns one error per entry (nil when that entry is fine), whose
	// texts are translated sentences.
	check func(texts []string) []error
	// store writes the entries whose ok is true.
	store func(texts []string, ok []bool)
}

// newCheckedGroup builds entries with the given texts and placeholders.
// Nothing is stored until the user changes something, but a stored value
// that no longer passes (from an older file) is pointed out at once.
func newCheckedGroup(texts, placeholders []string, check func([]string) []error, store func([]string, []bool)) *checkedGroup {
	g := &checkedGroup{check: check, store: store}
	g.message = widget.NewLabel("")
	g.message.Wrapping = fyne.TextWrapWord
	g.message.Importance = widget.DangerImportance
	g.message.Hide()
	for i, t := range texts {
		e := widget.NewEntry()
		e.SetText(t)
		if i < len(placeholders) {
			e.SetPlaceHolder(placeholders[i])
		}
		e.OnChanged = func(string) { g.changed() }
		g.entries = append(g.entries, e)
	}
	g.showErrors(g.check(g.texts()))
	return g
}

func (g *checkedGroup) texts() []string {
	out := make([]string, len(g.entries))
	for i, e := range g.entries {
		out[i] = e.Text
	}
	return out
}

func (g *checkedGroup) changed() {
	texts := g.texts()
	errs := g.check(texts)
	ok := make([]bool, len(errs))
	for i, err := range errs {
		ok[i] = err == nil
	}
	g.store(texts, ok)
	g.showErrors(errs)
}

// showErrors shows each distinct message once, in the entries' order.
func (g *checkedGroup) showErrors(errs []error) {
	var lines []string
	seen := map[string]bool{}
	for _, err := range errs {
		if err != nil && !seen[err.Error()] {
			seen[err.Error()] = true
			lines = append(lines, err.Error())
		}
	}
	if len(lines) == 0 {
		g.message.SetText("")
		g.message.Hide()
		return
	}
	g.message.SetText(strings.Join(lines, "\n"))
	g.message.Show()
}

// Message returns what the group's message says now ("" when all is well).
func (g *checkedGroup) Message() string { return g.message.Text }

// yearError checks a year as typed.
func yearError(s string) error {
	if _, err := programme.ParseYear(s); err != nil {
		return i18n.Message{Text: lang.L("goals.err.year")}
	}
	return nil
}

// numberError checks a value that must be a number (or empty).
func numberError(s string) error {
	if _, err := programme.NumberValueIn(i18n.Language(), s); err != nil {
		return i18n.Message{Text: lang.L("goals.err.number")}
	}
	return nil
}

// dateError checks a schedule date as typed.
func dateError(s string) error {
	if _, err := programme.ParseDate(s); err != nil {
		return i18n.Message{Text: lang.L("goals.err.date")}
	}
	return nil
}

// scheduleErrors checks a start and an end together: each must be a date,
// and the end must not come before the start. The order error is put on
// both, so whichever the user just changed is held back.
func scheduleErrors(start, end string) []error {
	errs := []error{dateError(start), dateError(end)}
	if errs[0] == nil && errs[1] == nil {
		if _, _, err := programme.ParseSchedule(start, end); errors.Is(err, programme.ErrEndBeforeStart) {
			e := i18n.Message{Text: lang.L("goals.err.endBeforeStart")}
			errs[0], errs[1] = e, e
		}
	}
	return errs
}

// fieldUnder puts a field under its label, which suits narrow detail panes
// better than a two-column form whose labels would be cut off.
func fieldUnder(label string, field fyne.CanvasObject) fyne.CanvasObject {
	l := widget.NewLabelWithStyle(label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	// One line, cut if need be: a wrapped label reports the height of
	// several lines before it knows its width, which misaligns fields that
	// sit side by side.
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(l, field)
}

// suggestEntry is a one-line entry with suggestions that still accepts any
// text, bound to a field of a row.
func suggestEntry[T any](f *rowForm[T], options []string, placeholder string, get func(r *T) string, set func(r *T, v string)) *widgets.SelectEntry {
	w := widgets.NewSelectEntry(options)
	w.SetPlaceHolder(placeholder)
	if r := f.Row(); r != nil {
		w.SetText(get(r))
	}
	w.OnChanged = f.guarded(w.SetText, get, set)
	return w
}
