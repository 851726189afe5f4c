package widgets_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/ui/widgets"
)

// glfwLikeApp wraps the test app so that its driver behaves like the
// desktop one for detached widgets: CanvasForObject answers nil for an
// object that was removed from the window. The test driver always answers
// with the last window's canvas, which hides fyne-io/fyne#5965.
type glfwLikeApp struct {
	fyne.App
	drv *glfwLikeDriver
}

func (a *glfwLikeApp) Driver() fyne.Driver { return a.drv }

type glfwLikeDriver struct {
	fyne.Driver
	detached map[fyne.CanvasObject]bool
}

func (d *glfwLikeDriver) CanvasForObject(o fyne.CanvasObject) fyne.Canvas {
	if d.detached[o] {
		return nil
	}
	return d.Driver.CanvasForObject(o)
}

// collect adds root and everything drawn below it to set.
func collect(root fyne.CanvasObject, set map[fyne.CanvasObject]bool) {
	if root == nil || set[root] {
		return
	}
	set[root] = true
	switch r := root.(type) {
	case *fyne.Container:
		for _, c := range r.Objects {
			collect(c, set)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(r).Objects() {
			collect(c, set)
		}
	}
}

// detachedSetup shows form in a window, then detaches it the way a row
// editor that rebuilds its form does, and makes the driver answer like the
// desktop driver from then on.
func detachedSetup(t *testing.T, form fyne.CanvasObject) {
	t.Helper()
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	holder := container.NewStack(form)
	w.SetContent(holder)
	w.Resize(fyne.NewSize(400, 300))
	detached := map[fyne.CanvasObject]bool{}
	collect(form, detached)
	holder.Objects = []fyne.CanvasObject{widget.NewLabel("rebuilt form")}
	holder.Refresh()
	fyne.SetCurrentApp(&glfwLikeApp{App: a, drv: &glfwLikeDriver{Driver: a.Driver(), detached: detached}})
	t.Cleanup(func() { fyne.SetCurrentApp(a) })
}

// panics reports whether fn panics.
func panics(fn func()) (did bool) {
	defer func() {
		if recover() != nil {
			did = true
		}
	}()
	fn()
	return false
}

// TestPlainWidgetsPanicAfterDetach pins the upstream bug the guarded
// widgets exist for: if Fyne ever fixes it in the version served, this
// fails and the guards can go.
func TestPlainWidgetsPanicAfterDetach(t *testing.T) {
	t.Run("Select", func(t *testing.T) {
		s := widget.NewSelect([]string{"Lautakunta", "Kunnanhallitus"}, nil)
		detachedSetup(t, s)
		if !panics(func() { s.Tapped(&fyne.PointEvent{}) }) {
			t.Fatal("a plain Select tapped after detach did not panic; fyne-io/fyne#5965 may be fixed")
		}
	})
	t.Run("SelectEntry", func(t *testing.T) {
		e := widget.NewSelectEntry([]string{"Lautakunta", "Kunnanhallitus"})
		detachedSetup(t, e)
		btn := e.ActionItem.(*widget.Button)
		if !panics(func() { btn.Tapped(&fyne.PointEvent{}) }) {
			t.Fatal("a plain SelectEntry's drop-down tapped after detach did not panic")
		}
	})
}

func TestGuardedWidgetsDoNotPanicAfterDetach(t *testing.T) {
	t.Run("Select", func(t *testing.T) {
		s := widgets.NewSelect([]string{"Lautakunta", "Kunnanhallitus"}, nil)
		detachedSetup(t, s)
		s.Tapped(&fyne.PointEvent{})
		s.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	})
	t.Run("SelectEntry", func(t *testing.T) {
		e := widgets.NewSelectEntry([]string{"Lautakunta", "Kunnanhallitus"})
		detachedSetup(t, e)
		e.ActionItem.(*widget.Button).Tapped(&fyne.PointEvent{})
	})
}

func TestGuardedWidgetsOpenTheirPopUpWhenAttached(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	s := widgets.NewSelect([]string{"Lautakunta", "Kunnanhallitus"}, nil)
	e := widgets.NewSelectEntry([]string{"Kunnanvaltuusto"})
	w.SetContent(container.NewVBox(s, e))
	w.Resize(fyne.NewSize(400, 300))

	test.Tap(s)
	if n := len(w.Canvas().Overlays().List()); n != 1 {
		t.Fatalf("select tapped: %d overlays, want its pop-up", n)
	}
	w.Canvas().Overlays().Top().Hide()
	w.Canvas().Overlays().Remove(w.Canvas().Overlays().Top())

	test.Tap(e.ActionItem.(*widget.Button))
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("select entry's drop-down opened no pop-up")
	}
}
