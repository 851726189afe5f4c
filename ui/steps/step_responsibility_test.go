package steps

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// formOf returns the form a row editor shows for its selected row.
func formOf[T any](t *testing.T, e *rowEditor[T]) *widget.Form {
	t.Helper()
	if len(e.w.Detail().Objects) == 0 {
		t.Fatal("no row is open")
	}
	f, ok := e.w.Detail().Objects[0].(*widget.Form)
	if !ok {
		t.Fatalf("detail is %T, not a form", e.w.Detail().Objects[0])
	}
	return f
}

// field returns the widget of the form item labelled label.
func field[W fyne.CanvasObject](t *testing.T, f *widget.Form, label string) W {
	t.Helper()
	for _, it := range f.Items {
		if it.Text == label {
			w, ok := it.Widget.(W)
			if !ok {
				t.Fatalf("field %q is %T", label, it.Widget)
			}
			return w
		}
	}
	t.Fatalf("no field %q", label)
	var zero W
	return zero
}

// hasFinding tells whether the panel lists a finding with the code.
func hasFinding(f *findingsPanel, code string) bool {
	for _, fd := range f.Findings() {
		if fd.Code == code {
			return true
		}
	}
	return false
}

func fixToday(t *testing.T, day string) {
	t.Helper()
	d, err := time.Parse("2006-01-02", day)
	if err != nil {
		t.Fatal(err)
	}
	old := milestoneToday
	milestoneToday = func() time.Time { return d }
	t.Cleanup(func() { milestoneToday = old })
}

func TestResponsibilityMilestones(t *testing.T) {
	fixToday(t, "2026-11-22")
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	s := newResponsibilityStep(stepCtx(t, m, "responsibility"))
	if s.next.content.Visible() {
		t.Errorf("banner shown without a decision path: %q", s.next.text.Text)
	}
	if !hasFinding(s.findings, "responsibility.noMilestones") {
		t.Error("no finding for the missing decision path")
	}

	e := s.milestones
	test.Tap(e.w.AddButton())
	f := formOf(t, e)
	date := field[*widget.Entry](t, f, "Päivämäärä")
	test.Type(date, "14.12.2026")
	body := field[*widgets.SelectEntry](t, f, "Toimielin")
	body.SetText("Kunnanvaltuusto")
	test.Type(field[*widget.Entry](t, f, "Mitä päätetään"), "Hyväksyy ohjelman")

	test.Tap(e.w.AddButton())
	f = formOf(t, e)
	date = field[*widget.Entry](t, f, "Päivämäärä")
	test.Type(date, "7.12.2026")
	field[*widgets.SelectEntry](t, f, "Toimielin").SetText("Kunnanhallitus")
	test.Tap(field[*widget.Check](t, f, ""))

	p := stored(t, m)
	ms := p.Responsibility.Milestones
	if len(ms) != 2 || ms[0].Date != "2026-12-14" || ms[0].Body != "Kunnanvaltuusto" || ms[0].Decision != "Hyväksyy ohjelman" ||
		ms[1].Date != "2026-12-07" || ms[1].Body != "Kunnanhallitus" || !ms[1].Done {
		t.Fatalf("stored milestones: %+v", ms)
	}
	if !strings.Contains(s.next.text.Text, "14.12.2026") || !strings.Contains(s.next.text.Text, "22 päivän päästä") {
		t.Errorf("next milestone banner = %q; the done one must be skipped", s.next.text.Text)
	}
	if len(s.timeline.rows.Objects) != 2 {
		t.Errorf("timeline shows %d rows", len(s.timeline.rows.Objects))
	}

	// A date that is not one stays in the entry and is not stored.
	date.SetText("31.2.2026")
	if date.Validate() == nil {
		t.Error("31.2.2026 accepted")
	}
	if p := stored(t, m); p.Responsibility.Milestones[1].Date != "2026-12-07" {
		t.Errorf("bad date overwrote the stored one: %q", p.Responsibility.Milestones[1].Date)
	}
	if date.Text != "31.2.2026" {
		t.Errorf("entry lost what was typed: %q", date.Text)
	}

	// Reorder: the selected second row moves up; then sorting by date
	// keeps it first, since 7.12. comes before 14.12.
	test.Tap(e.w.UpButton())
	p = stored(t, m)
	if p.Responsibility.Milestones[0].Body != "Kunnanhallitus" {
		t.Fatalf("after moving up: %+v", p.Responsibility.Milestones)
	}
	test.Tap(e.w.DownButton())
	test.Tap(s.sortBtn)
	p = stored(t, m)
	if p.Responsibility.Milestones[0].Body != "Kunnanhallitus" || p.Responsibility.Milestones[1].Body != "Kunnanvaltuusto" {
		t.Fatalf("after sorting: %+v", p.Responsibility.Milestones)
	}

	e.remove(p.Responsibility.Milestones[1].ID)
	p = stored(t, m)
	if len(p.Responsibility.Milestones) != 1 || p.Responsibility.Milestones[0].Body != "Kunnanhallitus" {
		t.Fatalf("after delete: %+v", p.Responsibility.Milestones)
	}
	if !hasFinding(s.findings, "responsibility.noCouncil") {
		t.Error("deleting the council's decision did not bring the finding back")
	}
	if !strings.Contains(s.next.text.Text, "Tulevia päätösvaiheita ei ole") {
		t.Errorf("banner with only a done milestone = %q", s.next.text.Text)
	}
}

