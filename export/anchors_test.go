package export

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/mdtext"
	"fi.kotoutus/kotoutus/programme"
)

// headingLinks are links a user writes to headings by their names, which
// the numbered document prints as "N Vastuut" and "N.1 Kumppanit": by the
// name, by a sub-heading's name, in capitals, with a number from before
// the sections moved. "puuttuva" names no heading.
var headingLinks = map[string]bool{"nimella": true, "alaotsikko": true, "isolla": true, "vanhanumero": true, "puuttuva": false}

func headingLinkProgramme(numbered bool) (*programme.Programme, *checklist.Template) {
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Järvilahti"}, "Ohjelma", 2026, 2029)
	p.Document.Layout.Unnumbered = !numbered
	p.Document.Sections[0].Draft = "Katso [nimella](#vastuut), [alaotsikko](#kumppanit), [isolla](#Kumppanit), " +
		"[vanhanumero](#9-vastuut) ja [puuttuva](#ei-ole)."
	p.Document.Sections[2].Title = "Vastuut"
	p.Document.Sections[2].Draft = "Vastuut jaetaan.\n\n### Kumppanit\n\nKumppanit ovat mukana."
	return p, tpl
}

// TestHeadingLinks checks that links to the document's own headings reach
// them in every format whether the headings are numbered or not.
func TestHeadingLinks(t *testing.T) {
	for _, numbered := range []bool{true, false} {
		name := "unnumbered"
		if numbered {
			name = "numbered"
		}
		t.Run(name+"/markdown", func(t *testing.T) {
			p, tpl := headingLinkProgramme(numbered)
			var b strings.Builder
			if err := Markdown(&b, p, tpl, testOptions()); err != nil {
				t.Fatal(err)
			}
			src := []byte(b.String())
			root := parseMarkdown(src)
			anchors := map[string]bool{}
			sl := newSlugger()
			dests := map[string]string{}
			_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
				if !entering {
					return ast.WalkContinue, nil
				}
				switch n := n.(type) {
				case *ast.Heading:
					anchors[sl.Slug(mdtext.Plain(n, src))] = true
					return ast.WalkSkipChildren, nil
				case *ast.Link:
					dests[mdtext.Plain(n, src)] = string(n.Destination)
				}
				return ast.WalkContinue, nil
			})
			for text, reaches := range headingLinks {
				frag, ok := strings.CutPrefix(dests[text], "#")
				if !ok {
					t.Errorf("link %q: destination %q", text, dests[text])
					continue
				}
				if anchors[frag] != reaches {
					t.Errorf("link %q goes to #%s; a heading there: %v, want %v", text, frag, anchors[frag], reaches)
				}
			}
			if numbered && dests["alaotsikko"] == "#kumppanit" {
				t.Error("the link to the numbered sub-heading was not resolved")
			}
		})
		t.Run(name+"/html", func(t *testing.T) {
			p, tpl := headingLinkProgramme(numbered)
			doc := checkPage(t, exportHTML(t, p, tpl, "headinglinks"))
			ids := map[string]bool{}
			for _, h := range append(elements(doc, "h2"), elements(doc, "h3")...) {
				ids[attr(h, "id")] = true
			}
			hrefs := map[string]string{}
			for _, a := range elements(doc, "a") {
				hrefs[textOf(a)] = attr(a, "href")
			}
			for text, reaches := range headingLinks {
				href, isLink := hrefs[text]
				if isLink != reaches {
					t.Errorf("%q is a link: %v, want %v", text, isLink, reaches)
				}
				if reaches && !ids[strings.TrimPrefix(href, "#")] {
					t.Errorf("link %q goes to %q, which no heading has", text, href)
				}
			}
		})
		t.Run(name+"/docx", func(t *testing.T) {
			p, tpl := headingLinkProgramme(numbered)
			_, data := writeDOCX(t, p, tpl, t.TempDir(), "links.docx")
			body := docxParts(t, data)["word/document.xml"]
			marks := map[string]bool{}
			for _, m := range regexp.MustCompile(`<w:bookmarkStart w:id="\d+" w:name="([^"]+)"/>`).FindAllStringSubmatch(body, -1) {
				marks[m[1]] = true
			}
			link := regexp.MustCompile(`<w:hyperlink w:anchor="([^"]+)">((?:<w:r>.*?</w:r>)+?)</w:hyperlink>`)
			found := map[string]bool{}
			for _, m := range link.FindAllStringSubmatch(body, -1) {
				for text := range headingLinks {
					if strings.Contains(m[2], ">"+text+"<") {
						found[text] = true
						if !marks[m[1]] {
							t.Errorf("link %q goes to bookmark %q, which no heading has", text, m[1])
						}
					}
				}
			}
			for text, reaches := range headingLinks {
				if found[text] != reaches {
					t.Errorf("%q is a link: %v, want %v", text, found[text], reaches)
				}
			}
		})
		t.Run(name+"/pdf", func(t *testing.T) {
			p, tpl := headingLinkProgramme(numbered)
			var buf bytes.Buffer
			if _, err := PDF(&buf, p, tpl, testOptions()); err != nil {
				t.Fatal(err)
			}
			// The link annotations are in the uncompressed update.
			for text, reaches := range headingLinks {
				annot := regexp.MustCompile(`/Contents \(` + text + `\)( /Dest \[\d+ 0 R /XYZ 0 [0-9.]+ null\])?`).FindSubmatch(buf.Bytes())
				switch {
				case reaches && (annot == nil || len(annot[1]) == 0):
					t.Errorf("link %q has no destination in the PDF", text)
				case !reaches && annot != nil:
					t.Errorf("%q became a link", text)
				}
			}
		})
	}
}
