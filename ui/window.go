package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// MainWindow is the app's one window: the programme list, or an open
// programme with its step sidebar and step page.
type MainWindow struct {
	app     fyne.App
	win     fyne.Window
	store   *programme.Store
	version string

	// saveDelay is how long after an edit the programme is written; tests
	// lengthen it so that no timer goroutine touches widgets behind them.
	saveDelay time.Duration
	// runOnUI hands a function to the UI goroutine: fyne.Do, or in tests a
	// queue the test drains, since the test driver runs fyne.Do inline on
	// the calling (saver's) goroutine.
	runOnUI func(func())

	// beforeQuit is called when the window is about to close for good
	// (Run's shutdown guard); nil in tests.
	beforeQuit func()

	home   *homeView
	editor *programmeView // nil while the list is shown
	// find is the find panel last opened (find.go).
	find   *findPanel
	status *widget.Label
	root   *fyne.Container
}

// NewMainWindow builds the window on an open store.
func NewMainWindow(a fyne.App, store *programme.Store, version string) *MainWindow {
	m := &MainWindow{app: a, store: store, version: version, saveDelay: programme.DefaultSaveDelay, runOnUI: fyne.Do}
	m.win = a.NewWindow(lang.L("app.name"))
	m.status = widget.NewLabel("")
	m.status.Truncation = fyne.TextTruncateEllipsis
	m.home = newHomeView(m)
	m.root = container.NewBorder(nil, container.NewPadded(m.status), nil, nil, m.home.content)
	m.win.SetContent(m.root)
	m.win.SetMainMenu(m.menu())
	m.addShortcuts()
	m.win.Resize(parseSize(a.Preferences().StringWithFallback(prefWindowSize, ""), fyne.NewSize(1100, 760)))
	m.win.SetCloseIntercept(m.requestClose)
	m.home.refresh()
	return m
}

// Window returns the Fyne window.
func (m *MainWindow) Window() fyne.Window { return m.win }

// Show shows the window.
func (m *MainWindow) Show() { m.win.Show() }

// Shortcuts sit on menu items: Fyne offers a main-menu shortcut before the
// focused widget, so they work while the cursor is in a text field, and the
// menu shows them to the user.
var (
	newShortcut      = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	listShortcut     = &desktop.CustomShortcut{KeyName: fyne.KeyL, Modifier: fyne.KeyModifierShortcutDefault}
	nextStepShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyPageDown, Modifier: fyne.KeyModifierShortcutDefault}
	prevStepShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyPageUp, Modifier: fyne.KeyModifierShortcutDefault}
	stepKeys         = []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8, fyne.Key9}
)

// shortcutItem is a menu item with a keyboard shortcut.
func shortcutItem(label string, sc fyne.Shortcut, action func()) *fyne.MenuItem {
	it := fyne.NewMenuItem(label, action)
	it.Shortcut = sc
	return it
}

func (m *MainWindow) menu() *fyne.MainMenu {
	quit := shortcutItem(lang.L("menu.quit"), quitShortcut, m.requestClose)
	quit.IsQuit = true
	file := fyne.NewMenu(lang.L("menu.file"),
		shortcutItem(lang.L("menu.new"), newShortcut, m.home.showCreate),
		shortcutItem(lang.L("menu.programmes"), listShortcut, m.showHome),
		fyne.NewMenuItem(lang.L("menu.example"), m.home.openExample),
		fyne.NewMenuItemSeparator(),
		m.openFileMenuItem(),
		m.saveFileMenuItem(),
		m.importMenuItem(),
		m.exportMenuItem(),
		fyne.NewMenuItem(lang.L("versions.menuRenew"), m.showRenew),
		fyne.NewMenuItem(lang.L("convert.menu"), m.showConvert),
		fyne.NewMenuItem(lang.L("convert.unplacedMenu"), m.showUnplaced),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("prefs.menu"), m.showPrefs),
		fyne.NewMenuItemSeparator(),
	)
	file.Items = append(file.Items, m.backupMenuItems()...)
	file.Items = append(file.Items, fyne.NewMenuItemSeparator(), quit)
	// The working group's views of the open programme, and its steps.
	work := fyne.NewMenu(lang.L("dashboard.menuProgramme"), m.dashboardMenuItem(), m.checkerMenuItem(), m.translationsMenuItem(), m.timelineMenuItem(), m.findMenuItem())
	work.Items = append(work.Items, fyne.NewMenuItemSeparator())
	for i, step := range checklist.Default().Steps {
		if i >= len(stepKeys) {
			break
		}
		sc := &desktop.CustomShortcut{KeyName: stepKeys[i], Modifier: fyne.KeyModifierShortcutDefault}
		label := lang.L("sidebar.step", map[string]any{"Number": step.Number, "Title": step.Title.In(Language())})
		work.Items = append(work.Items, shortcutItem(label, sc, func() { m.goToStep(i) }))
	}
	work.Items = append(work.Items,
		shortcutItem(lang.L("menu.nextStep"), nextStepShortcut, func() { m.goToStep(m.currentStep() + 1) }),
		shortcutItem(lang.L("menu.prevStep"), prevStepShortcut, func() { m.goToStep(m.currentStep() - 1) }),
		shortcutItem(lang.L("document.focus"), focusKey, m.toggleFocus),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("versions.menu"), m.showVersions),
	)
	help := fyne.NewMenu(lang.L("menu.help"),
		shortcutItem(lang.L("menu.about"), helpKey, m.showAboutProgramme),
		fyne.NewMenuItem(lang.L("menu.aboutApp"), m.showAboutApp),
	)
	return fyne.NewMainMenu(file, work, help)
}

