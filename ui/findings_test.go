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
	calls := 0
	f := newFindingsPanel(func() []programme.Finding { calls++; return list },
		func(fd programme.Finding) string { return fd.Code + ":" + fd.Subject })

	if got := f.heading.Text; got != "Ei puutteita tässä vaiheessa." {
		t.Errorf("empty heading = %q", got)
	}
	if len(f.items.Objects) != 0 || f.toggle.Visible() {
		t.Errorf("empty panel shows %d rows, toggle visible %v", len(f.items.Objects), f.toggle.Visible())
	}

	list = []programme.Finding{{Code: "a", Subject: "x"}, {Code: "b"}}
	f.refresh()
	if got := f.heading.Text; got != "Puuttuu vielä (2)" {
		t.Errorf("heading = %q", got)
	}
	if got := fmt.Sprint(panelTexts(f)); got != "[• a:x • b:]" {
		t.Errorf("rows = %s", got)
	}

	list = nil
	for i := range 9 {
		list = append(list, programme.Finding{Code: fmt.Sprint(i)})
	}
	f.refresh()
	if n := len(f.items.Objects); n != findingsCollapsed {
		t.Errorf("collapsed panel shows %d rows, want %d", n, findingsCollapsed)
	}
	if !f.toggle.Visible() || f.toggle.Text != "Näytä kaikki (9)" {
		t.Errorf("toggle = %q visible %v", f.toggle.Text, f.toggle.Visible())
	}
	test.Tap(f.toggle)
	if n := len(f.items.Objects); n != 9 {
		t.Errorf("expanded panel shows %d rows, want 9", n)
	}
	if f.toggle.Text != "Näytä vähemmän" {
		t.Errorf("toggle after expanding = %q", f.toggle.Text)
	}

	list = nil
	f.refresh()
	if len(f.items.Objects) != 0 || f.toggle.Visible() {
		t.Error("panel did not empty when the findings went away")
	}
}

func TestFindingsPanelLinks(t *testing.T) {
	SetupLanguage("fi")
	test.NewTempApp(t)
	list := []programme.Finding{{Code: "a", Ref: "member:1"}, {Code: "b"}}
	f := newFindingsPanel(func() []programme.Finding { return list }, func(fd programme.Finding) string { return fd.Code })
	var picked []string
	f.onSelect = func(fd programme.Finding) { picked = append(picked, fd.Ref) }
	f.render(list)
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
