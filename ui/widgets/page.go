package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Page is a step page's one scroll. Fyne hands a mouse-wheel event to the
// deepest scrollable under the pointer and never passes it on, so a list or
// a multi-line entry inside a scrolling page swallows the wheel even when it
// has nothing to scroll, and fields below it cannot be reached with the
// wheel. Page lays a transparent wheel catcher over its content: a wheel
// event goes to the innermost list or scroll under the pointer that can
// still move that way, and otherwise to the page. Taps, drags and hovering
// reach the content unchanged, because the catcher handles nothing else.
type Page struct {
	widget.BaseWidget
	Scroll  *container.Scroll
	catcher *wheelCatcher
}

// NewPage returns a vertically scrolling page around content.
func NewPage(content fyne.CanvasObject) *Page {
	p := &Page{Scroll: container.NewVScroll(content)}
	p.catcher = &wheelCatcher{root: p.Scroll}
	p.catcher.ExtendBaseWidget(p.catcher)
	p.ExtendBaseWidget(p)
	return p
}

// CreateRenderer implements fyne.Widget.
func (p *Page) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(p.Scroll, p.catcher))
}

// ScrollTo scrolls the page so that o's top is in view, if o is inside it.
func (p *Page) ScrollTo(o fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(p.Scroll.Content).Y
	if top < p.Scroll.Offset.Y || top+o.Size().Height > p.Scroll.Offset.Y+p.Scroll.Size().Height {
		p.Scroll.Offset.Y = max(0, min(top, p.Scroll.Content.Size().Height-p.Scroll.Size().Height))
		p.Scroll.Refresh()
	}
}

// NewWheelLayer returns content under a transparent wheel catcher like a
// Page's, for a page whose one scroll is a list inside content (such as
// the follow-up view's rows): a wheel event over a field of a row, which
// the field would take, scrolls the list instead. Taps, drags and hovering
// reach the content unchanged.
func NewWheelLayer(content fyne.CanvasObject) fyne.CanvasObject {
	c := &wheelCatcher{root: content}
	c.ExtendBaseWidget(c)
	return container.NewStack(content, c)
}

// wheelCatcher is the transparent layer of a Page or a wheel layer.
type wheelCatcher struct {
	widget.BaseWidget
	root fyne.CanvasObject
}

func (c *wheelCatcher) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewWithoutLayout())
}

// Scrolled implements fyne.Scrollable by routing the event.
func (c *wheelCatcher) Scrolled(ev *fyne.ScrollEvent) {
	RouteWheel(c.root, ev)
}

// RouteWheel gives a wheel event to the innermost scroll or list below root
// that lies under the event's absolute position and can move in the
// event's direction, trying outwards up to root itself.
func RouteWheel(root fyne.CanvasObject, ev *fyne.ScrollEvent) {
	d := fyne.CurrentApp().Driver()
	var under []fyne.CanvasObject
	walkScrollables(root, func(o fyne.CanvasObject) {
		pos := d.AbsolutePositionForObject(o)
		size := o.Size()
		at := ev.AbsolutePosition
		if at.X >= pos.X && at.Y >= pos.Y && at.X < pos.X+size.Width && at.Y < pos.Y+size.Height {
			under = append(under, o)
		}
	})
	for i := len(under) - 1; i >= 0; i-- {
		if scrollBy(under[i], ev, d) {
			return
		}
	}
}

// scrollBy scrolls o by the event and reports whether it moved.
func scrollBy(o fyne.CanvasObject, ev *fyne.ScrollEvent, d fyne.Driver) bool {
	switch s := o.(type) {
	case *container.Scroll:
		before := s.Offset
		local := *ev
		local.Position = ev.AbsolutePosition.Subtract(d.AbsolutePositionForObject(s))
		s.Scrolled(&local)
		return s.Offset != before
	case *widget.List:
		before := s.GetScrollOffset()
		s.ScrollToOffset(before - ev.Scrolled.DY)
		return s.GetScrollOffset() != before
	}
	return false
}

// walkScrollables calls fn for every visible scroll and list below o,
// outer ones first. It walks the containers the editors are built of; it
// does not look inside other widgets, whose inner scrolls (such as a
// multi-line entry's) the page scrolls past.
func walkScrollables(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	switch w := o.(type) {
	case *container.Scroll:
		fn(w)
		walkScrollables(w.Content, fn)
	case *widget.List:
		fn(w)
	case *fyne.Container:
		for _, c := range w.Objects {
			walkScrollables(c, fn)
		}
	case *container.Split:
		walkScrollables(w.Leading, fn)
		walkScrollables(w.Trailing, fn)
	case *container.AppTabs:
		if sel := w.Selected(); sel != nil {
			walkScrollables(sel.Content, fn)
		}
	case *container.ThemeOverride:
		walkScrollables(w.Content, fn)
	case *Page:
		walkScrollables(w.Scroll, fn)
	case interface{ ScrollChildren() []fyne.CanvasObject }:
		for _, c := range w.ScrollChildren() {
			walkScrollables(c, fn)
		}
	}
}
