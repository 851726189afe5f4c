package ui

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

func TestProgrammeOpensOnTheDashboard(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	if m.editor.dash == nil || m.editor.current != -1 || m.editor.stepPage != nil {
		t.Fatalf("opened on step %d, dashboard %v", m.editor.current, m.editor.dash != nil)
	}
	m.editor.selectStep(0)
	if m.editor.dash != nil || m.editor.current != 0 {
		t.Fatal("step 1 is not one click away")
	}
	test.Tap(m.editor.sidebar.dash)
	if m.editor.dash == nil || m.editor.current != -1 {
		t.Fatal("the sidebar entry did not bring the dashboard back")
	}
}

func TestDashboardShowsEachStepsState(t *testing.T) {
	m, _ := newTestWindow(t)
	p := openDemo(t, m)
	d := m.editor.dash
	tpl := m.editor.tpl
	if len(d.steps) != len(tpl.Steps) {
		t.Fatalf("%d step cards for %d steps", len(d.steps), len(tpl.Steps))
	}
	counts := p.OpenCountsByStep(tpl)
	for i, s := range tpl.Steps {
		ds := d.steps[i]
		if want := StatusLabel(p.StepStatus(s)); ds.status.Text != want {
			t.Errorf("%s: status %q, want %q", s.ID, ds.status.Text, want)
		}
		pr := p.Progress(s)
		if ds.progress.done != pr.Met() || ds.progress.total != pr.Total || ds.progressText.Text != ProgressLabel(pr) {
			t.Errorf("%s: progress %d/%d %q, want %v", s.ID, ds.progress.done, ds.progress.total, ds.progressText.Text, pr)
		}
		findings := p.CheckStep(tpl, s.ID)
		if want := min(len(findings), dashFindingsShown); len(ds.findings) != want {
			t.Errorf("%s: %d findings shown, want %d", s.ID, len(ds.findings), want)
		}
		for j, link := range ds.findings {
			if !strings.Contains(link.Text, i18n.FindingText(findings[j])) {
				t.Errorf("%s: finding %q, want %q", s.ID, link.Text, i18n.FindingText(findings[j]))
			}
		}
		if (len(findings) > dashFindingsShown) != (ds.more != nil) {
			t.Errorf("%s: 'more' link wrong for %d findings", s.ID, len(findings))
		}
		if n := counts[s.ID]; n > 0 && !strings.HasPrefix(ds.comments.Text, strconv.Itoa(n)+" ") {
			t.Errorf("%s: comments link %q, want %d open", s.ID, ds.comments.Text, n)
		}
	}
	if got, want := len(d.comments), min(p.OpenCount(""), dashCommentsShown); got != want || want == 0 {
		t.Errorf("dashboard lists %d open threads, want %d", got, want)
	}
	if !strings.Contains(d.updated.Text, formatTime(stored(t, m).Updated)) {
		t.Errorf("last change %q", d.updated.Text)
	}
}

func TestDashboardNextDecision(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	m.editor.edit(func(p *programme.Programme) {
		p.Responsibility.Milestones = []programme.Milestone{
			{ID: "a", Date: "2026-01-10", Body: "Kunnanhallitus", Decision: "Käynnistää valmistelun"},
			{ID: "b", Date: "2026-05-04", Body: "Kunnanvaltuusto", Decision: "Hyväksyy ohjelman"},
		}
	})
	d := newDashboard(m.editor, func() time.Time { return fixedNow })
	if !strings.Contains(d.next.Text, "4.5.2026") || !strings.Contains(d.next.Text, "Kunnanvaltuusto") {
		t.Errorf("next decision %q", d.next.Text)
	}
}

func TestDashboardJumps(t *testing.T) {
	m, _ := newTestWindow(t)
	p := openDemo(t, m)
	tpl := m.editor.tpl

	d := m.editor.dash
	test.Tap(d.steps[4].title)
	if m.editor.current != 4 {
		t.Errorf("step title jumped to %d", m.editor.current)
	}

	m.editor.showDashboard()
	d = m.editor.dash
	var withFinding int = -1
	for i, ds := range d.steps {
		if len(ds.findings) > 0 {
			withFinding = i
			break
		}
	}
	if withFinding < 0 {
		t.Fatal("the demo shows no findings")
	}
	test.Tap(d.steps[withFinding].findings[0])
	if m.editor.current != withFinding {
		t.Errorf("finding of step %d jumped to %d", withFinding, m.editor.current)
	}

	m.editor.showDashboard()
	d = m.editor.dash
	dc := d.comments[0]
	test.Tap(dc.link)
	want := -1
	for i, s := range tpl.Steps {
		if s.ID == p.StepOf(tpl, dc.thread.Root.About) {
			want = i
		}
	}
	if m.editor.current != want {
		t.Errorf("comment about %s jumped to step %d, want %d", dc.thread.Root.About, m.editor.current, want)
	}
	if m.win.Canvas().Overlays().Top() == nil {
		t.Error("the comments did not open")
	}
}

// TestFindingJumpOpensTheRow checks that a finding on the overview opens its
// step's content and hands the finding to the editor, which selects the row.
func TestFindingJumpOpensTheRow(t *testing.T) {
	m, _ := newTestWindow(t)
	openDemo(t, m)
	v := m.editor
	goals := 3
	findings := v.session.Programme().CheckStep(v.tpl, v.tpl.Steps[goals].ID)
	if len(findings) == 0 {
		t.Fatal("the demo's goals step has no findings to jump to")
	}
	v.openFinding(goals, findings[0])
	sp := v.stepPage
	if v.current != goals || sp == nil || sp.views.selected() != len(sp.views.views)-1 {
		t.Fatalf("jump showed step %d, view %d", v.current, sp.views.selected())
	}
	if !sp.ctx.OpenFinding(findings[0]) {
		t.Fatal("the goals editor did not register its finding handler")
	}
	var got programme.Finding
	sp.ctx.SetOpenFinding(func(f programme.Finding) { got = f })
	sp.showChecklist()
	v.openFinding(goals, findings[0])
	if !got.Equal(findings[0]) || sp.views.selected() != len(sp.views.views)-1 {
		t.Errorf("second jump handed %+v, view %d", got, sp.views.selected())
	}
}
