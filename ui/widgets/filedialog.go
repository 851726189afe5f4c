package widgets

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n/fileerr"
)

// FileOptions configure a file dialog.
type FileOptions struct {
	// Title is the dialog's title and Confirm its confirming button.
	Title, Confirm string
	// FileName is the name a save dialog suggests.
	FileName string
	// Extensions (".pdf") limit the files listed; a save dialog adds the
	// first one to a name typed without any of them. Empty lists every file.
	Extensions []string
	// Folder is where the dialog starts; empty or missing means the home
	// folder.
	Folder string
}

// ShowOpenFile asks for an existing file and calls onChosen with its path.
// Nothing is called when the user cancels.
//
// It replaces Fyne's file dialog, whose labels (Home, Computer, the
// favourites, "Overwrite?") are English in every language in Fyne 2.7.1:
// every text here comes from the translation files.
func ShowOpenFile(win fyne.Window, opt FileOptions, onChosen func(path string)) *FileDialog {
	d := newFileDialog(win, opt, false, onChosen)
	d.show()
	return d
}

// ShowSaveFile asks for a file to write, asking before an existing file is
// replaced, and calls onChosen with the path. The file is not created.
func ShowSaveFile(win fyne.Window, opt FileOptions, onChosen func(path string)) *FileDialog {
	d := newFileDialog(win, opt, true, onChosen)
	d.show()
	return d
}

// FileDialog is the app's own file chooser (ShowOpenFile, ShowSaveFile).
type FileDialog struct {
	win      fyne.Window
	opt      FileOptions
	save     bool
	onChosen func(string)

	dir      string
	entries  []fileEntry
	chosen   string // the file picked in the list (open)
	dlg      dialog.Dialog
	where    *widget.Label
	list     *widget.List
	name     *widget.Entry
	status   *widget.Label
	confirm  *widget.Button
	places   *widget.List
	placeDir []place

	// askOverwrite asks whether to replace an existing file; tests
	// replace it to answer without a dialog.
	askOverwrite func(name string, replace func())
}

// fileEntry is one row of the listing.
type fileEntry struct {
	name string
	dir  bool
}

// place is one shortcut on the left: a translated name and its folder.
type place struct{ label, path string }

func newFileDialog(win fyne.Window, opt FileOptions, save bool, onChosen func(string)) *FileDialog {
	d := &FileDialog{win: win, opt: opt, save: save, onChosen: onChosen}
	d.askOverwrite = d.overwriteQuestion
	d.where = widget.NewLabel("")
	d.where.Truncation = fyne.TextTruncateClip
	d.status = widget.NewLabel("")
	d.status.Wrapping = fyne.TextWrapWord
	d.status.Importance = widget.DangerImportance
	d.list = widget.NewList(
		func() int { return len(d.entries) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.FolderIcon()), widget.NewLabel(""))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			e := d.entries[i]
			icon := theme.FileIcon()
			if e.dir {
				icon = theme.FolderIcon()
			}
			row.Objects[0].(*widget.Icon).SetResource(icon)
			row.Objects[1].(*widget.Label).SetText(e.name)
		})
	d.list.OnSelected = d.onSelected
	d.name = widget.NewEntry()
	d.name.SetPlaceHolder(lang.L("filedialog.namePlaceholder"))
	d.name.SetText(opt.FileName)
	d.name.OnSubmitted = func(string) { d.accept() }
	d.placeDir = places()
	d.places = widget.NewList(
		func() int { return len(d.placeDir) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(d.placeDir[i].label) })
	d.places.OnSelected = func(i widget.ListItemID) {
		d.places.UnselectAll()
		d.cd(d.placeDir[i].path)
	}
	start := opt.Folder
	if st, err := os.Stat(start); start == "" || err != nil || !st.IsDir() {
		start = homeDir()
	}
	d.cd(start)
	return d
}

