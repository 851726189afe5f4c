package ui

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// commentsButtonText is the label of a step's comments button, with the
// number of open threads when there are any: "Kommentit (3 avointa)".
func commentsButtonText(p *programme.Programme, tpl *checklist.Template, stepID string) string {
	if n := p.OpenCountsByStep(tpl)[stepID]; n > 0 {
		return lang.N("comments.buttonOpen", n, map[string]any{"Count": n})
	}
	return lang.L("comments.button")
}

// newCommentsButton is the button in the step header that opens the
// step's comments.
func (sp *stepPage) newCommentsButton() *widget.Button {
	b := widget.NewButtonWithIcon("", theme.AccountIcon(), func() { sp.v.showComments(sp.step.ID, "", nil) })
	sp.commentsBtn = b
	sp.refreshComments()
	return b
}

// refreshComments updates the open count on the step's comments button.
func (sp *stepPage) refreshComments() {
	if sp.commentsBtn == nil {
		return
	}
	p := sp.v.session.Programme()
	sp.commentsBtn.SetText(commentsButtonText(p, sp.v.tpl, sp.step.ID))
	if p.OpenCountsByStep(sp.v.tpl)[sp.step.ID] > 0 {
		sp.commentsBtn.Importance = widget.WarningImportance
	} else {
		sp.commentsBtn.Importance = widget.MediumImportance
	}
	sp.commentsBtn.Refresh()
}
