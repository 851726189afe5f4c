package export_test

import (
	"regexp"
	"testing"

	"fi.kotoutus/kotoutus/export"
	"fi.kotoutus/kotoutus/programme"
)

func TestFileName(t *testing.T) {
	tests := []struct {
		name  string
		p     *programme.Programme
		extra string
		ext   string
		want  string
	}{
		{"title with period", &programme.Programme{Municipalities: []string{"Järvilahti"}, Title: "Kotouttamisohjelma 2026–2029", StartYear: 2026, EndYear: 2029}, "", ".pdf", "jarvilahti-kotouttamisohjelma-2026-2029.pdf"},
		{"period added", &programme.Programme{Municipalities: []string{"Järvilahti"}, Title: "Kotouttamisohjelma", StartYear: 2026, EndYear: 2029}, "", ".md", "jarvilahti-kotouttamisohjelma-2026-2029.md"},
		{"no title", &programme.Programme{Municipalities: []string{"Ähtäri"}}, "", ".docx", "ahtari-kotouttamisohjelma.docx"},
		{"joint", &programme.Programme{Municipalities: []string{"Pietarsaari", "Närpiö"}, Title: "Yhteinen ohjelma", StartYear: 2026}, "", ".pdf", "pietarsaari-narpio-yhteinen-ohjelma-2026.pdf"},
		{"Sámi and Swedish letters", &programme.Programme{Municipalities: []string{"Ohcejohka"}, Title: "Čáhppes/Åland: ŋ & ß"}, "", ".pdf", "ohcejohka-cahppes-aland-n-ss.pdf"},
		{"snapshot", &programme.Programme{Municipalities: []string{"Esimerkkikunta"}, Title: "Kotouttamisohjelma 2026–2029", StartYear: 2026, EndYear: 2029}, "Valtuuston hyväksymä", ".pdf", "esimerkkikunta-kotouttamisohjelma-2026-2029-valtuuston-hyvaksyma.pdf"},
		{"nothing", &programme.Programme{}, "", ".pdf", "kotouttamisohjelma.pdf"},
		{"only symbols", &programme.Programme{Municipalities: []string{"???"}, Title: "–"}, "", ".pdf", "kotouttamisohjelma.pdf"},
	}
	safe := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*\.[a-z]+$`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := export.FileName(tt.p, tt.extra, tt.ext)
			if got != tt.want {
				t.Errorf("FileName = %q, want %q", got, tt.want)
			}
			if !safe.MatchString(got) {
				t.Errorf("FileName = %q is not lower-case ASCII with single hyphens", got)
			}
		})
	}
}

func TestFileNameLong(t *testing.T) {
	p := &programme.Programme{Municipalities: []string{"Esimerkkikunta"}}
	for range 20 {
		p.Title += "Hyvin pitkä otsikko "
	}
	got := export.FileName(p, "", ".pdf")
	if len(got) > 84 || got[len(got)-5] == '-' {
		t.Errorf("FileName = %q (%d bytes), want at most 80 bytes before .pdf and no trailing hyphen", got, len(got))
	}
}

func TestFormatsRegistry(t *testing.T) {
	for _, id := range []string{"pdf", "md"} {
		f, ok := export.LookupFormat(id)
		if !ok {
			t.Fatalf("format %s not registered", id)
		}
		if f.NameKey == "" || f.MIME == "" || f.Ext == "" {
			t.Errorf("format %s incomplete: %+v", id, f)
		}
		if g, ok := export.FormatOfFile("x" + f.Ext); !ok || g.ID != id {
			t.Errorf("FormatOfFile(x%s) = %v %v, want %s", f.Ext, g.ID, ok, id)
		}
	}
	if f, ok := export.LookupFormat("Markdown"); !ok || f.ID != "md" {
		t.Errorf("alias markdown = %v %v", f.ID, ok)
	}
	if _, ok := export.LookupFormat("doc"); ok {
		t.Error("unknown format found")
	}
	ids := export.FormatIDs()
	if len(ids) < 2 || ids[0] != "pdf" {
		t.Errorf("FormatIDs = %v, want pdf first", ids)
	}
}
