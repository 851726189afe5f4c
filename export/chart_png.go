package export

import (
	"bytes"
	"fmt"
	"image"
	imgcolor "image/color"
	"image/draw"
	"image/png"
	"math"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"fi.kotoutus/kotoutus/internal/chart"
)

// Raster images of the charts (DOCX) are painted from the same primitives
// as the PDF and the app: shapes with golang.org/x/image/vector, text with
// the embedded DejaVu Sans through opentype, encoded with image/png.

var (
	pngFontsOnce sync.Once
	pngFonts     map[string]*opentype.Font
	pngFontsErr  error
)

func chartFonts() (map[string]*opentype.Font, error) {
	pngFontsOnce.Do(func() {
		fs, err := loadFonts()
		if err != nil {
			pngFontsErr = err
			return
		}
		pngFonts = map[string]*opentype.Font{}
		for style, data := range fs.data {
			f, err := opentype.Parse(data)
			if err != nil {
				pngFontsErr = fmt.Errorf("chart font %q: %w", style, err)
				return
			}
			pngFonts[style] = f
		}
	})
	return pngFonts, pngFontsErr
}

// renderPNG paints d at scale pixels per unit on white and encodes it.
func renderPNG(d chart.Drawing, scale float64) ([]byte, error) {
	fonts, err := chartFonts()
	if err != nil {
		return nil, err
	}
	w, h := int(math.Ceil(d.W*scale)), int(math.Ceil(d.H*scale))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	type faceKey struct {
		style string
		size  float64
	}
	faces := map[faceKey]font.Face{}
	defer func() {
		for _, f := range faces {
			_ = f.Close()
		}
	}()
	for _, s := range d.Shapes {
		switch s := s.(type) {
		case *chart.Line:
			segs := [][4]float64{{s.X1, s.Y1, s.X2, s.Y2}}
			if s.Dash > 0 {
				segs = s.Dashes()
			}
			for _, g := range segs {
				fillPath(img, s.Color, lineQuad(g[0]*scale, g[1]*scale, g[2]*scale, g[3]*scale, math.Max(1, s.Width*scale)))
			}
		case *chart.Rect:
			x, y, rw, rh := s.X*scale, s.Y*scale, s.W*scale, s.H*scale
			if !s.Fill.IsNone() {
				fillPath(img, s.Fill, [][][2]float64{{{x, y}, {x + rw, y}, {x + rw, y + rh}, {x, y + rh}}})
			}
			if !s.Stroke.IsNone() && s.StrokeWidth > 0 {
				sw := math.Max(1, s.StrokeWidth*scale)
				for _, e := range [][4]float64{{x, y, x + rw, y}, {x + rw, y, x + rw, y + rh}, {x + rw, y + rh, x, y + rh}, {x, y + rh, x, y}} {
					fillPath(img, s.Stroke, lineQuad(e[0], e[1], e[2], e[3], sw))
				}
			}
		case *chart.Circle:
			cx, cy, r := s.X*scale, s.Y*scale, s.Radius*scale
			if !s.Fill.IsNone() {
				fillPath(img, s.Fill, [][][2]float64{polygon(cx, cy, r, false)})
			}
			if !s.Stroke.IsNone() && s.StrokeWidth > 0 {
				sw := s.StrokeWidth * scale / 2
				fillPath(img, s.Stroke, [][][2]float64{polygon(cx, cy, r+sw, false), polygon(cx, cy, r-sw, true)})
			}
		case *chart.Text:
			fs := ""
			if s.Bold {
				fs += "B"
			}
			if s.Italic {
				fs += "I"
			}
			key := faceKey{fs, s.Size * scale}
			face, ok := faces[key]
			if !ok {
				f := fonts[fs]
				if f == nil {
					f = fonts[""]
				}
				face, err = opentype.NewFace(f, &opentype.FaceOptions{Size: s.Size * scale, DPI: 72, Hinting: font.HintingNone})
				if err != nil {
					return nil, fmt.Errorf("chart font: %w", err)
				}
				faces[key] = face
			}
			dr := &font.Drawer{Dst: img, Src: image.NewUniform(rgba(s.Color)), Face: face}
			x := s.X * scale
			adv := float64(dr.MeasureString(s.S)) / 64
			switch s.Align {
			case chart.AlignMiddle:
				x -= adv / 2
			case chart.AlignEnd:
				x -= adv
			}
			dr.Dot = fixed.Point26_6{X: fixed.Int26_6(x * 64), Y: fixed.Int26_6((s.Y + 0.3645*s.Size) * scale * 64)}
			dr.DrawString(s.S)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("chart png: %w", err)
	}
	return buf.Bytes(), nil
}

func rgba(c chart.Color) imgcolor.RGBA { return imgcolor.RGBA{c.R, c.G, c.B, 255} }

// fillPath fills the closed polygons (non-zero winding) in colour c.
func fillPath(img *image.RGBA, c chart.Color, polys [][][2]float64) {
	// Rasterize only the shapes' bounding box: a chart has hundreds of
	// small shapes (dashes, markers), and a rasterizer over the whole
	// image for each made the large programme's DOCX take minutes.
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for _, p := range polys {
		if len(p) < 3 {
			continue
		}
		for _, q := range p {
			minX, maxX = math.Min(minX, q[0]), math.Max(maxX, q[0])
			minY, maxY = math.Min(minY, q[1]), math.Max(maxY, q[1])
		}
	}
	if minX > maxX {
		return
	}
	r := image.Rect(int(math.Floor(minX))-1, int(math.Floor(minY))-1, int(math.Ceil(maxX))+1, int(math.Ceil(maxY))+1).Intersect(img.Bounds())
	if r.Empty() {
		return
	}
	ox, oy := float32(r.Min.X), float32(r.Min.Y)
	z := vector.NewRasterizer(r.Dx(), r.Dy())
	for _, p := range polys {
		if len(p) < 3 {
			continue
		}
		z.MoveTo(float32(p[0][0])-ox, float32(p[0][1])-oy)
		for _, q := range p[1:] {
			z.LineTo(float32(q[0])-ox, float32(q[1])-oy)
		}
		z.ClosePath()
	}
	z.Draw(img, r, image.NewUniform(rgba(c)), image.Point{})
}

// lineQuad returns a stroke of width w along a segment as a polygon.
func lineQuad(x1, y1, x2, y2, w float64) [][][2]float64 {
	dx, dy := x2-x1, y2-y1
	l := math.Hypot(dx, dy)
	if l == 0 {
		return nil
	}
	nx, ny := -dy/l*w/2, dx/l*w/2
	return [][][2]float64{{{x1 + nx, y1 + ny}, {x2 + nx, y2 + ny}, {x2 - nx, y2 - ny}, {x1 - nx, y1 - ny}}}
}

// polygon approximates a circle; reverse turns it the other way, which
// cuts a hole in a circle turning the first way.
func polygon(cx, cy, r float64, reverse bool) [][2]float64 {
	const n = 32
	out := make([][2]float64, n)
	for i := range n {
		a := 2 * math.Pi * float64(i) / n
		if reverse {
			a = -a
		}
		out[i] = [2]float64{cx + r*math.Cos(a), cy + r*math.Sin(a)}
	}
	return out
}
