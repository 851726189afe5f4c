package steps

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2/test"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// TestFindingsPanelItems checks what the adapter hands the widget: each
// finding translated, with its severity, and a link exactly when it points
// at a row and the step can open rows; refresh picks up new findings.
func TestFindingsPanelItems(t *testing.T) {
	i18n.Setup("fi")
	test.NewTempApp(t)
	list := []programme.Finding{
		{Code: "a", Ref: "member:1", Severity: programme.SeverityError},
		{Code: "b", Subject: "x", Severity: programme.SeverityHint},
		{Code: "c", Ref: "goal:2"},
	}
	var picked []string
	f := newFindingsPanel(func() []programme.Finding { return list },
		func(fd programme.Finding) string { return fd.Code + ":" + fd.Subject },
		func(fd programme.Finding) { picked = append(picked, fd.Ref) })
	items := f.panel.Items()
	if len(items) != 3 {
		t.Fatalf("%d items, want 3", len(items))
	}
	want := []widgets.FindingItem{
		{Severity: widgets.SeverityError, Text: "a:"},
		{Severity: widgets.SeverityHint, Text: "b:x"},
		{Severity: widgets.SeverityWarning, Text: "c:"},
	}
	for i, it := range items {
		if it.Severity != want[i].Severity || it.Text != want[i].Text {
			t.Errorf("item %d = %v %q, want %v %q", i, it.Severity, it.Text, want[i].Severity, want[i].Text)
		}
	}
	if items[0].Action == nil || items[1].Action != nil || items[2].Action == nil {
		t.Error("links: want exactly the findings with a ref")
	}
	items[2].Action()
	if fmt.Sprint(picked) != "[goal:2]" {
		t.Errorf("the link selected %v", picked)
	}

	list = list[1:2]
	f.refresh()
	if len(f.Findings()) != 1 || len(f.panel.Items()) != 1 || f.panel.Items()[0].Text != "b:x" {
		t.Errorf("after refresh: findings %v, items %v", f.Findings(), f.panel.Items())
	}

	plain := newFindingsPanel(func() []programme.Finding { return list[:0] }, nil, nil)
	if got := plain.panel.ToggleButton().Text; got != "Ei puutteita tässä vaiheessa." {
		t.Errorf("empty summary = %q", got)
	}
}
