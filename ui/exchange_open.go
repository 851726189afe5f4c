package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// openChoice asks what to do with an opened .kotoutus file: add it as a
// new programme, or merge it into one that is already here. When the
// database has a copy of the same programme (copies keep their ID), merging
// into it is offered first.
type openChoice struct {
	m       *MainWindow
	name    string
	file    *programme.File
	targets []programme.Summary
	mode    *widget.RadioGroup
	target  *widgets.Select
	content fyne.CanvasObject
	// merge is the merge dialog opened by confirm, for tests.
	merge *mergeDialog
}

func newOpenChoice(m *MainWindow, name string, f *programme.File) *openChoice {
	c := &openChoice{m: m, name: name, file: f}
	targets, err := m.store.List()
	if err != nil {
		fyne.LogError("list programmes", err)
	}
	c.targets = targets
	labels := make([]string, len(targets))
	preferred := -1
	for i, s := range targets {
		labels[i] = lang.L("exchange.targetOption", map[string]any{"Name": s.Municipality(), "Title": s.Title, "Saved": formatTime(s.Updated)})
		if s.ID == f.Programme.ID {
			preferred = i
		}
	}
	if preferred < 0 && m.editor != nil {
		for i, s := range targets {
			if s.ID == m.editor.session.Programme().ID {
				preferred = i
			}
		}
	}
	c.target = widgets.NewSelect(labels, nil)
	c.target.PlaceHolder = lang.L("exchange.chooseTarget")
	c.mode = widget.NewRadioGroup([]string{lang.L("exchange.asNew"), lang.L("exchange.mergeInto")}, func(string) { c.updateTarget() })
	c.mode.Required = true
	if preferred >= 0 {
		c.target.SetSelectedIndex(preferred)
	}
	if len(targets) > 0 && preferred >= 0 && targets[preferred].ID == f.Programme.ID {
		c.mode.SetSelected(lang.L("exchange.mergeInto"))
	} else {
		c.mode.SetSelected(lang.L("exchange.asNew"))
	}
	if len(targets) == 0 {
		c.mode.Disable()
	}

	p := f.Programme
	// The period is left out when the title already says it.
	key := "exchange.fileAbout"
	if strings.Contains(p.Title, strconv.Itoa(p.StartYear)) {
		key = "exchange.fileAboutTitled"
	}
	about := widget.NewLabel(lang.L(key, map[string]any{
		"File": name, "Name": p.Municipality(), "Title": p.Title, "Start": p.StartYear, "End": p.EndYear,
		"Saved": formatTime(f.ExportedAt),
	}))
	about.Wrapping = fyne.TextWrapWord
	help := widget.NewLabel(lang.L("exchange.choiceHelp"))
	help.Wrapping = fyne.TextWrapWord
	help.TextStyle = fyne.TextStyle{Italic: true}
	c.content = container.NewVBox(about, c.mode, container.NewPadded(c.target), help)
	c.updateTarget()
	return c
}

func (c *openChoice) merging() bool { return c.mode.Selected == lang.L("exchange.mergeInto") }

func (c *openChoice) updateTarget() {
	if c.merging() {
		c.target.Enable()
	} else {
		c.target.Disable()
	}
}

func (c *openChoice) show() {
	widgets.ConfirmContent(c.m.win, lang.L("exchange.openTitle"), lang.L("exchange.continue"), "",
		c.content, fyne.NewSize(760, 380), c.confirm)
}

// confirm does what the user chose: import, or prepare the merge and show
// its dialog. Nothing is merged before that dialog is confirmed.
func (c *openChoice) confirm() {
	if !c.merging() {
		c.importNew()
		return
	}
	i := c.target.SelectedIndex()
	if i < 0 || i >= len(c.targets) {
		dialog.ShowInformation(lang.L("exchange.openTitle"), lang.L("exchange.chooseTarget"), c.m.win)
		return
	}
	c.merge = c.m.prepareMerge(c.targets[i].ID, c.file)
}

// importNew stores the file as a new programme and opens it.
func (c *openChoice) importNew() *programme.Programme {
	p, err := c.m.store.ImportNew(c.file)
	if err != nil {
		c.m.showError(err)
		return nil
	}
	c.m.closeDialogs()
	c.m.openProgramme(p.ID)
	c.m.status.SetText(lang.L("exchange.imported", map[string]any{"Title": p.Title}))
	return p
}

// prepareMerge writes the target's pending edits, prepares the merge and
// opens the merge dialog; a file that brings nothing new is said so.
func (m *MainWindow) prepareMerge(id string, f *programme.File) *mergeDialog {
	var (
		mg  *programme.Merge
		err error
	)
	if sess := m.openSession(id); sess != nil {
		mg, err = sess.PrepareMerge(f)
	} else {
		mg, err = m.store.PrepareMerge(id, f)
	}
	if err != nil {
		m.showError(err)
		return nil
	}
	if len(mg.Conflicts) == 0 && len(mg.Changes()) == 0 {
		dialog.ShowInformation(lang.L("exchange.mergeTitle"), lang.L("exchange.upToDate"), m.win)
		return nil
	}
	tpl, err := mg.Ours().Template()
	if err != nil {
		m.showError(err)
		return nil
	}
	d := newMergeDialog(m, tpl, id, mg)
	d.show()
	return d
}