// goToStep shows step i (0-based) of the open programme.
func (m *MainWindow) goToStep(i int) {
	if m.editor != nil {
		m.editor.selectStep(i)
	}
}

// currentStep is the index of the step shown, or -1.
func (m *MainWindow) currentStep() int {
	if m.editor == nil {
		return -1
	}
	return m.editor.current
}

func (m *MainWindow) addShortcuts() {
	c := m.win.Canvas()
	// Keys without a modifier reach the window when no widget has the
	// focus. Escape dismisses the topmost dialog, as in every desktop app
	// (Fyne's dialogs do not); Enter opens the programme selected in the
	// list; F1 opens the guidance on what a programme is.
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		switch ev.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			if m.editor == nil && c.Overlays().Top() == nil {
				m.home.openSelected()
			}
		default:
			m.onKey(ev)
		}
	})
	// The same keys while the cursor is in one of our entries, which
	// would otherwise take them (widgets.SetKeyHook).
	widgets.SetKeyHook(c, m.onKey)
}

// onKey handles Escape, F1 and F11 and reports whether it used the key.
// Escape closes the topmost dialog, as in every desktop app (Fyne's
// dialogs do not), or leaves the focus mode.
func (m *MainWindow) onKey(ev *fyne.KeyEvent) bool {
	c := m.win.Canvas()
	switch ev.Name {
	case fyne.KeyEscape:
		if top := c.Overlays().Top(); top != nil {
			top.Hide()
			return true
		}
		if m.editor != nil {
			if f := m.editor.focusMode(); f != nil && f.Focused() {
				m.editor.leaveFocus()
				return true
			}
		}
	case fyne.KeyF1:
		m.showAboutProgramme()
		return true
	case fyne.KeyF11:
		m.toggleFocus()
		return true
	}
	return false
}

// toggleFocus switches step 5's focus mode when step 5 shows.
func (m *MainWindow) toggleFocus() {
	if m.editor == nil {
		return
	}
	if f := m.editor.focusMode(); f != nil {
		f.ToggleFocus()
	}
}

// Keys without a modifier never reach the main menu; these items show them
// and onKey runs them.
var (
	helpKey  = &desktop.CustomShortcut{KeyName: fyne.KeyF1}
	focusKey = &desktop.CustomShortcut{KeyName: fyne.KeyF11}
)

// openProgramme loads a programme and shows it for editing.
func (m *MainWindow) openProgramme(id string) {
	if err := m.closeProgramme(); err != nil {
		m.showError(err)
		return
	}
	p, err := m.store.Load(id)
	if err != nil {
		m.showError(err)
		return
	}
	tpl, err := p.Template()
	if err != nil {
		m.showError(err)
		return
	}
	var sess *programme.Session
	sess = programme.NewSession(m.store, p, m.saveDelay, func(e programme.SaveEvent) { m.onSaved(sess, e) })
	m.editor = newProgrammeView(m, tpl, sess)
	m.rememberOpen()
	trace(traceOpenLine)
	m.setContent(m.editor.content)
	m.win.SetTitle(lang.L("window.title", map[string]any{"Municipality": p.Municipality(), "Title": p.Title}))
	m.setSavedStatus(p.Updated, nil)
}

