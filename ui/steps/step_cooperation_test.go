package steps

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// warnsNoImmigrants tells whether step 2's box warns that the group has no
// immigrant members.
func warnsNoImmigrants(s *cooperationStep) bool {
	return s.immigrant.content.Visible() && strings.HasPrefix(s.immigrant.text.Text, "Ryhmässä ei ole maahanmuuttaneita")
}

// TestImmigrantNoticeKeepsItsPlace gives an empty group its first
// immigrant member and checks that the box above the tabs keeps its
// height, so the form the user types in does not move.
func TestImmigrantNoticeKeepsItsPlace(t *testing.T) {
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	m.win.Resize(fyne.NewSize(1366, 768))
	s := newCooperationStep(stepCtx(t, m, "cooperation"))
	content := s.content()
	m.win.SetContent(content)
	top := content.(*fyne.Container).Objects[0]
	before := top.MinSize().Height
	test.Tap(s.members.w.AddButton())
	field[*widgets.Select](t, formOf(t, s.members), "Sektori").SetSelected("Maahanmuuttajajärjestö")
	if warnsNoImmigrants(s) {
		t.Fatal("the warning stayed with an immigrant association in the group; the test proves nothing")
	}
	if h := top.MinSize().Height; h != before {
		t.Errorf("the box above the tabs went from %v to %v px", before, h)
	}
}

func TestCooperationRoster(t *testing.T) {
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	s := newCooperationStep(stepCtx(t, m, "cooperation"))
	if !warnsNoImmigrants(s) || !strings.Contains(s.immigrant.text.Text, "14 %") ||
		!strings.Contains(s.immigrant.text.Text, "kumppanuusbarometri") {
		t.Errorf("immigrant warning on an empty group: %q", s.immigrant.text.Text)
	}

	e := s.members
	test.Tap(e.w.AddButton())
	f := formOf(t, e)
	test.Type(field[*widget.Entry](t, f, "Nimi"), "Kaisa Mattila")
	test.Type(field[*widget.Entry](t, f, "Organisaatio"), "Kela")
	field[*widgets.Select](t, f, "Sektori").SetSelected("Kela")
	test.Type(field[*widget.Entry](t, f, "Rooli ryhmässä"), "jäsen")
	test.Type(field[*widget.Entry](t, f, "Yhteystieto"), "kaisa@kela.fi")
	if !hasFinding(s.findings, "cooperation.sectorMissing") || hasFinding(s.findings, "cooperation.noMembers") {
		t.Error("findings did not follow the first member")
	}

	test.Tap(e.w.AddButton())
	f = formOf(t, e)
	test.Type(field[*widget.Entry](t, f, "Nimi"), "Abdi Hassan")
	field[*widgets.Select](t, f, "Sektori").SetSelected("Maahanmuuttajajärjestö")
	if warnsNoImmigrants(s) || !s.immigrant.content.Visible() {
		t.Errorf("with an immigrant association in the group the box says %q", s.immigrant.text.Text)
	}
	if hasFinding(s.findings, "cooperation.noImmigrants") {
		t.Error("noImmigrants finding still listed")
	}

	p := stored(t, m)
	mem := p.Cooperation.Members
	if len(mem) != 2 || mem[0].Name != "Kaisa Mattila" || mem[0].Organisation != "Kela" || mem[0].Sector != "kela" ||
		mem[0].Role != "jäsen" || mem[0].Contact != "kaisa@kela.fi" || mem[1].Sector != "immigrant-association" {
		t.Fatalf("stored members: %+v", mem)
	}

	test.Tap(e.w.UpButton())
	p = stored(t, m)
	if p.Cooperation.Members[0].Name != "Abdi Hassan" {
		t.Fatalf("after moving up: %+v", p.Cooperation.Members)
	}
	e.remove(p.Cooperation.Members[0].ID)
	p = stored(t, m)
	if len(p.Cooperation.Members) != 1 || p.Cooperation.Members[0].Name != "Kaisa Mattila" {
		t.Fatalf("after delete: %+v", p.Cooperation.Members)
	}
	if !warnsNoImmigrants(s) {
		t.Error("immigrant warning did not return when the association left")
	}
	if !strings.Contains(s.summary.Text, "Ryhmässä 1 jäsentä") {
		t.Errorf("summary = %q", s.summary.Text)
	}
}

