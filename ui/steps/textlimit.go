package steps

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

// textGuard stands between a text widget and the programme: a change that
// a limit refuses (programme.CheckField, programme.CheckDraftEdit) is not
// stored; the widget goes back to the last text that was, and a dialog says
// which limit it met and what to do. A paste too large for its field thus
// changes nothing and loses nothing.
type textGuard struct {
	win       fyne.Window
	reverting bool
	check     func(before, after string) error
	// stored reads what the programme holds now: the text to go back to.
	stored func() string
	store  func(string)
	revert func(string)
}

// fieldCheck is the check of every text field but a draft.
func fieldCheck(_, after string) error { return programme.CheckField(after) }

// changed is the widget's OnChanged.
func (g *textGuard) changed(s string) {
	if g.reverting {
		return
	}
	if err := g.check(g.stored(), s); err != nil {
		g.reverting = true
		g.revert(g.stored())
		g.reverting = false
		showRefused(g.win, err)
		return
	}
	g.store(s)
}

// showRefused tells the user why a change was not taken.
func showRefused(win fyne.Window, err error) {
	fyne.LogError("text refused", err)
	if win == nil {
		// A field built without its window (a contact's) tells the
		// user in the app's window.
		if a := fyne.CurrentApp(); a != nil {
			if ws := a.Driver().AllWindows(); len(ws) > 0 {
				win = ws[0]
			}
		}
	}
	if win != nil {
		dialog.ShowError(fmt.Errorf("%s", i18n.Describe(err)), win)
	}
}

// guardField is the OnChanged of a text field bound straight to the
// programme (not a row): stored reads the field, store writes it.
func (c *Context) guardField(revert func(string), stored func(p *programme.Programme) string, store func(string)) func(string) {
	g := &textGuard{
		win: c.window(), check: fieldCheck, revert: revert,
		stored: func() string { return stored(c.programme()) },
		store:  store,
	}
	return g.changed
}

// guardLocal is the OnChanged of a text field built for one field of the
// programme and never refilled: the text to go back to is the last one
// stored.
func (c *Context) guardLocal(initial string, revert func(string), store func(string)) func(string) {
	last := initial
	g := &textGuard{win: c.window(), check: fieldCheck, revert: revert, stored: func() string { return last }}
	g.store = func(s string) { last = s; store(s) }
	return g.changed
}
