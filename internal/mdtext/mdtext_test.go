package mdtext_test

import (
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"fi.kotoutus/kotoutus/internal/mdtext"
)

func TestPlain(t *testing.T) {
	cases := map[string]string{
		"# Vastuu\\-tahot &amp; *yhteistyö*":     "Vastuu-tahot & yhteistyö",
		"# `koodi` ja <https://kotoutuminen.fi>": "koodi ja https://kotoutuminen.fi",
		"# Lapset &#38; nuoret &#x2013; työ":     "Lapset & nuoret – työ",
	}
	for in, want := range cases {
		src := []byte(in)
		doc := goldmark.New().Parser().Parse(text.NewReader(src))
		h := doc.FirstChild()
		if h == nil || h.Kind() != ast.KindHeading {
			t.Fatalf("%q did not parse as a heading", in)
		}
		if got := mdtext.Plain(h, src); got != want {
			t.Errorf("Plain(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDecode(t *testing.T) {
	for in, want := range map[string]string{`a\*b`: "a*b", "&ouml;ljy": "öljy", "&nosuch;": "&nosuch;", "5 &lt; 6": "5 < 6"} {
		if got := mdtext.Decode([]byte(in)); got != want {
			t.Errorf("Decode(%q) = %q, want %q", in, got, want)
		}
	}
}
