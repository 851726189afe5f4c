package programme

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"fi.kotoutus/kotoutus/checklist"
)

// Thread is a comment with its replies in the order they were written.
// Resolving is done on the thread: the root's Resolved is the thread's state.
type Thread struct {
	Root    Comment
	Replies []Comment
}

// Open tells whether the thread still waits for someone.
func (t Thread) Open() bool { return !t.Root.Resolved }

// AddComment starts a thread about a part of the programme (About in
// Comment's scheme, e.g. "goal:<id>") and returns the new comment.
func (p *Programme) AddComment(about, author, text string, now time.Time) (Comment, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return Comment{}, ErrEmptyComment
	}
	c := Comment{ID: NewID(), About: about, Author: strings.TrimSpace(author), Text: text, Created: now.UTC().Truncate(time.Second)}
	p.Comments = append(p.Comments, c)
	return c, nil
}

// Reply answers a comment. A reply to a reply joins the same thread, so
// threads stay one level deep and read in order.
func (p *Programme) Reply(parentID, author, text string, now time.Time) (Comment, error) {
	root, err := p.rootOf(parentID)
	if err != nil {
		return Comment{}, err
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return Comment{}, ErrEmptyComment
	}
	c := Comment{ID: NewID(), About: root.About, ParentID: root.ID, Author: strings.TrimSpace(author), Text: text, Created: now.UTC().Truncate(time.Second)}
	p.Comments = append(p.Comments, c)
	return c, nil
}

// ResolveComment marks the thread of comment id as resolved by by.
func (p *Programme) ResolveComment(id, by string, now time.Time) error {
	root, err := p.rootOf(id)
	if err != nil {
		return err
	}
	c := p.comment(root.ID)
	c.Resolved = true
	c.ResolvedBy = strings.TrimSpace(by)
	c.ResolvedAt = now.UTC().Truncate(time.Second)
	return nil
}

// ReopenComment opens the thread of comment id again.
func (p *Programme) ReopenComment(id string) error {
	root, err := p.rootOf(id)
	if err != nil {
		return err
	}
	c := p.comment(root.ID)
	c.Resolved = false
	c.ResolvedBy = ""
	c.ResolvedAt = time.Time{}
	return nil
}

// EditComment replaces a comment's text.
func (p *Programme) EditComment(id, text string) error {
	c := p.comment(id)
	if c == nil {
		return fmt.Errorf("comment %s: %w", id, ErrCommentNotFound)
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return ErrEmptyComment
	}
	c.Text = text
	return nil
}

// DeleteComment removes a comment; removing a thread's first comment
// removes its replies too.
func (p *Programme) DeleteComment(id string) error {
	c := p.comment(id)
	if c == nil {
		return fmt.Errorf("comment %s: %w", id, ErrCommentNotFound)
	}
	root := c.ParentID == ""
	kept := p.Comments[:0]
	for _, x := range p.Comments {
		if x.ID == id || (root && x.ParentID == id) {
			continue
		}
		kept = append(kept, x)
	}
	p.Comments = kept
	return nil
}

// Threads returns the threads about one part of the programme (every part
// when about is empty), oldest first; resolved threads only when asked.
func (p *Programme) Threads(about string, withResolved bool) []Thread {
	byRoot := map[string]*Thread{}
	var order []string
	roots := p.rootIDs()
	for _, c := range p.Comments {
		if !roots[c.ID] || (about != "" && c.About != about) || (c.Resolved && !withResolved) {
			continue
		}
		byRoot[c.ID] = &Thread{Root: c}
		order = append(order, c.ID)
	}
	for _, c := range p.Comments {
		if t, ok := byRoot[c.ParentID]; ok && !roots[c.ID] {
			t.Replies = append(t.Replies, c)
		}
	}
	out := make([]Thread, 0, len(order))
	for _, id := range order {
		t := byRoot[id]
		sort.SliceStable(t.Replies, func(i, j int) bool { return t.Replies[i].Created.Before(t.Replies[j].Created) })
		out = append(out, *t)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Root.Created.Before(out[j].Root.Created) })
	return out
}

// OpenCount returns how many open threads are about one part (all parts
// when about is empty).
func (p *Programme) OpenCount(about string) int {
	n := 0
	roots := p.rootIDs()
	for _, c := range p.Comments {
		if roots[c.ID] && !c.Resolved && (about == "" || CanonicalRef(c.About) == CanonicalRef(about)) {
			n++
		}
	}
	return n
}

// OpenCountsByStep counts open threads per step ID. Threads about the
// programme as a whole, or about rows that no longer exist, count under "".
func (p *Programme) OpenCountsByStep(tpl *checklist.Template) map[string]int {
	out := map[string]int{}
	roots := p.rootIDs()
	for _, c := range p.Comments {
		if roots[c.ID] && !c.Resolved {
			out[p.StepOf(tpl, c.About)]++
		}
	}
	return out
}

// StepOf returns the ID of the step a reference in Comment.About's scheme
// belongs to, or "" when it is about the programme as a whole or unknown.
func (p *Programme) StepOf(tpl *checklist.Template, ref string) string {
	kind, id, _ := strings.Cut(ref, ":")
	switch kind {
	case "step":
		if _, ok := tpl.Step(id); ok {
			return id
		}
	case "item":
		for _, s := range tpl.Steps {
			for _, it := range s.Items {
				if it.ID == id {
					return s.ID
				}
			}
		}
	default:
		if _, step, ok := RowKindOf(kind); ok {
			return step
		}
	}
	return ""
}

// rootOf returns the first comment of id's thread.
func (p *Programme) rootOf(id string) (Comment, error) {
	c := p.comment(id)
	if c == nil {
		return Comment{}, fmt.Errorf("comment %s: %w", id, ErrCommentNotFound)
	}
	if c.ParentID == "" {
		return *c, nil
	}
	root := p.comment(c.ParentID)
	if root == nil { // the thread's start was deleted in another copy
		return *c, nil
	}
	return *root, nil
}

// rootIDs returns the IDs of the comments that start a thread. A reply
// whose first comment was deleted in another copy of the programme starts
// its own, so that merging never hides a comment.
func (p *Programme) rootIDs() map[string]bool {
	ids := make(map[string]bool, len(p.Comments))
	for _, c := range p.Comments {
		ids[c.ID] = true
	}
	roots := make(map[string]bool, len(p.Comments))
	for _, c := range p.Comments {
		if c.ParentID == "" || !ids[c.ParentID] {
			roots[c.ID] = true
		}
	}
	return roots
}

func (p *Programme) comment(id string) *Comment {
	for i := range p.Comments {
		if p.Comments[i].ID == id {
			return &p.Comments[i]
		}
	}
	return nil
}
