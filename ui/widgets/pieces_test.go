package widgets_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/ui/widgets"
)

// draft returns about n words in paragraphs of 120 words.
func draft(n int) string {
	words := strings.Fields("Kunta edistää kotoutumista yhdessä hyvinvointialueen järjestöjen ja työvoimapalvelujen kanssa niin että jokainen uusi asukas saa tietoa")
	var b strings.Builder
	for i := range n {
		b.WriteString(words[i%len(words)])
		if i%120 == 119 {
			b.WriteString(".\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func TestSplitPiecesRoundTrip(t *testing.T) {
	for _, text := range []string{"", "yksi", "a\n\nb", draft(3000), "a\n\n\n\nb\n", strings.Repeat("sana ", 600)} {
		parts := widgets.SplitPieces(text, 250)
		if got := strings.Join(parts, "\n\n"); got != text {
			t.Errorf("split and join changed %q… to %q…", text[:min(20, len(text))], got[:min(20, len(got))])
		}
		for _, p := range parts[:len(parts)-1] {
			if n := len(strings.Fields(p)); n > 250 && strings.Contains(p, "\n\n") {
				t.Errorf("a piece of %d words holds several paragraphs", n)
			}
		}
	}
	if n := len(widgets.SplitPieces(draft(3000), 250)); n < 10 {
		t.Errorf("3,000 words in %d pieces, want at least 10", n)
	}
}

func TestPiecedEntryEditsWrapped(t *testing.T) {
	test.NewTempApp(t)
	p := widgets.NewPiecedEntry()
	w := test.NewTempWindow(t, p.Page)
	w.Resize(fyne.NewSize(700, 500))
	text := draft(3000)
	var got string
	p.OnChanged = func(s string) { got = s }
	p.SetText(text)
	if p.Text() != text || got != "" {
		t.Fatal("SetText changed the text or reported a change")
	}
	for _, e := range p.Pieces() {
		if e.Wrapping != fyne.TextWrapWord {
			t.Fatal("a piece is not word-wrapped")
		}
	}
	second := p.Pieces()[1]
	w.Canvas().Focus(second)
	second.CursorRow, second.CursorColumn = 0, 0
	second.TypedRune('X')
	parts := widgets.SplitPieces(text, widgets.PieceWords)
	parts[1] = "X" + parts[1]
	if want := strings.Join(parts, "\n\n"); got != want || p.Text() != want {
		t.Error("typing in the second piece did not come back as the whole text with one letter more")
	}
	// Each piece is as tall as its wrapped text, so the page, not the
	// piece, scrolls: the pieces together are far taller than the window.
	if h := p.Page.Scroll.Content.MinSize().Height; h < 2000 {
		t.Errorf("3,000 wrapped words are %v px high in the page, want the whole text laid out", h)
	}
}

// BenchmarkPiecedKeystroke is one keystroke in a 3,000-word text edited
// wrapped in pieces; compare BenchmarkWrappedEntryKeystroke.
func BenchmarkPiecedKeystroke(b *testing.B) {
	test.NewTempApp(b)
	p := widgets.NewPiecedEntry()
	w := test.NewTempWindow(b, p.Page)
	w.Resize(fyne.NewSize(700, 500))
	p.OnChanged = func(string) {}
	p.SetText(draft(3000))
	e := p.Pieces()[len(p.Pieces())/2]
	w.Canvas().Focus(e)
	b.ResetTimer()
	for range b.N {
		e.TypedRune('a')
	}
}

// BenchmarkWrappedEntryKeystroke is one keystroke in a 3,000-word text in
// one word-wrapped Entry, the editor that PiecedEntry replaces for long
// texts.
func BenchmarkWrappedEntryKeystroke(b *testing.B) {
	test.NewTempApp(b)
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	w := test.NewTempWindow(b, e)
	w.Resize(fyne.NewSize(700, 500))
	e.SetText(draft(3000))
	w.Canvas().Focus(e)
	b.ResetTimer()
	for range b.N {
		e.TypedRune('a')
	}
}
