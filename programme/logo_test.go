package programme_test

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"testing"

	"fi.kotoutus/kotoutus/programme"
)

// crest draws a w×h picture with a transparent corner when alpha is set.
func crest(w, h int, alpha bool) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := color.NRGBA{R: uint8(20 + x%200), G: 60, B: uint8(90 + y%150), A: 255}
			if alpha && x < w/4 && y < h/4 {
				c.A = 0
			}
			img.SetNRGBA(x, y, c)
		}
	}
	return img
}

func encodePNG(t *testing.T, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestNewLogo(t *testing.T) {
	var jpg, gf bytes.Buffer
	if err := jpeg.Encode(&jpg, crest(120, 80, false), nil); err != nil {
		t.Fatal(err)
	}
	if err := gif.Encode(&gf, crest(40, 40, false), nil); err != nil {
		t.Fatal(err)
	}
	paletted := image.NewPaletted(image.Rect(0, 0, 32, 32), color.Palette{color.Black, color.White, color.Transparent})
	paletted.SetColorIndex(0, 0, 2)
	gray16 := image.NewGray16(image.Rect(0, 0, 20, 20))
	sound := encodePNG(t, crest(200, 240, true))
	cases := []struct {
		name   string
		data   []byte
		w, h   int
		want   error  // nil: accepted
		limit  string // the LimitError's limit, if any
		colour byte   // the stored PNG's colour type: 2 RGB, 6 RGBA
	}{
		{name: "png with transparency", data: sound, w: 200, h: 240, colour: 6},
		{name: "jpeg", data: jpg.Bytes(), w: 120, h: 80, colour: 2},
		{name: "paletted png", data: encodePNG(t, paletted), w: 32, h: 32, colour: 6},
		{name: "16-bit grey png", data: encodePNG(t, gray16), w: 20, h: 20, colour: 2},
		{name: "gif", data: gf.Bytes(), want: programme.ErrNotImage},
		{name: "pdf named png", data: []byte("%PDF-1.7\n1 0 obj"), want: programme.ErrNotImage},
		{name: "empty", data: nil, want: programme.ErrNotImage},
		{name: "cut short", data: sound[:len(sound)/2], want: programme.ErrBadImage},
		{name: "header only", data: sound[:40], want: programme.ErrBadImage},
		{name: "too wide", data: encodePNG(t, image.NewGray(image.Rect(0, 0, programme.MaxLogoSide+1, 20))), want: programme.ErrTooLarge, limit: "MaxLogoSide"},
		{name: "too small", data: encodePNG(t, crest(programme.MinLogoSide-1, 40, false)), want: programme.ErrLogoTooSmall},
		{name: "file too large", data: append(bytes.Clone(sound), make([]byte, programme.MaxLogoFileBytes)...), want: programme.ErrTooLarge, limit: "MaxLogoFileBytes"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l, err := programme.NewLogo(c.data, "/home/k/Kuvat/vaakuna.png")
			if c.want != nil {
				if !errors.Is(err, c.want) || l != nil {
					t.Fatalf("NewLogo: %v, %v; want %v", l, err, c.want)
				}
				var le *programme.LimitError
				if c.limit != "" && (!errors.As(err, &le) || le.Limit != c.limit) {
					t.Errorf("limit %v, want %s", err, c.limit)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if l.Width != c.w || l.Height != c.h || l.Name != "vaakuna.png" || l.Alt != "" {
				t.Errorf("logo %dx%d %q alt %q", l.Width, l.Height, l.Name, l.Alt)
			}
			cfg, err := png.DecodeConfig(bytes.NewReader(l.Image))
			if err != nil || cfg.Width != c.w || cfg.Height != c.h {
				t.Fatalf("stored picture: %v %+v", err, cfg)
			}
			if depth, colour, interlace := l.Image[24], l.Image[25], l.Image[28]; depth != 8 || colour != c.colour || interlace != 0 {
				t.Errorf("stored PNG: depth %d colour %d interlace %d, want 8 %d 0", depth, colour, interlace, c.colour)
			}
		})
	}
}

// TestLogoTravelsInExchangeFiles writes a programme with a logo to an
// exchange file and reads it back, and checks that a file whose logo is
// not what NewLogo writes is refused.
func TestLogoTravelsInExchangeFiles(t *testing.T) {
	logo, err := programme.NewLogo(encodePNG(t, crest(64, 64, true)), "vaakuna.png")
	if err != nil {
		t.Fatal(err)
	}
	write := func(l *programme.Logo) []byte {
		p := sample("Akaa")
		p.Document.SetLogo(l)
		var buf bytes.Buffer
		if err := programme.WriteFile(&buf, p, programme.WriteOptions{App: "test"}); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	good := *logo
	good.Alt = "Akaan vaakuna: punainen kilpi"
	f, err := programme.ReadFile(bytes.NewReader(write(&good)))
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Programme.Document.Logo; got == nil || !bytes.Equal(got.Image, logo.Image) || got.Alt != good.Alt || got.Width != 64 {
		t.Fatalf("logo read back: %+v", got)
	}

	interlaced := bytes.Clone(logo.Image)
	interlaced[28] = 1
	var jpg bytes.Buffer
	if err := jpeg.Encode(&jpg, crest(64, 64, false), nil); err != nil {
		t.Fatal(err)
	}
	for name, l := range map[string]programme.Logo{
		"not a png":     {Image: jpg.Bytes(), Width: 64, Height: 64},
		"interlaced":    {Image: interlaced, Width: 64, Height: 64},
		"wrong size":    {Image: logo.Image, Width: 65, Height: 64},
		"garbage":       {Image: append(bytes.Clone(logo.Image[:33]), bytes.Repeat([]byte{7}, 500)...), Width: 64, Height: 64},
		"huge alt text": {Image: logo.Image, Width: 64, Height: 64, Alt: string(bytes.Repeat([]byte("a"), programme.MaxFieldBytes+1))},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := programme.ReadFile(bytes.NewReader(write(&l))); err == nil {
				t.Error("a file with this logo was read")
			}
		})
	}
}

func TestLogoAltAndReplace(t *testing.T) {
	var d programme.Document
	if err := d.SetLogoAlt("x"); !errors.Is(err, programme.ErrNoLogo) {
		t.Errorf("alt without a logo: %v", err)
	}
	a, _ := programme.NewLogo(encodePNG(t, crest(30, 30, false)), "a.png")
	b, _ := programme.NewLogo(encodePNG(t, crest(40, 30, false)), "b.png")
	d.SetLogo(a)
	if err := d.SetLogoAlt("  Akaan   vaakuna "); err != nil || d.Logo.Alt != "Akaan vaakuna" {
		t.Fatalf("alt %q, %v", d.Logo.Alt, err)
	}
	d.SetLogo(b)
	if d.Logo.Name != "b.png" || d.Logo.Alt != "Akaan vaakuna" {
		t.Errorf("after replacing: %q alt %q", d.Logo.Name, d.Logo.Alt)
	}
	d.SetLogo(nil)
	if d.Logo != nil {
		t.Error("logo not removed")
	}
}
