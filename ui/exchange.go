package ui

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"

	"fi.kotoutus/kotoutus/internal/atomicfile"
	"fi.kotoutus/kotoutus/programme"
	"fi.kotoutus/kotoutus/ui/widgets"
)

// openFileShortcut (Ctrl+O) opens a .kotoutus file; saveFileShortcut
// (Ctrl+Shift+S) saves one.
var (
	openFileShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	saveFileShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
)

// openFileMenuItem is the File menu's "Avaa tiedosto…".
func (m *MainWindow) openFileMenuItem() *fyne.MenuItem {
	it := fyne.NewMenuItem(lang.L("exchange.menuOpen"), m.showOpenFile)
	it.Shortcut = openFileShortcut
	return it
}

// saveFileMenuItem is the File menu's "Tallenna tiedostoon…".
func (m *MainWindow) saveFileMenuItem() *fyne.MenuItem {
	it := fyne.NewMenuItem(lang.L("exchange.menuSave"), m.showSaveFile)
	it.Shortcut = saveFileShortcut
	return it
}

// exchangeTarget is the programme "Tallenna tiedostoon…" saves: the open
// one, else the one selected in the list.
func (m *MainWindow) exchangeTarget() (string, bool) {
	if m.editor != nil {
		return m.editor.session.Programme().ID, true
	}
	if sum, ok := m.home.current(); ok {
		return sum.ID, true
	}
	return "", false
}

// showSaveFile asks where to save the programme as a .kotoutus file for
// another member of the working group.
func (m *MainWindow) showSaveFile() {
	id, ok := m.exchangeTarget()
	if !ok {
		dialog.ShowInformation(lang.L("exchange.saveTitle"), lang.L("exchange.chooseFirst"), m.win)
		return
	}
	if m.editor != nil {
		if err := m.editor.session.Flush(); err != nil {
			m.showError(err)
			return
		}
	}
	p, err := m.store.Load(id)
	if err != nil {
		m.showError(err)
		return
	}
	widgets.ShowSaveFile(m.win, widgets.FileOptions{
		Title: lang.L("exchange.saveTitle"), Confirm: lang.L("action.save"),
		FileName: exchangeFileName(p), Extensions: []string{programme.FileExtension},
		Folder: startFolder(m.app.Preferences()),
	}, func(path string) {
		// The file is written under a temporary name and renamed into
		// place, so that a failed write never leaves a half file that
		// looks like a programme.
		rememberFolder(m.app.Preferences(), path)
		path = ensureExtension(path)
		if err := m.saveFile(id, path); err != nil {
			m.showError(err)
			return
		}
		m.status.SetText(lang.L("exchange.saved", map[string]any{"Path": path}))
	})
}

// saveFile writes programme id to path as an exchange file.
func (m *MainWindow) saveFile(id, path string) error {
	return atomicfile.Write(path, 0o600, func(w io.Writer) error {
		return m.store.ExportFile(id, w, programme.WriteOptions{App: m.version})
	})
}

// ensureExtension adds .kotoutus to a name typed without it, so that the
// file is recognised when it is opened.
func ensureExtension(path string) string {
	if strings.EqualFold(filepath.Ext(path), programme.FileExtension) {
		return path
	}
	return path + programme.FileExtension
}

// exchangeFileName suggests a file name from the municipality and title,
// without characters that file systems or e-mail reject.
func exchangeFileName(p *programme.Programme) string {
	return safeFileName(p.Municipality()+" "+p.Title, p.ID) + programme.FileExtension
}

// showOpenFile asks for a .kotoutus file and then what to do with it.
func (m *MainWindow) showOpenFile() {
	widgets.ShowOpenFile(m.win, widgets.FileOptions{
		Title: lang.L("exchange.openTitle"), Confirm: lang.L("home.open"),
		Extensions: []string{programme.FileExtension}, Folder: startFolder(m.app.Preferences()),
	}, func(path string) {
		r, err := os.Open(path)
		if err != nil {
			m.showError(err)
			return
		}
		defer r.Close()
		rememberFolder(m.app.Preferences(), path)
		data, err := io.ReadAll(io.LimitReader(r, programme.MaxFileSize+1))
		if err != nil {
			m.showError(fmt.Errorf("read %s: %w", filepath.Base(path), err))
			return
		}
		m.openExchangeData(filepath.Base(path), data)
	})
}

// openExchangeData checks a file's content and asks what to do with it. A
// file that is not a whole programme of a version this app reads is
// refused before anything is written.
func (m *MainWindow) openExchangeData(name string, data []byte) *openChoice {
	f, err := programme.ReadFile(bytes.NewReader(data))
	if err != nil {
		fyne.LogError("open "+name, err)
		d := dialog.NewError(fmt.Errorf("%s", Describe(err)), m.win)
		d.Show()
		return nil
	}
	c := newOpenChoice(m, name, f)
	c.show()
	return c
}

// closeDialogs hides every dialog on the window before the open programme
// is replaced (after a merge, import or restore), so that none is left
// showing, or editing, the programme as it was.
func (m *MainWindow) closeDialogs() {
	ov := m.win.Canvas().Overlays()
	for i := 0; i < 50 && ov.Top() != nil; i++ {
		top := ov.Top()
		top.Hide()
		if ov.Top() == top {
			ov.Remove(top)
		}
	}
}
