package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
)

// reviewList lists the parts of one step that a new period took over from
// the earlier programme and that nobody has reviewed yet; ticking one
// records it as reviewed. The list is fixed when opened, so a part ticked
// by mistake can be unticked again.
type reviewList struct {
	v      *programmeView
	stepID string
	refs   []string
	checks []*widget.Check
	box    *fyne.Container
}

func newReviewList(v *programmeView, stepID string) *reviewList {
	r := &reviewList{v: v, stepID: stepID}
	p := v.session.Programme()
	r.refs = p.ReviewPending(v.tpl, stepID)
	intro := widget.NewLabel(lang.L("dashboard.reviewIntro"))
	intro.Wrapping = fyne.TextWrapWord
	r.box = container.NewVBox(intro)
	for _, ref := range r.refs {
		c := widget.NewCheck(aboutLabel(p, v.tpl, ref), func(on bool) { r.setReviewed(ref, on) })
		r.checks = append(r.checks, c)
		r.box.Add(c)
	}
	return r
}

func (r *reviewList) setReviewed(ref string, reviewed bool) {
	r.v.edit(func(p *programme.Programme) {
		if reviewed {
			p.MarkReviewed(ref)
			return
		}
		if p.Renewal != nil {
			if p.Renewal.Pending == nil {
				p.Renewal.Pending = map[string]bool{}
			}
			p.Renewal.Pending[ref] = true
		}
	})
}

// showReview opens the review list of a step over the dashboard.
func (d *dashboard) showReview(stepID string) {
	r := newReviewList(d.v, stepID)
	dlg := dialog.NewCustom(lang.L("dashboard.reviewTitle", map[string]any{"Step": stepNameLabel(d.v.tpl, stepID)}),
		lang.L("action.close"), container.NewVScroll(r.box), d.v.m.win)
	dlg.SetOnClosed(func() {
		if d.v.dash != nil {
			d.v.dash.refresh()
		}
	})
	size := d.v.m.win.Canvas().Size()
	dlg.Resize(fyne.NewSize(min(720, size.Width-40), min(600, size.Height-40)))
	dlg.Show()
}
