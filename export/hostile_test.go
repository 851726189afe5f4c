package export

import (
	"io"
	"strings"
	"testing"
)

// hostileDraft is valid Markdown built to make layout work hard: lists and
// quotes nested depth deep with a long paragraph at the bottom, and one
// word of wordLen runes.
func hostileDraft(depth, words, wordLen int) string {
	var b strings.Builder
	pre := ""
	for i := 0; i < depth; i++ {
		b.WriteString(pre + "- kohta\n")
		pre += "  > "
	}
	b.WriteString(pre + strings.Repeat("kotoutumisohjelman toimenpide ", words/2) + "\n\n")
	b.WriteString(strings.Repeat("x", wordLen) + "\n")
	return b.String()
}

// TestHostileDraftExportsInBoundedPages exports drafts nested deeper than
// the page is wide and a very long word. Before indents were capped, every
// letter of the deep paragraph became a line of its own (thousands of
// pages); before long words were split in linear time, the word alone took
// minutes. The bounds are generous and machine-independent: pages and
// allocations, not time.
func TestHostileDraftExportsInBoundedPages(t *testing.T) {
	p, tpl := demo(t)
	base, err := PDF(io.Discard, p, tpl, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	p.Document.Sections[0].Draft = hostileDraft(40, 2000, 30000)
	var rep Report
	allocs := testing.AllocsPerRun(1, func() {
		if rep, err = PDF(io.Discard, p, tpl, testOptions()); err != nil {
			t.Fatal(err)
		}
	})
	// 2,000 words are about 5 pages and 30,000 letters about 8 at full
	// width; allow three times that.
	if extra := rep.Pages - base.Pages; extra > 40 {
		t.Errorf("hostile draft adds %d pages", extra)
	}
	if allocs > 2e6 {
		t.Errorf("hostile draft export made %.0f allocations", allocs)
	}
	t.Logf("hostile draft: %d pages (demo %d), %.0f allocations", rep.Pages, base.Pages, allocs)
}
