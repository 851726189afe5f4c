package i18n

import (
	"errors"

	"fi.kotoutus/kotoutus/internal/i18n/locale"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// KindHeading is the heading of a group of checklist items of kind k.
func KindHeading(k checklist.Kind) string { return L("kind." + string(k)) }

// ImportOptions are the import settings of the interface language: element
// titles are matched in it and the preamble gets its title in it.
func ImportOptions() programme.ImportOptions {
	return programme.ImportOptions{Language: Language(), PreambleTitle: L("import.preambleTitle")}
}

// DescribeImport explains why a file could not be imported, in one
// sentence that says nothing was changed and what to do.
func DescribeImport(err error) string {
	key := ""
	switch {
	case errors.Is(err, programme.ErrDOCXLegacy):
		key = "import.docxLegacy"
	case errors.Is(err, programme.ErrDOCXTooLarge):
		key = "import.docxTooLarge"
	case errors.Is(err, programme.ErrDOCXUnsafe):
		key = "import.docxUnsafe"
	case errors.Is(err, programme.ErrDOCXNotDocx) && !errors.Is(err, programme.ErrImportBinary):
		key = "import.docxNotDocx"
	case errors.Is(err, programme.ErrImportTooLarge):
		key = "import.tooLarge"
	case errors.Is(err, programme.ErrImportBinary):
		key = "import.binary"
	case errors.Is(err, programme.ErrImportEncoding):
		key = "import.encoding"
	case errors.Is(err, programme.ErrImportEmpty):
		key = "import.empty"
	case errors.Is(err, programme.ErrImportTooDeep):
		key = "import.tooDeep"
	case errors.Is(err, programme.ErrImportTooManySections):
		key = "import.tooManySections"
	default:
		return L("import.failed", map[string]any{"Reason": Describe(err)})
	}
	return L(key, map[string]any{
		"MaxMB": programme.MaxImportBytes >> 20, "MaxDOCXMB": programme.MaxDOCXBytes >> 20, "MaxPartMB": programme.MaxDOCXPartBytes >> 20,
		"MaxDepth": programme.MaxImportDepth, "MaxSections": programme.MaxImportSections,
	})
}

// ImportTargetText says where an import entry goes.
func ImportTargetText(e *programme.ImportEntry) string {
	args := map[string]any{"Title": e.Title}
	switch e.Match {
	case programme.MatchExact:
		return L("import.toElement", args)
	case programme.MatchSimilar:
		return L("import.toSimilar", args)
	case programme.MatchExisting:
		return L("import.toExisting", args)
	}
	return L("import.toNew", args)
}

// ImportNoteText tells an import entry's length and what it does to a draft.
func ImportNoteText(e *programme.ImportEntry) string {
	words := WordsText(e.Words())
	if e.Line == 0 {
		// A Word file: no line to point to.
		switch {
		case e.Words() == 0 && e.SectionID != "":
			return L("import.noteEmptyKeptNoLine")
		case e.Replaces:
			return L("import.noteReplacesNoLine", map[string]any{"Words": words})
		}
		return words
	}
	switch {
	case e.Words() == 0 && e.SectionID != "":
		return L("import.noteEmptyKept", map[string]any{"Line": e.Line})
	case e.Replaces:
		return L("import.noteReplaces", map[string]any{"Words": words, "Line": e.Line})
	}
	return L("import.note", map[string]any{"Words": words, "Line": e.Line})
}

// ImportPlanLines describes a plan one line per part, for the command line.
func ImportPlanLines(plan *programme.ImportPlan) []string {
	out := make([]string, 0, len(plan.Entries))
	for i := range plan.Entries {
		e := &plan.Entries[i]
		heading := e.Heading
		if heading == "" {
			heading = L("import.preamble")
		}
		out = append(out, L("import.cliLine", map[string]any{
			"Heading": heading, "Target": ImportTargetText(e), "Note": ImportNoteText(e),
		}))
	}
	return out
}

// WordsText writes "1 234 sanaa" with the right plural.
func WordsText(n int) string {
	return XN("document.words", "document.words", n, map[string]any{"Count": GroupThousands(n)})
}

// GroupThousands writes n in the interface language's notation: groups of
// three digits with a no-break space (Finnish, Swedish) or a comma (English).
func GroupThousands(n int) string { return locale.Number(Language(), float64(n)) }
