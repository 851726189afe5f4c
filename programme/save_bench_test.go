package programme_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// BenchmarkSaveEditLarge saves the large programme (demo --size large) after
// each of 1,000 one-field edits, as the app's autosave does, and reports the
// median and 99th percentile of one save and the database file's size
// after the 1,000 edits (which must not grow without bound).
func BenchmarkSaveEditLarge(b *testing.B) {
	p, err := programme.GenerateSize(checklist.Default(), programme.SizeLarge)
	if err != nil {
		b.Fatal(err)
	}
	const edits = 1000
	for b.Loop() {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), "k.db")
		s, err := programme.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Save(p); err != nil {
			b.Fatal(err)
		}
		times := make([]time.Duration, 0, edits)
		b.StartTimer()
		for i := range edits {
			sec := &p.Document.Sections[i%len(p.Document.Sections)]
			sec.Draft += fmt.Sprintf(" Muokkaus %d.", i)
			start := time.Now()
			if err := s.Save(p); err != nil {
				b.Fatal(err)
			}
			times = append(times, time.Since(start))
		}
		b.StopTimer()
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		fi, err := os.Stat(path)
		if err != nil {
			b.Fatal(err)
		}
		slices.Sort(times)
		b.ReportMetric(float64(times[edits/2].Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(times[edits*99/100].Microseconds())/1000, "p99-ms")
		b.ReportMetric(float64(fi.Size())/(1<<20), "db-MiB")
		b.StartTimer()
	}
}

// BenchmarkEncodeLarge encodes the large programme as a save does, without
// the disk: the CPU part of BenchmarkSaveEditLarge.
func BenchmarkEncodeLarge(b *testing.B) {
	p, err := programme.GenerateSize(checklist.Default(), programme.SizeLarge)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := programme.Encode(p); err != nil {
			b.Fatal(err)
		}
	}
}
