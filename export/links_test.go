package export

import (
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// TestMarkdownLinksAreSafe exports drafts with links of every kind to
// Markdown, parses the result as a Markdown viewer would and checks that
// only web and mail addresses and places in the document are links, and
// that the text of every other link is still there.
func TestMarkdownLinksAreSafe(t *testing.T) {
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Järvilahti"}, "Ohjelma", 2026, 2029)
	p.Document.Sections[0].Draft = strings.Join([]string{
		"[verkko](https://example.org/a) [posti](mailto:kotoutus@example.org) [tänne](#johdanto)",
		"[js](javascript:alert(1)) [*tiedosto*](file:///etc/passwd) [data](data:text/html,x) [jako](smb://palvelin/jako)",
		"[suhteellinen](../salainen.pdf) **[juuri](/etc/shadow)** <javascript:alert(2)> <file:///c:/x>",
		"[viite][v] ja [v]\n\n[v]: javascript:alert(3)",
		"`[koodi](javascript:x)` ja [![kuva](https://example.org/k.png)](javascript:alert(4))",
	}, "\n\n")
	var b strings.Builder
	if err := Markdown(&b, p, tpl, testOptions()); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	src := []byte(md)
	var dests []string
	_ = ast.Walk(parseMarkdown(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch l := n.(type) {
		case *ast.Link:
			dests = append(dests, string(l.Destination))
		case *ast.AutoLink:
			dests = append(dests, string(l.URL(src)))
		}
		return ast.WalkContinue, nil
	})
	var external []string
	for _, d := range dests {
		if !strings.HasPrefix(d, "#") {
			external = append(external, d)
		}
	}
	slices.Sort(external)
	// The title block names the template's checklist page, a link the app
	// writes itself.
	want := []string{"https://example.org/a", tpl.Source.URL, "mailto:kotoutus@example.org"}
	slices.Sort(want)
	if !slices.Equal(external, want) {
		t.Errorf("links in the Markdown go to %q, want only %q", external, want)
	}
	if !slices.Contains(dests, "#johdanto") {
		t.Error("the link to a section is gone")
	}
	for _, s := range []string{"js", "tiedosto", "data", "jako", "suhteellinen", "juuri", "javascript:alert(2)", "viite", "`[koodi](javascript:x)`", "kuva"} {
		if !strings.Contains(md, s) {
			t.Errorf("the text %q is gone from the Markdown", s)
		}
	}
}
