package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

func TestExportFormListsWhatIsMissing(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	quietSession(m)
	v := m.editor
	p := v.session.Programme()
	f := newExportForm(m, p, v.tpl, "", v.edit)
	want := p.Check(v.tpl)
	if len(want) == 0 || len(f.missing) != len(want) {
		t.Fatalf("form lists %d findings, the overview %d", len(f.missing), len(want))
	}
	text := preflightText(f.missing)
	if !strings.Contains(text, i18n.FindingText(want[0])) || !strings.Contains(text, lang.L("preflight.more", map[string]any{"Count": len(want) - preflightShown})) {
		t.Errorf("pre-flight text:\n%s", text)
	}
	if h := preflightHeading(len(want)); !strings.Contains(h, "ei ole vielä valmis") {
		t.Errorf("heading %q still calls the document ready", h)
	}
}

func TestExportFormSetsStageAndLayout(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	quietSession(m)
	v := m.editor
	f := newExportForm(m, v.session.Programme(), v.tpl, "", v.edit)
	st := f.stage
	if st.Status.Selected != lang.L("docstate.draft") || !st.Body.Disabled() {
		t.Fatalf("a draft shows %q with the body enabled %v", st.Status.Selected, !st.Body.Disabled())
	}
	st.Status.SetSelected(lang.L("docstate.adopted"))
	st.Body.SetText("")
	st.Date.SetText("14.12.2026")
	if msg := f.apply(v.edit); !strings.Contains(msg, "toimielin") {
		t.Errorf("an adoption without a body gave %q", msg)
	}
	if stored(t, m).Adoption.Stage() != programme.DocDraft {
		t.Fatal("a refused stage was saved")
	}
	// The decision path offers the council's milestone.
	if st.FromPath == nil {
		t.Fatal("no button for the decision path's milestone")
	}
	test.Tap(st.FromPath)
	st.Date.SetText("14.12.2026")
	st.Paragraph.SetText("45")
	f.layout.Numbered.SetChecked(false)
	f.layout.ListOpen.SetChecked(true)
	if msg := f.apply(v.edit); msg != "" {
		t.Fatalf("apply: %s", msg)
	}
	p := stored(t, m)
	if a := p.Adoption; a.Status != programme.DocAdopted || a.Body == "" || a.Date != "2026-12-14" || a.Paragraph != "45" {
		t.Errorf("stored adoption %+v", a)
	}
	if l := p.Document.Layout; !l.Unnumbered || !l.ListOpen || l.RepeatTables {
		t.Errorf("stored layout %+v", l)
	}
}
