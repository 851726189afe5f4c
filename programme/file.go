package programme

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"fi.kotoutus/kotoutus/checklist"
)

// The exchange file (.kotoutus) carries one programme between the working
// group's laptops. docs/kotoutus-file-format.md is its specification; keep
// the two in step.
const (
	// FileFormat is the value of the file's "format" member.
	FileFormat = "kotoutus"
	// FileVersion is the newest file format version this app writes and
	// reads. Raise it when a reader of the current version would
	// misunderstand a new file; adding optional members does not need it.
	FileVersion = 1
	// FileExtension is the usual name ending of exchange files.
	FileExtension = ".kotoutus"
)

// MaxFileSize caps the bytes read from an exchange file, and MaxUnpackedSize
// what a compressed one may unpack to. A large programme with long drafts
// is a few megabytes; anything far larger is not a programme.
var (
	MaxFileSize     int64 = 32 << 20
	MaxUnpackedSize int64 = 64 << 20
)

// File is the content of an exchange file.
type File struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	// App is the version of the app that wrote the file, for support.
	App        string    `json:"app,omitempty"`
	ExportedAt time.Time `json:"exportedAt"`
	// Schema is the encoding version of Programme and Base (SchemaVersion).
	Schema    int        `json:"schema"`
	Programme *Programme `json:"programme"`
	// Base is the version the sender last had in common with the working
	// group, if known; merging the file into a copy uses it as the common
	// version.
	Base *Programme `json:"base,omitempty"`
}

// WriteOptions are the choices of WriteFile.
type WriteOptions struct {
	// App is the writing app's version.
	App string
	// Gzip compresses the file; readers detect it.
	Gzip bool
	// Base is the common version for later merges, or nil.
	Base *Programme
	// Now is the export time; zero means the current time.
	Now time.Time
}

// WriteFile writes p as an exchange file.
func WriteFile(w io.Writer, p *Programme, opt WriteOptions) error {
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	f := File{
		Format: FileFormat, Version: FileVersion, App: opt.App, ExportedAt: opt.Now.UTC().Truncate(time.Second),
		Schema: SchemaVersion, Programme: p, Base: opt.Base,
	}
	out := w
	var zw *gzip.Writer
	if opt.Gzip {
		zw = gzip.NewWriter(w)
		out = zw
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("write programme file: %w", err)
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			return fmt.Errorf("write programme file: %w", err)
		}
	}
	return nil
}

// fileHeader reads the envelope first, so that a newer version's file is
// recognised as such even when its programme would not decode.
type fileHeader struct {
	Format     string          `json:"format"`
	Version    int             `json:"version"`
	App        string          `json:"app"`
	ExportedAt time.Time       `json:"exportedAt"`
	Schema     int             `json:"schema"`
	Programme  json.RawMessage `json:"programme"`
	Base       json.RawMessage `json:"base"`
}

// ReadFile reads and checks an exchange file, plain or gzip-compressed. It
// refuses, with ErrFileTooLarge, ErrFileDamaged, ErrNotProgrammeFile,
// ErrNewerFile or ErrUnknownTemplate, anything it cannot fully trust to be
// a programme; it reads only from r.
func ReadFile(r io.Reader) (*File, error) {
	data, err := readLimited(r, MaxFileSize)
	if err != nil {
		return nil, err
	}
	if bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("unpack: %w (%v)", ErrFileDamaged, err)
		}
		if data, err = readLimited(zr, MaxUnpackedSize); err != nil {
			if errors.Is(err, ErrFileTooLarge) {
				return nil, err
			}
			return nil, fmt.Errorf("unpack: %w (%v)", ErrFileDamaged, err)
		}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a BOM from an editor
	// encoding/json would turn invalid UTF-8 into U+FFFD without a word.
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%w: %w", ErrFileDamaged, ErrBadText)
	}
	if trimmed := bytes.TrimSpace(data); len(trimmed) == 0 || trimmed[0] != '{' {
		return nil, ErrNotProgrammeFile
	}
	if !json.Valid(data) {
		return nil, fmt.Errorf("json: %w", ErrFileDamaged)
	}
	var h fileHeader
	if err := json.Unmarshal(data, &h); err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrNotProgrammeFile, err)
	}
	switch {
	case h.Format != FileFormat:
		return nil, ErrNotProgrammeFile
	case h.Version > FileVersion:
		return nil, fmt.Errorf("format version %d: %w", h.Version, ErrNewerFile)
	case h.Version < 1:
		return nil, fmt.Errorf("format version %d: %w", h.Version, ErrNotProgrammeFile)
	case h.Schema > SchemaVersion:
		return nil, fmt.Errorf("schema %d: %w", h.Schema, ErrNewerFile)
	case h.Schema < 1:
		return nil, fmt.Errorf("schema %d: %w", h.Schema, ErrNotProgrammeFile)
	case isNull(h.Programme):
		return nil, fmt.Errorf("no programme: %w", ErrNotProgrammeFile)
	}
	f := &File{Format: h.Format, Version: h.Version, App: h.App, ExportedAt: h.ExportedAt, Schema: h.Schema}
	if f.Programme, err = decodeFilePart(h.Schema, h.Programme); err != nil {
		return nil, fmt.Errorf("programme: %w", err)
	}
	if !isNull(h.Base) {
		if f.Base, err = decodeFilePart(h.Schema, h.Base); err != nil {
			return nil, fmt.Errorf("base: %w", err)
		}
	}
	return f, nil
}

