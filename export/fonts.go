package export

import (
	"fmt"
	"io/fs"
	"math"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"fi.kotoutus/kotoutus/assets"
)

// fontFamily is the name the PDF registers the embedded font under.
const fontFamily = "dejavu"

// fontFiles maps fpdf's style strings to the embedded files.
var fontFiles = map[string]string{
	"":   "DejaVuSans.ttf",
	"B":  "DejaVuSans-Bold.ttf",
	"I":  "DejaVuSans-Oblique.ttf",
	"BI": "DejaVuSans-BoldOblique.ttf",
}

// fontSet is the embedded font in its four styles with the characters
// every style can print.
type fontSet struct {
	data map[string][]byte
	// widths are the advance widths per style in thousandths of an em,
	// rounded as fpdf rounds them, so that text measured here lines up
	// with what fpdf draws.
	widths map[string]*[1 << 16]uint16
	// covered has, per style, a bit for every rune of the Basic
	// Multilingual Plane the style has a glyph for. The styles differ:
	// the oblique faces have no Arabic, for one.
	covered map[string]*[1 << 16 / 64]uint64
}

var (
	fontsOnce sync.Once
	fonts     *fontSet
	fontsErr  error
)

// loadFonts reads the embedded fonts once and works out their coverage.
func loadFonts() (*fontSet, error) {
	fontsOnce.Do(func() { fonts, fontsErr = readFonts() })
	return fonts, fontsErr
}

func readFonts() (*fontSet, error) {
	fsx := &fontSet{data: map[string][]byte{}, widths: map[string]*[1 << 16]uint16{}, covered: map[string]*[1 << 16 / 64]uint64{}}
	var buf sfnt.Buffer
	for style, name := range fontFiles {
		data, err := fs.ReadFile(assets.Fonts, assets.FontsDir+"/"+name)
		if err != nil {
			return nil, fmt.Errorf("load fonts: %w", err)
		}
		f, err := sfnt.Parse(data)
		if err != nil {
			return nil, fmt.Errorf("load fonts: %s: %w", name, err)
		}
		fsx.data[style] = data
		upem := int(f.UnitsPerEm())
		scale := 1000 / float64(upem)
		w := new([1 << 16]uint16)
		cov := new([1 << 16 / 64]uint64)
		for r := rune(0); r < 1<<16; r++ {
			gi, err := f.GlyphIndex(&buf, r)
			if err != nil || gi == 0 {
				continue
			}
			cov[r/64] |= 1 << (uint(r) % 64)
			adv, err := f.GlyphAdvance(&buf, gi, fixed.Int26_6(upem<<6), font.HintingNone)
			if err != nil {
				return nil, fmt.Errorf("load fonts: %s: %w", name, err)
			}
			w[r] = uint16(math.Round(scale * float64(adv) / 64))
		}
		fsx.widths[style] = w
		fsx.covered[style] = cov
	}
	return fsx, nil
}

// has tells whether the font's style can print r.
func (f *fontSet) has(style string, r rune) bool {
	c := f.covered[style]
	return c != nil && r >= 0 && r < 1<<16 && c[r/64]&(1<<(uint(r)%64)) != 0
}

// width returns the advance width of s in style, in thousandths of an em.
func (f *fontSet) width(style string, s string) int {
	w := f.widths[style]
	total := 0
	for _, r := range s {
		if r >= 0 && r < 1<<16 {
			total += int(w[r])
		}
	}
	return total
}
