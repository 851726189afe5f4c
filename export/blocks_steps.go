package export

import (
	"strconv"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// situationBlock writes the situation picture of step 3 in words: the
// answered guiding questions (the checklist's and the municipality's own),
// then the strengths, challenges and missing services as lists.
func (a *assembler) situationBlock() string {
	sit := a.p.Situation
	var parts []string
	qa := func(q, answer string) {
		q, body := oneLine(q), embedDraft(answer, blockLevel+1)
		if q == "" || body == "" {
			return
		}
		parts = append(parts, "**"+inline(q)+"**", body)
	}
	if st, ok := a.tpl.Step(programme.StepSituation); ok {
		for _, it := range st.ItemsOf(checklist.KindQuestion) {
			qa(it.Text.In(a.lang), sit.Answer(it.ID))
		}
	}
	for _, q := range sit.Questions {
		qa(q.Question, q.Answer)
	}
	for _, l := range []struct {
		key   string
		items []string
	}{
		{"situation.strengths", sit.Strengths},
		{"situation.challenges", sit.Challenges},
		{"situation.missingServices", sit.MissingServices},
	} {
		if list := bulletList(l.items); list != "" {
			parts = append(parts, heading(blockLevel+1, a.tx.get(l.key)), list)
		}
	}
	return strings.Join(parts, "\n\n")
}

// bulletList writes plain text items as a Markdown list, or "".
func bulletList(items []string) string {
	var b strings.Builder
	for _, it := range items {
		if t := oneLine(it); t != "" {
			b.WriteString("- " + inline(t) + "\n")
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// monitoringPlanBlock writes the monitoring plan of step 6: who follows
// the programme, to whom it is reported, how often, and when it is
// updated before its period ends.
func (a *assembler) monitoringPlanBlock() string {
	pl := a.p.Monitoring.Plan
	var parts []string
	for _, f := range []struct{ key, text string }{
		{"plan.who", pl.Who},
		{"plan.reportsTo", pl.ReportsTo},
		{"plan.frequency", pl.Frequency},
		{"plan.updateWhen", pl.UpdateWhen},
	} {
		if t := paragraphs(f.text); t != "" {
			parts = append(parts, "**"+inline(a.tx.get(f.key))+":** "+t)
		}
	}
	return strings.Join(parts, "\n\n")
}

// summaryBlock assembles a summary for decision makers from the other
// steps: the period and the number of goals and measures, the goals with
// their measures counted, and how the programme is followed. It fits on
// one page for a programme of usual size.
func (a *assembler) summaryBlock() string {
	goals := a.p.Goals
	if len(goals) == 0 {
		return ""
	}
	measures := 0
	for _, g := range goals {
		measures += len(g.Measures)
	}
	intro := a.tx.get("summary.intro", "goals", strconv.Itoa(len(goals)), "measures", strconv.Itoa(measures))
	if period := a.period(); period != "" {
		intro = a.tx.get("summary.introPeriod", "period", period, "goals", strconv.Itoa(len(goals)), "measures", strconv.Itoa(measures))
	}
	parts := []string{inline(intro)}
	var list strings.Builder
	for i, g := range goals {
		title := oneLine(g.Title)
		if title == "" {
			title = a.tx.get("goal.untitled")
		}
		line := strconv.Itoa(i+1) + ". **" + inline(title) + "**"
		if n := len(g.Measures); n > 0 {
			line += " – " + inline(a.tx.get("summary.measures", "n", strconv.Itoa(n)))
		}
		list.WriteString(line + "\n")
	}
	parts = append(parts, strings.TrimSuffix(list.String(), "\n"))
	if n := len(a.p.Monitoring.Indicators); n > 0 {
		follow := a.tx.get("summary.indicators", "n", strconv.Itoa(n))
		if who := oneLine(a.p.Monitoring.Plan.Who); who != "" {
			follow += " " + a.tx.get("summary.who", "who", ensureStop(who))
		}
		parts = append(parts, inline(follow))
	}
	return strings.Join(parts, "\n\n")
}
