package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// TestDamagedStartOffersTheNewestGoodBackup damages a database that has a
// good backup, opens the start-up window for it, taps the restore button
// and checks that the app continues on the restored programme.
func TestDamagedStartOffersTheNewestGoodBackup(t *testing.T) {
	SetupLanguage("fi")
	a := test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "kotoutus.db")
	s, err := programme.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	p := programme.New(checklist.Default(), []string{"Akaa"}, "Ohjelma", 2026, 2029)
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RotateBackups(programme.BackupDir(path), time.Hour, 7, time.Now().Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := os.Truncate(path, 8192); err != nil { // just after the header pages
		t.Fatal(err)
	}
	_, err = programme.Open(path)
	if !errors.Is(err, programme.ErrNotDatabase) {
		t.Fatalf("open of the damaged file: %v", err)
	}
	var opened *programme.Store
	d := showDamaged(a, path, err, func(s *programme.Store) { opened = s })
	var restore *widget.Button
	walk(d.win.Content(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && strings.HasPrefix(b.Text, "Palauta varmuuskopio") {
			restore = b
		}
	})
	if restore == nil {
		t.Fatal("no restore button")
	}
	test.Tap(restore)
	if opened == nil {
		t.Fatalf("restore did not open the database: %q", d.status.Text)
	}
	defer opened.Close()
	if got, err := opened.Load(p.ID); err != nil || got.Municipality() != "Akaa" {
		t.Errorf("after restore: %v %v", got, err)
	}
}

func walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	fn(o)
	if c, ok := o.(*fyne.Container); ok {
		for _, child := range c.Objects {
			walk(child, fn)
		}
	}
}
