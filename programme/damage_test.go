package programme_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"fi.kotoutus/kotoutus/programme"
)

// damageBase is a real database of several pages: four programmes with
// long notes, one of them saved twice so the freelist is not empty, and a
// snapshot. The fuzz target and the sweep damage copies of its bytes.
var damageBase struct {
	once sync.Once
	data []byte
	ids  []string
	err  error
}

func damagedBase(tb testing.TB) ([]byte, []string) {
	tb.Helper()
	damageBase.once.Do(func() {
		dir, err := os.MkdirTemp("", "kotoutus-damage-")
		if err != nil {
			damageBase.err = err
			return
		}
		defer os.RemoveAll(dir)
		path := filepath.Join(dir, "base.db")
		s, err := programme.Open(path)
		if err != nil {
			damageBase.err = err
			return
		}
		for _, name := range []string{"Akaa", "Kemi", "Salo", "Vöyri"} {
			p := sample(name)
			p.EditStep("situation").Note = strings.Repeat("Kotoutumisen tilannekuva. ", 250)
			if err := s.Save(p); err == nil {
				damageBase.ids = append(damageBase.ids, p.ID)
			}
			if name == "Kemi" {
				p.Title = "Toinen tallennus"
				_ = s.Save(p)
				_, _ = s.TakeSnapshot(p.ID, "Hyväksytty", programme.ReasonManual)
			}
		}
		s.Close()
		damageBase.data, damageBase.err = os.ReadFile(path)
	})
	if damageBase.err != nil {
		tb.Fatal(damageBase.err)
	}
	return damageBase.data, damageBase.ids
}

// tryDamaged writes bad to path and uses it as the app and the read-only
// commands would. Any error is fine, as long as it is a sentence-bearing
// sentinel; a panic or fault would kill the test binary. A refused file must
// be left exactly as it was.
func tryDamaged(t testing.TB, path string, bad []byte, ids []string) {
	if err := os.WriteFile(path, bad, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, readOnly := range []bool{true, false} {
		open := programme.Open
		if readOnly {
			open = programme.OpenReadOnly
		}
		s, err := open(path)
		if err != nil {
			if !errors.Is(err, programme.ErrNotDatabase) && !errors.Is(err, programme.ErrForeign) &&
				!errors.Is(err, programme.ErrNewerSchema) {
				t.Errorf("open (read-only %v): %v, want a damaged-file error", readOnly, err)
			}
			if after, _ := os.ReadFile(path); string(after) != string(bad) {
				t.Fatalf("open (read-only %v) refused the file but changed it", readOnly)
			}
			continue
		}
		_, _, _ = s.ListAll()
		for _, id := range ids {
			_, _ = s.Load(id) // an error is fine; a crash is not
		}
		_ = s.Verify()
		s.Close()
		if readOnly {
			if after, _ := os.ReadFile(path); string(after) != string(bad) {
				t.Fatal("a read-only open changed the file")
			}
		}
	}
}

// TestDamagedFileSweep damages a real database at every page: truncation at
// and around every page boundary, every page zeroed, and bytes flipped in
// every page's header and body. None may crash the process.
func TestDamagedFileSweep(t *testing.T) {
	data, ids := damagedBase(t)
	const ps = 4096
	pages := len(data) / ps
	path := filepath.Join(t.TempDir(), "bad.db")
	tried := 0
	try := func(bad []byte) { tried++; tryDamaged(t, path, bad, ids) }
	for k := 0; k <= pages; k++ {
		for _, n := range []int{k*ps - 1, k * ps, k*ps + 1} {
			if n >= 0 && n < len(data) {
				try(append([]byte(nil), data[:n]...))
			}
		}
	}
	for k := 0; k < pages; k++ {
		bad := append([]byte(nil), data...)
		clear(bad[k*ps : (k+1)*ps])
		try(bad)
		for _, off := range []int{0, 10, 12, 16, 24, 40, ps / 2} {
			for _, x := range []byte{0xff, 0x01} {
				bad := append([]byte(nil), data...)
				bad[k*ps+off] ^= x
				try(bad)
			}
		}
	}
	t.Logf("%d damaged files of a %d-page database tried, none crashed", tried, pages)
	if tried < 8*pages {
		t.Errorf("only %d damaged files tried", tried)
	}
}

// FuzzOpenDamaged damages the real database at a position the fuzzer picks:
// op 0 truncates there, 1 zeroes the page there, 2 flips the byte there, 3
// writes a run of the value from there. `make fuzz` runs the engine; plain
// `go test` runs the seeds.
func FuzzOpenDamaged(f *testing.F) {
	for _, s := range []struct {
		op  uint8
		at  uint32
		val byte
	}{{0, 8192, 0}, {0, 8193, 0}, {0, 12288, 0}, {1, 2 * 4096, 0}, {1, 3 * 4096, 0}, {2, 16, 0xff}, {2, 4096 + 40, 1}, {3, 5 * 4096, 0x41}} {
		f.Add(s.op, s.at, s.val)
	}
	f.Fuzz(func(t *testing.T, op uint8, at uint32, val byte) {
		data, ids := damagedBase(t)
		bad := append([]byte(nil), data...)
		pos := int(at) % len(data)
		switch op % 4 {
		case 0:
			bad = bad[:pos]
		case 1:
			start := pos / 4096 * 4096
			clear(bad[start:min(start+4096, len(bad))])
		case 2:
			bad[pos] ^= val | 1
		case 3:
			for i := pos; i < min(pos+64, len(bad)); i++ {
				bad[i] = val
			}
		}
		tryDamaged(t, filepath.Join(t.TempDir(), "bad.db"), bad, ids)
	})
}
