package programme

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
	"image/png"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Logo is the municipality's logo or crest, which the exported document
// shows on its title page. It is chosen once per programme (NewLogo) and
// travels with it, in the database and in exchange files.
type Logo struct {
	// Image is the picture as an 8-bit PNG without interlacing, the form
	// NewLogo writes whatever was chosen, so that every exporter reads one
	// kind of file.
	Image ImageData `json:"image"`
	// Width and Height are the picture's size in pixels.
	Width  int `json:"width"`
	Height int `json:"height"`
	// Name is the chosen file's name, shown in the document settings.
	Name string `json:"name,omitempty"`
	// Alt is the alternative text for readers who cannot see the picture;
	// empty means the exporter's default, "<kunta> – vaakuna".
	Alt string `json:"alt,omitempty"`
}

// ImageData is the bytes of a picture. It is stored as base64 text, and
// comparisons show its size rather than its bytes.
type ImageData []byte

// Limits on a logo (the README's limits table lists them too). A crest on
// a title page is about 4 cm wide, some 500 pixels at print resolution; the
// limits leave room for a large scan and stop a file that would take much
// memory to decode (a small PNG can claim a huge picture).
//
//	Limit            Value     What it bounds
//	MaxLogoFileBytes 2 MiB     the chosen PNG or JPEG file
//	MaxLogoSide      2,048 px  the picture's width and height
//	MinLogoSide      16 px     the picture's width and height
//	MaxLogoBytes     1 MiB     the picture as stored (PNG)
const (
	MaxLogoFileBytes = 2 << 20
	MaxLogoSide      = 2048
	MinLogoSide      = 16
	MaxLogoBytes     = 1 << 20
)

// ErrNotImage means a file chosen as the logo is neither a PNG nor a JPEG
// picture (by its first bytes, whatever its name says).
var ErrNotImage = errors.New("not a PNG or JPEG picture")

// ErrBadImage means a PNG or JPEG file that cannot be read to its end: cut
// short, damaged, or made to look like a picture.
var ErrBadImage = errors.New("picture cannot be read")

// ErrLogoTooSmall means a picture under MinLogoSide pixels wide or high,
// too small to print.
var ErrLogoTooSmall = errors.New("picture is too small for a logo")

// NewLogo checks a picture file chosen as the logo and returns it
// normalised to PNG, with the default alternative text. name is the file's
// name, kept for display. A file is refused, with a LimitError or one of
// ErrNotImage, ErrBadImage and ErrLogoTooSmall, when it is too large, not
// a PNG or JPEG, claims a size outside the limits, or cannot be decoded.
// The size is read from the header before any pixel is decoded.
func NewLogo(data []byte, name string) (*Logo, error) {
	if len(data) > MaxLogoFileBytes {
		return nil, &LimitError{Limit: "MaxLogoFileBytes", Max: MaxLogoFileBytes, Where: "logo"}
	}
	var decodeConfig func([]byte) (image.Config, error)
	var decode func([]byte) (image.Image, error)
	switch {
	case bytes.HasPrefix(data, pngMagic):
		decodeConfig = func(b []byte) (image.Config, error) { return png.DecodeConfig(bytes.NewReader(b)) }
		decode = func(b []byte) (image.Image, error) { return png.Decode(bytes.NewReader(b)) }
	case bytes.HasPrefix(data, []byte{0xff, 0xd8, 0xff}):
		decodeConfig = func(b []byte) (image.Config, error) { return jpeg.DecodeConfig(bytes.NewReader(b)) }
		decode = func(b []byte) (image.Image, error) { return jpeg.Decode(bytes.NewReader(b)) }
	default:
		return nil, fmt.Errorf("logo: %w", ErrNotImage)
	}
	cfg, err := decodeConfig(data)
	if err != nil {
		return nil, fmt.Errorf("logo: %w (%v)", ErrBadImage, err)
	}
	if err := checkLogoSize(cfg.Width, cfg.Height); err != nil {
		return nil, err
	}
	img, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("logo: %w (%v)", ErrBadImage, err)
	}
	b := img.Bounds()
	if b.Dx() != cfg.Width || b.Dy() != cfg.Height {
		return nil, fmt.Errorf("logo: %w (size %dx%d, header %dx%d)", ErrBadImage, b.Dx(), b.Dy(), cfg.Width, cfg.Height)
	}
	// Drawn onto NRGBA, the encoder writes 8-bit RGB, or RGBA when the
	// picture has transparency, never interlaced: what PDF, Word and web
	// pages all show.
	rgba := image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(rgba, rgba.Bounds(), img, b.Min, draw.Src)
	var out bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&out, rgba); err != nil {
		return nil, fmt.Errorf("logo: encode png: %w", err)
	}
	if out.Len() > MaxLogoBytes {
		return nil, &LimitError{Limit: "MaxLogoBytes", Max: MaxLogoBytes, Where: "logo"}
	}
	return &Logo{Image: out.Bytes(), Width: b.Dx(), Height: b.Dy(), Name: logoName(name)}, nil
}

