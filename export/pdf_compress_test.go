package export

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// TestCompressPages: fpdf's output without compression, run through
// compressPages, is byte for byte what fpdf writes with compression on.
func TestCompressPages(t *testing.T) {
	fonts, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		pages int
	}{
		{"one page", 1},
		{"many pages", 12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			write := func(compress bool) []byte {
				f := fpdf.New("P", "mm", "A4", "")
				f.SetCompression(compress)
				f.SetCatalogSort(true)
				f.SetCreationDate(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
				f.SetModificationDate(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
				f.AddUTF8FontFromBytes(fontFamily, "", fonts.data[""])
				f.SetFont(fontFamily, "", 11)
				for i := range tt.pages {
					f.AddPage()
					f.MultiCell(0, 5, strings.Repeat("Sivu ja sanoja, äö – ", 40+i), "", "L", false)
				}
				var buf bytes.Buffer
				if err := f.Output(&buf); err != nil {
					t.Fatal(err)
				}
				return buf.Bytes()
			}
			want := write(true)
			got, err := compressPages(write(false))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				for i := range min(len(got), len(want)) {
					if got[i] != want[i] {
						t.Logf("first difference at %d: %q / %q", i, got[max(0, i-80):i+20], want[max(0, i-80):i+20])
						break
					}
				}
				t.Errorf("compressPages gave %d bytes, fpdf's compression %d", len(got), len(want))
			}
		})
	}
}

func TestCompressPagesRefusesOtherFiles(t *testing.T) {
	for _, in := range []string{"", "%PDF-1.4\nnot a pdf", "%PDF-1.4\nstartxref\n3\n%%EOF\n"} {
		if _, err := compressPages([]byte(in)); err == nil {
			t.Errorf("compressPages(%q) gave no error", in)
		}
	}
}
