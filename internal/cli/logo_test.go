package cli

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLogoCommand(t *testing.T) {
	db := tempDB(t)
	id := demoID(t, db)
	dir := t.TempDir()
	img := image.NewNRGBA(image.Rect(0, 0, 120, 150))
	for i := range img.Pix {
		img.Pix[i] = 200
	}
	img.SetNRGBA(0, 0, color.NRGBA{A: 0})
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	crest := filepath.Join(dir, "vaakuna.png")
	fake := filepath.Join(dir, "vaakuna2.png")
	for path, data := range map[string][]byte{crest: b.Bytes(), fake: []byte("<svg xmlns='http://www.w3.org/2000/svg'/>")} {
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	steps := []struct {
		name string
		args []string
		code int
		out  string // stdout on success, stderr otherwise
	}{
		{"none yet", nil, 0, "ei ole vaakunaa"},
		{"not a picture refused", []string{"--set", fake}, 1, "ei ole PNG- eikä JPEG-kuva"},
		{"missing file", []string{"--set", filepath.Join(dir, "ei.png")}, 1, "ei.png"},
		{"set", []string{"--set", crest}, 0, "vaakuna.png (120 × 150 pikseliä), tekstivastine ”Esimerkkikunta – vaakuna”"},
		{"alt", []string{"--alt", "Järvilahden vaakuna: hopeinen lohi"}, 0, "”Järvilahden vaakuna: hopeinen lohi”"},
		{"both refused", []string{"--set", crest, "--remove"}, 2, "--remove"},
	}
	for _, st := range steps {
		code, out, errOut := runCLI(t, append([]string{"--db", db, "logo", "--programme", id}, st.args...)...)
		got := out
		if st.code != 0 {
			got = errOut
		}
		if code != st.code || !strings.Contains(got, st.out) {
			t.Fatalf("%s: exit %d (want %d), stdout %q, stderr %q; want %q", st.name, code, st.code, out, errOut, st.out)
		}
	}
	code, out, errOut := runCLI(t, "--db", db, "export", "--programme", id, "--format", "html", "--out", "-")
	if code != 0 || !strings.Contains(out, `<img class="logo" src="data:image/png;base64,`) || !strings.Contains(out, `alt="Järvilahden vaakuna: hopeinen lohi"`) {
		t.Fatalf("export: %d %s; page has no logo", code, errOut)
	}
	if code, out, _ := runCLI(t, "--db", db, "logo", "--programme", id, "--remove"); code != 0 || !strings.Contains(out, "ei ole vaakunaa") {
		t.Errorf("remove: %d %q", code, out)
	}
}
