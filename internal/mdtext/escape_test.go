package mdtext_test

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"

	"fi.kotoutus/kotoutus/internal/mdtext"
)

func TestInlineReadsBackAsTyped(t *testing.T) {
	for _, in := range []string{
		"*tärkeä* [linkki](javascript:alert(1)) <b>lihava</b>",
		"# ei otsikko", "- ei lista", "1. ei lista", "2.3.2026 on päivä",
		"a | b", "`koodi`", "&amp; &#38; AT&T", "~~yliviivattu~~", "rivi\nkatko",
	} {
		src := []byte(mdtext.Inline(in))
		doc := mdtext.Parse(src)
		p := doc.FirstChild()
		if doc.ChildCount() != 1 || p.Kind() != ast.KindParagraph {
			t.Errorf("%q: %d blocks, first %v", in, doc.ChildCount(), p.Kind())
			continue
		}
		for c := p.FirstChild(); c != nil; c = c.NextSibling() {
			if c.Kind() != ast.KindText {
				t.Errorf("%q: inline %s node", in, c.Kind())
			}
		}
		if got, want := mdtext.Plain(p, src), mdtext.OneLine(in); got != want {
			t.Errorf("%q read back as %q, want %q", in, got, want)
		}
	}
}

func TestParseDialect(t *testing.T) {
	src := []byte("| a | b |\n|---|---|\n| 1 | ~~2~~ |\n\nhttps://kotoutuminen.fi\n")
	kinds := map[string]bool{}
	_ = ast.Walk(mdtext.Parse(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			kinds[n.Kind().String()] = true
		}
		return ast.WalkContinue, nil
	})
	for _, k := range []string{"Table", "Strikethrough", "AutoLink"} {
		if !kinds[k] {
			t.Errorf("no %s node in %v", k, kinds)
		}
	}
}

func TestRawHTMLNotRendered(t *testing.T) {
	var b strings.Builder
	if err := mdtext.Markdown.Convert([]byte("<script>alert(1)</script>\n\nTeksti <b onclick=x>lihava</b>\n"), &b); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "<script") || strings.Contains(b.String(), "onclick") {
		t.Errorf("raw HTML rendered: %s", b.String())
	}
}
