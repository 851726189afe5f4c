package programme

import (
	"errors"
	"fmt"
	"reflect"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"

	"fi.kotoutus/kotoutus/internal/mdtext"
)

// Limits on content that enters the app: from exchange files (ReadFile),
// Markdown import (PlanImport), indicator CSV files (ReadCSV) and the
// editors and paste (CheckDraft).
// A municipality's whole programme is a few hundred kilobytes; every limit
// is far above that, and exists so that a hostile or broken file cannot make
// saving, preview or export run for minutes or fill the memory. The README's
// limits table lists the same values; keep the two in step.
//
//	Limit             Value     What it bounds
//	MaxDraftBytes     256 KiB   one section's draft (about 35,000 words)
//	MaxFieldBytes     16 KiB    any other text field (a title, a note, a name)
//	MaxImportDepth    32        nesting of lists and quotes in a draft (blocks)
//	MaxListItems      2,000     list items in one draft
//	MaxTableCells     5,000     table cells in one draft
//	MaxRows           1,000     rows in one collection (goals, measures, members …)
//	MaxProgrammeBytes 8 MiB     one programme, encoded
//	MaxFileSize       32 MiB    an exchange file as read
//	MaxUnpackedSize   64 MiB    what a compressed exchange file unpacks to
//	MaxImportBytes    2 MiB     a Markdown file to import
//	MaxImportSections 200       headings in a Markdown file to import
//	MaxCSVBytes       2 MiB     an indicator CSV file to import
//	MaxCSVRows        10,000    rows in an indicator CSV file
//	MaxCSVColumns     500       columns in an indicator CSV file
//	MaxCSVCellBytes   1 KiB     one cell of an indicator CSV file
const (
	MaxCSVBytes     = 2 << 20
	MaxCSVRows      = 10000
	MaxCSVColumns   = 500
	MaxCSVCellBytes = 1 << 10
)

const (
	MaxDraftBytes     = 256 << 10
	MaxFieldBytes     = 16 << 10
	MaxListItems      = 2000
	MaxTableCells     = 5000
	MaxRows           = 1000
	MaxProgrammeBytes = 8 << 20
)

// ErrTooLarge means content exceeds one of the limits above; the error's
// LimitError names which.
var ErrTooLarge = errors.New("content exceeds a limit")

// ErrBadText means text is not valid UTF-8.
var ErrBadText = errors.New("text is not valid UTF-8")

// LimitError says which limit was exceeded, and where.
type LimitError struct {
	// Limit is the name of the limit, e.g. "MaxDraftBytes".
	Limit string
	// Max is its value; Where is the field or row path.
	Max   int
	Where string
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("%s: over %s (%d)", e.Where, e.Limit, e.Max)
}

// Unwrap makes errors.Is(err, ErrTooLarge) hold.
func (e *LimitError) Unwrap() error { return ErrTooLarge }

// CheckDraft checks one section draft against the limits: its length, that
// it is UTF-8, how deeply it nests and how many list items and table cells
// it has. Editors call it before accepting pasted or typed text.
func CheckDraft(draft string) error {
	return checkDraft(draft, "draft")
}

// CheckField checks the text of any field other than a draft: its length
// and that it is UTF-8. Editors call it before storing a change.
func CheckField(text string) error {
	if len(text) > MaxFieldBytes {
		return &LimitError{Limit: "MaxFieldBytes", Max: MaxFieldBytes, Where: "field"}
	}
	if !utf8.ValidString(text) {
		return fmt.Errorf("field: %w", ErrBadText)
	}
	return nil
}

// pasteBytes is how much a draft may grow in one change before the change
// is checked in full: typing adds a character or a few at a time, and
// parsing a 3,000-word draft on every keystroke would cost what the pieced
// editor saves. Such small steps can only reach the structural limits after
// thousands of changes, while the length limit is checked on every one.
const pasteBytes = 512

// CheckDraftEdit checks a change of a draft from before to after: its
// length always, and everything CheckDraft checks when the change is
// large enough to be a paste.
func CheckDraftEdit(before, after string) error {
	if len(after) > MaxDraftBytes {
		return &LimitError{Limit: "MaxDraftBytes", Max: MaxDraftBytes, Where: "draft"}
	}
	if len(after)-len(before) > pasteBytes {
		return CheckDraft(after)
	}
	return nil
}

