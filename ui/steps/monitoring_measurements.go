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
// entering it again).
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

// measurementRowsShown is how many measurements are listed as plain rows;
// more (an indicator followed over several periods, or a long series read
// from a CSV) go into a list of that height that scrolls, so that only the
// rows on screen get widgets (TestRowWidgetsStayBounded).
const measurementRowsShown = 10

// refresh lists the recorded measurements.
func (b *measurementsBox) refresh() {
	ind := b.f.Row()
	if ind == nil {
		return
	}
	var objs []fyne.CanvasObject
	switch n := len(ind.Measurements); {
	case n == 0:
		objs = append(objs, widgets.HelpText(lang.L("monitoring.noMeasurements")))
	case n <= measurementRowsShown:
		for i := range ind.Measurements {
			row := b.newRow(true)
			b.fillRow(ind, i, row)
			objs = append(objs, row)
		}
	default:
		list := widget.NewList(
			func() int {
				if r := b.f.Row(); r != nil {
					return len(r.Measurements)
				}
				return 0
			},
			func() fyne.CanvasObject { return b.newRow(false) },
			func(i widget.ListItemID, o fyne.CanvasObject) {
				if r := b.f.Row(); r != nil && i < len(r.Measurements) {
					b.fillRow(r, i, o.(*fyne.Container))
				}
			})
		height := float32(measurementRowsShown) * (b.newRow(false).MinSize().Height + theme.Padding())
		objs = append(objs, widgets.WithMinHeight(list, height))
	}
	b.rows.Objects = objs
	b.rows.Refresh()
}

// newRow is one measurement's row: its text and a delete button. Rows of
// the scrolling list are cut to one line, since a list's rows have one
// height.
func (b *measurementsBox) newRow(wrap bool) *fyne.Container {
	l := widget.NewLabel("")
	if wrap {
		l.Wrapping = fyne.TextWrapWord
	} else {
		l.Truncation = fyne.TextTruncateEllipsis
	}
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
	return container.NewBorder(nil, nil, nil, del, l)
}

// fillRow shows measurement i of ind in row.
func (b *measurementsBox) fillRow(ind *programme.Indicator, i int, row *fyne.Container) {
	m := ind.Measurements[i]
	text := pointText(programme.Point{Value: m.Value}, ind.Unit)
	line := lang.L("monitoring.measurementLine", map[string]any{"Year": m.Year, "Value": text})
	if m.Note != "" {
		line += " – " + m.Note
	}
	for _, o := range row.Objects {
		switch w := o.(type) {
		case *widget.Label:
			w.SetText(line)
		case *widget.Button:
			year := m.Year
			w.OnTapped = func() { b.remove(year) }
		}
	}
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