// show builds the dialog around the listing.
func (d *FileDialog) show() {
	up := widget.NewButtonWithIcon(lang.L("filedialog.up"), theme.MoveUpIcon(), func() { d.cd(filepath.Dir(d.dir)) })
	top := container.NewBorder(nil, nil, up, nil, d.where)
	if d.save {
		mk := widget.NewButtonWithIcon(lang.L("filedialog.newFolder"), theme.FolderNewIcon(), d.askNewFolder)
		top = container.NewBorder(nil, nil, up, mk, d.where)
	}
	cancel := widget.NewButton(lang.L("action.cancel"), func() { d.dlg.Hide() })
	d.confirm = widget.NewButton(d.opt.Confirm, d.accept)
	d.confirm.Importance = widget.HighImportance
	buttons := container.NewHBox(layout.NewSpacer(), cancel, d.confirm)
	bottom := container.NewVBox(d.status)
	if d.save {
		bottom.Add(widget.NewForm(widget.NewFormItem(lang.L("filedialog.name"), d.name)))
	}
	bottom.Add(buttons)
	left := container.NewBorder(widget.NewLabelWithStyle(lang.L("filedialog.places"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, d.places)
	split := container.NewHSplit(left, d.list)
	split.Offset = 0.25
	content := container.NewBorder(top, bottom, nil, nil, split)
	d.dlg = dialog.NewCustomWithoutButtons(d.opt.Title, content, d.win)
	d.dlg.Resize(fyne.NewSize(880, 580))
	d.dlg.Show()
	if d.save {
		d.win.Canvas().Focus(d.name)
	}
}

// cd shows folder dir; a folder that cannot be read keeps the current one
// and says why in a sentence.
func (d *FileDialog) cd(dir string) {
	entries, err := listFolder(dir, d.opt.Extensions)
	if err != nil {
		d.setStatus(fileerr.Text(err))
		return
	}
	d.dir, d.entries, d.chosen = dir, entries, ""
	d.where.SetText(dir)
	d.setStatus("")
	d.list.UnselectAll()
	d.list.Refresh()
	d.list.ScrollToTop()
}

func (d *FileDialog) setStatus(s string) {
	d.status.SetText(s)
	if s == "" {
		d.status.Hide()
	} else {
		d.status.Show()
	}
}

// onSelected enters a folder, or picks a file: its name goes to the name
// field of a save dialog.
func (d *FileDialog) onSelected(i widget.ListItemID) {
	if i < 0 || i >= len(d.entries) {
		return
	}
	e := d.entries[i]
	if e.dir {
		d.cd(filepath.Join(d.dir, e.name))
		return
	}
	d.chosen = e.name
	if d.save {
		d.name.SetText(e.name)
	}
}

// target returns the path the dialog would choose now, or "" with a
// sentence saying what is missing.
func (d *FileDialog) target() (string, string) {
	if !d.save {
		if d.chosen == "" {
			return "", lang.L("filedialog.chooseFile")
		}
		return filepath.Join(d.dir, d.chosen), ""
	}
	name := strings.TrimSpace(d.name.Text)
	switch {
	case name == "":
		return "", lang.L("filedialog.needName")
	case strings.ContainsRune(name, '/') || name == "." || name == "..":
		return "", lang.L("filedialog.badName")
	}
	if len(d.opt.Extensions) > 0 && !hasExtension(name, d.opt.Extensions) {
		name += d.opt.Extensions[0]
	}
	return filepath.Join(d.dir, name), ""
}

// accept chooses the target, asking first before an existing file is
// replaced.
func (d *FileDialog) accept() {
	path, problem := d.target()
	if problem != "" {
		d.setStatus(problem)
		return
	}
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		d.cd(path)
		return
	case err == nil && d.save:
		d.askOverwrite(filepath.Base(path), func() { d.done(path) })
		return
	case err != nil && !d.save:
		d.setStatus(fileerr.Text(&fs.PathError{Op: "open", Path: path, Err: err}))
		return
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		d.setStatus(fileerr.Text(err))
		return
	}
	d.done(path)
}

func (d *FileDialog) done(path string) {
	if d.dlg != nil {
		d.dlg.Hide()
	}
	if d.onChosen != nil {
		d.onChosen(path)
	}
}

// overwriteQuestion is our own "replace the file?" in the interface
// language.
func (d *FileDialog) overwriteQuestion(name string, replace func()) {
	q := dialog.NewConfirm(lang.L("filedialog.overwriteTitle"),
		lang.L("filedialog.overwrite", map[string]any{"Name": name}),
		func(ok bool) {
			if ok {
				replace()
			}
		}, d.win)
	q.SetConfirmText(lang.L("filedialog.replace"))
	q.SetDismissText(lang.L("action.cancel"))
	q.Show()
}

// askNewFolder creates a folder in the current one and opens it.
func (d *FileDialog) askNewFolder() {
	name := widget.NewEntry()
	name.SetPlaceHolder(lang.L("filedialog.newFolderPlaceholder"))
	f := dialog.NewForm(lang.L("filedialog.newFolder"), lang.L("filedialog.create"), lang.L("action.cancel"),
		[]*widget.FormItem{widget.NewFormItem(lang.L("filedialog.name"), name)}, func(ok bool) {
			if ok {
				d.makeFolder(name.Text)
			}
		}, d.win)
	f.Show()
}

func (d *FileDialog) makeFolder(name string) {
	name = strings.TrimSpace(name)
	if name == "" || strings.ContainsRune(name, '/') || name == "." || name == ".." {
		d.setStatus(lang.L("filedialog.badName"))
		return
	}
	path := filepath.Join(d.dir, name)
	if err := os.Mkdir(path, 0o755); err != nil {
		d.setStatus(fileerr.Text(err))
		return
	}
	d.cd(path)
}

// listFolder lists dir's folders and the files with one of exts (all when
// exts is empty), folders first, each group by name; hidden ones are left
// out.
func listFolder(dir string, exts []string) ([]fileEntry, error) {
	des, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []fileEntry
	for _, de := range des {
		name := de.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		isDir := de.IsDir()
		if de.Type()&fs.ModeSymlink != 0 {
			if st, err := os.Stat(filepath.Join(dir, name)); err == nil {
				isDir = st.IsDir()
			}
		}
		if !isDir && len(exts) > 0 && !hasExtension(name, exts) {
			continue
		}
		out = append(out, fileEntry{name: name, dir: isDir})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].dir != out[j].dir {
			return out[i].dir
		}
		return strings.ToLower(out[i].name) < strings.ToLower(out[j].name)
	})
	return out, nil
}

