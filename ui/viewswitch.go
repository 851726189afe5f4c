package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// viewSwitch shows one of a few views, chosen with a row of buttons, and
// builds each view the first time it is shown. It replaces AppTabs on the
// step page, where AppTabs re-laid out every tab on each change and made a
// step take seconds to open.
type viewSwitch struct {
	views   []*switchView
	current int
	bar     *fyne.Container
	body    *fyne.Container
}

type switchView struct {
	button  *widget.Button
	build   func() fyne.CanvasObject
	content fyne.CanvasObject
}

func newViewSwitch() *viewSwitch {
	return &viewSwitch{current: -1, bar: container.NewHBox(), body: container.NewStack()}
}

// add appends a view; build runs when the view is first shown.
func (s *viewSwitch) add(label string, icon fyne.Resource, build func() fyne.CanvasObject) {
	i := len(s.views)
	v := &switchView{build: build}
	v.button = widget.NewButtonWithIcon(label, icon, func() { s.show(i) })
	s.views = append(s.views, v)
	s.bar.Add(v.button)
}

// show makes view i the visible one. Built views stay in the body and are
// hidden and shown, so a view learns when it comes back (a widgets.ShowNotifier
// refreshes what another view changed, such as ticks on the checklist).
func (s *viewSwitch) show(i int) {
	if i < 0 || i >= len(s.views) || i == s.current {
		return
	}
	v := s.views[i]
	for j, o := range s.views {
		if j != i && o.content != nil {
			o.content.Hide()
		}
	}
	if v.content == nil {
		v.content = v.build()
		if v.content == nil {
			v.content = widget.NewLabel("")
		}
		// Add only lays out; Container.Refresh would refresh every widget
		// below it and re-measure all wrapped text.
		s.body.Add(v.content)
	} else {
		v.content.Show()
	}
	s.current = i
	for j, o := range s.views {
		if j == i {
			o.button.Importance = widget.HighImportance
		} else {
			o.button.Importance = widget.LowImportance
		}
		o.button.Refresh()
	}
	canvas.Refresh(s.body)
}

// selected returns the index of the visible view.
func (s *viewSwitch) selected() int { return s.current }
