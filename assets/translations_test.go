package assets

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
)

// reporter is the part of testing.T the comparison reports through, so
// that a test can check what it reports.
type reporter interface {
	Helper()
	Errorf(format string, args ...any)
}

// recorder keeps what the comparison reported.
type recorder struct{ errors []string }

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

// languages are the app's languages; Finnish is the reference every other
// file is compared with.
var languages = []string{"fi", "sv", "en"}

// placeholder finds {{.Name}} template fields and {name} document fields.
var placeholder = regexp.MustCompile(`\{\{[^}]*\}\}|\{[A-Za-z]+\}`)

// flatten reads a translation file into key → text; a plural entry
// {"one": …, "other": …} becomes key#one and key#other.
func flatten(t reporter, fsys fs.FS, name string) map[string]string {
	t.Helper()
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		t.Errorf("%v", err)
		return nil
	}
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Errorf("%s: %v", name, err)
		return nil
	}
	out := map[string]string{}
	for k, v := range raw {
		switch v := v.(type) {
		case string:
			out[k] = v
		case map[string]any:
			for form, s := range v {
				str, _ := s.(string)
				out[k+"#"+form] = str
			}
		default:
			t.Errorf("%s: key %q is neither a text nor plural forms", name, k)
		}
	}
	return out
}

// fieldsOf returns the placeholders of s, sorted and without repeats.
func fieldsOf(s string) string {
	seen := map[string]bool{}
	for _, m := range placeholder.FindAllString(s, -1) {
		seen[m] = true
	}
	out := make([]string, 0, len(seen))
	for m := range seen {
		out = append(out, m)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// compareLanguages checks that the files of every language hold the keys of
// the Finnish file and nothing else, with the same placeholders, and lists
// every difference by file and key so a failure says what to translate.
func compareLanguages(t reporter, fsys fs.FS, nameOf func(lang string) string) {
	t.Helper()
	fi := flatten(t, fsys, nameOf("fi"))
	if len(fi) == 0 {
		t.Errorf("%s has no keys", nameOf("fi"))
		return
	}
	for _, l := range languages[1:] {
		name := nameOf(l)
		if _, err := fs.Stat(fsys, name); err != nil {
			t.Errorf("%s is missing: every %s needs a file for %s with the same keys", name, nameOf("fi"), l)
			continue
		}
		other := flatten(t, fsys, name)
		var missing, extra, fields []string
		for k, v := range fi {
			o, ok := other[k]
			switch {
			case !ok || strings.TrimSpace(o) == "" && strings.TrimSpace(v) != "":
				missing = append(missing, k)
			case fieldsOf(o) != fieldsOf(v):
				fields = append(fields, fmt.Sprintf("%s (fi %q, %s %q)", k, fieldsOf(v), l, fieldsOf(o)))
			}
		}
		for k := range other {
			if _, ok := fi[k]; !ok {
				extra = append(extra, k)
			}
		}
		sort.Strings(missing)
		sort.Strings(extra)
		sort.Strings(fields)
		if len(missing) > 0 {
			t.Errorf("%s lacks %d keys of %s:\n  %s", name, len(missing), nameOf("fi"), strings.Join(missing, "\n  "))
		}
		if len(extra) > 0 {
			t.Errorf("%s has %d keys that %s does not:\n  %s", name, len(extra), nameOf("fi"), strings.Join(extra, "\n  "))
		}
		if len(fields) > 0 {
			t.Errorf("%s: placeholders differ from Finnish:\n  %s", name, strings.Join(fields, "\n  "))
		}
	}
}

// TestInterfaceTranslationsComplete fails when a key of any
// lang/<prefix>.fi.json is missing from the Swedish or English file beside
// it, when a key exists in one language only, or when a translation lost a
// placeholder.
func TestInterfaceTranslationsComplete(t *testing.T) {
	entries, err := Translations.ReadDir(TranslationsDir)
	if err != nil {
		t.Fatal(err)
	}
	prefixes := map[string]bool{}
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".json")
		i := strings.LastIndex(name, ".")
		if i < 0 {
			t.Errorf("%s: name it <prefix>.<language>.json", e.Name())
			continue
		}
		prefix, l := name[:i], name[i+1:]
		known := false
		for _, k := range languages {
			known = known || k == l
		}
		if !known {
			t.Errorf("%s: unknown language %q", e.Name(), l)
		}
		prefixes[prefix] = true
	}
	if len(prefixes) < 5 {
		t.Fatalf("found only %d translation files; is TranslationsDir right?", len(prefixes))
	}
	for prefix := range prefixes {
		t.Run(prefix, func(t *testing.T) {
			if _, err := fs.Stat(Translations, TranslationsDir+"/"+prefix+".fi.json"); err != nil {
				t.Fatalf("%s has no Finnish file, which every language is compared with", prefix)
			}
			compareLanguages(t, Translations, func(l string) string {
				return TranslationsDir + "/" + prefix + "." + l + ".json"
			})
		})
	}
}

