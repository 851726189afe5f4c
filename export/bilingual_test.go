package export

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// The bilingual tests export one programme with Finnish and Swedish texts
// in both languages and read every format back with the real readers
// (pdftotext, pandoc, the HTML parser).

const (
	fiGoal   = "Maahanmuuttaneiden työllisyys paranee"
	svGoal   = "Sysselsättningen bland inflyttade förbättras"
	fiMeas   = "Kieltä tukeva työkokeilu kunnan yksiköissä"
	svMeas   = "Språkstödd arbetsprövning i kommunens enheter"
	fiLeft   = "Rekrytointitapahtumat yhdessä yritysten kanssa kahdesti vuodessa"
	svMarker = "[Översättning saknas]"
)

// bilingualDemo is the demo with Swedish as a further language, every text
// translated except the second measure's title, left missing. Where no real
// translation is given here the translation is a placeholder without the
// Finnish text, so that any Finnish left in the Swedish document is a text
// the translation did not reach.
func bilingualDemo(t *testing.T) (*programme.Programme, *checklist.Template) {
	t.Helper()
	p, tpl := demo(t)
	if err := p.AddDocLanguage("sv"); err != nil {
		t.Fatal(err)
	}
	real := map[string]string{fiGoal: svGoal, fiMeas: svMeas}
	for _, ref := range p.TranslatableTexts() {
		if ref.Main == fiLeft {
			continue
		}
		text, ok := real[ref.Main]
		if !ok {
			text = "Svensk text " + ref.RowKind + " " + ref.Field
		}
		if err := p.SetTranslation(ref.RowKind, ref.RowID, ref.Field, "sv", text); err != nil {
			t.Fatal(err)
		}
	}
	if st := p.TranslationStatus("sv"); len(st.Missing) != 1 {
		t.Fatalf("fixture: %d texts missing, want 1", len(st.Missing))
	}
	return p, tpl
}

func langOptions(lang string) Options {
	o := testOptions()
	o.Language = lang
	return o
}

func final(p *programme.Programme) *programme.Programme {
	c := p.Clone()
	c.Adoption = programme.Adoption{Status: programme.DocProposal, Body: "Kunnanvaltuusto"}
	return c
}

