package widgets_test

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// openTexts opens the panel's list if needed and returns its rows' texts.
func openTexts(f *widgets.Findings) []string {
	if !f.IsOpen() {
		f.Toggle()
	}
	return f.ListTexts()
}

// TestFindingsHeightStableWhileTyping checks the summary line: closed, the
// panel is one line high whether it holds no finding, two or sixteen, so
// typing that adds or removes findings never moves the form below.
func TestFindingsHeightStableWhileTyping(t *testing.T) {
	i18n.Setup("fi")
	test.NewTempApp(t)
	f := widgets.NewFindings()
	summary := func() string { return f.ToggleButton().Text }

	if got := summary(); got != "Ei puutteita tässä vaiheessa." {
		t.Errorf("empty summary = %q", got)
	}
	empty := f.Content.MinSize().Height

	two := []widgets.FindingItem{{Text: "a:x"}, {Severity: widgets.SeverityError, Text: "b:"}}
	f.Set(two)
	if got := summary(); got != "2 puutetta – näytä" {
		t.Errorf("summary = %q", got)
	}
	if f.IsOpen() {
		t.Error("the list opened by itself")
	}
	closed := f.Content.MinSize().Height
	if closed != empty {
		t.Errorf("closed panel with findings is %v high, without %v: it must not jump", closed, empty)
	}

	var many []widgets.FindingItem
	for i := range 16 {
		many = append(many, widgets.FindingItem{Text: fmt.Sprint(i)})
	}
	f.Set(many)
	if h := f.Content.MinSize().Height; h != closed {
		t.Errorf("16 findings made the closed panel %v high, want %v", h, closed)
	}
	f.Set(many[:1])
	if got := summary(); got != "1 puute – näytä" {
		t.Errorf("summary = %q", got)
	}

	f.Set(two)
	if got := fmt.Sprint(openTexts(f)); got != "[a:x b:]" {
		t.Errorf("rows = %s", got)
	}
	if got := summary(); got != "2 puutetta – piilota" {
		t.Errorf("open summary = %q", got)
	}
	open := f.Content.MinSize().Height
	if open <= closed {
		t.Error("opening the list did not show it")
	}
	// The same findings again, as after a keystroke that changed none:
	// the open list keeps its height and stays open.
	f.Set([]widgets.FindingItem{{Text: "a:x"}, {Severity: widgets.SeverityError, Text: "b:"}})
	if !f.IsOpen() || f.Content.MinSize().Height != open {
		t.Error("setting the same findings again changed the open list")
	}
	test.Tap(f.ToggleButton())
	if f.IsOpen() || f.Content.MinSize().Height != closed {
		t.Error("tapping the summary did not close the list")
	}

	f.Set(nil)
	if got := summary(); got != "Ei puutteita tässä vaiheessa." {
		t.Errorf("summary after fixing all = %q", got)
	}
}

// TestFindingsLinks checks that an item with an action is a link that runs
// the action it has at the time of the tap, and one without is text.
func TestFindingsLinks(t *testing.T) {
	i18n.Setup("fi")
	test.NewTempApp(t)
	f := widgets.NewFindings()
	var picked []string
	items := func(tag string) []widgets.FindingItem {
		return []widgets.FindingItem{{Text: "a", Action: func() { picked = append(picked, tag) }}, {Text: "b"}}
	}
	f.Set(items("first"))
	openTexts(f)
	rows := f.ListRows()
	link, ok := rows[0].(*widget.Hyperlink)
	if !ok {
		t.Fatalf("item with an action is %T, want a link", rows[0])
	}
	if _, ok := rows[1].(*widget.Label); !ok {
		t.Errorf("item without an action is %T, want a label", rows[1])
	}
	f.Set(items("second")) // draws the same: the link stays, its action is new
	if f.ListRows()[0] != link {
		t.Error("the same findings rebuilt the list")
	}
	link.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace}) // a tap needs laid-out text; the key runs the same action
	if fmt.Sprint(picked) != "[second]" {
		t.Errorf("tapping the link ran %v, want the latest action", picked)
	}
}
