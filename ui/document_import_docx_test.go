package ui

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	"fi.kotoutus/kotoutus/export"
	"fi.kotoutus/kotoutus/programme"
)

// TestImportOffersAndReadsDOCX: the open dialog offers Word files and the
// import flow plans one through the same review as Markdown.
func TestImportOffersAndReadsDOCX(t *testing.T) {
	if !slices.Contains(importExtensions, ".docx") {
		t.Errorf("the import dialog does not offer .docx: %v", importExtensions)
	}
	m, _ := newTestWindow(t)
	openDemo(t, m)
	quietSession(m)
	f := &importFlow{v: m.editor}
	var buf bytes.Buffer
	if err := export.DOCX(&buf, m.editor.session.Programme(), m.editor.tpl, export.Options{Language: "fi"}); err != nil {
		t.Fatal(err)
	}
	plan, err := f.plan(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	exact := 0
	for _, e := range plan.Entries {
		if e.Match == programme.MatchExact {
			exact++
		}
	}
	if exact < 8 {
		t.Errorf("only %d parts of the Word file found their element", exact)
	}
	rv := newImportReview(plan, "vanha.docx")
	if rv.summary.Text == "" {
		t.Errorf("the review has no summary")
	}
	if _, err := f.plan(bytes.NewReader([]byte("PK\x03\x04rikki"))); !errors.Is(err, programme.ErrDOCXNotDocx) || DescribeImport(err) == "" {
		t.Errorf("a broken Word file: %v", err)
	}
}