// exportText writes p in format id and reads the text back with the
// format's reader.
func exportText(t *testing.T, id string, p *programme.Programme, tpl *checklist.Template, opt Options) string {
	t.Helper()
	var buf bytes.Buffer
	if _, err := Write(&buf, id, p, tpl, opt, nil); err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	// The metadata names the document language.
	switch id {
	case "pdf":
		if !bytes.Contains(buf.Bytes(), []byte("/Lang ("+opt.Language+")")) {
			t.Errorf("PDF catalog without /Lang (%s)", opt.Language)
		}
	case "docx":
		if core := docxParts(t, buf.Bytes())["docProps/core.xml"]; !strings.Contains(core, "<dc:language>"+opt.Language+"-FI") {
			t.Errorf("DOCX core properties without language %s-FI", opt.Language)
		}
	}
	switch id {
	case "pdf", "docx":
		path := filepath.Join(t.TempDir(), "out."+id)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if id == "pdf" {
			// Reading order, not layout: a table cell's lines stay together.
			return runTool(t, "pdftotext", "-enc", "UTF-8", path, "-")
		}
		return pandocText(pandocRead(t, path).Blocks)
	case "html":
		doc, err := html.Parse(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if root := firstElement(doc, "html"); root == nil || attr(root, "lang") != opt.Language {
			t.Errorf("html lang is not %q", opt.Language)
		}
		return textOf(doc)
	}
	return buf.String()
}

// has tells whether the text holds s, across line breaks, hyphenation and
// Markdown's escapes.
func has(text, s string) bool {
	flat := strings.NewReplacer("-", "", "\u00ad", "", "\u2010", "", "\\", "").Replace(squeeze(text))
	return strings.Contains(flat, strings.NewReplacer("-", "", "\\", "").Replace(squeeze(s)))
}

func TestBilingualExportEveryFormat(t *testing.T) {
	p, tpl := bilingualDemo(t)
	for _, id := range []string{"pdf", "docx", "html", "md"} {
		t.Run(id, func(t *testing.T) {
			fi := exportText(t, id, p, tpl, langOptions("fi"))
			sv := exportText(t, id, p, tpl, langOptions("sv"))
			for _, c := range []struct {
				what, text, want string
				in               bool
			}{
				{"Finnish goal in fi", fi, fiGoal, true},
				{"Swedish goal in fi", fi, svGoal, false},
				{"no marker in fi", fi, "[Käännös puuttuu]", false},
				{"Finnish table header in fi", fi, "Vastuutaho", true},
				{"Swedish goal in sv", sv, svGoal, true},
				{"Swedish measure in sv", sv, svMeas, true},
				{"Finnish goal not in sv", sv, fiGoal, false},
				{"Finnish measure not in sv", sv, fiMeas, false},
				{"Swedish table header in sv", sv, "Ansvarig aktör", true},
				{"Swedish element heading in sv", sv, "Uppföljning och uppdatering", true},
				{"missing translation marked in sv draft", sv, svMarker + " " + fiLeft, true},
			} {
				if has(c.text, c.want) != c.in {
					t.Errorf("%s: contains %q = %v, want %v", c.what, c.want, !c.in, c.in)
				}
			}
			if id == "pdf" && (!has(sv, "Innehåll") || !has(sv, "sida 2 /")) {
				t.Errorf("Swedish PDF lacks its fixed texts")
			}
		})
	}
}

func TestBilingualFinalRefusedWithoutFallback(t *testing.T) {
	p, tpl := bilingualDemo(t)
	f := final(p)
	var buf bytes.Buffer
	_, err := Write(&buf, "pdf", f, tpl, langOptions("sv"), nil)
	var me *MissingTranslationsError
	if !errors.As(err, &me) || !errors.Is(err, ErrMissingTranslations) || me.Language != "sv" || len(me.Missing) != 1 || me.Missing[0].Main != fiLeft {
		t.Fatalf("final export with a missing translation: %v", err)
	}
	if buf.Len() != 0 {
		t.Errorf("a refused export wrote %d bytes", buf.Len())
	}
	if err := CheckTranslations(f, langOptions("sv")); !errors.As(err, &me) {
		t.Errorf("CheckTranslations: %v", err)
	}
	// The main language is never refused.
	if err := CheckTranslations(f, langOptions("fi")); err != nil {
		t.Errorf("main language: %v", err)
	}

	opt := langOptions("sv")
	opt.Fallback = true
	if got := FallenBack(f, opt); len(got) != 1 || got[0].Main != fiLeft {
		t.Errorf("FallenBack = %v", got)
	}
	for _, id := range []string{"pdf", "docx", "html", "md"} {
		text := exportText(t, id, f, tpl, opt)
		if !has(text, fiLeft) || has(text, svMarker) || !has(text, svGoal) {
			t.Errorf("%s with fallback: main text %v, marker %v, Swedish goal %v", id, has(text, fiLeft), has(text, svMarker), has(text, svGoal))
		}
	}
}

func TestDocLanguageDefaultsToMain(t *testing.T) {
	p, tpl := bilingualDemo(t)
	if err := p.SetMainLanguage("sv"); err != nil {
		t.Fatal(err)
	}
	opt := testOptions()
	opt.Language = ""
	md := exportText(t, "md", p, tpl, opt)
	if !has(md, svGoal) || has(md, fiGoal) {
		t.Errorf("default language of a Swedish programme is not Swedish")
	}
	// The former main language is a further one now, with the Finnish
	// texts as its translations, and the one text never translated shows
	// as missing in Finnish: it was Finnish all along.
	fi := exportText(t, "md", p, tpl, langOptions("fi"))
	if !has(fi, fiGoal) || !has(fi, "[Käännös puuttuu] "+fiLeft) {
		t.Errorf("Finnish document after the swap: goal %v", has(fi, fiGoal))
	}
}

func TestSectionPreviewInLanguage(t *testing.T) {
	p, tpl := bilingualDemo(t)
	var goals string
	for _, s := range p.Document.Sections {
		if s.Shows(programme.BlockGoals) {
			goals = s.ID
		}
	}
	if got := SectionMarkdown(p, tpl, goals, langOptions("sv")); !strings.Contains(got, svGoal) || strings.Contains(got, svMarker) {
		t.Errorf("Swedish preview: %.200q", got)
	}
	// A language the programme is not written in shows its content.
	if got := SectionMarkdown(p, tpl, goals, langOptions("en")); !strings.Contains(got, fiGoal) {
		t.Errorf("English preview of a fi+sv programme: %.200q", got)
	}
}
