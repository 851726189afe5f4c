package programme_test

import (
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"testing"

	"fi.kotoutus/kotoutus/programme"
)

// TestDamagedFileNeverPanics damages a real database in several ways and
// checks that opening, listing and loading report an error instead of
// crashing the app, and that the damaged file is left as it was.
func TestDamagedFileNeverPanics(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	s, err := programme.Open(good)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, name := range []string{"Akaa", "Kemi", "Salo", "Vöyri"} {
		p := sample(name)
		p.EditStep("situation").Note = string(make([]byte, 20000)) // spread over several pages
		if err := s.Save(p); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, p.ID)
	}
	s.Close()
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	pageSize := 4096
	damages := map[string]func([]byte) []byte{
		"truncated to half":  func(b []byte) []byte { return b[:len(b)/2] },
		"truncated to 100 B": func(b []byte) []byte { return b[:100] },
		"meta pages zeroed":  func(b []byte) []byte { clear(b[:2*pageSize]); return b },
		"data pages scrambled": func(b []byte) []byte {
			for i := 2 * pageSize; i < len(b); i += 7 {
				b[i] ^= 0x5a
			}
			return b
		},
		"one page of garbage": func(b []byte) []byte {
			for i := 4 * pageSize; i < 5*pageSize && i < len(b); i++ {
				b[i] = byte(i * 31)
			}
			return b
		},
	}
	// Seeded random damage: runs of flipped bytes anywhere after the meta
	// pages, the same every run.
	for seed := int64(1); seed <= 40; seed++ {
		damages[fmt.Sprintf("random %02d", seed)] = func(b []byte) []byte {
			r := rand.New(rand.NewSource(seed))
			for n := 0; n < 1+r.Intn(8); n++ {
				at := 2*pageSize + r.Intn(len(b)-2*pageSize)
				for i := at; i < at+1+r.Intn(64) && i < len(b); i++ {
					b[i] = byte(r.Intn(256))
				}
			}
			return b
		}
	}
	for name, damage := range damages {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name+".db")
			bad := damage(append([]byte(nil), data...))
			if err := os.WriteFile(path, bad, 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := programme.Open(path)
			if err != nil {
				if !errors.Is(err, programme.ErrNotDatabase) {
					t.Errorf("open: %v, want ErrNotDatabase", err)
				}
			} else {
				_, _ = s.List()
				for _, id := range ids {
					_, _ = s.Load(id) // an error is fine; a panic is not
				}
				s.Close()
			}
			after, _ := os.ReadFile(path)
			if string(after) != string(bad) && err != nil {
				t.Error("a refused file was changed")
			}
		})
	}
}
