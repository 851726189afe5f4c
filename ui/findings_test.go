package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
)

// panelTexts returns the texts of the panel's finding rows.
func panelTexts(f *findingsPanel) []string {
	var out []string
	for _, o := range f.items.Objects {
		switch w := o.(type) {
		case *widget.Label:
			out = append(out, w.Text)
		case *widget.Hyperlink:
			out = append(out, w.Text)
		}
	}
	return out
}

func TestFindingsPanel(t *testing.T) {
	SetupLanguage("fi")
	test.NewTempApp(t)
	var list []programme.Finding
	f := newFindingsPanel(func() []programme.Finding { return list },
		func(fd programme.Finding) string { return fd.Code + ":" + fd.Subject })

	if got := f.heading.Text; got != "Ei puutteita tässä vaiheessa." {
		t.Errorf("empty heading = %q", got)
	}
	if len(f.items.Objects) != 0 || f.area.Visible() {
		t.Errorf("empty panel shows %d rows, area visible %v", len(f.items.Objects), f.area.Visible())
	}

	list = []programme.Finding{{Code: "a", Subject: "x"}, {Code: "b"}}
	f.refresh()
	if got := f.heading.Text; got != "Puuttuu vielä (2)" {
		t.Errorf("heading = %q", got)
	}
	if got := fmt.Sprint(panelTexts(f)); got != "[• a:x • b:]" {
		t.Errorf("rows = %s", got)
	}
	two := f.area.MinSize().Height
	if !f.area.Visible() || two <= 0 {
		t.Fatalf("area visible %v, height %v", f.area.Visible(), two)
	}

	list = nil
	for i := range 9 {
		list = append(list, programme.Finding{Code: fmt.Sprint(i)})
	}
	f.refresh()
	if n := len(f.items.Objects); n != 9 {
		t.Errorf("panel holds %d rows, want all 9 (it scrolls)", n)
	}
	full := f.area.MinSize().Height
	if want := float32(findingsVisible) * findingRowHeight(); full != want {
		t.Errorf("area height with 9 findings = %v, want %d rows = %v", full, findingsVisible, want)
	}

	// Fixing findings while typing must not make the editor below jump.
	list = list[:1]
	f.refresh()
	if h := f.area.MinSize().Height; h != full {
		t.Errorf("area shrank from %v to %v while findings remain", full, h)
	}
	if f.heading.Text != "Puuttuu vielä (1)" {
		t.Errorf("heading = %q", f.heading.Text)
	}

	list = nil
	f.refresh()
	if len(f.items.Objects) != 0 || f.area.Visible() {
		t.Error("panel did not empty when the findings went away")
	}
	list = []programme.Finding{{Code: "a"}}
	f.refresh()
	if h := f.area.MinSize().Height; h >= full {
		t.Errorf("area kept its old height %v after the step was complete once", h)
	}
}

func TestFindingsPanelLinks(t *testing.T) {
	SetupLanguage("fi")
	test.NewTempApp(t)
	list := []programme.Finding{{Code: "a", Ref: "member:1"}, {Code: "b"}}
	f := newFindingsPanel(func() []programme.Finding { return list }, func(fd programme.Finding) string { return fd.Code })
	if _, ok := f.items.Objects[0].(*widget.Label); !ok {
		t.Fatalf("finding without onSelect is %T, want a label", f.items.Objects[0])
	}
	var picked []string
	f.onSelect = func(fd programme.Finding) { picked = append(picked, fd.Ref) }
	f.refresh() // same findings, but now they can be links
	link, ok := f.items.Objects[0].(*widget.Hyperlink)
	if !ok {
		t.Fatalf("finding with a ref is %T, want a link", f.items.Objects[0])
	}
	if _, ok := f.items.Objects[1].(*widget.Label); !ok {
		t.Errorf("finding without a ref is %T, want a label", f.items.Objects[1])
	}
	link.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace}) // a tap needs laid-out text; the key runs the same action
	if fmt.Sprint(picked) != "[member:1]" {
		t.Errorf("tapping the link selected %v", picked)
	}
}