// TestDocumentTextsComplete does the same for the exported document's
// fixed texts, doc/<lang>.json.
func TestDocumentTextsComplete(t *testing.T) {
	compareLanguages(t, DocTexts, func(l string) string { return DocTextsDir + "/" + l + ".json" })
}

// TestComparisonFindsGaps pins that the comparison reports a missing key, a
// key in one language only and a lost placeholder.
func TestComparisonFindsGaps(t *testing.T) {
	fsys := fstest.MapFS{
		"x.fi.json": {Data: []byte(`{"a": "A {{.N}}", "b": "B", "p": {"one": "1", "other": "{{.Count}}"}}`)},
		"x.sv.json": {Data: []byte(`{"a": "A", "c": "C", "p": {"one": "1", "other": "{{.Count}}"}}`)},
		"x.en.json": {Data: []byte(`{"a": "A {{.N}}", "b": "B", "p": {"one": "1", "other": "{{.Count}}"}}`)},
	}
	rec := &recorder{}
	compareLanguages(rec, fsys, func(l string) string { return "x." + l + ".json" })
	got := strings.Join(rec.errors, "\n")
	for _, want := range []string{"x.sv.json lacks 1 keys", "  b", "x.sv.json has 1 keys that", "  c", "placeholders differ", "a ("} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "x.en.json") {
		t.Errorf("the complete English file was reported:\n%s", got)
	}
}

// areaPrefixes names, per interface area, the key prefixes its file holds:
// the files are split by where a text appears, not by when it was written.
// A new prefix gets a line here, in the area a translator would look for it.
var areaPrefixes = map[string][]string{
	"app":                  {"about", "action", "app", "find", "trace", "close", "create", "error", "field", "home", "item", "kind", "menu", "rows", "sidebar", "template", "source", "startup", "status", "time", "trash", "window", "prefs", "language"},
	"cli":                  {"cli", "cmd", "cliexport", "clireport"},
	"steps":                {"step", "planForm", "findings", "missing", "progress"},
	"step1-responsibility": {"responsibility"},
	"step2-cooperation":    {"cooperation"},
	"step3-situation":      {"situation"},
	"step4-goals":          {"goals"},
	"step5-document":       {"document", "docsettings", "translation"},
	"step6-monitoring":     {"monitoring"},
	"step7-communication":  {"communication"},
	"checker":              {"check", "checker"},
	"export":               {"export", "preflight", "docstate", "layout", "state", "logo"},
	"import":               {"import", "convert", "csv"},
	"followup":             {"followup", "chart", "timeline", "dashboard"},
	"review":               {"review", "comments", "merge", "file", "exchange"},
	"versions":             {"versions"},
	"store":                {"store", "limit", "backup", "damaged"},
	"filedialog":           {"filedialog"},
}

// TestKeysLiveInTheirArea fails when a key sits in another area's file or
// its prefix belongs to no area, so the split by area does not erode.
func TestKeysLiveInTheirArea(t *testing.T) {
	areaOf := map[string]string{}
	for area, prefixes := range areaPrefixes {
		for _, p := range prefixes {
			areaOf[p] = area
		}
	}
	entries, err := Translations.ReadDir(TranslationsDir)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, e := range entries {
		file := strings.TrimSuffix(e.Name(), ".json")
		area := file[:strings.LastIndex(file, ".")]
		if area == "fyne" { // Fyne's own keys, named by Fyne
			continue
		}
		data, err := fs.ReadFile(Translations, TranslationsDir+"/"+e.Name())
		if err != nil {
			t.Fatal(err)
		}
		var texts map[string]json.RawMessage
		if err := json.Unmarshal(data, &texts); err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		for key := range texts {
			prefix, _, _ := strings.Cut(key, ".")
			switch want, ok := areaOf[prefix]; {
			case !ok:
				t.Errorf("%s: key %q has a prefix no area holds; add it to areaPrefixes", e.Name(), key)
			case want != area:
				t.Errorf("%s: key %q belongs in %s.<lang>.json", e.Name(), key, want)
			}
			checked++
		}
	}
	if checked < 1000 {
		t.Fatalf("checked only %d keys; is TranslationsDir right?", checked)
	}
}
