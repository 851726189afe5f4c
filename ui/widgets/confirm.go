package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Confirm asks before something that changes or removes the user's
// work: the message says what will happen, the confirming button names the
// action ("Poista", "Palauta") and Cancel leaves everything as it was.
func Confirm(win fyne.Window, title, action, message string, onConfirm func()) {
	msg := widget.NewLabel(message)
	msg.Wrapping = fyne.TextWrapWord
	ConfirmContent(win, title, action, "", msg, fyne.NewSize(500, 210), onConfirm)
}

// ConfirmContent is Confirm with content of its own (a review of what an
// import changes, a choice to make) instead of one sentence, at the given
// size (zero: the content's own). dismiss names the button that leaves
// everything as it was; "" is Cancel.
func ConfirmContent(win fyne.Window, title, action, dismiss string, content fyne.CanvasObject, size fyne.Size, onConfirm func()) {
	if dismiss == "" {
		dismiss = lang.L("action.cancel")
	}
	d := dialog.NewCustomConfirm(title, action, dismiss, content, func(ok bool) {
		if ok {
			onConfirm()
		}
	}, win)
	if size != (fyne.Size{}) {
		d.Resize(size)
	}
	d.Show()
}
