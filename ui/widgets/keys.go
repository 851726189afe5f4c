package widgets

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// A focused entry takes every key, and Fyne offers only shortcuts with a
// modifier to the main menu first, so keys such as Escape (close the
// dialog) and F11 (focus mode) never reach the window while the cursor is
// in a field. The entries of this package hand those keys to the hook of
// their canvas first.
var (
	hooksMu sync.Mutex
	hooks   = map[fyne.Canvas]func(*fyne.KeyEvent) bool{}
)

// SetKeyHook makes hook see the Escape and function keys typed into this
// package's entries on canvas c first; hook returns whether it used the
// key. A nil hook removes it.
func SetKeyHook(c fyne.Canvas, hook func(*fyne.KeyEvent) bool) {
	hooksMu.Lock()
	defer hooksMu.Unlock()
	if hook == nil {
		delete(hooks, c)
	} else {
		hooks[c] = hook
	}
}

// hooked gives ev to the hook of o's canvas and reports whether it was used.
func hooked(o fyne.CanvasObject, ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyEscape, fyne.KeyF1, fyne.KeyF11:
	default:
		return false
	}
	app := fyne.CurrentApp()
	if app == nil {
		return false
	}
	c := app.Driver().CanvasForObject(o)
	hooksMu.Lock()
	hook := hooks[c]
	hooksMu.Unlock()
	return hook != nil && hook(ev)
}

// Entry is a widget.Entry that offers Escape and function keys to its
// canvas's key hook first.
type Entry struct {
	widget.Entry
}

// NewEntry returns a one-line entry.
func NewEntry() *Entry {
	e := &Entry{}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as widget.NewEntry
	e.ExtendBaseWidget(e)
	return e
}

// NewMultiLineEntry returns a word-wrapped multi-line entry.
func NewMultiLineEntry() *Entry {
	e := &Entry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey implements fyne.Focusable.
func (e *Entry) TypedKey(ev *fyne.KeyEvent) {
	if !hooked(e, ev) {
		e.Entry.TypedKey(ev)
	}
}

// TypedKey implements fyne.Focusable.
func (e *GrowingEntry) TypedKey(ev *fyne.KeyEvent) {
	if !hooked(e, ev) {
		e.Entry.TypedKey(ev)
	}
}

// TypedKey implements fyne.Focusable.
func (e *SelectEntry) TypedKey(ev *fyne.KeyEvent) {
	if !hooked(e, ev) {
		e.SelectEntry.TypedKey(ev)
	}
}
