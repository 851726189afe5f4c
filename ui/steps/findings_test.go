package steps

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

// panelTexts opens the panel's list if needed and returns its rows' texts.
func panelTexts(f *findingsPanel) []string {
	if !f.panel.IsOpen() {
		f.panel.Toggle()
	}
	return f.panel.ListTexts()
}

func TestFindingsPanel(t *testing.T) {
	i18n.Setup("fi")
	test.NewTempApp(t)
	var list []programme.Finding
	f := newFindingsPanel(func() []programme.Finding { return list },
		func(fd programme.Finding) string { return fd.Code + ":" + fd.Subject })
	summary := func() string { return f.panel.ToggleButton().Text }

	if got := summary(); got != "Ei puutteita tässä vaiheessa." {
		t.Errorf("empty summary = %q", got)
	}
	empty := f.content.MinSize().Height

	list = []programme.Finding{{Code: "a", Subject: "x"}, {Code: "b"}}
	f.refresh()
	if got := summary(); got != "2 puutetta – näytä" {
		t.Errorf("summary = %q", got)
	}
	if f.panel.IsOpen() {
		t.Error("the list opened by itself")
	}
	closed := f.content.MinSize().Height
	if closed != empty {
		t.Errorf("closed panel with findings is %v high, without %v: it must not jump", closed, empty)
	}

	// More findings while typing keep the closed panel one line high.
	list = nil
	for i := range 16 {
		list = append(list, programme.Finding{Code: fmt.Sprint(i)})
	}
	f.refresh()
	if h := f.content.MinSize().Height; h != closed {
		t.Errorf("16 findings made the closed panel %v high, want %v", h, closed)
	}
	list = list[:1]
	f.refresh()
	if got := summary(); got != "1 puute – näytä" {
		t.Errorf("summary = %q", got)
	}

	list = []programme.Finding{{Code: "a", Subject: "x"}, {Code: "b"}}
	f.refresh()
	if got := fmt.Sprint(panelTexts(f)); got != "[• a:x • b:]" {
		t.Errorf("rows = %s", got)
	}
	if got := summary(); got != "2 puutetta – piilota" {
		t.Errorf("open summary = %q", got)
	}
	if f.content.MinSize().Height <= closed {
		t.Error("opening the list did not show it")
	}
	test.Tap(f.panel.ToggleButton())
	if f.panel.IsOpen() || f.content.MinSize().Height != closed {
		t.Error("tapping the summary did not close the list")
	}

	list = nil
	f.refresh()
	if got := summary(); got != "Ei puutteita tässä vaiheessa." {
		t.Errorf("summary after fixing all = %q", got)
	}
}

func TestFindingsPanelLinks(t *testing.T) {
	i18n.Setup("fi")
	test.NewTempApp(t)
	list := []programme.Finding{{Code: "a", Ref: "member:1"}, {Code: "b"}}
	f := newFindingsPanel(func() []programme.Finding { return list }, func(fd programme.Finding) string { return fd.Code })
	if f.panel.Rows()[0].Open != nil {
		t.Fatal("finding without onSelect opens something")
	}
	var picked []string
	f.onSelect = func(fd programme.Finding) { picked = append(picked, fd.Ref) }
	f.refresh() // same findings, but now they can be links
	panelTexts(f)
	objs := f.panel.Content.(*fyne.Container).Objects[1].(*fyne.Container).Objects[1].(*fyne.Container).Objects
	link, ok := objs[0].(*widget.Hyperlink)
	if !ok {
		t.Fatalf("finding with a ref is %T, want a link", objs[0])
	}
	if _, ok := objs[1].(*widget.Label); !ok {
		t.Errorf("finding without a ref is %T, want a label", objs[1])
	}
	link.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace}) // a tap needs laid-out text; the key runs the same action
	if fmt.Sprint(picked) != "[member:1]" {
		t.Errorf("tapping the link selected %v", picked)
	}
}
