package steps

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
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

// BenchmarkDraftKeystroke measures one keystroke in the drafting view with
// everything it sets off: the entry, the session edit, the section's line
// in the list, the word counts and the findings (the preview waits for the
// pause and is not included). The draft is opened as the user opens it, so
// a long one is edited wrapped in pieces; "oneEntry" forces the whole draft
// into one wrapped Entry for comparison.
func BenchmarkDraftKeystroke(b *testing.B) {
	for _, c := range []struct {
		words    int
		oneEntry bool
	}{{300, false}, {1000, false}, {3000, false}, {3000, true}} {
		name := fmt.Sprintf("%dwords", c.words)
		if c.oneEntry {
			name += "-oneEntry"
		}
		b.Run(name, func(b *testing.B) {
			m, _ := newTestWindow(b)
			openDemo(b, m)
			step, _ := m.editor.tpl.Step("document")
			e := newDocEditor(NewContext(m.editor, step))
			e.form.schedule = func(time.Duration, func()) func() { return func() {} }
			m.win.SetContent(e.content)
			m.win.Resize(fyne.NewSize(1366, 768))
			id := e.form.id
			m.editor.edit(func(p *programme.Programme) { p.Document.Section(id).Draft = longDraft(c.words) })
			e.form.load(id)
			var into interface{ TypedRune(rune) } = e.form.draft.Entry
			if c.oneEntry {
				e.form.draft.SetText(longDraft(c.words), false)
			} else if e.form.draft.IsPieced() {
				pieces := e.form.draft.Pieced.Pieces()
				into = pieces[len(pieces)/2]
			}
			b.ResetTimer()
			cpu := cpuTime()
			for i := 0; i < b.N; i++ {
				into.TypedRune('a')
			}
			// The process's CPU time per keystroke: unlike ns/op it does not
			// grow when other programs load the machine.
			b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
