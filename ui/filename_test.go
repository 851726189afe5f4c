package ui

import "testing"

func TestSafeFileName(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Esimerkkikunta – Kotouttamisohjelma 2026–2029", "Esimerkkikunta – Kotouttamisohjelma 2026–2029"},
		{"Lähetetty 3/2 \"luonnos\": ok?", "Lähetetty 3-2 -luonnos-- ok-"},
		{`a\b|c<d>e*f`, "a-b-c-d-e-f"},
		{"rivi\nvaihto", "rivi-vaihto"},
		{"   ", "varanimi"},
	}
	for _, c := range cases {
		if got := safeFileName(c.in, "varanimi"); got != c.want {
			t.Errorf("safeFileName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