func isNull(raw json.RawMessage) bool {
	t := bytes.TrimSpace(raw)
	return len(t) == 0 || bytes.Equal(t, []byte("null"))
}

// readLimited reads r to the end, failing with ErrFileTooLarge past limit.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(bufio.NewReader(r), limit+1))
	if err != nil {
		return nil, fmt.Errorf("read programme file: %w", err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("over %d bytes: %w", limit, ErrFileTooLarge)
	}
	return data, nil
}

// decodeFilePart decodes a programme of the file, migrating an older
// encoding as the database does, and checks it.
func decodeFilePart(schema int, raw json.RawMessage) (*Programme, error) {
	env, err := json.Marshal(envelope{Schema: schema, Programme: raw})
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrFileDamaged, err)
	}
	p, err := Decode(env)
	switch {
	case errors.Is(err, ErrNewerSchema):
		return nil, fmt.Errorf("%w (%v)", ErrNewerFile, err)
	case err != nil:
		return nil, fmt.Errorf("%w (%v)", ErrFileDamaged, err)
	}
	if err := p.checkExchange(); err != nil {
		return nil, err
	}
	// The same limits and checks as for what is typed in the app.
	if err := p.CheckLimits(); err != nil {
		return nil, err
	}
	if err := p.checkModel(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFileInvalid, err)
	}
	return p, nil
}

// maxIDLength bounds IDs and keys; the app's own are 8 to 32 characters.
const maxIDLength = 100

// checkExchange checks what a programme from outside must satisfy before
// it is stored or merged: a usable ID, a known template, rows whose IDs are
// present and unique in their list, since merging matches rows by ID, and
// dates that are dates.
// Empty map entries ("items": {"x": null}) are dropped, as the app never
// writes them and code expects none.
func (p *Programme) checkExchange() error {
	if !validKey(p.ID) {
		return fmt.Errorf("programme id %q: %w", p.ID, ErrFileDamaged)
	}
	if _, err := checklist.Get(p.TemplateID); err != nil {
		return fmt.Errorf("template %q: %w", p.TemplateID, ErrUnknownTemplate)
	}
	return checkRows(rootLoc(), reflect.ValueOf(p).Elem())
}

func checkRows(l loc, v reflect.Value) error {
	t := v.Type()
	switch shapeOf(t) {
	case shapeStruct:
		for _, f := range fieldsOf(t) {
			if err := checkRows(l.field(f.name), v.Field(f.index)); err != nil {
				return err
			}
		}
	case shapePtr:
		if !v.IsNil() {
			return checkRows(l, v.Elem())
		}
	case shapeMap:
		for _, k := range v.MapKeys() {
			e := v.MapIndex(k)
			if !validKey(k.String()) {
				return fmt.Errorf("%s: key %q: %w", l, k.String(), ErrFileDamaged)
			}
			if e.Kind() == reflect.Pointer && e.IsNil() {
				v.SetMapIndex(k, reflect.Value{})
				continue
			}
			if err := checkRows(l.key(k.String(), ""), e); err != nil {
				return err
			}
		}
	case shapeRows:
		seen := map[string]bool{}
		for i := 0; i < v.Len(); i++ {
			id := rowID(v.Index(i))
			if !validKey(id) || seen[id] {
				return fmt.Errorf("%s: row id %q: %w", l, id, ErrFileDamaged)
			}
			seen[id] = true
			if err := checkRows(l.key(id, ""), v.Index(i)); err != nil {
				return err
			}
		}
	default:
		// Code formats and orders dates assuming they parse.
		if d, ok := v.Interface().(Date); ok && !d.IsZero() && !d.valid() {
			return fmt.Errorf("%s: date %q: %w", l, d, ErrFileDamaged)
		}
	}
	return nil
}

