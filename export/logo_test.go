package export

import (
	"bytes"
	"encoding/base64"
	"image"
	imgcolor "image/color"
	"image/png"
	"regexp"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// logoProgramme is a new programme with a crest of 160×200 pixels with a
// transparent corner, and the alternative text alt ("" for the default).
func logoProgramme(t *testing.T, alt string) (*programme.Programme, *checklist.Template) {
	t.Helper()
	tpl := checklist.Default()
	p := programme.New(tpl, []string{"Järvilahti"}, "Järvilahden kotouttamisohjelma 2026–2029", 2026, 2029)
	p.Document.Sections[0].Draft = "Järvilahti edistää kotoutumista."
	img := image.NewNRGBA(image.Rect(0, 0, 160, 200))
	for y := range 200 {
		for x := range 160 {
			a := uint8(255)
			if x < 20 && y < 20 {
				a = 0
			}
			img.SetNRGBA(x, y, imgcolor.NRGBA{R: 30, G: uint8(60 + y/2), B: 160, A: a})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	l, err := programme.NewLogo(b.Bytes(), "vaakuna.png")
	if err != nil {
		t.Fatal(err)
	}
	p.Document.SetLogo(l)
	if alt != "" {
		if err := p.Document.SetLogoAlt(alt); err != nil {
			t.Fatal(err)
		}
	}
	return p, tpl
}

// TestLogoOnTitlePage exports a programme with a logo and reads the
// picture and its alternative text back from each format: the PDF's
// Figure (pikepdf: reachable from the structure tree, with /Alt and the
// picture in its marked content), the DOCX's picture with descr, the HTML
// page's img with alt and the picture as a data URI.
func TestLogoOnTitlePage(t *testing.T) {
	for _, c := range []struct{ name, alt, want string }{
		{"default alt", "", "Järvilahti – vaakuna"},
		{"typed alt", "Järvilahden vaakuna: hopeinen lohi sinisellä kilvellä", "Järvilahden vaakuna: hopeinen lohi sinisellä kilvellä"},
	} {
		t.Run(c.name+"/pdf", func(t *testing.T) {
			p, tpl := logoProgramme(t, c.alt)
			path, _ := writePDF(t, p, tpl)
			tc := checkTags(t, path)
			if tc.ErrorCount > 0 {
				t.Errorf("%d tagging errors:\n%s", tc.ErrorCount, strings.Join(tc.Errors, "\n"))
			}
			if len(tc.Figures) != 1 || tc.Figures[0].Page != 1 || tc.Figures[0].Alt != c.want || !tc.Figures[0].Picture {
				t.Errorf("figures %+v, want one on page 1 with alt %q and its picture", tc.Figures, c.want)
			}
			if tc.Types["/Figure"] != 1 {
				t.Errorf("%d Figure elements", tc.Types["/Figure"])
			}
			if images := runTool(t, "pdfimages", "-list", path); strings.Count(images, "\n") < 3 || !strings.Contains(images, " 160   200 ") {
				t.Errorf("pdfimages does not list the 160×200 picture:\n%s", images)
			}
			if !strings.Contains(runTool(t, "pdfinfo", "-struct", path), "Figure") {
				t.Error("poppler sees no Figure")
			}
		})
		t.Run(c.name+"/docx", func(t *testing.T) {
			p, tpl := logoProgramme(t, c.alt)
			_, data := writeDOCX(t, p, tpl, t.TempDir(), "logo.docx")
			parts := docxParts(t, data)
			if parts["word/media/logo.png"] != string(p.Document.Logo.Image) {
				t.Error("the picture is not in word/media/logo.png")
			}
			m := regexp.MustCompile(`Id="(rId\d+)" Type="[^"]+/image" Target="media/logo.png"`).FindStringSubmatch(parts["word/_rels/document.xml.rels"])
			if m == nil {
				t.Fatal("no image relationship")
			}
			body := parts["word/document.xml"]
			if !strings.Contains(body, `<a:blip r:embed="`+m[1]+`"/>`) {
				t.Error("the drawing does not embed the picture's relationship")
			}
			if strings.Count(body, `descr="`+xmlEscape(c.want)+`"`) != 2 {
				t.Errorf("the drawing lacks descr %q", c.want)
			}
			if i, j := strings.Index(body, "<w:drawing>"), strings.Index(body, `w:val="Title"`); i < 0 || i > j {
				t.Error("the logo is not above the title")
			}
		})
		t.Run(c.name+"/html", func(t *testing.T) {
			p, tpl := logoProgramme(t, c.alt)
			doc := checkPage(t, exportHTML(t, p, tpl, "logo"))
			imgs := elements(firstElement(doc, "header"), "img")
			if len(imgs) != 1 {
				t.Fatalf("%d images in the header", len(imgs))
			}
			img := imgs[0]
			if attr(img, "alt") != c.want || attr(img, "width") != "160" || attr(img, "height") != "200" {
				t.Errorf("img alt %q %sx%s", attr(img, "alt"), attr(img, "width"), attr(img, "height"))
			}
			data, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(attr(img, "src"), "data:image/png;base64,"))
			if err != nil || !bytes.Equal(data, p.Document.Logo.Image) {
				t.Errorf("the data URI is not the picture: %v", err)
			}
		})
	}
}

// TestNoLogoNoFigure checks that a programme without a logo has no
// picture anywhere.
func TestNoLogoNoFigure(t *testing.T) {
	p, tpl := logoProgramme(t, "")
	p.Document.SetLogo(nil)
	path, _ := writePDF(t, p, tpl)
	if tc := checkTags(t, path); tc.Types["/Figure"] != 0 || tc.ErrorCount > 0 {
		t.Errorf("%d Figures, %d errors", tc.Types["/Figure"], tc.ErrorCount)
	}
	_, data := writeDOCX(t, p, tpl, t.TempDir(), "nologo.docx")
	if parts := docxParts(t, data); strings.Contains(parts["word/document.xml"], "<w:drawing>") || parts["word/media/logo.png"] != "" {
		t.Error("a DOCX without a logo has a picture")
	}
	if bytes.Contains(exportHTML(t, p, tpl, "nologo"), []byte("<img")) {
		t.Error("a page without a logo has an img")
	}
}
