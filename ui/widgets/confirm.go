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
	d := dialog.NewCustomConfirm(title, action, lang.L("action.cancel"), msg, func(ok bool) {
		if ok {
			onConfirm()
		}
	}, win)
	d.Resize(fyne.NewSize(500, 210))
	d.Show()
}
