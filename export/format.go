package export

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// Format is one export format of the registry: the export dialog and
// `kotoutus export --format` list what is registered here, so a new format
// appears in both by registering it once.
type Format struct {
	// ID is the format's name on the command line and in preferences:
	// "pdf", "md", "docx", "html", "xlsx".
	ID string
	// Aliases are other names --format accepts, e.g. "markdown".
	Aliases []string
	// Ext is the file name extension with its dot, e.g. ".pdf". Exts
	// lists further extensions recognised when guessing the format from a
	// file name.
	Ext  string
	Exts []string
	// NameKey is the translation key (assets/lang) of the format's name as
	// the export dialog shows it, e.g. "export.format.pdf".
	NameKey string
	// MIME is the media type of the written file.
	MIME string
	// Text tells whether the output is text that can be written to
	// standard output (`--out -`).
	Text bool
	// Order places the format in the dialog; lower comes first.
	Order int

	// render writes the assembled document.
	render renderFunc
}

// renderFunc writes an assembled document in one format. progress(done,
// total) may be called as the work goes on; it is never nil.
type renderFunc func(w io.Writer, d *document, opt Options, progress func(done, total int)) (Report, error)

var (
	formatsMu sync.RWMutex
	formats   []Format
)

// register adds a format to the registry; renderers call it from an init
// function of their own file. A repeated ID or alias is a programming error.
func register(f Format, render renderFunc) {
	if f.ID == "" || f.Ext == "" || f.NameKey == "" || render == nil {
		panic("export: incomplete format " + f.ID)
	}
	formatsMu.Lock()
	defer formatsMu.Unlock()
	for _, g := range formats {
		for _, name := range append([]string{f.ID}, f.Aliases...) {
			if g.matches(name) {
				panic("export: format " + name + " registered twice")
			}
		}
	}
	f.render = render
	formats = append(formats, f)
	slices.SortStableFunc(formats, func(a, b Format) int { return a.Order - b.Order })
}

// Formats returns the registered formats in the dialog's order.
func Formats() []Format {
	formatsMu.RLock()
	defer formatsMu.RUnlock()
	return slices.Clone(formats)
}

// FormatIDs returns the IDs of the registered formats, e.g. for the
// allowed values of --format.
func FormatIDs() []string {
	var ids []string
	for _, f := range Formats() {
		ids = append(ids, f.ID)
	}
	return ids
}

// LookupFormat returns the format with the given ID or alias, in any case.
func LookupFormat(name string) (Format, bool) {
	for _, f := range Formats() {
		if f.matches(name) {
			return f, true
		}
	}
	return Format{}, false
}

// FormatOfFile returns the format whose extension the file name has.
func FormatOfFile(name string) (Format, bool) {
	ext := strings.ToLower(filepath.Ext(name))
	if ext == "" {
		return Format{}, false
	}
	for _, f := range Formats() {
		if f.Ext == ext || slices.Contains(f.Exts, ext) {
			return f, true
		}
	}
	return Format{}, false
}

func (f Format) matches(name string) bool {
	name = strings.ToLower(strings.TrimSpace(name))
	return name != "" && (name == f.ID || slices.Contains(f.Aliases, name))
}

// Write assembles programme p and writes it in this format. progress may
// be nil.
func (f Format) Write(w io.Writer, p *programme.Programme, tpl *checklist.Template, opt Options, progress func(done, total int)) (Report, error) {
	if f.render == nil {
		return Report{}, fmt.Errorf("export: format %q is not registered", f.ID)
	}
	if progress == nil {
		progress = func(int, int) {}
	}
	d, err := assemble(p, tpl, opt)
	if err != nil {
		return Report{}, err
	}
	return f.render(w, d, opt, progress)
}

// Write writes programme p in the registered format named id.
func Write(w io.Writer, id string, p *programme.Programme, tpl *checklist.Template, opt Options, progress func(done, total int)) (Report, error) {
	f, ok := LookupFormat(id)
	if !ok {
		return Report{}, fmt.Errorf("export: %w: %q", ErrUnknownFormat, id)
	}
	return f.Write(w, p, tpl, opt, progress)
}

// ErrUnknownFormat means no registered format has the requested name.
var ErrUnknownFormat = fmt.Errorf("unknown export format")

func init() {
	register(Format{
		ID: "pdf", Ext: ".pdf", NameKey: "export.format.pdf", MIME: "application/pdf", Order: 10,
	}, func(w io.Writer, d *document, opt Options, progress func(done, total int)) (Report, error) {
		return renderPDFDocument(w, d, opt, progress)
	})
	register(Format{
		ID: "md", Aliases: []string{"markdown"}, Ext: ".md", Exts: []string{".markdown"},
		NameKey: "export.format.md", MIME: "text/markdown; charset=utf-8", Text: true, Order: 20,
	}, func(w io.Writer, d *document, _ Options, progress func(done, total int)) (Report, error) {
		if _, err := io.WriteString(w, d.markdown()); err != nil {
			return Report{}, fmt.Errorf("write markdown: %w", err)
		}
		progress(1, 1)
		return Report{}, nil
	})
}