func hasExtension(name string, exts []string) bool {
	for _, e := range exts {
		if strings.EqualFold(filepath.Ext(name), e) {
			return true
		}
	}
	return false
}

func homeDir() string {
	if h, err := os.UserHomeDir(); err == nil {
		return h
	}
	return string(filepath.Separator)
}

// places are the shortcuts: home, the desktop, documents and downloads as
// the desktop names them (XDG user directories), and the whole computer;
// only folders that exist are shown.
func places() []place {
	home := homeDir()
	dirs := xdgUserDirs(home)
	candidates := []place{
		{lang.L("filedialog.home"), home},
		{lang.L("filedialog.desktop"), dirs["DESKTOP"]},
		{lang.L("filedialog.documents"), dirs["DOCUMENTS"]},
		{lang.L("filedialog.downloads"), dirs["DOWNLOAD"]},
		{lang.L("filedialog.computer"), string(filepath.Separator)},
	}
	var out []place
	for _, p := range candidates {
		if p.path == "" {
			continue
		}
		if st, err := os.Stat(p.path); err == nil && st.IsDir() {
			out = append(out, p)
		}
	}
	return out
}

// xdgUserDirs reads ~/.config/user-dirs.dirs (XDG_DESKTOP_DIR="$HOME/…"),
// falling back to the English folder names.
func xdgUserDirs(home string) map[string]string {
	out := map[string]string{
		"DESKTOP":   filepath.Join(home, "Desktop"),
		"DOCUMENTS": filepath.Join(home, "Documents"),
		"DOWNLOAD":  filepath.Join(home, "Downloads"),
	}
	cfg := os.Getenv("XDG_CONFIG_HOME")
	if cfg == "" {
		cfg = filepath.Join(home, ".config")
	}
	data, err := os.ReadFile(filepath.Join(cfg, "user-dirs.dirs"))
	if err != nil {
		return out
	}
	for _, line := range strings.Split(string(data), "\n") {
		k, v, ok := strings.Cut(strings.TrimSpace(line), "=")
		if !ok || !strings.HasPrefix(k, "XDG_") || !strings.HasSuffix(k, "_DIR") {
			continue
		}
		v = strings.Trim(v, `"`)
		v = strings.Replace(v, "$HOME", home, 1)
		if filepath.IsAbs(v) {
			out[strings.TrimSuffix(strings.TrimPrefix(k, "XDG_"), "_DIR")] = v
		}
	}
	return out
}
