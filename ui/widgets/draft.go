package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// DraftEditor edits prose that stays wrapped at any length: a short text
// in one wrapped multi-line entry, a long one in a PiecedEntry, because a
// single wrapped Entry re-lays out the whole text on every keystroke. The
// caller decides which when it sets the text (it knows what "long" means
// for its texts); the editor then shows that one and reads from it.
type DraftEditor struct {
	// Entry and Pieced are the two editors; Object shows one of them.
	Entry  *Entry
	Pieced *PiecedEntry
	// OnChanged is called with the whole text after every change the user
	// makes in either editor.
	OnChanged func(text string)

	box *fyne.Container
}

// NewDraftEditor returns an empty editor showing the single entry.
func NewDraftEditor() *DraftEditor {
	d := &DraftEditor{Entry: NewMultiLineEntry(), Pieced: NewPiecedEntry()}
	d.Entry.OnChanged = d.changed
	d.Pieced.OnChanged = d.changed
	d.box = container.NewStack(d.Entry)
	return d
}

// Object is what to place in a layout; it holds the editor shown.
func (d *DraftEditor) Object() fyne.CanvasObject { return d.box }

// SetText shows text in the pieced editor when pieced, else in the entry
// with the cursor at the start.
func (d *DraftEditor) SetText(text string, pieced bool) {
	var o fyne.CanvasObject = d.Entry
	if pieced {
		o = d.Pieced.Page
		d.Pieced.SetText(text)
	} else {
		d.Entry.SetText(text)
		d.Entry.CursorRow, d.Entry.CursorColumn = 0, 0
	}
	if len(d.box.Objects) != 1 || d.box.Objects[0] != o {
		d.box.Objects = []fyne.CanvasObject{o}
		d.box.Refresh()
	}
}

// IsPieced tells whether the text is edited in pieces.
func (d *DraftEditor) IsPieced() bool {
	return len(d.box.Objects) == 1 && d.box.Objects[0] == d.Pieced.Page
}

// Text returns the text as the shown editor has it.
func (d *DraftEditor) Text() string {
	if d.IsPieced() {
		return d.Pieced.Text()
	}
	return d.Entry.Text
}

// Focusable is the widget that takes the cursor: the first piece, or the
// entry.
func (d *DraftEditor) Focusable() fyne.Focusable {
	if d.IsPieced() {
		if p := d.Pieced.Pieces(); len(p) > 0 {
			return p[0]
		}
	}
	return d.Entry
}

// SetPlaceHolder sets the hint shown in the empty entry.
func (d *DraftEditor) SetPlaceHolder(s string) { d.Entry.SetPlaceHolder(s) }

func (d *DraftEditor) changed(text string) {
	if d.OnChanged != nil {
		d.OnChanged(text)
	}
}
