package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// longDraft returns a draft of about n words in paragraphs, like a long
// section of a real programme.
func longDraft(n int) string {
	words := strings.Fields("Kunta edistää kotoutumista yhdessä hyvinvointialueen järjestöjen ja työvoimapalvelujen kanssa niin että jokainen uusi asukas saa tietoa palveluista omalla kielellään")
	var b strings.Builder
	for i := range n {
		b.WriteString(words[i%len(words)])
		switch {
		case i%120 == 119:
			b.WriteString(".\n\n")
		case i%15 == 14:
			b.WriteString(". ")
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func benchEntry(b *testing.B, wrap fyne.TextWrap, op string, words int) {
	a := test.NewTempApp(b)
	_ = a
	text := longDraft(words)
	e := widget.NewMultiLineEntry()
	e.Wrapping = wrap
	w := test.NewTempWindow(b, e)
	w.Resize(fyne.NewSize(700, 500))
	if op == "type" {
		e.SetText(text)
		e.CursorRow = 0
		e.CursorColumn = 0
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		switch op {
		case "settext":
			e.SetText(text + strings.Repeat("x", i%2))
		case "type":
			e.TypedRune('a')
		}
	}
}

func BenchmarkEntry(b *testing.B) {
	for _, n := range []int{500, 1000, 3000, 6000} {
		for _, w := range []struct {
			name string
			wrap fyne.TextWrap
		}{{"wrapWord", fyne.TextWrapWord}, {"wrapOff", fyne.TextWrapOff}} {
			for _, op := range []string{"settext", "type"} {
				b.Run(fmt.Sprintf("%s/%s/%dwords", op, w.name, n), func(b *testing.B) { benchEntry(b, w.wrap, op, n) })
			}
		}
	}
}

func BenchmarkPreview(b *testing.B) {
	for _, n := range []int{1000, 3000} {
		b.Run(fmt.Sprintf("%dwords", n), func(b *testing.B) {
			test.NewTempApp(b)
			text := longDraft(n)
			r := widget.NewRichTextFromMarkdown("")
			r.Wrapping = fyne.TextWrapWord
			w := test.NewTempWindow(b, r)
			w.Resize(fyne.NewSize(600, 500))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				r.ParseMarkdown(text + strings.Repeat("x", i%2))
			}
		})
	}
}