// pngMagic is the signature every PNG file starts with.
var pngMagic = []byte("\x89PNG\r\n\x1a\n")

func checkLogoSize(w, h int) error {
	switch {
	case w > MaxLogoSide || h > MaxLogoSide:
		return &LimitError{Limit: "MaxLogoSide", Max: MaxLogoSide, Where: "logo"}
	case w < MinLogoSide || h < MinLogoSide:
		return fmt.Errorf("logo %dx%d: %w", w, h, ErrLogoTooSmall)
	}
	return nil
}

// logoName keeps the base name of the chosen file, at most 200 bytes of
// valid text.
func logoName(name string) string {
	name = strings.ToValidUTF8(filepath.Base(strings.TrimSpace(name)), "")
	if name == "." || name == string(filepath.Separator) {
		return ""
	}
	for len(name) > 200 {
		_, n := utf8.DecodeLastRuneInString(name)
		name = name[:len(name)-n]
	}
	return name
}

// check tells whether a stored logo is what NewLogo writes: a PNG within
// the limits, 8 bits per channel, RGB or RGBA, not interlaced, of the
// recorded size, that decodes to its end. Exchange files are checked with
// it (CheckLimits), so an exporter never meets another kind of picture.
func (l *Logo) check() error {
	if len(l.Image) > MaxLogoBytes {
		return &LimitError{Limit: "MaxLogoBytes", Max: MaxLogoBytes, Where: "document.logo"}
	}
	// The header chunk follows the signature: length, "IHDR", width,
	// height, bit depth, colour type, compression, filter, interlace.
	const ihdr = 8 + 8
	b := l.Image
	if len(b) < ihdr+13 || !bytes.HasPrefix(b, pngMagic) || string(b[12:16]) != "IHDR" {
		return fmt.Errorf("document.logo: %w", ErrNotImage)
	}
	w, h := int(binary.BigEndian.Uint32(b[ihdr:])), int(binary.BigEndian.Uint32(b[ihdr+4:]))
	depth, colour, interlace := b[ihdr+8], b[ihdr+9], b[ihdr+12]
	if depth != 8 || (colour != 2 && colour != 6) || interlace != 0 {
		return fmt.Errorf("document.logo: %w (depth %d, colour type %d, interlace %d)", ErrBadImage, depth, colour, interlace)
	}
	if err := checkLogoSize(w, h); err != nil {
		return err
	}
	if w != l.Width || h != l.Height {
		return fmt.Errorf("document.logo: %w (size %dx%d, recorded %dx%d)", ErrBadImage, w, h, l.Width, l.Height)
	}
	if _, err := png.Decode(bytes.NewReader(b)); err != nil {
		return fmt.Errorf("document.logo: %w (%v)", ErrBadImage, err)
	}
	if len(l.Name) > MaxFieldBytes || len(l.Alt) > MaxFieldBytes {
		return &LimitError{Limit: "MaxFieldBytes", Max: MaxFieldBytes, Where: "document.logo"}
	}
	return nil
}

// SetLogo sets the programme's logo, or removes it when l is nil. The
// alternative text typed for the previous logo stays with the new one.
func (d *Document) SetLogo(l *Logo) {
	if l != nil && d.Logo != nil && l.Alt == "" {
		l.Alt = d.Logo.Alt
	}
	d.Logo = l
}

// SetLogoAlt sets the logo's alternative text; empty text means the
// default. Without a logo there is nothing to describe.
func (d *Document) SetLogoAlt(alt string) error {
	if d.Logo == nil {
		return fmt.Errorf("logo alternative text: %w", ErrNoLogo)
	}
	alt = strings.Join(strings.Fields(alt), " ")
	if len(alt) > MaxFieldBytes {
		return &LimitError{Limit: "MaxFieldBytes", Max: MaxFieldBytes, Where: "document.logo.alt"}
	}
	d.Logo.Alt = alt
	return nil
}

// ErrNoLogo means the programme has no logo to describe.
var ErrNoLogo = errors.New("programme has no logo")

// String describes a picture by its size, so that comparisons and
// conflicts do not print its bytes.
func (d ImageData) String() string {
	return fmt.Sprintf("PNG %d kB", (len(d)+999)/1000)
}
