package i18n

import "fi.kotoutus/kotoutus/programme"

// FindingText is a checker finding as one sentence: its key translated with
// its arguments and Subject. A finding made before the checker set keys
// reads "missing."+Code, as the step pages always did.
func FindingText(f programme.Finding) string {
	key := f.Key
	if key == "" {
		key = programme.CheckKey(programme.FamilyMissing, f.Code)
	}
	data := make(map[string]any, len(f.Args)+1)
	for k, v := range f.Args {
		data[k] = v
	}
	data["Subject"] = f.Subject
	if len(f.SubjectText) > 0 {
		data["Subject"] = f.SubjectText.In(Language())
	}
	return L(key, data)
}

// SeverityLabel names a severity ("virhe", "varoitus", "vihje").
func SeverityLabel(s programme.Severity) string { return L("check.severity." + string(s)) }

// SourceText cites a finding's source in one line, or "" without one.
func SourceText(f programme.Finding) string {
	if f.Source == nil {
		return ""
	}
	src := f.Source.In(Language())
	return L("check.source", map[string]any{"Title": src.Title, "Section": src.Section, "URL": src.URL, "Derived": src.Derived})
}

// CountsText tells how many errors, warnings and hints there are.
func CountsText(c programme.Counts) string {
	return L("check.counts", map[string]any{"Errors": c.Errors, "Warnings": c.Warnings, "Hints": c.Hints})
}