func checkDraft(draft, where string) error {
	if len(draft) > MaxDraftBytes {
		return &LimitError{Limit: "MaxDraftBytes", Max: MaxDraftBytes, Where: where}
	}
	if !utf8.ValidString(draft) {
		return fmt.Errorf("%s: %w", where, ErrBadText)
	}
	if draft == "" {
		return nil
	}
	doc := mdtext.Parse([]byte(draft))
	if depth(doc) > MaxImportDepth {
		return &LimitError{Limit: "MaxImportDepth", Max: MaxImportDepth, Where: where}
	}
	items, cells := 0, 0
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindListItem:
			if items++; items > MaxListItems {
				return ast.WalkStop, &LimitError{Limit: "MaxListItems", Max: MaxListItems, Where: where}
			}
		case extast.KindTableCell:
			if cells++; cells > MaxTableCells {
				return ast.WalkStop, &LimitError{Limit: "MaxTableCells", Max: MaxTableCells, Where: where}
			}
		}
		return ast.WalkContinue, nil
	})
	return err
}

// CheckLimits checks a whole programme against the limits: every draft
// (CheckDraft), every other text field, every collection's row count and
// the encoded size. Exchange files are checked with it before anything is
// stored.
func (p *Programme) CheckLimits() error {
	for i, s := range p.Document.Sections {
		if err := checkDraft(s.Draft, fmt.Sprintf("document.sections[%d].draft", i)); err != nil {
			return err
		}
	}
	if err := checkSizes(rootLoc(), reflect.ValueOf(p).Elem(), true); err != nil {
		return err
	}
	if err := p.checkTranslationLimits(); err != nil {
		return err
	}
	if l := p.Document.Logo; l != nil {
		if err := l.check(); err != nil {
			return err
		}
	}
	data, err := Encode(p)
	if err != nil {
		return err
	}
	if len(data) > MaxProgrammeBytes {
		return &LimitError{Limit: "MaxProgrammeBytes", Max: MaxProgrammeBytes, Where: "programme"}
	}
	return nil
}

// checkSizes walks the value like checkRows and applies the field and row
// limits; drafts were checked on their own.
func checkSizes(l loc, v reflect.Value, top bool) error {
	t := v.Type()
	switch shapeOf(t) {
	case shapeStruct:
		for _, f := range fieldsOf(t) {
			if top && f.name == StepDocument {
				// Sections' drafts have their own, larger limit.
				if err := checkDocumentSizes(l.field(f.name), v.Field(f.index)); err != nil {
					return err
				}
				continue
			}
			if err := checkSizes(l.field(f.name), v.Field(f.index), false); err != nil {
				return err
			}
		}
	case shapePtr:
		if !v.IsNil() {
			return checkSizes(l, v.Elem(), false)
		}
	case shapeMap:
		if v.Len() > MaxRows {
			return &LimitError{Limit: "MaxRows", Max: MaxRows, Where: l.String()}
		}
		for _, k := range v.MapKeys() {
			if err := checkSizes(l.key(k.String(), ""), v.MapIndex(k), false); err != nil {
				return err
			}
		}
	case shapeRows:
		if v.Len() > MaxRows {
			return &LimitError{Limit: "MaxRows", Max: MaxRows, Where: l.String()}
		}
		for i := 0; i < v.Len(); i++ {
			if err := checkSizes(l.key(rowID(v.Index(i)), ""), v.Index(i), false); err != nil {
				return err
			}
		}
	default:
		return checkLeafSize(l, v)
	}
	return nil
}

// checkLeafSize bounds a string or a list of strings.
func checkLeafSize(l loc, v reflect.Value) error {
	switch v.Kind() {
	case reflect.String:
		if v.Len() > MaxFieldBytes {
			return &LimitError{Limit: "MaxFieldBytes", Max: MaxFieldBytes, Where: l.String()}
		}
	case reflect.Slice:
		if v.Len() > MaxRows {
			return &LimitError{Limit: "MaxRows", Max: MaxRows, Where: l.String()}
		}
		if v.Type().Elem().Kind() == reflect.String {
			for i := 0; i < v.Len(); i++ {
				if v.Index(i).Len() > MaxFieldBytes {
					return &LimitError{Limit: "MaxFieldBytes", Max: MaxFieldBytes, Where: l.String()}
				}
			}
		}
	}
	return nil
}

// checkDocumentSizes applies the row limit to the sections and the field
// limit to everything of a section but its draft.
func checkDocumentSizes(l loc, v reflect.Value) error {
	secs := v.FieldByName("Sections")
	if secs.IsValid() && secs.Len() > MaxRows {
		return &LimitError{Limit: "MaxRows", Max: MaxRows, Where: l.String()}
	}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() || f.Name == "Sections" {
			continue
		}
		if err := checkLeafSize(l, v.Field(i)); err != nil {
			return err
		}
	}
	if !secs.IsValid() {
		return nil
	}
	for i := 0; i < secs.Len(); i++ {
		s := secs.Index(i)
		st := s.Type()
		for j := 0; j < st.NumField(); j++ {
			if !st.Field(j).IsExported() || st.Field(j).Name == "Draft" {
				continue
			}
			if err := checkLeafSize(l, s.Field(j)); err != nil {
				return err
			}
		}
	}
	return nil
}