func TestResponsibilityAuthorityAndContacts(t *testing.T) {
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	s := newResponsibilityStep(stepCtx(t, m, "responsibility"))

	test.Type(s.organisation, "Hyvinvointitoimiala")
	test.Type(s.unit, "Maahanmuuttajapalvelut")
	test.Type(s.lead.name, "Aino Virtanen")
	test.Type(s.lead.email, "040 123")
	if s.lead.email.Validate() == nil {
		t.Error("a phone number was accepted as e-mail")
	}
	if !hasFinding(s.findings, "responsibility.leadUnreachable") {
		t.Error("lead without valid contact details is not reported")
	}
	s.lead.email.SetText("aino@akaa.fi")
	test.Type(s.ely.name, "Mikko Laine")
	test.Type(s.others, "Urjala, Valkeakoski")

	p := stored(t, m)
	r := p.Responsibility
	if r.Organisation != "Hyvinvointitoimiala" || r.Unit != "Maahanmuuttajapalvelut" || r.Lead.Name != "Aino Virtanen" ||
		r.Lead.Email != "aino@akaa.fi" || r.Lead.ID == "" || r.ELY.Name != "Mikko Laine" {
		t.Fatalf("stored responsibility: %+v", r)
	}
	if !p.Joint() || strings.Join(p.Municipalities, "|") != "Akaa|Urjala|Valkeakoski" {
		t.Errorf("municipalities = %q", p.Municipalities)
	}
	if !strings.Contains(s.joint.Text, "Yhteisohjelma") {
		t.Errorf("joint line = %q", s.joint.Text)
	}
	for _, code := range []string{"responsibility.noAuthority", "responsibility.noLead", "responsibility.leadUnreachable", "responsibility.noEly"} {
		if hasFinding(s.findings, code) {
			t.Errorf("finding %s stays after it was fixed", code)
		}
	}
	s.others.SetText("")
	if p := stored(t, m); p.Joint() || len(p.Municipalities) != 1 {
		t.Errorf("clearing the other municipalities left %q", p.Municipalities)
	}

	test.Tap(s.experts.w.AddButton())
	f := formOf(t, s.experts)
	if !hasFinding(s.findings, "responsibility.expertNoName") {
		t.Error("unnamed expert not reported")
	}
	test.Type(field[*widget.Entry](t, f, "Nimi"), "Hanna Salo")
	test.Type(field[*widget.Entry](t, f, "Puhelin"), "040 765 4321")
	test.Tap(s.contacts.w.AddButton())
	test.Type(field[*widget.Entry](t, formOf(t, s.contacts), "Nimi"), "Sanna Korhonen")
	p = stored(t, m)
	if len(p.Responsibility.Experts) != 1 || p.Responsibility.Experts[0].Name != "Hanna Salo" || p.Responsibility.Experts[0].Phone != "040 765 4321" {
		t.Errorf("experts = %+v", p.Responsibility.Experts)
	}
	if len(p.Responsibility.Contacts) != 1 || p.Responsibility.Contacts[0].Name != "Sanna Korhonen" {
		t.Errorf("contacts = %+v", p.Responsibility.Contacts)
	}
	if hasFinding(s.findings, "responsibility.expertNoName") {
		t.Error("named expert still reported")
	}
}

func TestResponsibilityFindingSelectsRow(t *testing.T) {
	m, _ := newTestWindow(t)
	p := openDemo(t, m)
	s := newResponsibilityStep(stepCtx(t, m, "responsibility"))
	var undated programme.Milestone
	for _, ms := range p.Responsibility.Milestones {
		if ms.Date.IsZero() {
			undated = ms
		}
	}
	links := 0
	for _, r := range s.findings.panel.Items() {
		if r.Action != nil {
			links++
		}
	}
	if links != 2 { // the unnamed expert and the undated milestone
		t.Errorf("%d findings are links to their rows, want 2", links)
	}
	s.onFindingSelected(programme.Finding{Code: "responsibility.milestoneNoDate", Ref: "milestone:" + undated.ID})
	if s.tabs.SelectedIndex() != 3 || s.milestones.selectedID() != undated.ID {
		t.Errorf("finding opened tab %d row %q, want the decision tab and %q", s.tabs.SelectedIndex(), s.milestones.selectedID(), undated.ID)
	}
}

// TestResponsibilityOffersAdoption checks that the decision path offers
// the council's adoption as its last milestone until it has one.
func TestResponsibilityOffersAdoption(t *testing.T) {
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	s := newResponsibilityStep(stepCtx(t, m, "responsibility"))
	if !s.adoptBtn.Visible() {
		t.Fatal("an empty decision path does not offer the adoption")
	}
	test.Tap(s.milestones.w.AddButton())
	field[*widgets.SelectEntry](t, formOf(t, s.milestones), "Toimielin").SetText("Kunnanhallitus")
	test.Tap(s.adoptBtn)
	ms := stored(t, m).Responsibility.Milestones
	if len(ms) != 2 || ms[1].Body != programme.AdoptionBody || ms[1].Decision != programme.AdoptionDecision {
		t.Fatalf("decision path %+v", ms)
	}
	if s.adoptBtn.Visible() {
		t.Error("the adoption is still offered")
	}
	if s.milestones.selectedID() != ms[1].ID {
		t.Error("the new milestone is not open for its date")
	}
}