// openSession returns the session of programme id if it is the open one,
// so store operations on it go through the session, which writes pending
// edits first; nil otherwise.
func (m *MainWindow) openSession(id string) *programme.Session {
	if m.editor != nil && m.editor.session.Programme().ID == id {
		return m.editor.session
	}
	return nil
}

// closeProgramme writes the open programme's pending edits.
func (m *MainWindow) closeProgramme() error {
	if m.editor == nil {
		return nil
	}
	m.editor.leaveFocus()
	if err := m.editor.session.Flush(); err != nil {
		return err
	}
	m.editor = nil
	return nil
}

func (m *MainWindow) showHome() {
	if err := m.closeProgramme(); err != nil {
		m.showError(err)
		return
	}
	m.rememberOpen() // none: the list opens next time
	m.home.refresh()
	m.setContent(m.home.content)
	m.win.SetTitle(lang.L("app.name"))
	m.status.SetText("")
}

func (m *MainWindow) setContent(o fyne.CanvasObject) {
	m.root.Objects[0] = o
	m.root.Refresh()
}

// onSaved runs on the saver's goroutine. The save time reaches the
// programme on the UI's goroutine, which alone reads it; a late event for a
// programme closed since changes nothing on screen.
func (m *MainWindow) onSaved(sess *programme.Session, e programme.SaveEvent) {
	m.runOnUI(func() {
		if e.Err == nil {
			sess.MarkSaved(e.At)
		}
		if m.editor != nil && m.editor.session == sess {
			m.setSavedStatus(e.At, e.Err)
		}
	})
}

func (m *MainWindow) setSavedStatus(at time.Time, err error) {
	if err != nil {
		fyne.LogError("autosave", err)
		m.status.SetText(lang.L("status.saveFailed", map[string]any{"Reason": Describe(err)}))
		m.status.Importance = widget.DangerImportance
		m.status.Refresh()
		return
	}
	m.status.Importance = widget.MediumImportance
	m.status.SetText(savedText(at))
}

// Flush writes pending edits; Run calls it after the window has closed.
func (m *MainWindow) Flush() error {
	if m.editor == nil {
		return nil
	}
	return m.editor.session.Flush()
}

// quitShortcut is Ctrl+Q, the desktop's usual way to quit.
var quitShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}

// saveWindowState remembers the window's size for the next start.
func (m *MainWindow) saveWindowState() {
	size := m.win.Canvas().Size()
	m.app.Preferences().SetString(prefWindowSize, fmt.Sprintf("%.0fx%.0f", size.Width, size.Height))
}

// parseSize reads a stored "WIDTHxHEIGHT", falling back on anything odd.
func parseSize(s string, fallback fyne.Size) fyne.Size {
	var w, h float32
	if _, err := fmt.Sscanf(s, "%fx%f", &w, &h); err != nil || w < 400 || h < 300 || w > 10000 || h > 10000 {
		return fallback
	}
	return fyne.NewSize(w, h)
}

// requestClose saves everything before the window goes. If saving fails the
// user decides: stay (and keep the edits) or close anyway.
func (m *MainWindow) requestClose() {
	m.saveWindowState()
	if err := m.Flush(); err != nil {
		fyne.LogError("save before close", err)
		widgets.ConfirmContent(m.win, lang.L("close.failedTitle"), lang.L("close.anyway"), lang.L("close.stay"),
			widget.NewLabel(Describe(err)), fyne.Size{}, m.closeForGood)
		return
	}
	m.closeForGood()
}

// closeForGood closes the main window, which ends the app.
func (m *MainWindow) closeForGood() {
	if m.beforeQuit != nil {
		m.beforeQuit()
	}
	m.win.Close()
}

func (m *MainWindow) showError(err error) {
	fyne.LogError("ui", err)
	d := dialog.NewError(fmt.Errorf("%s", Describe(err)), m.win)
	d.Show()
}

func (m *MainWindow) showAboutProgramme() {
	tpl := checklist.Default()
	if m.editor != nil {
		tpl = m.editor.tpl
	}
	d := dialog.NewCustom(tpl.About.Title.In(Language()), lang.L("action.close"), aboutProgramme(tpl), m.win)
	d.Resize(fyne.NewSize(640, 560))
	d.Show()
}