func TestCooperationHearingsAndSchedule(t *testing.T) {
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	s := newCooperationStep(stepCtx(t, m, "cooperation"))
	e := s.hearings
	test.Tap(e.w.AddButton())
	f := formOf(t, e)
	test.Type(field[*widget.Entry](t, f, "Päivämäärä"), "22.4.2026")
	field[*widgets.Select](t, f, "Muoto").SetSelected("Asukastilaisuus")
	test.Type(field[*widget.Entry](t, f, "Otsikko"), "Asukasilta")
	count := field[*widget.Entry](t, f, "Osallistujia")
	imm := field[*widget.Entry](t, f, "Joista maahanmuuttotaustaisia")
	test.Type(count, "40")
	test.Type(imm, "25")
	test.Type(field[*widget.Entry](t, f, "Käytetyt kielet"), "suomi, arabia")
	test.Type(field[*widget.Entry](t, f, "Mitä kuultiin"), "Toiveita kielikursseista")
	test.Type(s.schedule, "- 12/2026 valtuusto")

	p := stored(t, m)
	if len(p.Cooperation.Hearings) != 1 {
		t.Fatalf("hearings: %+v", p.Cooperation.Hearings)
	}
	h := p.Cooperation.Hearings[0]
	if h.Date != "2026-04-22" || h.Kind != "resident-event" || h.Title != "Asukasilta" || h.Count != 40 ||
		h.ImmigrantCount != 25 || h.Languages != "suomi, arabia" || h.Summary != "Toiveita kielikursseista" {
		t.Errorf("stored hearing: %+v", h)
	}
	if p.Cooperation.Schedule != "- 12/2026 valtuusto" {
		t.Errorf("schedule = %q", p.Cooperation.Schedule)
	}

	// More immigrants than participants is refused and kept on screen.
	imm.SetText("50")
	if imm.Validate() == nil {
		t.Error("50 of 40 accepted")
	}
	count.SetText("noin 40")
	if count.Validate() == nil {
		t.Error("a count that is not a number accepted")
	}
	p = stored(t, m)
	if h := p.Cooperation.Hearings[0]; h.Count != 40 || h.ImmigrantCount != 25 {
		t.Errorf("invalid counts reached the store: %d / %d", h.Count, h.ImmigrantCount)
	}
	if imm.Text != "50" || count.Text != "noin 40" {
		t.Error("entries lost what was typed")
	}
	count.SetText("60")
	if p := stored(t, m); p.Cooperation.Hearings[0].Count != 60 || p.Cooperation.Hearings[0].ImmigrantCount != 50 {
		t.Errorf("fixing the total did not store the pair: %+v", p.Cooperation.Hearings[0])
	}
	if imm.Validate() != nil {
		t.Error("immigrant count still flagged after the total was raised")
	}
	for _, code := range []string{"cooperation.noHearings", "cooperation.noSchedule", "cooperation.onlyMeetings"} {
		if hasFinding(s.findings, code) {
			t.Errorf("finding %s stays after it was fixed", code)
		}
	}
}

func TestCooperationCoverageOnDemo(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	s := newCooperationStep(stepCtx(t, m, "cooperation"))
	if warnsNoImmigrants(s) {
		t.Error("the demo has immigrant members but shows the warning")
	}
	var missing []string
	for _, o := range s.coverage.missing.Objects {
		missing = append(missing, labelTextIn(o))
	}
	if got := strings.Join(missing, "|"); got != "Kela|Yritys" {
		t.Errorf("missing sectors shown = %q, want Kela|Yritys", got)
	}
	if n := len(s.coverage.present.Objects); n != 11 {
		t.Errorf("%d recommended sectors shown as present, want 11", n)
	}
}

// TestFindingsKeepTheirHeightWhileTyping types into step 2's first member
// form, which changes what is missing, and checks that the findings area
// and so the form below it stay where they are.
func TestFindingsKeepTheirHeightWhileTyping(t *testing.T) {
	m, _ := newTestWindow(t)
	openEmpty(t, m)
	m.win.Resize(fyne.NewSize(1366, 768))
	s := newCooperationStep(stepCtx(t, m, "cooperation"))
	m.win.SetContent(s.content())
	before := s.findings.content.MinSize().Height
	n := len(s.findings.Findings())
	s.members.add()
	e := m.win.Canvas().Focused()
	if e == nil {
		t.Fatal("adding a member put the cursor nowhere")
	}
	for _, r := range "Aino Virtanen" {
		e.TypedRune(r)
		if h := s.findings.content.MinSize().Height; h != before {
			t.Fatalf("the findings area went from %v to %v px while typing", before, h)
		}
	}
	if len(s.findings.Findings()) == n {
		t.Error("adding and naming a member changed no finding; the test proves nothing")
	}
}

// TestImmigrantWarningFollowsTheTemplate: without immigrant members, the
// old template's step says the checklist requires their part (danger); the
// 2025 template's calls it a strong recommendation (warning).
func TestImmigrantWarningFollowsTheTemplate(t *testing.T) {
	planning, err := checklist.Get(checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		tpl  *checklist.Template
		want string
		bold bool // the danger tone's bold text
	}{
		{checklist.Default(), "edellyttää", true},
		{planning, "vahva suositus", false},
	} {
		t.Run(c.tpl.ID, func(t *testing.T) {
			m, _ := newTestWindow(t)
			open(t, m, programme.New(c.tpl, []string{"Akaa"}, "Suunnitelma", 2026, 2029))
			s := newCooperationStep(stepCtx(t, m, "cooperation"))
			if !s.immigrant.content.Visible() || !strings.Contains(s.immigrant.text.Text, c.want) || s.immigrant.text.TextStyle.Bold != c.bold {
				t.Errorf("warning %q (bold %v), want %q (bold %v)", s.immigrant.text.Text, s.immigrant.text.TextStyle.Bold, c.want, c.bold)
			}
		})
	}
}
