package steps

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// labelTextIn returns the text of the first label inside o.
func labelTextIn(o fyne.CanvasObject) string {
	switch w := o.(type) {
	case *widget.Label:
		return w.Text
	case *fyne.Container:
		for _, c := range w.Objects {
			if s := labelTextIn(c); s != "" {
				return s
			}
		}
	}
	return ""
}

// checksIn returns the checks inside o, in order.
func checksIn(o fyne.CanvasObject) []*widget.Check {
	switch w := o.(type) {
	case *widget.Check:
		return []*widget.Check{w}
	case *fyne.Container:
		var out []*widget.Check
		for _, c := range w.Objects {
			out = append(out, checksIn(c)...)
		}
		return out
	}
	return nil
}

func TestCommunicationPlan(t *testing.T) {
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	s := newCommunicationStep(stepCtx(t, m, "communication"))
	if !hasFinding(s.findings, "communication.noRows") {
		t.Error("empty plan not reported")
	}
	e := s.rows
	test.Tap(e.w.AddButton())
	f := formOf(t, e)
	audienceBox := field[*fyne.Container](t, f, "Kohderyhmä")
	audience := audienceBox.Objects[0].(*widgets.Select)
	custom := audienceBox.Objects[1].(*widget.Entry)
	if custom.Visible() {
		t.Error("custom audience entry shown before it was chosen")
	}
	audience.SetSelected("Kohderyhmä")
	test.Type(field[*widget.Entry](t, f, "Viesti"), "Palvelut ja neuvonta")
	test.Type(field[*widget.Entry](t, f, "Kanava"), "neuvontapiste")
	test.Type(field[*widget.Entry](t, f, "Ajoitus"), "jatkuvasti")
	checks := checksIn(field[*fyne.Container](t, f, "Kielet"))
	if len(checks) != 4 {
		t.Fatalf("%d language checks, want 4", len(checks))
	}
	test.Tap(checks[0]) // suomi
	if !hasFinding(s.findings, "communication.targetOfficialOnly") {
		t.Error("Finnish-only plan for the target group not reported")
	}
	test.Type(field[*widget.Entry](t, f, "Muut kielet"), "arabia, somali")
	if !checks[3].Checked {
		t.Error("naming other languages did not tick them")
	}
	test.Type(field[*widget.Entry](t, f, "Vastuutaho"), "maahanmuuttajapalvelut")

	test.Tap(e.w.AddButton())
	f = formOf(t, e)
	audienceBox = field[*fyne.Container](t, f, "Kohderyhmä")
	audienceBox.Objects[0].(*widgets.Select).SetSelected("Muu kohderyhmä …")
	custom = audienceBox.Objects[1].(*widget.Entry)
	if !custom.Visible() {
		t.Fatal("custom audience entry hidden after choosing it")
	}
	test.Type(custom, "Kunnan henkilöstö")
	test.Type(field[*widget.Entry](t, f, "Kanava"), "intranet")

	p := stored(t, m)
	rows := p.Communication.Rows
	if len(rows) != 2 {
		t.Fatalf("rows: %+v", rows)
	}
	r := rows[0]
	if r.Audience != "target-group" || r.Message != "Palvelut ja neuvonta" || r.Channel != "neuvontapiste" || r.Timing != "jatkuvasti" ||
		fmt.Sprint(r.Languages) != "[fi other]" || r.OtherLanguages != "arabia, somali" || r.Responsible != "maahanmuuttajapalvelut" {
		t.Errorf("stored first row: %+v", r)
	}
	if rows[1].Audience != "" || rows[1].CustomAudience != "Kunnan henkilöstö" || rows[1].Channel != "intranet" {
		t.Errorf("stored second row: %+v", rows[1])
	}
	if hasFinding(s.findings, "communication.targetOfficialOnly") {
		t.Error("target group row with other languages still reported")
	}
	if !hasFinding(s.findings, "communication.rowNoResponsible") {
		t.Error("row without a responsible party not reported")
	}

	test.Tap(e.w.UpButton())
	p = stored(t, m)
	if p.Communication.Rows[0].CustomAudience != "Kunnan henkilöstö" {
		t.Fatalf("after moving up: %+v", p.Communication.Rows)
	}
	e.remove(p.Communication.Rows[0].ID)
	p = stored(t, m)
	if len(p.Communication.Rows) != 1 || p.Communication.Rows[0].Audience != "target-group" {
		t.Fatalf("after delete: %+v", p.Communication.Rows)
	}
}

func TestCommunicationFindingAddsAudienceRow(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	s := newCommunicationStep(stepCtx(t, m, "communication"))
	var missing programme.Finding
	for _, f := range s.findings.Findings() {
		if f.Code == "communication.audienceMissing" {
			missing = f
		}
	}
	if missing.Ref != "audience:decision-makers" {
		t.Fatalf("demo finding for the missing audience = %+v", missing)
	}
	before := len(stored(t, m).Communication.Rows)
	s.onFindingSelected(missing)
	p := stored(t, m)
	if len(p.Communication.Rows) != before+1 || p.Communication.Rows[before].Audience != "decision-makers" {
		t.Fatalf("rows after following the finding: %+v", p.Communication.Rows)
	}
	if s.rows.selectedID() != p.Communication.Rows[before].ID {
		t.Error("the new row was not opened")
	}
	if hasFinding(s.findings, "communication.audienceMissing") {
		t.Error("the audience is still reported missing")
	}
}
