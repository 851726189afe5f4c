package steps

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// measurementsBox records an indicator's values year by year: the recorded
// ones with a delete button each, and a row to add one (or correct a year by
// entering it again). An indicator has at most a value a year over a few
// programme periods, so plain rows suffice.
type measurementsBox struct {
	f       *rowForm[programme.Indicator]
	rows    *fyne.Container
	year    *widget.Entry
	value   *widget.Entry
	note    *widget.Entry
	addBtn  *widget.Button
	message *widget.Label
	content fyne.CanvasObject
}

func newMeasurementsBox(f *rowForm[programme.Indicator]) *measurementsBox {
	b := &measurementsBox{f: f}
	b.rows = container.NewVBox()
	b.year = widget.NewEntry()
	b.year.SetPlaceHolder(lang.L("monitoring.yearPlaceholder"))
	b.value = widget.NewEntry()
	b.value.SetPlaceHolder(lang.L("monitoring.valuePlaceholder"))
	b.note = widget.NewEntry()
	b.note.SetPlaceHolder(lang.L("monitoring.notePlaceholder"))
	b.addBtn = widget.NewButtonWithIcon(lang.L("monitoring.addMeasurement"), theme.ContentAddIcon(), b.add)
	b.message = widget.NewLabel("")
	b.message.Wrapping = fyne.TextWrapWord
	b.message.Importance = widget.DangerImportance
	b.message.Hide()
	b.content = container.NewVBox(
		widgets.SubHeading(lang.L("monitoring.measurements")),
		widgets.HelpText(lang.L("monitoring.measurementsHint")),
		b.rows,
		container.NewGridWithColumns(3, b.year, b.value, b.note),
		container.NewHBox(b.addBtn),
		b.message,
	)
	b.refresh()
	return b
}

// refresh lists the recorded measurements.
func (b *measurementsBox) refresh() {
	ind := b.f.Row()
	if ind == nil {
		return
	}
	var objs []fyne.CanvasObject
	if len(ind.Measurements) == 0 {
		objs = append(objs, widgets.HelpText(lang.L("monitoring.noMeasurements")))
	}
	for _, m := range ind.Measurements {
		text := pointText(programme.Point{Value: m.Value}, ind.Unit)
		line := lang.L("monitoring.measurementLine", map[string]any{"Year": m.Year, "Value": text})
		if m.Note != "" {
			line += " – " + m.Note
		}
		l := widget.NewLabel(line)
		l.Wrapping = fyne.TextWrapWord
		year := m.Year
		del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { b.remove(year) })
		objs = append(objs, container.NewBorder(nil, nil, nil, del, l))
	}
	b.rows.Objects = objs
	b.rows.Refresh()
}

// add records the typed measurement. What does not pass stays typed, with a
// message saying what to fix.
func (b *measurementsBox) add() {
	if b.year.Text == "" {
		b.say(lang.L("monitoring.err.measurementYear"))
		return
	}
	if err := yearError(b.year.Text); err != nil {
		b.say(err.Error())
		return
	}
	if b.value.Text == "" {
		b.say(lang.L("monitoring.err.measurementValue"))
		return
	}
	if err := numberError(b.value.Text); err != nil {
		b.say(err.Error())
		return
	}
	y, _ := programme.ParseYear(b.year.Text)
	v, _ := programme.NumberValueIn(i18n.Language(), b.value.Text)
	var err error
	b.f.Edit(func(r *programme.Indicator) {
		err = r.SetMeasurement(programme.Measurement{Year: y, Value: v, Note: b.note.Text})
	})
	if err != nil {
		b.say(i18n.Describe(err))
		return
	}
	b.year.SetText("")
	b.value.SetText("")
	b.note.SetText("")
	b.message.Hide()
	b.refresh()
}

func (b *measurementsBox) remove(year int) {
	b.f.Edit(func(r *programme.Indicator) { r.DeleteMeasurement(year) })
	b.refresh()
}

func (b *measurementsBox) say(msg string) {
	b.message.SetText(msg)
	b.message.Show()
}
