package ui

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// renewForm starts a new programme period from an earlier programme
// ("päivittäminen"): the content is copied into a new programme and marked
// for review; the earlier programme stays as it was.
type renewForm struct {
	m      *MainWindow
	from   programme.Summary
	title  *widgets.Entry
	start  *widgets.Entry
	end    *widgets.Entry
	errMsg *widget.Label
}

func newRenewForm(m *MainWindow, from programme.Summary) *renewForm {
	f := &renewForm{m: m, from: from}
	start, end := from.EndYear+1, from.EndYear+1+(from.EndYear-from.StartYear)
	f.title = widgets.NewEntry()
	f.title.SetPlaceHolder(lang.L("versions.renewTitleHint"))
	f.title.SetText(renewedTitle(from, start, end))
	f.start = widgets.NewEntry()
	f.start.SetPlaceHolder("2030")
	f.start.SetText(strconv.Itoa(start))
	f.end = widgets.NewEntry()
	f.end.SetPlaceHolder("2033")
	f.end.SetText(strconv.Itoa(end))
	f.errMsg = widget.NewLabel("")
	f.errMsg.Wrapping = fyne.TextWrapWord
	f.errMsg.Importance = widget.DangerImportance
	return f
}

// renewedTitle replaces the earlier period's years in the title with the
// new ones ("Kotouttamisohjelma 2026–2029" → "… 2030–2033").
func renewedTitle(from programme.Summary, start, end int) string {
	t := from.Title
	for _, sep := range []string{"–", "-", "—"} {
		old := strconv.Itoa(from.StartYear) + sep + strconv.Itoa(from.EndYear)
		if strings.Contains(t, old) {
			return strings.Replace(t, old, strconv.Itoa(start)+sep+strconv.Itoa(end), 1)
		}
	}
	return t
}

// errRenewInput is a mistake in the form, explained by its message.
var errRenewInput = errors.New("renew: bad input")

// values checks the form; the message says what to fix.
func (f *renewForm) values() (title string, start, end int, msg string) {
	title = strings.TrimSpace(f.title.Text)
	if title == "" {
		return "", 0, 0, lang.L("create.needTitle")
	}
	s, err1 := programme.ParseYear(f.start.Text)
	e, err2 := programme.ParseYear(f.end.Text)
	if err1 != nil || err2 != nil || s == 0 || e == 0 {
		return "", 0, 0, lang.L("create.badYears")
	}
	if e < s {
		return "", 0, 0, lang.L("create.endBeforeStart")
	}
	return title, s, e, ""
}

// submit creates the renewed programme and opens it; on a mistake it says
// what to fix and keeps what was typed.
func (f *renewForm) submit() (*programme.Programme, error) {
	title, start, end, msg := f.values()
	if msg != "" {
		f.errMsg.SetText(msg)
		f.errMsg.Show()
		return nil, errRenewInput
	}
	var (
		p   *programme.Programme
		err error
	)
	if sess := f.m.openSession(f.from.ID); sess != nil {
		p, err = sess.Renew(title, start, end)
	} else {
		p, err = f.m.store.Renew(f.from.ID, title, start, end)
	}
	if err != nil {
		return nil, err
	}
	f.m.openProgramme(p.ID)
	return p, nil
}

func (f *renewForm) show() {
	intro := widget.NewLabel(lang.L("versions.renewIntro", map[string]any{"Title": f.from.Title, "Name": f.from.Municipality()}))
	intro.Wrapping = fyne.TextWrapWord
	f.errMsg.Hide()
	items := []*widget.FormItem{
		widget.NewFormItem("", intro),
		widget.NewFormItem(lang.L("field.title"), f.title),
		widget.NewFormItem(lang.L("create.start"), f.start),
		widget.NewFormItem(lang.L("create.end"), f.end),
		widget.NewFormItem("", f.errMsg),
	}
	var d *dialog.FormDialog
	d = dialog.NewForm(lang.L("versions.renewTitle"), lang.L("versions.renewSubmit"), lang.L("action.cancel"), items,
		func(ok bool) {
			if !ok {
				return
			}
			if _, err := f.submit(); err != nil {
				if !errors.Is(err, errRenewInput) {
					f.m.showError(err)
					return
				}
				d.Show() // keep the form and what was typed
			}
		}, f.m.win)
	d.Resize(fyne.NewSize(600, 420))
	d.Show()
}

// showRenew starts a new period from the open programme, or from the one
// selected in the list.
func (m *MainWindow) showRenew() {
	var from programme.Summary
	switch {
	case m.editor != nil:
		from = m.editor.session.Programme().Summary()
	default:
		sum, ok := m.home.current()
		if !ok {
			dialog.ShowInformation(lang.L("versions.renewTitle"), lang.L("exchange.chooseFirst"), m.win)
			return
		}
		from = sum
	}
	newRenewForm(m, from).show()
}
