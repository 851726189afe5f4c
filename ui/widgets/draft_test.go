package widgets

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestDraftEditor: the text set is shown in the editor asked for, read
// back unchanged from it, and a change typed in either editor reaches
// OnChanged as the whole text.
func TestDraftEditor(t *testing.T) {
	test.NewTempApp(t)
	// 40 paragraphs of 45 words, as a long section is written.
	long := strings.TrimSuffix(strings.Repeat(strings.Repeat("Sana toisensa perään. ", 15)+"\n\n", 40), "\n\n")
	cases := []struct {
		name   string
		text   string
		pieced bool
	}{
		{"short in one entry", "Lyhyt luonnos.", false},
		{"long in pieces", long, true},
		{"empty", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := NewDraftEditor()
			var got []string
			d.OnChanged = func(s string) { got = append(got, s) }
			d.SetText(c.text, c.pieced)
			if d.IsPieced() != c.pieced {
				t.Fatalf("pieced %v, want %v", d.IsPieced(), c.pieced)
			}
			if d.Text() != c.text {
				t.Fatalf("text read back differs: %d bytes, want %d", len(d.Text()), len(c.text))
			}
			if c.pieced {
				if d.Focusable() != d.Pieced.Pieces()[0] {
					t.Error("the first piece does not take the cursor")
				}
				test.Type(d.Pieced.Pieces()[0], "X")
			} else {
				if d.Focusable() != d.Entry {
					t.Error("the entry does not take the cursor")
				}
				test.Type(d.Entry, "X")
			}
			if len(got) == 0 || got[len(got)-1] != d.Text() || !strings.Contains(d.Text(), "X") {
				t.Errorf("OnChanged got %d calls, last is not the whole text with the typed X", len(got))
			}
		})
	}
	// Switching from pieces back to one entry shows the entry again.
	d := NewDraftEditor()
	d.SetText(long, true)
	d.SetText("Lyhyt.", false)
	if d.IsPieced() || d.Text() != "Lyhyt." {
		t.Errorf("after switching back: pieced %v, text %q", d.IsPieced(), d.Text())
	}
}
