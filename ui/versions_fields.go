package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// fieldKeyPrefix starts the translation keys of the model's field names,
// which are the JSON names: "versions.field.title". Every JSON name of the
// model must have one (versions_fields_test.go checks).
const fieldKeyPrefix = "versions.field."

// fieldLabel names a changed or conflicting field for people: the JSON
// names of Change.Field translated and joined, "Lähtötaso › Arvo". The
// step's own name is left out, since the place already says it.
func fieldLabel(field, step, ref string) string {
	if field == "" {
		return ""
	}
	parts := strings.Split(field, ".")
	if step != "" && parts[0] == step {
		parts = parts[1:]
	}
	inContact := strings.HasPrefix(ref, "contact:") || strings.HasPrefix(ref, "expert:")
	out := make([]string, 0, len(parts))
	for i, part := range parts {
		// A person's title is their job title, not a name.
		if part == "title" && (inContact || i > 0 && (parts[i-1] == "lead" || parts[i-1] == "ely")) {
			part = "jobTitle"
		}
		out = append(out, fieldName(part))
	}
	return strings.Join(out, " › ")
}

// fieldName translates one JSON name, falling back to the name itself for
// a field added to the model after this version of the translations.
func fieldName(jsonName string) string {
	key := fieldKeyPrefix + jsonName
	if s := lang.L(key); s != key {
		return s
	}
	return jsonName
}

// changePlace names where a change or conflict is: its row (looked up in
// the version that has it, then the other), else its step, else the
// programme's own details.
func changePlace(tpl *checklist.Template, older, newer *programme.Programme, ref, step string, removed bool) string {
	first, second := newer, older
	if removed {
		first, second = older, newer
	}
	if ref != "" {
		for _, p := range []*programme.Programme{first, second} {
			if p == nil {
				continue
			}
			if s, ok := aboutLabelOK(p, tpl, ref); ok {
				return s
			}
		}
	}
	if step != "" {
		return stepNameLabel(tpl, step)
	}
	return lang.L("versions.programmeDetails")
}
