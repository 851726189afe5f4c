package steps

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"fi.kotoutus/kotoutus/programme"
)

// TestDocumentSettings sets the stage, the logo and its alternative text
// in step 5's document settings, and checks that a file that is no
// picture is refused with a sentence and nothing changes.
func TestDocumentSettings(t *testing.T) {
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	e := newDocEditor(stepCtx(t, m, "document"))
	m.win.SetContent(e.content)
	test.Tap(e.settingsBtn)
	s := e.settings
	if s == nil {
		t.Fatal("the settings button opened no settings")
	}
	if s.stage.Status.Selected != lang.L("docstate.draft") || s.alt.PlaceHolder != "Akaa – vaakuna" || !s.alt.Disabled() {
		t.Fatalf("a new programme's settings: %q, alt placeholder %q, alt enabled %v", s.stage.Status.Selected, s.alt.PlaceHolder, !s.alt.Disabled())
	}

	err := s.setLogoFile([]byte("<svg xmlns='http://www.w3.org/2000/svg'/>"), "vaakuna.svg")
	if err == nil || !strings.Contains(err.Error(), "PNG") {
		t.Fatalf("an SVG file gave %v", err)
	}
	if s.logo != nil || s.current() != nil {
		t.Fatal("a refused file became the logo")
	}
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewNRGBA(image.Rect(0, 0, 90, 110))); err != nil {
		t.Fatal(err)
	}
	if err := s.setLogoFile(b.Bytes(), "akaa.png"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(s.info.Text, "akaa.png") || !strings.Contains(s.info.Text, "90 × 110") || !s.preview.Visible() {
		t.Errorf("the chosen logo shows as %q", s.info.Text)
	}
	s.alt.SetText("Akaan vaakuna")
	s.stage.Status.SetSelected(lang.L("docstate.proposal"))
	s.stage.Body.SetText("Kunnanvaltuusto")
	s.layout.Numbered.SetChecked(false)
	if stored(t, m).Document.Logo != nil {
		t.Fatal("the logo was stored before saving")
	}
	if msg := s.apply(); msg != "" {
		t.Fatal(msg)
	}
	p := stored(t, m)
	if l := p.Document.Logo; l == nil || l.Width != 90 || l.Alt != "Akaan vaakuna" || l.Name != "akaa.png" {
		t.Fatalf("stored logo %+v", l)
	}
	if a := p.Adoption; a.Status != programme.DocProposal || a.Body != "Kunnanvaltuusto" || !p.Document.Layout.Unnumbered {
		t.Errorf("stored stage %+v, layout %+v", a, p.Document.Layout)
	}

	// A second opening shows what is stored; removing takes the logo away.
	s = newDocSettings(stepCtx(t, m, "document"))
	if s.alt.Text != "Akaan vaakuna" || s.stage.Status.Selected != lang.L("docstate.proposal") || s.removeBtn.Disabled() {
		t.Fatalf("reopened: alt %q, stage %q", s.alt.Text, s.stage.Status.Selected)
	}
	test.Tap(s.removeBtn)
	if msg := s.apply(); msg != "" {
		t.Fatal(msg)
	}
	if stored(t, m).Document.Logo != nil {
		t.Error("the logo was not removed")
	}
}