// validKey accepts IDs and keys the app could have made: short, printable,
// and without the "/" that paths use.
func validKey(s string) bool {
	if s == "" || len(s) > maxIDLength || strings.Contains(s, "/") {
		return false
	}
	for _, r := range s {
		if !unicode.IsPrint(r) || unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// ExchangeBase returns the version of programme id last exchanged with the
// working group (see File.Base), or nil if none is recorded.
func (s *Store) ExchangeBase(id string) (*Programme, error) {
	var base *Programme
	err := s.view(id, func(b *programmeBucket) error {
		var err error
		base, err = b.base()
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("exchange base of %s: %w", id, err)
	}
	return base, nil
}

// ExportFile writes programme id as an exchange file, with its recorded
// exchange base.
func (s *Store) ExportFile(id string, w io.Writer, opt WriteOptions) error {
	var p, base *Programme
	err := s.view(id, func(b *programmeBucket) error {
		var err error
		if p, err = b.programme(); err != nil {
			return err
		}
		base, err = b.base()
		return err
	})
	if err != nil {
		return fmt.Errorf("export programme %s: %w", id, err)
	}
	opt.Base = base
	return WriteFile(w, p, opt)
}

// ImportNew stores the file's programme as a new programme, exactly as it
// came, and records it as the base of later exchanges. It keeps the file's
// ID, so that copies on different laptops share it, unless that ID is taken
// here; then the programme gets a new one. Importing the same file again
// (the programme with its ID was last imported or exchanged with exactly
// this content) writes nothing and returns that programme with
// ErrAlreadyImported, so a retried import never duplicates a programme. A
// file saved from this very database still imports as a copy.
func (s *Store) ImportNew(f *File) (*Programme, error) {
	p := f.Programme.Clone()
	baseData, err := Encode(f.Programme)
	if err != nil {
		return nil, err
	}
	err = s.updateTx(func(tx *bolt.Tx) error {
		progs := tx.Bucket(bucketProgrammes)
		if b := progs.Bucket([]byte(p.ID)); b != nil {
			// Importing the same file again must not duplicate it.
			if string(b.Get(keyBase)) == string(baseData) {
				return ErrAlreadyImported
			}
		}
		for progs.Bucket([]byte(p.ID)) != nil {
			p.ID = NewProgrammeID()
		}
		data, err := Encode(p)
		if err != nil {
			return err
		}
		b, err := progs.CreateBucket([]byte(p.ID))
		if err != nil {
			return err
		}
		pb := &programmeBucket{b: b, id: p.ID}
		if err := pb.write(p.Summary(), data); err != nil {
			return err
		}
		return pb.setBase(baseData)
	})
	if errors.Is(err, ErrAlreadyImported) {
		return p, fmt.Errorf("import programme %s: %w", p.ID, err)
	}
	if err != nil {
		return nil, fmt.Errorf("import programme: %w", classify(err))
	}
	return p, nil
}

// PrepareMerge prepares merging the file's programme into programme id.
// The common version is the file's base, else the base recorded here at
// the last exchange, else none (see Merge). Nothing is written; apply the
// merge with ApplyMerge once its conflicts are resolved.
func (s *Store) PrepareMerge(id string, f *File) (*Merge, error) {
	var ours, base *Programme
	err := s.view(id, func(b *programmeBucket) error {
		var err error
		if ours, err = b.programme(); err != nil {
			return err
		}
		base, err = b.base()
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("merge into programme %s: %w", id, err)
	}
	// Of the base this database recorded at its last merge and the base
	// the file carries, the newer is the better common version: after a
	// merge, the recorded base is the file's own programme, so opening the
	// same file again asks nothing that was already decided.
	if f.Base != nil && (base == nil || f.Base.Updated.After(base.Updated)) {
		base = f.Base
	}
	return NewMerge(base, ours, f.Programme), nil
}
