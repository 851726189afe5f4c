package export

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// exportHTML writes p as HTML. With KOTOUTUS_KEEP_HTML set to a folder the
// page is also kept there as name.html, to be looked at.
func exportHTML(t testing.TB, p *programme.Programme, tpl *checklist.Template, name string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := Write(&buf, "html", p, tpl, testOptions(), nil); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("KOTOUTUS_KEEP_HTML"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name+".html"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

// checkPage checks the structure every exported page must have and returns
// the parsed page.
func checkPage(t *testing.T, page []byte) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	root := firstElement(doc, "html")
	if root == nil || attr(root, "lang") != "fi" {
		t.Errorf("html element without lang=\"fi\"")
	}
	if ti := firstElement(doc, "title"); ti == nil || strings.TrimSpace(textOf(ti)) == "" {
		t.Errorf("no title")
	}
	body := firstElement(doc, "body")
	for _, tag := range []string{"header", "nav", "main", "footer"} {
		n := 0
		for _, e := range elements(doc, tag) {
			if e.Parent == body {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d <%s> landmarks in body, want 1", n, tag)
		}
	}
	ids := map[string]bool{}
	var links []string
	last := 0
	for _, e := range elements(doc, "") {
		if id := attr(e, "id"); id != "" {
			if ids[id] {
				t.Errorf("id %q used twice", id)
			}
			ids[id] = true
		}
		switch e.Data {
		case "h1", "h2", "h3", "h4", "h5", "h6":
			level := int(e.Data[1] - '0')
			if last == 0 && level != 1 || level > last+1 {
				t.Errorf("heading %q at level %d after level %d", textOf(e), level, last)
			}
			last = level
			if attr(e, "id") == "" {
				t.Errorf("heading %q has no anchor", textOf(e))
			}
		case "a":
			href := attr(e, "href")
			if !safeHref(href) {
				t.Errorf("unsafe link %q", href)
			}
			if strings.HasPrefix(href, "#") {
				links = append(links, href[1:])
			}
		case "th":
			if s := attr(e, "scope"); s != "col" && s != "row" {
				t.Errorf("th %q without scope", textOf(e))
			}
		case "table":
			if c := firstElement(e, "caption"); c == nil || strings.TrimSpace(textOf(c)) == "" {
				t.Errorf("table without caption")
			}
			if len(elements(e, "th")) == 0 {
				t.Errorf("table without header cells")
			}
		case "script", "link", "iframe", "object", "embed", "audio", "video", "source", "base", "form":
			t.Errorf("page has a <%s>", e.Data)
		case "img":
			if !strings.HasPrefix(attr(e, "src"), "data:image/") {
				t.Errorf("image loads %q", attr(e, "src"))
			}
			if _, ok := attrOK(e, "alt"); !ok {
				t.Errorf("image without alt")
			}
		}
		for _, a := range e.Attr {
			if strings.HasPrefix(a.Key, "on") || a.Key == "style" || a.Key == "srcset" {
				t.Errorf("<%s> has attribute %s", e.Data, a.Key)
			}
		}
	}
	if len(links) == 0 {
		t.Errorf("no internal links")
	}
	for _, l := range links {
		if !ids[l] {
			t.Errorf("link #%s goes nowhere", l)
		}
	}
	return doc
}

// safeHref tells whether a link is one the page may have.
func safeHref(href string) bool {
	for _, p := range []string{"#", "https://", "http://", "mailto:"} {
		if strings.HasPrefix(href, p) && len(href) > len(p) {
			return true
		}
	}
	return false
}

func TestHTMLDemo(t *testing.T) {
	p, tpl := demo(t)
	doc := checkPage(t, exportHTML(t, p, tpl, "demo"))
	// Every section is in the contents, linked to its heading.
	nav := firstElement(doc, "nav")
	var toc []string
	for _, a := range elements(nav, "a") {
		toc = append(toc, textOf(a))
	}
	var sections []string
	for _, s := range elements(firstElement(doc, "main"), "section") {
		h := firstElement(s, "h2")
		if h == nil || attr(s, "aria-labelledby") != attr(h, "id") {
			t.Fatalf("section without its h2")
		}
		sections = append(sections, textOf(h))
	}
	// The sections, the measures timeline and the appendix.
	if want := len(p.Document.Sections) + 2; len(sections) != want || !slices.Equal(toc, sections) {
		t.Errorf("contents %q, sections %q (want %d)", toc, sections, want)
	}
	// The tables are the Markdown export's tables, cell for cell.
	var md bytes.Buffer
	if err := Markdown(&md, p, tpl, testOptions()); err != nil {
		t.Fatal(err)
	}
	o := parseOutline(t, md.Bytes())
	tables := elements(doc, "table")
	if len(tables) != len(o.tables) {
		t.Fatalf("%d tables, the Markdown has %d", len(tables), len(o.tables))
	}
	for i, tb := range tables {
		var header []string
		for _, th := range elements(firstElement(tb, "thead"), "th") {
			header = append(header, textOf(th))
		}
		if !slices.Equal(header, o.tables[i].header) {
			t.Errorf("table %d header %q, want %q", i, header, o.tables[i].header)
		}
		if rows := elements(firstElement(tb, "tbody"), "tr"); len(rows) != len(o.tables[i].rows) {
			t.Errorf("table %d: %d rows, want %d", i, len(rows), len(o.tables[i].rows))
		}
	}
	// The title block's checklist address is a link.
	if u := tpl.Source.URL; u != "" {
		found := false
		for _, a := range elements(firstElement(doc, "header"), "a") {
			found = found || attr(a, "href") == u
		}
		if !found {
			t.Errorf("the header has no link to %s", u)
		}
	}
	text := textOf(firstElement(doc, "main"))
	for _, want := range []string{"Maahanmuuttaneiden työllisyys paranee.", "Keskeiset tunnusluvut", "912\u00a0henkilöä"} {
		if !strings.Contains(text, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func TestHTMLLinksAndHostileText(t *testing.T) {
	p, tpl := hostileProgramme(t)
	// Unnumbered, the heading's anchor is "#linkit" (numbered it would
	// be "#51-linkit"; TestHeadingLinks covers that).
	p.Document.Layout.Unnumbered = true
	p.Document.Sections[4].Draft = "### Linkit\n\n" +
		"[ohje](https://kotoutuminen.fi/ohje) [posti](mailto:koordinaattori@kunta.fi) " +
		"[paha](javascript:alert(1)) [data](data:text/html,x) [tiedosto](file:///etc/passwd) " +
		"[ftp](ftp://kunta.fi) [tyhjä]() [sisäinen](#linkit) [puuttuva](#ei-ole) " +
		"<https://www.kunta.fi> www.kunta.fi/sivu info@kunta.fi ![kuva](https://kunta.fi/kuva.png)\n\n" +
		"<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>"
	page := exportHTML(t, p, tpl, "hostile")
	doc := checkPage(t, page)
	hrefs := map[string]string{}
	for _, a := range elements(doc, "a") {
		hrefs[textOf(a)] = attr(a, "href")
	}
	for text, want := range map[string]string{
		"ohje": "https://kotoutuminen.fi/ohje", "posti": "mailto:koordinaattori@kunta.fi", "sisäinen": "#linkit",
		"https://www.kunta.fi": "https://www.kunta.fi", "www.kunta.fi/sivu": "http://www.kunta.fi/sivu", "info@kunta.fi": "mailto:info@kunta.fi",
	} {
		if hrefs[text] != want {
			t.Errorf("link %q goes to %q, want %q", text, hrefs[text], want)
		}
	}
	main := textOf(firstElement(doc, "main"))
	for _, text := range []string{"paha", "data", "tiedosto", "ftp", "tyhjä", "puuttuva", "kuva"} {
		if _, isLink := hrefs[text]; isLink {
			t.Errorf("%q became a link to %q", text, hrefs[text])
		}
		if !strings.Contains(main, text) {
			t.Errorf("the text %q is gone", text)
		}
	}
	// checkPage has refused script elements, event attributes and images
	// from elsewhere.
	// Typed names are text: every measure's name is in a cell as typed.
	for _, h := range hostile {
		if want := oneLine(h); want != "" && !strings.Contains(main, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

// elements returns the element descendants of n with the given tag (any
// tag for ""), in document order.
func elements(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	if n == nil {
		return nil
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (tag == "" || c.Data == tag) {
				out = append(out, c)
			}
			walk(c)
		}
	}
	walk(n)
	return out
}

func firstElement(n *html.Node, tag string) *html.Node {
	if es := elements(n, tag); len(es) > 0 {
		return es[0]
	}
	return nil
}

func attrOK(n *html.Node, name string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val, true
		}
	}
	return "", false
}
