package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// diffContext is how many unchanged lines a text difference shows around
// each change; a draft of pages shows only the paragraphs that changed.
const diffContext = 2

// compareView shows what changed between two versions of the programme:
// a list of changes on the left, the selected change's old and new value
// (or its line difference) on the right. Either side may be a snapshot or
// the current state.
type compareView struct {
	v       *programmeView
	snaps   []programme.SnapshotInfo
	keys    []string // "" is the current state
	older   *widgets.Select
	newer   *widgets.Select
	summary *widget.Label
	browser *changeBrowser
	content fyne.CanvasObject
	cache   map[string]*programme.Programme
}

// newCompareView compares the versions olderKey and newerKey; "" is the
// current state.
func newCompareView(v *programmeView, snaps []programme.SnapshotInfo, olderKey, newerKey string) *compareView {
	c := &compareView{v: v, snaps: snaps, cache: map[string]*programme.Programme{}}
	labels := []string{lang.L("versions.currentState")}
	c.keys = []string{""}
	for _, s := range snaps {
		labels = append(labels, lang.L("versions.option", map[string]any{"Name": snapshotName(s), "When": formatTime(s.Taken)}))
		c.keys = append(c.keys, s.Key)
	}
	c.older = widgets.NewSelect(labels, func(string) { c.recompute() })
	c.newer = widgets.NewSelect(labels, func(string) { c.recompute() })
	c.summary = widget.NewLabel("")
	c.summary.Wrapping = fyne.TextWrapWord
	c.browser = newChangeBrowser(v.tpl)

	form := container.New(layout.NewFormLayout(),
		widget.NewLabel(lang.L("versions.older")), c.older,
		widget.NewLabel(lang.L("versions.newer")), c.newer)
	c.content = container.NewBorder(container.NewVBox(form, c.summary, widget.NewSeparator()), nil, nil, nil, c.browser.content)
	c.older.SetSelectedIndex(c.indexOf(olderKey))
	c.newer.SetSelectedIndex(c.indexOf(newerKey))
	return c
}

func (c *compareView) indexOf(key string) int {
	for i, k := range c.keys {
		if k == key {
			return i
		}
	}
	return 0
}

// load returns a version: the session's programme for the current state,
// else the snapshot, read once.
func (c *compareView) load(key string) (*programme.Programme, error) {
	if key == "" {
		return c.v.session.Programme(), nil
	}
	if p, ok := c.cache[key]; ok {
		return p, nil
	}
	p, err := c.v.m.store.LoadSnapshot(c.v.session.Programme().ID, key)
	if err != nil {
		return nil, err
	}
	c.cache[key] = p
	return p, nil
}

// recompute compares the two chosen versions.
func (c *compareView) recompute() {
	oi, ni := c.older.SelectedIndex(), c.newer.SelectedIndex()
	if oi < 0 || ni < 0 {
		return
	}
	a, err := c.load(c.keys[oi])
	if err != nil {
		c.v.m.showError(err)
		return
	}
	b, err := c.load(c.keys[ni])
	if err != nil {
		c.v.m.showError(err)
		return
	}
	var changes []programme.Change
	if oi != ni {
		changes = programme.Compare(a, b)
	}
	c.browser.set(a, b, changes)
	switch {
	case oi == ni:
		c.summary.SetText(lang.L("versions.sameVersion"))
	case len(changes) == 0:
		c.summary.SetText(lang.L("versions.noChanges"))
	default:
		c.summary.SetText(changeSummary(changes))
	}
}

// changeSummary counts the changes by kind.
func changeSummary(cs []programme.Change) string {
	n := map[programme.ChangeKind]int{}
	for _, ch := range cs {
		n[ch.Kind]++
	}
	return lang.L("versions.summary", map[string]any{
		"Added": n[programme.ChangeAdded], "Removed": n[programme.ChangeRemoved],
		"Changed": n[programme.ChangeModified], "Moved": n[programme.ChangeMoved],
	})
}

func changeKindLabel(k programme.ChangeKind) string {
	switch k {
	case programme.ChangeAdded:
		return lang.L("versions.kindAdded")
	case programme.ChangeRemoved:
		return lang.L("versions.kindRemoved")
	case programme.ChangeMoved:
		return lang.L("versions.kindMoved")
	}
	return lang.L("versions.kindChanged")
}

func changeImportance(k programme.ChangeKind) widget.Importance {
	switch k {
	case programme.ChangeAdded:
		return widget.HighImportance
	case programme.ChangeRemoved:
		return widget.DangerImportance
	}
	return widget.MediumImportance
}

// diffValue writes a value for people, or a dash for an empty one.
func diffValue(v any, yes, no string) string {
	if s := strings.TrimSpace(programme.ValueText(Language(), v, yes, no)); s != "" {
		return s
	}
	return lang.L("versions.emptyValue")
}

func diffHeading(text string) widget.RichTextSegment {
	return &widget.TextSegment{Text: text, Style: widget.RichTextStyleSubHeading}
}

func diffText(text string, bold bool) widget.RichTextSegment {
	st := widget.RichTextStyleParagraph
	st.TextStyle.Bold = bold
	return &widget.TextSegment{Text: text, Style: st}
}

// diffLabelled is a value with its label in bold before it.
func diffLabelled(label, value string) []widget.RichTextSegment {
	return []widget.RichTextSegment{
		&widget.TextSegment{Text: label + " ", Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}}},
		&widget.TextSegment{Text: value, Style: widget.RichTextStyleParagraph},
	}
}

// lineDiffSegments shows removed lines in red with a minus, added ones in
// blue and bold with a plus, and a few unchanged lines around them; the
// colours repeat what the signs say. (Fyne's success green is too pale to
// read as text.)
func lineDiffSegments(lines []programme.DiffLine) []widget.RichTextSegment {
	keep := make([]bool, len(lines))
	for i, l := range lines {
		if l.Op == programme.DiffSame {
			continue
		}
		for j := max(0, i-diffContext); j <= min(len(lines)-1, i+diffContext); j++ {
			keep[j] = true
		}
	}
	var out []widget.RichTextSegment
	skipped := false
	for i, l := range lines {
		if !keep[i] {
			skipped = true
			continue
		}
		if skipped {
			out = append(out, diffText("…", false))
			skipped = false
		}
		st := widget.RichTextStyleParagraph
		prefix := "   "
		switch l.Op {
		case programme.DiffRemoved:
			st.ColorName = theme.ColorNameError
			prefix = "− "
		case programme.DiffAdded:
			st.ColorName = theme.ColorNamePrimary
			st.TextStyle.Bold = true
			prefix = "+ "
		}
		text := l.Text
		if strings.TrimSpace(text) == "" {
			text = " "
		}
		out = append(out, &widget.TextSegment{Text: prefix + text, Style: st})
	}
	if skipped {
		out = append(out, diffText("…", false))
	}
	return out
}

func (c *compareView) show() {
	d := dialog.NewCustom(lang.L("versions.compareTitle"), lang.L("action.close"), c.content, c.v.m.win)
	size := c.v.m.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(1100, size.Width-40), min(760, size.Height-40)))
	d.Show()
}
