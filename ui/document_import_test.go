package ui

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
)

func TestImportReviewAndApply(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	quietSession(m)
	f := &importFlow{v: m.editor}
	src := "# Vanha ohjelma\n\n## 3. Vastuutahot\n\nSivistysjohtaja vastaa.\n\n## Seuranta\n\nKerran vuodessa.\n\n## Liitteet\n\nLiite 1.\n"
	plan, err := f.plan(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	rv := newImportReview(plan, "vanha.md")
	if !strings.Contains(rv.summary.Text, "vanha.md") || !strings.Contains(rv.summary.Text, "2 osion nykyinen teksti korvataan") {
		t.Errorf("summary = %q", rv.summary.Text)
	}
	if rv.summary.Importance != widget.WarningImportance {
		t.Error("replacing drafts should be a warning")
	}
	rows := map[string][3]string{}
	for i := range plan.Entries {
		o := rv.createItem()
		rv.updateItem(i, o)
		texts := o.(*fyne.Container).Objects[0].(*fyne.Container).Objects
		rows[texts[0].(*widget.Label).Text] = [3]string{texts[1].(*widget.Label).Text, texts[2].(*widget.Label).Text}
	}
	want := map[string][2]string{
		"3. Vastuutahot": {"→ Vastuutahot", "korvaa osion nykyisen tekstin"},
		"Seuranta":       {"→ Seuranta ja päivittäminen (otsikko lähes sama, tarkista)", "korvaa"},
		"Liitteet":       {"→ uusi oma osio ”Liitteet”", "2 sanaa, rivi 11"},
	}
	for h, w := range want {
		got, ok := rows[h]
		if !ok {
			t.Errorf("no row for %q in %v", h, rows)
			continue
		}
		if got[0] != w[0] || !strings.Contains(got[1], w[1]) {
			t.Errorf("row %q = %q / %q, want %q / …%q…", h, got[0], got[1], w[0], w[1])
		}
	}

	// The user keeps the old monitoring text.
	for i, e := range plan.Entries {
		if e.Heading == "Seuranta" {
			rv.setChosen(i, false)
		}
	}
	if !strings.Contains(rv.summary.Text, "1 osion nykyinen teksti korvataan") || !strings.Contains(rv.summary.Text, "tuotavaksi valittu 2") {
		t.Errorf("summary after unticking = %q", rv.summary.Text)
	}
	before := sectionOf(t, m.editor.session.Programme(), "document.el.monitoring").Draft

	if n := f.apply(plan); n != 2 {
		t.Errorf("applied %d", n)
	}
	p := stored(t, m)
	if got := sectionOf(t, p, "document.el.responsibilities").Draft; got != "Sivistysjohtaja vastaa." {
		t.Errorf("responsibilities = %q", got)
	}
	if got := sectionOf(t, p, "document.el.monitoring").Draft; got != before {
		t.Error("an unticked part was imported")
	}
	found := false
	for _, s := range p.Document.Sections {
		if s.Title == "Liitteet" && s.Draft == "Liite 1." {
			found = true
		}
	}
	if !found {
		t.Error("new extra section missing")
	}
	if m.editor.tpl.Steps[m.editor.current].ID != "document" {
		t.Error("the document step is not shown after the import")
	}
}

func TestImportRefusalChangesNothing(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	quietSession(m)
	f := &importFlow{v: m.editor}
	before, _ := programme.Encode(m.editor.session.Programme())
	cases := []struct {
		name string
		src  []byte
		want error
		text string
	}{
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), programme.ErrImportBinary, "ei ole tekstitiedosto"},
		{"latin-1", []byte("## Vastuutahot\nKunnan ty\xf6llisyyspalvelut\n"), programme.ErrImportEncoding, "UTF-8"},
		{"huge", bytes.Repeat([]byte("a"), programme.MaxImportBytes+10), programme.ErrImportTooLarge, "liian suuri"},
		{"deep", []byte(strings.Repeat("> ", 100) + "x"), programme.ErrImportTooDeep, "sisäkkäin"},
		{"empty", nil, programme.ErrImportEmpty, "ei ole tekstiä"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			plan, err := f.plan(bytes.NewReader(c.src))
			if !errors.Is(err, c.want) || plan != nil {
				t.Fatalf("err = %v, plan %v", err, plan)
			}
			msg := DescribeImport(err)
			if !strings.Contains(msg, c.text) || !strings.Contains(msg, "Ohjelmaan ei tehty muutoksia.") {
				t.Errorf("message = %q", msg)
			}
		})
	}
	after, _ := programme.Encode(m.editor.session.Programme())
	if !bytes.Equal(before, after) || m.editor.session.Dirty() {
		t.Error("a refused import changed the programme")
	}
	if msg := DescribeImport(errors.New("disk on fire")); !strings.Contains(msg, "disk on fire") {
		t.Errorf("other errors keep their detail: %q", msg)
	}
}
