package checklist_test

import (
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/checklist"
)

// templateLanguages are the languages every template text must have.
var templateLanguages = []string{"fi", "sv", "en"}

// walkTexts calls fn with the path and value of every Text in v.
func walkTexts(v reflect.Value, path string, fn func(path string, t checklist.Text)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkTexts(v.Elem(), path, fn)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				walkTexts(v.Field(i), path+"."+f.Name, fn)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			el := v.Index(i)
			name := path + "[" + strconv.Itoa(i) + "]"
			if el.Kind() == reflect.Struct {
				if id := el.FieldByName("ID"); id.IsValid() && id.Kind() == reflect.String {
					name = path + "[" + id.String() + "]"
				}
			}
			walkTexts(el, name, fn)
		}
	case reflect.Map:
		if t, ok := v.Interface().(checklist.Text); ok {
			fn(path, t)
			return
		}
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		for _, k := range keys {
			walkTexts(v.MapIndex(k), path+"["+k.String()+"]", fn)
		}
	}
}

// TestEveryTextInEveryLanguage fails when a step, item, question, source,
// document element, indicator or any other text of a template lacks its
// Finnish, Swedish or English version, naming each by its path.
func TestEveryTextInEveryLanguage(t *testing.T) {
	for _, id := range checklist.IDs() {
		t.Run(id, func(t *testing.T) {
			tpl, err := checklist.Get(id)
			if err != nil {
				t.Fatal(err)
			}
			count := 0
			var missing []string
			walkTexts(reflect.ValueOf(tpl), id, func(path string, tx checklist.Text) {
				if tx.String() == "" && len(tx) == 0 {
					return // an optional text left out altogether
				}
				count++
				for _, l := range templateLanguages {
					if strings.TrimSpace(tx[l]) == "" {
						missing = append(missing, path+" "+l)
					}
				}
				for l := range tx {
					if !contains(templateLanguages, l) {
						missing = append(missing, path+" has unknown language "+l)
					}
				}
			})
			if count < 100 {
				t.Fatalf("found only %d texts; does the walk still reach the steps?", count)
			}
			if len(missing) > 0 {
				t.Errorf("%d texts lack a language:\n  %s", len(missing), strings.Join(missing, "\n  "))
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestKeyTermsInSwedish pins the terminology pitfall of the 2025 template:
// since 1.1.2025 "integrationsprogram" is the individual's initial-phase
// service package (kotoutumisohjelma), never the municipality's plan, which
// is "program för integrationsfrämjande"; and the employment authority and
// Kela are two actors.
func TestKeyTermsInSwedish(t *testing.T) {
	tpl, err := checklist.Get(checklist.PlanningID)
	if err != nil {
		t.Fatal(err)
	}
	if got := tpl.DocumentTitle.In("sv"); !strings.Contains(got, "integrationsfrämjande") {
		t.Errorf("Swedish document title %q does not name the plan for integration promotion", got)
	}
	walkTexts(reflect.ValueOf(tpl), checklist.PlanningID, func(path string, tx checklist.Text) {
		fi, sv := tx["fi"], tx["sv"]
		if strings.Contains(strings.ToLower(sv), "integrationsprogram") && !strings.Contains(strings.ToLower(fi), "kotoutumisohjelma") {
			t.Errorf("%s: Swedish says integrationsprogram where Finnish has no kotoutumisohjelma: %q", path, sv)
		}
		if strings.Contains(fi, "työvoimaviranomai") && strings.Contains(fi, "Kela") &&
			(!strings.Contains(sv, "arbetskraftsmyndighet") || !strings.Contains(sv, "FPA") || strings.Contains(sv, "FPA som arbetskraftsmyndighet")) {
			t.Errorf("%s: Swedish must name the employment authority and FPA as two actors: %q", path, sv)
		}
	})
}

// TestSourceCitedInEveryLanguage: each template cites the publisher's own
// Swedish and English page of its checklist, with its title as published,
// so a Swedish or English reader is not sent to the Finnish page.
func TestSourceCitedInEveryLanguage(t *testing.T) {
	for _, id := range checklist.IDs() {
		tpl, err := checklist.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range templateLanguages[1:] {
			title, url := tpl.Source.In(l)
			if title == tpl.Source.Title || !strings.HasPrefix(url, "https://kotoutuminen.fi/"+l+"/") {
				t.Errorf("%s: the %s citation is %q at %q", id, l, title, url)
			}
		}
	}
}
